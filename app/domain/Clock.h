#pragma once

#include <QDateTime>

namespace DepositDesk {

// The time as the store sees it. Rules that depend on time (lockout, lock leases) ask a Clock so
// that tests can move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The machine's clock, in UTC.
    static const Clock &system();
};

} // namespace DepositDesk
