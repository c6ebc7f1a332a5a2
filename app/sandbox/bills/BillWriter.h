#pragma once

#include "sandbox/bills/BillLine.h"
#include "sandbox/bills/BillPeriod.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// Writes a reconciliation bill archive exactly as Alipay lays it out (docs/alipay-protocol.md §8):
// a zip named <account>_<date>.csv.zip holding a detail and a summary CSV, both GBK-encoded, with
// GBK entry names (no UTF-8 flag). <account> is the merchant PID followed by 0156.
class BillWriter
{
public:
    enum class BillType {
        Trade,       // bill_type=trade: 业务明细 + 业务明细(汇总)
        SignCustomer // bill_type=signcustomer: 账务明细 + 账务明细(汇总)
    };

    BillWriter(const QString &merchantPid, const BillPeriod &period,
               BillType type = BillType::Trade);

    // "trade" / "signcustomer" (as in downloadurl.query's bill_type); nullopt otherwise.
    static std::optional<BillType> typeFromName(const QString &billType);
    static QString accountOf(const QString &merchantPid);

    // The time printed as 导出时间 and stamped on the entries; the current time if never set.
    void setExportTime(const QDateTime &exportedAt) { m_exportedAt = exportedAt; }
    // The balance before the first movement of an account bill (signcustomer only).
    void setOpeningBalance(Money balance) { m_openingBalance = balance; }

    QString account() const;
    QString archiveName() const;      // 20881234123412340156_20240501.csv.zip
    QString detailEntryName() const;  // 20881234123412340156_20240501_业务明细.csv
    QString summaryEntryName() const; // 20881234123412340156_20240501_业务明细(汇总).csv

    // The lines whose completion time lies in the period, ordered by completion time, then
    // trade number, then refund request number.
    BillLines linesInPeriod(const BillLines &lines) const;

    // The two files as text (before GBK encoding), built from the lines in the period.
    QString detailText(const BillLines &lines) const;
    QString summaryText(const BillLines &lines) const;

    // The zip archive. Empty, with a translated message, if GBK or the zip writer fails.
    QByteArray writeZip(const BillLines &lines, QString *error = nullptr) const;

private:
    QString entryName(const QString &suffix) const;
    QDateTime exportTime() const;

    QString m_merchantPid;
    BillPeriod m_period;
    BillType m_type;
    QDateTime m_exportedAt;
    Money m_openingBalance;
};

} // namespace DepositDesk::Sandbox
