#include "domain/CrashPoint.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#ifdef DD_CRASH_POINTS
#include <csignal>
#include <cstdlib>
#include <unistd.h>
#endif

namespace DepositDesk::CrashPoint {

namespace {

struct Counts
{
    QMutex mutex;
    QHash<QByteArray, int> reached;
};

Counts &counts()
{
    static Counts c;
    return c;
}

#ifdef DD_CRASH_POINTS
// DD_CRASH_AT="step" or "step:n", read once.
struct Target
{
    QByteArray step;
    int nth = 1;
};

const Target &target()
{
    static const Target t = [] {
        Target parsed;
        const QByteArray spec = qgetenv("DD_CRASH_AT");
        const int colon = spec.indexOf(':');
        parsed.step = colon < 0 ? spec : spec.left(colon);
        if (colon >= 0)
            parsed.nth = qMax(1, spec.mid(colon + 1).toInt());
        return parsed;
    }();
    return t;
}
#endif

} // namespace

void reached(const char *step)
{
    int n = 0;
    {
        QMutexLocker lock(&counts().mutex);
        n = ++counts().reached[QByteArray(step)];
    }
#ifdef DD_CRASH_POINTS
    const Target &t = target();
    if (!t.step.isEmpty() && t.step == step && n == t.nth)
        ::kill(::getpid(), SIGKILL);
#else
    Q_UNUSED(n)
#endif
}

int count(const char *step)
{
    QMutexLocker lock(&counts().mutex);
    return counts().reached.value(QByteArray(step));
}

} // namespace DepositDesk::CrashPoint
