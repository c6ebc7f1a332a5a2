#include "store/CsvReader.h"

#include <QCoreApplication>

namespace DepositDesk {

QList<CsvReader::Record> CsvReader::parse(const QString &input, QString *error)
{
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<Record> records;
    Record record;
    QString cell;
    int line = 1;
    record.line = 1;
    bool quoted = false;
    bool cellWasQuoted = false;
    const auto endCell = [&] {
        record.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRecord = [&](int nextLine) {
        endCell();
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
            records.append(record);
        record = Record();
        record.line = nextLine;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == u',') {
            endCell();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord(line);
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("DepositDesk::CsvReader",
                                                 "A quoted cell that starts on line %1 is never "
                                                 "closed: the file is cut off or damaged.")
                         .arg(record.line);
        return {};
    }
    if (!cell.isEmpty() || !record.cells.isEmpty())
        endRecord(line + 1);
    return records;
}

} // namespace DepositDesk
