#pragma once

// Unfreezes driven straight through AlipayApi, many in flight, for the benchmarks that measure
// what the sandbox gateway sustains (bench_sandbox_unfreeze, and bench_bulk's peer).

#include "domain/Money.h"

#include <QString>
#include <QStringList>

namespace DepositDesk {

class AlipayApi;

namespace BenchUnfreeze {

struct Run
{
    int succeeded = 0;
    int failed = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    QString firstFailure;
};

double cpuSeconds(); // of this process

// `calls` unfreezes of `step` each, `inFlight` at a time over `authNos` in turn (request numbers
// <prefix>_<i>); each finished call starts the next one. Runs an event loop until all answered.
Run drive(AlipayApi &api, const QStringList &authNos, const QString &prefix, int calls,
          int inFlight, Money step);

} // namespace BenchUnfreeze

} // namespace DepositDesk
