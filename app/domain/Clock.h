#pragma once

#include <QDateTime>

namespace DepositDesk {

// Where "now" comes from. Everything that writes a timestamp or applies a rule that depends on
// time (request timestamps and numbers, lockout, lock leases, the sandbox's notifications) asks a
// Clock, so that tests pin or move time instead of sleeping (tests/common/ManualClock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The machine's clock, in UTC.
    static const Clock &system();
};

} // namespace DepositDesk
