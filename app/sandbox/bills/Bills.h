#pragma once

#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/bills/BillService.h"

#include <QHash>

namespace DepositDesk::Sandbox {

class Ledger;

// The sandbox's bill service (docs/alipay-protocol.md §6.11, §8), plugged into the gateway through
// Gateway::setBillService(). downloadurl.query builds the zip from the ledger at once
// and answers a one-shot URL below /sandbox/bills/ that serves it for 30 seconds.
//
// Answers [sandbox conventions, see README]: bill_type other than trade / signcustomer, or a
// malformed or pre-2016 bill_date -> isv.invalid-arguments; a day or month that is not over yet
// (GMT+8; includes the future) -> isp.bill_not_ready; no payment and no refund in the period ->
// isp.bill_not_exist. All are answered as 40004.
class Bills : public BillService
{
public:
    static constexpr qint64 UrlLifetimeSecs = 30;
    static constexpr auto PathPrefix = "/sandbox/bills/";

    explicit Bills(const Ledger &ledger);

    // The PID whose account (PID + 0156) names the files; by default the seller id of the
    // app's first trade (or the payee of its first order).
    void setMerchantPid(const QString &appId, const QString &pid);
    void setStoreNames(const QHash<QString, QString> &names) { m_source.setStoreNames(names); }

    UrlAnswer downloadUrl(const QString &appId, const QString &billType, const QString &billDate,
                          const QDateTime &now, const QUrl &baseUrl) override;
    FileAnswer download(const QString &path, const QUrlQuery &query, const QDateTime &now) override;

    // URLs issued and not yet expired at `now`.
    int liveUrlCount(const QDateTime &now);

private:
    struct IssuedBill
    {
        QByteArray zip;
        QString fileName;
        QDateTime expiresAt;
    };

    void dropExpired(const QDateTime &now);

    const Ledger &m_ledger;
    BillLedgerSource m_source;
    QHash<QString, QString> m_merchantPids;
    QHash<QString, IssuedBill> m_issued; // by token
    // When each bill (app, type, period) was first generated: its export time from then on, so
    // that downloading the same bill again gives the same bytes, as Alipay's generated files do.
    QHash<QString, QDateTime> m_generatedAt;
};

} // namespace DepositDesk::Sandbox
