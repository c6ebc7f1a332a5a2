#include "sandbox/bills/BillWriter.h"

#include "sandbox/bills/AccountBillCsv.h"
#include "sandbox/bills/TradeBillCsv.h"

#include "domain/ChinaTime.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextCodec>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::BillWriter", text);
}

bool writeEntry(QuaZip &zip, const QString &name, const QByteArray &content, const QDateTime &stamp)
{
    QuaZipNewInfo info(name);
    // DOS time in the archive: China wall-clock time, so the bytes never depend on the host.
    info.dateTime = ChinaTime::toChina(stamp);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool written = file.write(content) == content.size();
    file.close();
    return written && file.getZipError() == ZIP_OK;
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
        QBuffer buffer(&archive);
        QuaZip zip(&buffer);
        zip.setFileNameCodec(gbk);
        zip.setUtf8Enabled(false);
        bool ok = zip.open(QuaZip::mdCreate);
        ok = ok && writeEntry(zip, detailEntryName(), gbk->fromUnicode(detailText(lines)), stamp);
        ok = ok && writeEntry(zip, summaryEntryName(), gbk->fromUnicode(summaryText(lines)), stamp);
        zip.close();
        if (!ok || zip.getZipError() != ZIP_OK) {
            if (error)
                *error = tr("The bill archive could not be written (zip error %1).")
                             .arg(zip.getZipError());
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
