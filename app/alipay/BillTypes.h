#pragma once

#include "alipay/CallResult.h"
#include "domain/Nodiscard.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace DepositDesk {

// alipay.data.dataservice.bill.downloadurl.query (docs/alipay-protocol.md §6.11).
struct BillUrlRequest
{
    QString billType = QStringLiteral("trade"); // trade or signcustomer
    QString billDate;                           // day "yyyy-MM-dd" or month "yyyy-MM"

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

// The URL expires 30 seconds after issue: download at once, query again when it has expired.
// A signed "bill does not exist" (BILL_NOT_EXIST / isp.bill_not_exist, any case) is not an
// error: the call Succeeds with noData set (no business that day).
struct DD_NODISCARD BillUrlResult
{
    CallResult call;
    bool noData = false;
    QUrl downloadUrl;
    QString billFileCode; // e.g. EMPTY_DATA_WITH_BILL_FILE

    static BillUrlResult from(CallResult call);
};

} // namespace DepositDesk
