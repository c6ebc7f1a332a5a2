#include "finance/BillDetailReader.h"

#include "finance/BillCsvBytes.h"
#include "finance/BillTextStore.h"

#include <QRegularExpression>
#include <QTextCodec>

namespace DepositDesk {

using namespace BillCsvBytes;

namespace {

const QString TradeNoColumn = QStringLiteral("支付宝交易号");
const QString OutTradeNoColumn = QStringLiteral("商户订单号");
const QString TypeColumn = QStringLiteral("业务类型");
const QString FinishedColumn = QStringLiteral("完成时间");
const QString OrderAmountColumn = QStringLiteral("订单金额（元）");
const QString ReceiptColumn = QStringLiteral("商家实收（元）");
const QString RequestNoColumn = QStringLiteral("退款批次号/请求号");
const QString FeeColumn = QStringLiteral("服务费（元）");

// "2024年05月01日 00:00:00" in China time, as ms since the epoch (0 when absent).
qint64 chineseTimeMs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d{4})年(\\d{2})月(\\d{2})日\\s*(\\d{2}):(\\d{2}):(\\d{2})"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const QString plain = QStringLiteral("%1-%2-%3 %4:%5:%6")
                              .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                   m.captured(5), m.captured(6));
    return parseChinaTimeMs(plain.toLatin1()).value_or(0);
}

// Non-ASCII text that is valid UTF-8: GBK Chinese text practically never is.
bool looksUtf8(QByteArrayView bytes)
{
    bool nonAscii = false;
    for (const char c : bytes)
        nonAscii = nonAscii || (static_cast<unsigned char>(c) >= 0x80);
    return nonAscii && QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

BillDetailReader::BillDetailReader(QTextCodec *gbk, ParsedBill &bill, BillTextStore &store)
    : m_gbk(gbk)
    , m_bill(bill)
    , m_store(store)
    , m_listMarker(gbk->fromUnicode(QStringLiteral("业务明细列表")))
    , m_endMarker(gbk->fromUnicode(QStringLiteral("业务明细列表结束")))
    , m_tradeType(gbk->fromUnicode(QStringLiteral("交易")))
    , m_refundType(gbk->fromUnicode(QStringLiteral("退款")))
{}

bool BillDetailReader::decode(QTextCodec *gbk, QByteArrayView bytes, QString *text)
{
    if (firstNonGbkByte(bytes) >= 0 || looksUtf8(bytes))
        return false;
    QTextCodec::ConverterState state(QTextCodec::ConvertInvalidToNull);
    *text = gbk->toUnicode(bytes.data(), int(bytes.size()), &state);
    return state.invalidChars == 0 && state.remainingChars == 0;
}

QString BillDetailReader::columnKey(QString name)
{
    return name.replace(u'(', u'（').replace(u')', u'）');
}

QString BillDetailReader::cellText(QByteArrayView cell) const
{
    return m_gbk->toUnicode(cell.data(), int(cell.size()));
}

bool BillDetailReader::fail(int line, const QString &reason)
{
    m_problemLine = line;
    m_problem = reason;
    return false;
}

bool BillDetailReader::notGbk(int line, QByteArrayView bytes)
{
    const bool utf8 = looksUtf8(bytes);
    return fail(line, utf8 ? tr("The text is UTF-8, not GBK as Alipay writes its bills: the file "
                                "was changed after it was downloaded. Download the bill again.")
                           : tr("The text is not valid GBK, as Alipay writes its bills: the file "
                                "is damaged. Download the bill again."));
}

bool BillDetailReader::commentLine(QByteArrayView line, QString *text, const QString &ifData)
{
    if (!decode(m_gbk, line, text))
        return notGbk(m_lineNumber, line);
    if (!text->startsWith(u'#'))
        return fail(m_lineNumber, ifData);
    return true;
}

bool BillDetailReader::addLine(QByteArrayView line)
{
    ++m_lineNumber;
    if (!m_problem.isEmpty())
        return false;
    switch (m_state) {
    case State::Preamble:
        return preambleLine(line);
    case State::Header:
        return headerLine(line);
    case State::Data:
        if (!m_pending.isEmpty()) {
            m_pending += '\n';
            m_pending += line;
            return dataLine(m_pending, m_pendingLine);
        }
        if (line.startsWith('#')) {
            if (!line.contains(m_endMarker))
                return fail(m_lineNumber,
                            tr("A comment line interrupts the list before its end line "
                               "(业务明细列表结束): the file is malformed."));
            m_state = State::Footer;
            return true;
        }
        if (trimmed(line).isEmpty())
            return true;
        return dataLine(line, m_lineNumber);
    case State::Footer:
        return footerLine(line);
    }
    return false;
}

bool BillDetailReader::preambleLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!commentLine(line, &text,
                     tr("A line of data comes before the list's start line (业务明细列表): this "
                        "is not an Alipay trade bill.")))
        return false;
    if (line.contains(m_listMarker)) {
        m_state = State::Header;
        return true;
    }
    static const QRegularExpression account(QStringLiteral("账号[：:]\\s*\\[([^\\]]*)\\]"));
    if (const QRegularExpressionMatch m = account.match(text); m.hasMatch())
        m_bill.account = m.captured(1).trimmed();
    if (const qsizetype from = text.indexOf(QStringLiteral("起始日期")); from >= 0) {
        const qsizetype to = text.indexOf(QStringLiteral("终止日期"));
        m_bill.periodFromMs = chineseTimeMs(text.mid(from, to > from ? to - from : -1));
        if (to >= 0)
            m_bill.periodToMs = chineseTimeMs(text.mid(to));
    }
    return true;
}

bool BillDetailReader::headerLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!decode(m_gbk, line, &text))
        return notGbk(m_lineNumber, line);
    splitCells(line, m_cells, m_owned);
    QHash<QString, int> columns;
    for (int i = 0; i < int(m_cells.size()); ++i)
        columns.insert(columnKey(cellText(m_cells[size_t(i)])), i);
    m_columnCount = int(m_cells.size());
    const std::pair<const QString *, int *> wanted[] = {{&TradeNoColumn, &m_tradeNo},
                                                        {&OutTradeNoColumn, &m_outTradeNo},
                                                        {&TypeColumn, &m_type},
                                                        {&FinishedColumn, &m_finished},
                                                        {&OrderAmountColumn, &m_orderAmount},
                                                        {&ReceiptColumn, &m_receipt},
                                                        {&RequestNoColumn, &m_requestNo},
                                                        {&FeeColumn, &m_fee}};
    for (const auto &[name, index] : wanted) {
        *index = columns.value(*name, -1);
        if (*index < 0)
            return fail(m_lineNumber, tr("The header line has no column \"%1\": the file is not a "
                                         "complete Alipay trade bill.")
                                          .arg(*name));
    }
    m_state = State::Data;
    return true;
}

void BillDetailReader::growLines()
{
    std::vector<BillDetailLine> &lines = m_bill.lines;
    if (lines.size() < lines.capacity())
        return;
    // Sized from the bytes still to come at the average line length so far, so that a month
    // bill does not end with a vector twice as large as it needs.
    const qint64 average =
        lines.empty() ? 200 : qMax<qint64>(16, m_dataBytes / qint64(lines.size()));
    const qint64 left = qMax<qint64>(0, m_expectedBytes - m_bytesRead);
    const qint64 more = qMax<qint64>(qMax<qint64>(1024, qint64(lines.size()) / 8),
                                     left / average + left / average / 16 + 64);
    lines.reserve(lines.size() + size_t(more));
}

bool BillDetailReader::dataLine(QByteArrayView record, int lineNumber)
{
    if (const qsizetype bad = firstNonGbkByte(record); bad >= 0)
        return notGbk(lineNumber, record);
    if (!splitCells(record, m_cells, m_owned)) {
        if (m_pending.isEmpty()) {
            m_pending = record.toByteArray();
            m_pendingLine = lineNumber;
        }
        return true;
    }
    m_dataBytes += record.size() + 2;
    if (int(m_cells.size()) != m_columnCount)
        return fail(lineNumber, tr("The line has %1 cells where the header has %2: it is cut "
                                   "short or malformed.")
                                    .arg(m_cells.size())
                                    .arg(m_columnCount));
    BillDetailLine out;
    out.lineNumber = lineNumber;
    const QByteArrayView type = m_cells[size_t(m_type)];
    if (type == m_refundType)
        out.type = BillDetailLine::Type::Refund;
    else if (type != m_tradeType)
        return fail(lineNumber, tr("The business type \"%1\" is neither 交易 (trade) nor 退款 "
                                   "(refund).")
                                    .arg(cellText(type)));
    const QByteArrayView finished = m_cells[size_t(m_finished)];
    const std::optional<qint64> at = parseChinaTimeMs(finished);
    if (!at)
        return fail(lineNumber, tr("The completion time \"%1\" is not a date and time "
                                   "(yyyy-MM-dd HH:mm:ss).")
                                    .arg(cellText(finished)));
    out.finishedMs = *at;
    const std::pair<int, Money *> amounts[] = {{m_orderAmount, &out.orderAmount},
                                               {m_receipt, &out.merchantReceipt},
                                               {m_fee, &out.serviceFee}};
    for (const auto &[column, money] : amounts) {
        const QByteArrayView cell = m_cells[size_t(column)];
        if (column == m_fee && cell.isEmpty())
            continue; // no fee printed: none charged
        const std::optional<qint64> fen = parseFen(cell);
        if (!fen)
            return fail(lineNumber, tr("The amount \"%1\" is not a number of yuan with at most "
                                       "two decimals.")
                                        .arg(cellText(cell)));
        *money = Money::fromFen(*fen);
    }
    const QByteArrayView tradeNo = m_cells[size_t(m_tradeNo)];
    const QByteArrayView outTradeNo = m_cells[size_t(m_outTradeNo)];
    if (tradeNo.isEmpty() && outTradeNo.isEmpty())
        return fail(lineNumber, tr("The line has neither an Alipay trade number nor a merchant "
                                   "order number."));
    out.tradeNo = m_store.add(tradeNo);
    out.outTradeNo = m_store.add(outTradeNo);
    if (out.type == BillDetailLine::Type::Refund)
        out.outRequestNo = m_store.add(m_cells[size_t(m_requestNo)]);
    growLines();
    m_bill.lines.push_back(std::move(out));
    m_pending.clear();
    return true;
}

bool BillDetailReader::footerLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!commentLine(line, &text,
                     tr("A line of data follows the end of the list: the file is malformed.")))
        return false;
    static const QRegularExpression trades(QStringLiteral(
        "交易合计[：:]\\s*(\\d+)\\s*笔[^0-9-]*(?:商家实收共|总金额)\\s*([-+]?[0-9.]+)\\s*元"));
    static const QRegularExpression refunds(QStringLiteral(
        "退款合计[：:]\\s*(\\d+)\\s*笔[^0-9-]*(?:商家实收退款共|总金额)\\s*([-+]?[0-9.]+)\\s*元"));
    const bool isTrade = text.contains(QStringLiteral("交易合计"));
    const bool isRefund = text.contains(QStringLiteral("退款合计"));
    if (!isTrade && !isRefund)
        return true; // 导出时间 and other remarks
    const QRegularExpressionMatch m = (isTrade ? trades : refunds).match(text);
    const std::optional<Money> amount =
        m.hasMatch() ? Money::fromYuan(m.captured(2), nullptr, Money::Sign::AllowNegative)
                     : std::nullopt;
    if (!amount)
        return fail(m_lineNumber, tr("The totals line \"%1\" cannot be read: it has no count of "
                                     "lines or no amount with at most two decimals.")
                                      .arg(text.mid(1).trimmed()));
    BillStatedTotals &footer = m_bill.footer;
    if (isTrade) {
        footer.line = m_lineNumber;
        footer.tradeCount = m.captured(1).toInt();
        footer.tradeReceipt = *amount;
        m_tradeTotalsSeen = true;
    } else {
        footer.refundLine = m_lineNumber;
        footer.refundCount = m.captured(1).toInt();
        footer.refundReceipt = *amount;
        m_refundTotalsSeen = true;
    }
    return true;
}

bool BillDetailReader::finish()
{
    if (!m_problem.isEmpty())
        return false;
    switch (m_state) {
    case State::Preamble:
    case State::Header:
        return fail(m_lineNumber, tr("The file ends before its list of lines begins "
                                     "(业务明细列表): it is empty or not an Alipay trade bill."));
    case State::Data:
        return fail(m_pending.isEmpty() ? m_lineNumber : m_pendingLine,
                    tr("The file ends without the list's end line (业务明细列表结束): it is "
                       "truncated. Download the bill again."));
    case State::Footer:
        if (!m_tradeTotalsSeen || !m_refundTotalsSeen)
            return fail(m_lineNumber, tr("The totals lines (交易合计, 退款合计) are missing after "
                                         "the list: the file is truncated. Download the bill "
                                         "again."));
        return true;
    }
    return false;
}

} // namespace DepositDesk
