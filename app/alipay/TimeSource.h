#pragma once

#include <QDateTime>

#include <functional>

namespace DepositDesk {

// Where "now" comes from for the Alipay client: everything here that writes a timestamp or
// dates a request number calls one, so tests pin or move time without sleeping
// (tests/common/ManualTimeSource.h). A plain function so that any clock plugs in, e.g. the
// store's: `[&clock] { return clock.now(); }`.
using TimeSource = std::function<QDateTime()>;

// The machine's clock, in UTC.
inline QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace DepositDesk
