#include "secrets/CoreDumps.h"

#include <cerrno>
#include <cstring>

#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace DepositDesk {

bool CoreDumps::disable(QString *error)
{
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        if (error)
            *error = tr("Core dumps could not be switched off (%1), so a crash could write key "
                        "material to disk. Run DepositDesk with \"ulimit -c 0\".")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#if defined(Q_OS_LINUX)
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        if (error)
            *error = tr("The process could not be marked non-dumpable (%1), so other programs of "
                        "the same user could read its memory. Report this to your administrator.")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#endif
    return true;
}

bool CoreDumps::disabled()
{
    struct rlimit current = {};
    if (getrlimit(RLIMIT_CORE, &current) != 0 || current.rlim_cur != 0)
        return false;
#if defined(Q_OS_LINUX)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

} // namespace DepositDesk
