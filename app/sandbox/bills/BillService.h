#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace DepositDesk::Sandbox {

// The hook through which the gateway serves reconciliation bills (docs/alipay-protocol.md §6.11,
// §8). The gateway owns protocol checks (signature, common parameters, biz_content parsing); the
// bill service owns bill_type / bill_date rules, the files and their one-shot URLs.
class BillService
{
public:
    virtual ~BillService() = default;

    struct UrlAnswer
    {
        QString subCode; // empty = success; else e.g. isp.bill_not_exist (answered as 40004)
        QString subMsg;
        QString billDownloadUrl;
        QString billFileCode; // optional, e.g. EMPTY_DATA_WITH_BILL_FILE
    };

    // alipay.data.dataservice.bill.downloadurl.query. billType and billDate as received (may be
    // empty). baseUrl is the gateway's own http://127.0.0.1:<port> (for the download URL).
    virtual UrlAnswer downloadUrl(const QString &appId, const QString &billType,
                                  const QString &billDate, const QDateTime &now,
                                  const QUrl &baseUrl) = 0;

    struct FileAnswer
    {
        int httpStatus = 404;
        QByteArray contentType;
        QByteArray body;
    };

    // A GET below /sandbox/bills/; path is the part after that prefix.
    virtual FileAnswer download(const QString &path, const QUrlQuery &query,
                                const QDateTime &now) = 0;
};

} // namespace DepositDesk::Sandbox
