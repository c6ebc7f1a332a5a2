#include "sandbox/bills/BillCsvDocument.h"

#include "sandbox/bills/BillPeriod.h"

#include "domain/ChinaTime.h"
#include "domain/CsvField.h"

namespace DepositDesk::Sandbox {

void BillCsvDocument::addTitle(const QString &title, const QString &account,
                               const BillPeriod &period)
{
    addComment(title);
    addComment(QStringLiteral("账号：[%1]").arg(account));
    addComment(QStringLiteral("起始日期：[%1]   终止日期：[%2]")
                   .arg(chineseTime(period.start()), chineseTime(period.end())));
}

void BillCsvDocument::addMarker(const QString &name)
{
    const QString dashes(40, u'-');
    addComment(dashes + u'-' + name + dashes);
}

void BillCsvDocument::addComment(const QString &text)
{
    addLine(u'#' + text);
}

void BillCsvDocument::addRow(const QStringList &cells)
{
    // Alipay's bills carry their cells as they are: no apostrophes, only RFC 4180 quoting.
    addLine(CsvField::line(cells, CsvField::Formulas::Verbatim));
}

void BillCsvDocument::addExportTime(const QDateTime &exportedAt)
{
    addComment(QStringLiteral("导出时间：[%1]").arg(chineseTime(exportedAt)));
}

QString BillCsvDocument::plainTime(const QDateTime &at)
{
    return at.isValid() ? ChinaTime::format(at) : QString();
}

QString BillCsvDocument::chineseTime(const QDateTime &at)
{
    return ChinaTime::toChina(at).toString(QStringLiteral("yyyy年MM月dd日 HH:mm:ss"));
}

QString BillCsvDocument::padded(const QString &cell)
{
    return cell.isEmpty() ? cell : cell + u'\t';
}

void BillCsvDocument::addLine(const QString &line)
{
    m_text += line;
    m_text += QStringLiteral("\r\n");
}

} // namespace DepositDesk::Sandbox
