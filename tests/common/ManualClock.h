#pragma once

#include "domain/Clock.h"

#include <QDateTime>

#include <chrono>

namespace DepositDesk::Testing {

// A clock that moves only when the test says so. Whatever holds it (a client, a generator, the
// sandbox, a store class) keeps a reference: the clock must outlive them.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2024, 5, 1), QTime(9, 0),
                                                            Qt::UTC))
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    // Moves by any duration, e.g. advance(std::chrono::seconds(60)); negative moves back.
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }
    void set(const QDateTime &time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace DepositDesk::Testing
