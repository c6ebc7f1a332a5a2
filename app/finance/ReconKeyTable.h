#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace DepositDesk {

// The open-addressing look-up table of reconciliation (ReconLedger, ReconBillJoin): 8-byte slots
// of an item (a ledger row or a bill line) and the high bits of its key's hash with the key's tag
// (ReconLedger::checkOf), to skip most other keys without reading their item. At most two thirds
// full: a hit takes about two probes, a miss about five. Items with the same key sit in insertion
// order along the probe sequence.
class ReconKeyTable
{
public:
    static constexpr quint32 Empty = std::numeric_limits<quint32>::max();

    // Room for `keys` keys; empties the table.
    void reset(size_t keys);
    bool isEmpty() const { return m_size == 0; }

    // The key's first slot is fetched from memory (a look-up or an add comes soon).
    void prefetch(quint64 hash) const { __builtin_prefetch(&m_slots[home(hash)]); }

    // Adds keys a batch at a time: a million random writes into the table would otherwise each
    // wait for memory, so each key's slot is prefetched when it is added and written when the
    // batch is full (or at flush()).
    class Filler
    {
    public:
        explicit Filler(ReconKeyTable &table)
            : m_table(table)
        {}
        ~Filler() { flush(); }
        Filler(const Filler &) = delete;
        Filler &operator=(const Filler &) = delete;

        void add(quint64 hash, quint32 check, quint32 item)
        {
            __builtin_prefetch(&m_table.m_slots[m_table.home(hash)], 1);
            m_pending[m_count++] = {hash, check, item};
            if (m_count == Batch)
                flush();
        }
        void flush()
        {
            for (size_t k = 0; k < m_count; ++k) {
                size_t at = m_table.home(m_pending[k].hash);
                while (m_table.m_slots[at].item != Empty)
                    at = m_table.next(at);
                m_table.m_slots[at] = {m_pending[k].item, m_pending[k].check};
            }
            m_count = 0;
        }

    private:
        static constexpr size_t Batch = 32;
        struct Pending
        {
            quint64 hash;
            quint32 check;
            quint32 item;
        };
        ReconKeyTable &m_table;
        Pending m_pending[Batch];
        size_t m_count = 0;
    };

    // Calls visit(item) for every item whose slot carries `check`, in insertion order, until
    // visit returns false.
    template<typename Visit>
    void find(quint64 hash, quint32 check, Visit &&visit) const
    {
        if (m_size == 0)
            return;
        for (size_t at = home(hash); m_slots[at].item != Empty; at = next(at))
            if (m_slots[at].check == check && !visit(m_slots[at].item))
                return;
    }

private:
    struct Slot
    {
        quint32 item = Empty;
        quint32 check = 0;
    };

    // The first slot a key's probe looks at (the hash's low half scaled to the table), the next.
    size_t home(quint64 hash) const { return size_t((hash & 0xffffffffu) * m_size >> 32); }
    size_t next(size_t at) const { return at + 1 == m_size ? 0 : at + 1; }

    struct Free
    {
        void operator()(Slot *slots) const;
    };
    // Every look-up lands on a random slot: a large table is asked for in huge pages where the
    // system gives them, so that a look-up costs a cache miss and not also a page walk.
    std::unique_ptr<Slot[], Free> m_slots;
    size_t m_size = 0;
};

} // namespace DepositDesk
