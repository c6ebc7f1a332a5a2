#include "finance/BillKeyIndex.h"

namespace DepositDesk {

BillKeyIndex::BillKeyIndex()
{
    m_table.reset(0);
    m_filler.emplace(m_table);
}

std::pair<QByteArrayView, QByteArrayView> BillKeyIndex::keyOf(const BillDetailLine &l,
                                                              ReconLedger::Tag tag)
{
    switch (tag) {
    case ReconLedger::TradeNo:
        return {l.tradeNo, {}};
    case ReconLedger::OutTradeNo:
        return {l.outTradeNo, {}};
    case ReconLedger::RefundOfOutTrade:
        return {l.outTradeNo, l.outRequestNo};
    case ReconLedger::RefundOfTradeNo:
        return {l.tradeNo, l.outRequestNo};
    }
    return {};
}

void BillKeyIndex::reserve(const std::vector<BillDetailLine> &all, size_t lines)
{
    if (lines <= m_room)
        return;
    m_filler.reset(); // writes what waits, into the table it was filling
    m_room = lines;
    m_table.reset(2 * lines); // at most two keys a line
    m_filler.emplace(m_table);
    for (size_t i = 0; i < m_lines; ++i)
        addKeys(all[i], quint32(i));
}

void BillKeyIndex::add(const std::vector<BillDetailLine> &all)
{
    if (m_lines >= m_room)
        reserve(all, std::max<size_t>(1024, m_room + m_room / 2));
    addKeys(all[m_lines], quint32(m_lines));
    ++m_lines;
}

void BillKeyIndex::finish()
{
    m_filler->flush();
}

void BillKeyIndex::addKeys(const BillDetailLine &line, quint32 index)
{
    for (const ReconLedger::Tag tag : tagsOf(line.type == BillDetailLine::Type::Refund)) {
        const auto [a, b] = keyOf(line, tag);
        if (a.isEmpty())
            continue;
        const quint64 hash = ReconLedger::hashOf(tag, a, b);
        m_filler->add(hash, ReconLedger::checkOf(tag, hash), index);
    }
}

} // namespace DepositDesk
