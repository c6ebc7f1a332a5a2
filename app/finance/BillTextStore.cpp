#include "finance/BillTextStore.h"

namespace DepositDesk {

void BillTextStore::addBlock(qsizetype needed)
{
    const qsizetype size = needed > BlockSize / 4 ? needed : BlockSize;
    m_blocks.emplace_back(new char[size_t(size)]); // not zeroed: every byte is written
    m_next = m_blocks.back().get();
    m_left = size;
    m_used += size;
}

} // namespace DepositDesk
