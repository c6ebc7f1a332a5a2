#include "sandbox/bills/CsvRow.h"

namespace DepositDesk::Sandbox {

QString CsvRow::cell(const QString &text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            QString escaped = text;
            escaped.replace(u'"', QStringLiteral("\"\""));
            return u'"' + escaped + u'"';
        }
    }
    return text;
}

QString CsvRow::format(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += cell(cells[i]);
    }
    return line;
}

} // namespace DepositDesk::Sandbox
