#include "finance/BillTextStore.h"

#include <cstring>

namespace DepositDesk {

QByteArray BillTextStore::add(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    const qsizetype needed = bytes.size() + 1;
    if (needed > m_left) {
        const qsizetype size = needed > BlockSize / 4 ? needed : BlockSize;
        m_blocks.emplace_back(new char[size_t(size)]); // not zeroed: every byte is written
        m_next = m_blocks.back().get();
        m_left = size;
        m_used += size;
    }
    char *at = m_next;
    std::memcpy(at, bytes.data(), size_t(bytes.size()));
    at[bytes.size()] = '\0';
    m_next += needed;
    m_left -= needed;
    return QByteArray::fromRawData(at, bytes.size());
}

} // namespace DepositDesk
