#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DepositDesk {

// RFC 4180 CSV: comma-separated cells, optionally double-quoted ("" inside quotes is one "),
// quoted cells may hold commas and line breaks, CRLF or LF line ends, an optional UTF-8 BOM.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line on which the record starts
        QStringList cells;
    };

    // Empty lines are skipped. *error (translated) names the line of an unclosed quote.
    static QList<Record> parse(const QString &text, QString *error = nullptr);
};

} // namespace DepositDesk
