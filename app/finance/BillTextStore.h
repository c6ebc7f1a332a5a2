#pragma once

#include "finance/BillDocument.h"

#include <QByteArrayView>

#include <cstring>
#include <memory>
#include <vector>

namespace DepositDesk {

// Keeps many short byte strings (trade and order numbers of a bill) in large blocks and hands
// out views of them (BillNumber, NUL-terminated): a million lines cost their bytes,
// not a heap allocation each. The views stay valid while the store lives.
class BillTextStore
{
public:
    // Inline: the view is then made where the caller keeps it (a view returned from a call is
    // read back in wider words than it was written, a stall on every line of a bill).
    BillNumber add(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return {};
        const qsizetype needed = bytes.size() + 1;
        if (needed > m_left)
            addBlock(needed);
        char *at = m_next;
        std::memcpy(at, bytes.data(), size_t(bytes.size()));
        at[bytes.size()] = '\0';
        m_next += needed;
        m_left -= needed;
        return BillNumber(at, bytes.size());
    }
    // The same as a QByteArray view (QByteArray::fromRawData), for lines that keep those.
    QByteArray addBytes(QByteArrayView bytes)
    {
        const BillNumber kept = add(bytes);
        return kept.isEmpty() ? QByteArray()
                              : QByteArray::fromRawData(kept.constData(), kept.size());
    }
    qint64 bytesUsed() const { return m_used; }

private:
    // A new block with room for `needed` bytes.
    void addBlock(qsizetype needed);

    static constexpr qsizetype BlockSize = 1 << 20;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    qsizetype m_left = 0;
    qint64 m_used = 0;
};

} // namespace DepositDesk
