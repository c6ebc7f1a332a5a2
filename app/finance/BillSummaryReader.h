#pragma once

#include "finance/BillDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QTextCodec;

namespace DepositDesk {

// Reads the summary files of Alipay bills (docs/alipay-protocol.md §8.3, §8.4): the # preamble
// up to the …汇总列表 marker, the header (columns by name), the rows and the …汇总列表结束 end
// line, then the # lines after it. The files are small (a line per store or business type):
// read as a whole.
class BillSummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    // A summary file's table, every row as long as the header.
    struct Table
    {
        struct Row
        {
            int line = 0;                  // 1-based
            std::vector<QByteArray> cells; // trimmed bytes (ASCII amounts read from them)
            QStringList texts;             // the same, decoded
        };
        QHash<QString, int> columns; // by BillListReader::columnKey()
        QList<Row> rows;
        int endLine = 0;     // the end marker's line
        QStringList trailer; // the decoded # lines after the end marker
        QList<int> trailerLines;
    };

    // The table of a summary whose header must hold `required` (names as columnKey() gives
    // them), its end marker named `endMarker` in messages: nullopt with *line (1-based, 0 for the
    // whole file) and *reason when it is malformed.
    static std::optional<Table> readTable(QTextCodec *gbk, const QByteArray &bytes,
                                          const QStringList &required, const QString &endMarker,
                                          int *line, QString *reason);

    // The 合计 row of a trade bill's summary (业务明细(汇总), §8.3).
    static std::optional<BillStatedTotals> read(QTextCodec *gbk, const QByteArray &bytes, int *line,
                                                QString *reason);
};

} // namespace DepositDesk
