#pragma once

#include <condition_variable>
#include <mutex>
#include <vector>

namespace DepositDesk {

// Buffers handed from one thread to another in order, a few at a time: the producer fills a
// free buffer (acquire(), then publish()), the consumer reads the oldest filled one (take(), then
// release()). Either side may stop: close() says no more buffers come, cancel() that no more are
// wanted (acquire() then returns null). Used to unpack a bill while its lines are read
// (BillParser) and to scan the ledger while its rows are looked up (ReconBillJoin).
template<typename Buffer>
class BufferHandOff
{
public:
    explicit BufferHandOff(size_t buffers)
        : m_buffers(buffers)
    {}

    // A free buffer to fill, or null once the consumer cancelled.
    Buffer *acquire()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_filled < m_buffers.size(); });
        return m_cancelled ? nullptr : &m_buffers[(m_first + m_filled) % m_buffers.size()];
    }
    void publish()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            ++m_filled;
        }
        m_changed.notify_all();
    }
    void close()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }

    // The oldest filled buffer, or null once the producer closed and every buffer was taken.
    Buffer *take()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_filled > 0 || m_closed; });
        return m_filled > 0 ? &m_buffers[m_first] : nullptr;
    }
    void release()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_first = (m_first + 1) % m_buffers.size();
            --m_filled;
        }
        m_changed.notify_all();
    }
    void cancel()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
    }

private:
    std::vector<Buffer> m_buffers;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_first = 0;  // the oldest filled buffer
    size_t m_filled = 0; // filled buffers from m_first on
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace DepositDesk
