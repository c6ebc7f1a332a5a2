#include "finance/BillDetailReader.h"

#include "finance/BillCsvBytes.h"
#include "finance/BillKeyIndex.h"
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

} // namespace

BillDetailReader::BillDetailReader(QTextCodec *gbk, ParsedBill &bill, BillTextStore &store,
                                   BillKeyIndex &index)
    : BillListReader(gbk, QStringLiteral("业务明细列表"), QStringLiteral("业务明细列表结束"),
                     &bill.account, &bill.periodFromMs, &bill.periodToMs)
    , m_bill(bill)
    , m_store(store)
    , m_index(index)
    , m_tradeType(gbk->fromUnicode(QStringLiteral("交易")))
    , m_refundType(gbk->fromUnicode(QStringLiteral("退款")))
{}

bool BillDetailReader::header(const QHash<QString, int> &columns, int)
{
    const std::pair<const QString *, int *> wanted[] = {{&TradeNoColumn, &m_tradeNo},
                                                        {&OutTradeNoColumn, &m_outTradeNo},
                                                        {&TypeColumn, &m_type},
                                                        {&FinishedColumn, &m_finished},
                                                        {&OrderAmountColumn, &m_orderAmount},
                                                        {&ReceiptColumn, &m_receipt},
                                                        {&RequestNoColumn, &m_requestNo},
                                                        {&FeeColumn, &m_fee}};
    for (const auto &[name, index] : wanted) {
        *index = requireColumn(columns, *name, tr("Alipay trade bill"));
        if (*index < 0)
            return false;
    }
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
    m_index.reserve(lines, lines.capacity());
}

bool BillDetailReader::data(const std::vector<QByteArrayView> &cells, int lineNumber,
                            qint64 recordBytes)
{
    m_dataBytes += recordBytes;
    BillDetailLine out;
    out.lineNumber = lineNumber;
    const QByteArrayView type = cells[size_t(m_type)];
    if (type == m_refundType)
        out.type = BillDetailLine::Type::Refund;
    else if (type != m_tradeType)
        return fail(lineNumber, tr("The business type \"%1\" is neither 交易 (trade) nor 退款 "
                                   "(refund).")
                                    .arg(cellText(type)));
    const QByteArrayView finished = cells[size_t(m_finished)];
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
        const QByteArrayView cell = cells[size_t(column)];
        if (column == m_fee && cell.isEmpty())
            continue; // no fee printed: none charged
        const std::optional<qint64> fen = parseFen(cell);
        if (!fen)
            return fail(lineNumber, tr("The amount \"%1\" is not a number of yuan with at most "
                                       "two decimals.")
                                        .arg(cellText(cell)));
        *money = Money::fromFen(*fen);
    }
    const QByteArrayView tradeNo = cells[size_t(m_tradeNo)];
    const QByteArrayView outTradeNo = cells[size_t(m_outTradeNo)];
    if (tradeNo.isEmpty() && outTradeNo.isEmpty())
        return fail(lineNumber, tr("The line has neither an Alipay trade number nor a merchant "
                                   "order number."));
    out.tradeNo = m_store.add(tradeNo);
    out.outTradeNo = m_store.add(outTradeNo);
    if (out.type == BillDetailLine::Type::Refund)
        out.outRequestNo = m_store.add(cells[size_t(m_requestNo)]);
    growLines();
    m_bill.lines.push_back(std::move(out));
    m_index.add(m_bill.lines); // its numbers were just read: their bytes are still at hand
    return true;
}

bool BillDetailReader::footer(const QString &text)
{
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

bool BillDetailReader::footerComplete()
{
    if (!m_tradeTotalsSeen || !m_refundTotalsSeen)
        return fail(m_lineNumber, tr("The totals lines (交易合计, 退款合计) are missing after the "
                                     "list: the file is truncated. Download the bill again."));
    return true;
}

} // namespace DepositDesk
