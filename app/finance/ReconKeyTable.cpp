#include "finance/ReconKeyTable.h"

#include <cstdlib>

#include <sys/mman.h>

namespace DepositDesk {

namespace {

constexpr size_t HugePage = size_t(2) << 20;

} // namespace

void ReconKeyTable::reset(size_t keys)
{
    const size_t size = std::max<size_t>(1024, keys + keys / 2);
    const size_t bytes = size * sizeof(Slot);
    void *memory = nullptr;
    if (bytes >= 2 * HugePage) {
        // Whole huge pages; madvise is only a hint (the table works the same without).
        if (posix_memalign(&memory, HugePage, (bytes + HugePage - 1) / HugePage * HugePage) != 0)
            memory = nullptr;
#ifdef MADV_HUGEPAGE
        if (memory)
            madvise(memory, (bytes + HugePage - 1) / HugePage * HugePage, MADV_HUGEPAGE);
#endif
    }
    if (!memory)
        memory = std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
    m_slots.reset(static_cast<Slot *>(memory));
    m_size = size;
    std::uninitialized_fill_n(m_slots.get(), size, Slot());
}

void ReconKeyTable::Free::operator()(Slot *slots) const
{
    std::free(slots);
}

} // namespace DepositDesk
