#include "sandbox/bills/BillWriter.h"

#include "sandbox/bills/AccountBillCsv.h"
#include "sandbox/bills/TradeBillCsv.h"

#include "domain/ChinaTime.h"
#include "domain/ZipArchive.h"

#include <QCoreApplication>
#include <QTextCodec>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::BillWriter", text);
}

// A regular file readable by all, writable by its owner (rw-r--r--).
constexpr unsigned EntryMode = 0100644;

bool writeEntry(ZipWriter &zip, QTextCodec *gbk, const QString &name, const QByteArray &content,
                const QDateTime &stamp)
{
    // The name as GBK bytes, as Alipay writes it. DOS time in the archive: China wall-clock
    // time, so the bytes never depend on the host.
    return zip.addEntry(gbk->fromUnicode(name), content, ChinaTime::toChina(stamp), EntryMode);
}

} // namespace

BillWriter::BillWriter(const QString &merchantPid, const BillPeriod &period, BillType type)
    : m_merchantPid(merchantPid)
    , m_period(period)
    , m_type(type)
{}

std::optional<BillWriter::BillType> BillWriter::typeFromName(const QString &billType)
{
    if (billType == u"trade")
        return BillType::Trade;
    if (billType == u"signcustomer")
        return BillType::SignCustomer;
    return std::nullopt;
}

QString BillWriter::accountOf(const QString &merchantPid)
{
    return merchantPid + QStringLiteral("0156");
}

QString BillWriter::account() const
{
    return accountOf(m_merchantPid);
}

QString BillWriter::archiveName() const
{
    return account() + u'_' + m_period.compact() + QStringLiteral(".csv.zip");
}

QString BillWriter::detailEntryName() const
{
    return entryName(m_type == BillType::Trade ? QStringLiteral("业务明细")
                                               : QStringLiteral("账务明细"));
}

QString BillWriter::summaryEntryName() const
{
    return entryName(m_type == BillType::Trade ? QStringLiteral("业务明细(汇总)")
                                               : QStringLiteral("账务明细(汇总)"));
}

BillLines BillWriter::linesInPeriod(const BillLines &lines) const
{
    BillLines selected;
    for (const BillLine &line : lines) {
        if (m_period.contains(line.finishedAt))
            selected.append(line);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const BillLine &a, const BillLine &b) {
        if (a.finishedAt != b.finishedAt)
            return a.finishedAt < b.finishedAt;
        if (a.tradeNo != b.tradeNo)
            return a.tradeNo < b.tradeNo;
        return a.refundRequestNo < b.refundRequestNo;
    });
    return selected;
}

QString BillWriter::detailText(const BillLines &lines) const
{
    const BillLines selected = linesInPeriod(lines);
    if (m_type == BillType::Trade)
        return TradeBillCsv::detail(selected, account(), m_period, exportTime());
    return AccountBillCsv::detail(AccountBillCsv::movements(selected, m_openingBalance), account(),
                                  m_period, exportTime());
}

QString BillWriter::summaryText(const BillLines &lines) const
{
    const BillLines selected = linesInPeriod(lines);
    if (m_type == BillType::Trade)
        return TradeBillCsv::summary(selected, account(), m_period, exportTime());
    return AccountBillCsv::summary(AccountBillCsv::movements(selected, m_openingBalance),
                                   m_openingBalance, account(), m_period, exportTime());
}

QByteArray BillWriter::writeZip(const BillLines &lines, QString *error) const
{
    QTextCodec *gbk = QTextCodec::codecForName("GBK");
    if (!gbk) {
        if (error)
            *error = tr("This system has no GBK text encoder, so no bill can be written. "
                        "Install Qt with ICU support.");
        return {};
    }
    const QDateTime stamp = exportTime();
    QByteArray archive;
    {
        ZipWriter zip(&archive);
        bool ok = zip.isOpen();
        ok = ok &&
             writeEntry(zip, gbk, detailEntryName(), gbk->fromUnicode(detailText(lines)), stamp);
        ok = ok &&
             writeEntry(zip, gbk, summaryEntryName(), gbk->fromUnicode(summaryText(lines)), stamp);
        const int closed = zip.close();
        if (!ok || closed != ZIP_OK) {
            if (error)
                *error = tr("The bill archive could not be written (zip error %1).")
                             .arg(closed != ZIP_OK ? closed : ZIP_INTERNALERROR);
            return {};
        }
    }
    return archive;
}

QString BillWriter::entryName(const QString &suffix) const
{
    return account() + u'_' + m_period.compact() + u'_' + suffix + QStringLiteral(".csv");
}

QDateTime BillWriter::exportTime() const
{
    return m_exportedAt.isValid() ? m_exportedAt : QDateTime::currentDateTimeUtc();
}

} // namespace DepositDesk::Sandbox
