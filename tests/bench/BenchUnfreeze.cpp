#include "BenchUnfreeze.h"

#include "alipay/AlipayApi.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <ctime>
#include <functional>

namespace DepositDesk::BenchUnfreeze {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

Run drive(AlipayApi &api, const QStringList &authNos, const QString &prefix, int calls,
          int inFlight, Money step)
{
    QEventLoop loop;
    QObject context;
    Run run;
    int started = 0;
    std::function<void()> startNext = [&] {
        const int i = started++;
        UnfreezeRequest request;
        request.authNo = authNos[i % authNos.size()];
        request.outRequestNo = QStringLiteral("%1_%2").arg(prefix).arg(i);
        request.amount = step;
        request.remark = QStringLiteral("押金退还");
        api.unfreeze(request, &context, [&](const UnfreezeResult &result) {
            if (result.call.succeeded()) {
                ++run.succeeded;
            } else {
                if (run.firstFailure.isEmpty())
                    run.firstFailure =
                        result.call.code + u' ' + result.call.subCode + u' ' + result.call.message;
                ++run.failed;
            }
            if (started < calls)
                startNext();
            else if (run.succeeded + run.failed == calls)
                loop.quit();
        });
    };
    QElapsedTimer timer;
    const double cpuStart = cpuSeconds();
    timer.start();
    for (int i = 0; i < std::min(inFlight, calls); ++i)
        startNext();
    loop.exec();
    run.wallSeconds = timer.nsecsElapsed() / 1e9;
    run.cpuSeconds = cpuSeconds() - cpuStart;
    return run;
}

} // namespace DepositDesk::BenchUnfreeze
