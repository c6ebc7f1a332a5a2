#pragma once

#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

// One line of plain comma-separated values, as the bills and the order export write them: a
// cell is quoted (with inner quotes doubled) only when it holds a comma, a quote or a line break.
class CsvRow
{
public:
    static QString format(const QStringList &cells);
    static QString cell(const QString &text);
};

} // namespace DepositDesk::Sandbox
