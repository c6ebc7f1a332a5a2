#pragma once

#include "domain/Clock.h"

namespace DepositDesk::Test {

// A clock that moves only when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2024, 5, 1), QTime(9, 0),
                                                            Qt::UTC))
        : m_now(start)
    {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace DepositDesk::Test
