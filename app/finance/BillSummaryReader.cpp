#include "finance/BillSummaryReader.h"

#include "finance/BillCsvBytes.h"
#include "finance/BillListReader.h"

#include <QTextCodec>

namespace DepositDesk {

using namespace BillCsvBytes;

std::optional<BillSummaryReader::Table>
BillSummaryReader::readTable(QTextCodec *gbk, const QByteArray &bytes, const QStringList &required,
                             const QString &endMarker, int *line, QString *reason)
{
    const auto fail = [&](int at, const QString &why) {
        *line = at;
        *reason = why;
        return std::nullopt;
    };
    const QList<QByteArray> lines = bytes.split('\n');
    enum { Preamble, Header, Rows, Trailer } state = Preamble;
    Table table;
    int columnCount = 0;
    std::vector<QByteArrayView> cells;
    std::vector<QByteArray> owned;
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QByteArrayView raw = lines[i];
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (trimmed(raw).isEmpty())
            continue;
        QString text;
        if (!BillListReader::decode(gbk, raw, &text))
            return fail(number, tr("The summary file is not GBK text, as Alipay writes its "
                                   "bills. Download the bill again."));
        if (state == Preamble) {
            if (text.startsWith(u'#') && text.contains(QStringLiteral("汇总列表")))
                state = Header;
            continue;
        }
        if (state == Trailer) {
            if (!text.startsWith(u'#'))
                continue; // nothing after the end is read but its # lines
            table.trailer.append(text.mid(1).trimmed());
            table.trailerLines.append(number);
            continue;
        }
        if (text.startsWith(u'#')) {
            if (state == Rows && text.contains(QStringLiteral("汇总列表结束"))) {
                table.endLine = number;
                state = Trailer;
                continue;
            }
            return fail(number, tr("A comment line interrupts the summary before its end line "
                                   "(%1): the file is malformed.")
                                    .arg(endMarker));
        }
        splitCells(raw, cells, owned);
        QStringList texts;
        for (const QByteArrayView cell : cells)
            texts.append(gbk->toUnicode(cell.data(), int(cell.size())));
        if (state == Header) {
            for (int c = 0; c < texts.size(); ++c)
                table.columns.insert(BillListReader::columnKey(texts[c]), c);
            for (const QString &name : required) {
                if (!table.columns.contains(name))
                    return fail(number,
                                tr("The summary's header line has no column \"%1\".").arg(name));
            }
            columnCount = int(texts.size());
            state = Rows;
            continue;
        }
        if (texts.size() != columnCount)
            return fail(number, tr("The summary line has %1 cells where the header has %2: it is "
                                   "cut short or malformed.")
                                    .arg(texts.size())
                                    .arg(columnCount));
        Table::Row row;
        row.line = number;
        for (const QByteArrayView cell : cells)
            row.cells.push_back(cell.toByteArray());
        row.texts = texts;
        table.rows.append(std::move(row));
    }
    if (state != Trailer)
        return fail(int(lines.size()), tr("The summary file ends without its end line (%1): it is "
                                          "truncated. Download the bill again.")
                                           .arg(endMarker));
    return table;
}

std::optional<BillStatedTotals> BillSummaryReader::read(QTextCodec *gbk, const QByteArray &bytes,
                                                        int *line, QString *reason)
{
    const auto fail = [&](int at, const QString &why) {
        *line = at;
        *reason = why;
        return std::nullopt;
    };
    const QStringList wanted = {QStringLiteral("交易订单总笔数"), QStringLiteral("退款订单总笔数"),
                                QStringLiteral("订单金额（元）"), QStringLiteral("商家实收（元）"),
                                QStringLiteral("服务费（元）"),   QStringLiteral("实收净额（元）")};
    const std::optional<Table> table =
        readTable(gbk, bytes, wanted, QStringLiteral("业务汇总列表结束"), line, reason);
    if (!table)
        return std::nullopt;
    const QHash<QString, int> &columns = table->columns;
    std::optional<BillStatedTotals> total;
    for (const Table::Row &row : table->rows) {
        const int number = row.line;
        const QStringList &texts = row.texts;
        if (texts.value(0) != u"合计")
            continue;
        BillStatedTotals t;
        t.line = number;
        bool countsOk = false, refundsOk = false;
        t.tradeCount = texts[columns.value(wanted[0])].toInt(&countsOk);
        t.refundCount = texts[columns.value(wanted[1])].toInt(&refundsOk);
        if (!countsOk || !refundsOk)
            return fail(number, tr("The summary's 合计 row has a count that is not a number."));
        std::optional<Money> *targets[] = {&t.orderAmount, &t.receipt, &t.serviceFee, &t.net};
        for (int k = 0; k < 4; ++k) {
            const QByteArrayView cell = row.cells[size_t(columns.value(wanted[k + 2]))];
            const std::optional<qint64> fen = parseFen(cell);
            if (!fen)
                return fail(number, tr("The amount \"%1\" in the summary is not a number of yuan "
                                       "with at most two decimals.")
                                        .arg(texts[columns.value(wanted[k + 2])]));
            *targets[k] = Money::fromFen(*fen);
        }
        // 实收净额 = 商家实收 + 服务费 (+ 分润 when printed).
        Money share;
        if (const int c = columns.value(QStringLiteral("分润（元）"), -1); c >= 0)
            share = Money::fromFen(parseFen(row.cells[size_t(c)]).value_or(0));
        if (*t.net != *t.receipt + *t.serviceFee + share)
            return fail(number,
                        tr("The summary's net amount %1 is not its receipts %2 plus its "
                           "fees %3: the file is inconsistent.")
                            .arg(t.net->toYuan(), t.receipt->toYuan(), t.serviceFee->toYuan()));
        total = t;
    }
    if (!total)
        return fail(table->endLine, tr("The summary file has no 合计 (total) row."));
    return total;
}

} // namespace DepositDesk
