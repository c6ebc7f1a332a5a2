#pragma once

#include <QCoreApplication>
#include <QString>

namespace DepositDesk {

// Keeps key material out of core files: main() calls disable() before any credential is loaded.
class CoreDumps
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::CoreDumps)

public:
    // setrlimit(RLIMIT_CORE, 0) and prctl(PR_SET_DUMPABLE, 0): no core file, and other processes
    // of the same user can no longer ptrace this one or read its /proc/<pid>/mem. False with a
    // translated message when either fails (the process keeps running; the caller decides).
    static bool disable(QString *error = nullptr);

    // True when both limits are in force (the core size limit is 0 and the process is not
    // dumpable).
    static bool disabled();
};

} // namespace DepositDesk
