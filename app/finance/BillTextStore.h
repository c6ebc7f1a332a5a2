#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <vector>

namespace DepositDesk {

// Keeps many short byte strings (trade and order numbers of a bill) in large blocks and hands
// out QByteArray views of them (fromRawData, NUL-terminated): a million lines cost their bytes,
// not a heap allocation each. The views stay valid while the store lives.
class BillTextStore
{
public:
    QByteArray add(QByteArrayView bytes);
    qint64 bytesUsed() const { return m_used; }

private:
    static constexpr qsizetype BlockSize = 1 << 20;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_next = nullptr;
    qsizetype m_left = 0;
    qint64 m_used = 0;
};

} // namespace DepositDesk
