#pragma once

#include "alipay/TimeSource.h"

#include <QDateTime>

#include <memory>

namespace DepositDesk::Testing {

// A time that only moves when the test says so. source() hands out a TimeSource that follows
// this object (it shares the state, so it may outlive it).
class ManualTimeSource
{
public:
    explicit ManualTimeSource(QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(4, 0), Qt::UTC))
        : m_now(std::make_shared<QDateTime>(std::move(now)))
    {}
    QDateTime now() const { return *m_now; }
    void set(const QDateTime &now) { *m_now = now; }
    void advance(qint64 msecs) { *m_now = m_now->addMSecs(msecs); }
    TimeSource source() const
    {
        return [now = m_now] {
            return *now;
        };
    }

private:
    std::shared_ptr<QDateTime> m_now;
};

} // namespace DepositDesk::Testing
