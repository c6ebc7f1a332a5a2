#include "alipay/BillTypes.h"

#include "alipay/JsonWriter.h"
#include "alipay/RequestFieldCheck.h"

#include <QCoreApplication>
#include <QDate>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillTypes)
};

bool isBillDate(const QString &date)
{
    if (date.size() == 10)
        return QDate::fromString(date, u"yyyy-MM-dd").isValid();
    if (date.size() == 7)
        return QDate::fromString(date + u"-01", u"yyyy-MM-dd").isValid();
    return false;
}

} // namespace

std::optional<QByteArray> BillUrlRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    check.required("bill_type", billType, 20)
        .check(isBillDate(billDate),
               Text::tr("The bill date \"%1\" is not a day (2024-05-01) or a month (2024-05).")
                   .arg(billDate));
    JsonWriter w;
    w.beginObject().string(u"bill_type", billType).string(u"bill_date", billDate).endObject();
    return check.result(w.text(), error);
}

BillUrlResult BillUrlResult::from(CallResult call)
{
    BillUrlResult r;
    r.downloadUrl = QUrl(call.field(u"bill_download_url"), QUrl::StrictMode);
    r.billFileCode = call.field(u"bill_file_code");
    if (call.failed() && call.sent &&
        call.subCode.contains(u"bill_not_exist", Qt::CaseInsensitive)) {
        r.noData = true;
        call.refine(
            CallResult::Outcome::Succeeded, CallResult::UnknownCause::None,
            Text::tr("Alipay has no bill for this date: there was no business on it, or the "
                     "bill is not ready yet (day bills come the next morning)."));
    } else if (call.succeeded() &&
               (!r.downloadUrl.isValid() || !r.downloadUrl.scheme().startsWith(u"http"))) {
        call.refine(
            CallResult::Outcome::Failed, CallResult::UnknownCause::None,
            Text::tr("Alipay answered without a usable download address. Try again later."));
    }
    r.call = std::move(call);
    return r;
}

} // namespace DepositDesk
