#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace DepositDesk {

class BillKeyIndex;
class BillTextStore;

// What the console keeps of one line of a trade bill's detail file (业务明细,
// docs/alipay-protocol.md §8.2): only the fields reconciliation needs, compact (a month bill may
// hold a million lines; the whole parse + match must stay under 400 MB). Numbers are ASCII, kept as
// QByteArray. BillParser's QByteArrays are views (QByteArray::fromRawData, NUL-terminated) into the
// bytes ParsedBill::textStore owns: use them while that ParsedBill (or a copy of it) lives, and
// make a deep copy (QByteArray(view.constData(), view.size())) to keep one longer.
struct BillDetailLine
{
    enum class Type : quint8 { Trade, Refund }; // 交易 / 退款
    Type type = Type::Trade;
    int lineNumber = 0;      // 1-based line in the detail file (for messages)
    QByteArray tradeNo;      // 支付宝交易号
    QByteArray outTradeNo;   // 商户订单号
    QByteArray outRequestNo; // 退款批次号/请求号 (refund lines)
    qint64 finishedMs = 0;   // 完成时间, ms since epoch (China time in the file)
    Money orderAmount;       // 订单金额（元）: negative on refund lines, as printed
    Money merchantReceipt;   // 商家实收（元）
    Money serviceFee;        // 服务费（元）: negative = charged to the merchant
};

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
