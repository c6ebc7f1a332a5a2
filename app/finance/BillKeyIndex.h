#pragma once

#include "finance/BillDocument.h"
#include "finance/ReconKeyTable.h"
#include "finance/ReconLedger.h"

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace DepositDesk {

// A trade bill's lines by the keys reconciliation looks them up by (ReconBillJoin): a charge by
// its trade number (ReconLedger::TradeNo) and its merchant order number (OutTradeNo), a refund by
// its merchant order number and its trade number, each with its request number
// (RefundOfOutTrade, RefundOfTradeNo). BillParser builds it while it reads the lines, their bytes
// still at hand, so that a reconciliation finds it ready (ParsedBill::keyIndex); ReconBillJoin
// builds one the same way for lines that come without it.
class BillKeyIndex
{
public:
    BillKeyIndex(); // an empty table: no line yet
    BillKeyIndex(const BillKeyIndex &) = delete;
    BillKeyIndex &operator=(const BillKeyIndex &) = delete;

    // The tags a line or row of this kind is looked up by, first choice first.
    static std::array<ReconLedger::Tag, 2> tagsOf(bool refund)
    {
        if (refund)
            return {ReconLedger::RefundOfOutTrade, ReconLedger::RefundOfTradeNo};
        return {ReconLedger::TradeNo, ReconLedger::OutTradeNo};
    }
    // The line's key for the tag, as (a, b); a is empty when the line has no such key.
    static std::pair<QByteArrayView, QByteArrayView> keyOf(const BillDetailLine &line,
                                                           ReconLedger::Tag tag);

    // Room for the keys of `lines` lines in all. When the room grows, the table is made anew
    // and the lines indexed so far (the first lineCount() of `all`) are added to it again.
    void reserve(const std::vector<BillDetailLine> &all, size_t lines);
    // Adds the keys of the next line, all[lineCount()] (room for it reserved).
    void add(const std::vector<BillDetailLine> &all);
    // Writes the keys still waiting in the batch: the table is then complete.
    void finish();

    // The lines indexed: all[0] to all[lineCount() - 1].
    size_t lineCount() const { return m_lines; }
    // The lines by key (complete after finish()): each slot's item is a line's index.
    const ReconKeyTable &table() const { return m_table; }

private:
    void addKeys(const BillDetailLine &line, quint32 index);

    ReconKeyTable m_table;
    std::optional<ReconKeyTable::Filler> m_filler;
    size_t m_lines = 0;
    size_t m_room = 0; // lines the table has room for
};

} // namespace DepositDesk
