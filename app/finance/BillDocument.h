#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace DepositDesk {

class BillKeyIndex;
class BillTextStore;

// A number of a bill line (ASCII): a view of bytes kept elsewhere, 16 bytes where a QByteArray
// takes 24 (a million lines keep three each). BillParser's point into the bytes
// ParsedBill::textStore owns (NUL-terminated there): use them while that ParsedBill (or a copy of
// it) lives, and make a copy (toByteArray()) to keep one longer.
class BillNumber
{
public:
    constexpr BillNumber() = default;
    // Text that outlives the line (a literal, bytes a BillTextStore keeps): viewed, not copied;
    // explicit, so that a temporary's constData() is never taken for one unseen.
    explicit BillNumber(const char *text)
        : BillNumber(text, text ? qsizetype(qstrlen(text)) : 0)
    {}
    constexpr BillNumber(const char *data, qsizetype size)
        : m_data(data)
        , m_size(quint32(size))
    {}
    // A QByteArray's bytes may not outlive the line: view them with (data, size) knowingly.
    BillNumber(const QByteArray &) = delete;

    const char *constData() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    operator QByteArrayView() const { return QByteArrayView(m_data, qsizetype(m_size)); }
    QByteArray toByteArray() const { return QByteArray(m_data, qsizetype(m_size)); }
    friend bool operator==(BillNumber a, QByteArrayView b) { return QByteArrayView(a) == b; }
    friend bool operator!=(BillNumber a, QByteArrayView b) { return !(a == b); }

private:
    const char *m_data = nullptr;
    quint32 m_size = 0;
};

// What the console keeps of one line of a trade bill's detail file (业务明细,
// docs/alipay-protocol.md §8.2): only the fields reconciliation needs, compact (a month bill may
// hold a million lines; the whole parse + match must stay under 400 MB): 88 bytes.
struct BillDetailLine
{
    enum class Type : quint8 { Trade, Refund }; // 交易 / 退款
    Type type = Type::Trade;
    int lineNumber = 0;      // 1-based line in the detail file (for messages)
    BillNumber tradeNo;      // 支付宝交易号
    BillNumber outTradeNo;   // 商户订单号
    BillNumber outRequestNo; // 退款批次号/请求号 (refund lines)
    qint64 finishedMs = 0;   // 完成时间, ms since epoch (China time in the file)
    Money orderAmount;       // 订单金额（元）: negative on refund lines, as printed
    Money merchantReceipt;   // 商家实收（元）
    Money serviceFee;        // 服务费（元）: negative = charged to the merchant
};
static_assert(sizeof(void *) != 8 || sizeof(BillDetailLine) == 88, "a bill line grew");

// Totals as a bill states them (footer lines of the detail file, or the 合计 row of the summary).
struct BillStatedTotals
{
    int tradeCount = 0;
    int refundCount = 0;
    Money tradeReceipt;               // 商家实收 of the trades
    Money refundReceipt;              // 商家实收退款 (negative as printed)
    std::optional<Money> orderAmount; // summary only: 订单金额（元）
    std::optional<Money> serviceFee;  // summary only: 服务费（元）
    std::optional<Money> net;         // summary only: 实收净额（元）
    // summary only: 商家实收（元） of trades and refunds together (the summary does not split it;
    // tradeReceipt and refundReceipt stay zero there).
    std::optional<Money> receipt;
    int line = 0;       // the line the totals were read from (footer: 交易合计), 1-based
    int refundLine = 0; // footer only: the 退款合计 line
};

// One trade bill archive, parsed (BillParser). Lines in file order.
struct ParsedBill
{
    QString billType;        // "trade"
    QString account;         // 账号, e.g. 20881234123412340156
    qint64 periodFromMs = 0; // 起始日期 (inclusive)
    qint64 periodToMs = 0;   // 终止日期 (exclusive)
    QString detailFileName;  // entry names, decoded from GBK
    QString summaryFileName; // empty when the archive has no summary file
    std::vector<BillDetailLine> lines;
    BillStatedTotals footer;                        // from the detail file's # lines
    std::optional<BillStatedTotals> summary;        // from the summary file's 合计 row
    std::shared_ptr<const BillTextStore> textStore; // owns the bytes of the lines' numbers
    // The lines by key, built while BillParser read them (ReconBillJoin looks ledger rows up in
    // it); null for lines put together otherwise. It indexes the lines as parsed: whoever changes
    // `lines` resets it.
    std::shared_ptr<const BillKeyIndex> keyIndex;
};

// Why a bill file was refused: nothing of it is loaded.
struct BillProblem
{
    QString file;             // the archive, or "archive.zip › entry.csv"
    int line = 0;             // 1-based; 0 when not about one line (a bad zip, a missing file)
    QString reason;           // translated, one sentence: what is wrong
    QString toString() const; // "file, line 12: reason" (translated)
};

} // namespace DepositDesk
