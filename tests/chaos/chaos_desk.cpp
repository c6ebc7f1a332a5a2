// chaos_desk: one headless console for the chaos harness (tests/chaos/README.md).
//
//   chaos_desk init   --store S --orders-csv FILE --orders-file LIST [--orders 50]
//   chaos_desk run    --store S --gateway URL --app-key F --alipay-key F --log FILE
//                     --orders-file LIST --seed N --desk D --actions K [--fault-rate 30]
//                     [--faults kind,kind...]
//                     [--timeout-ms 800]
//   chaos_desk settle --store S --gateway URL --app-key F --alipay-key F [--deadline-ms 60000]
//   chaos_desk report --store S --out FILE
//
// Exit codes: 0 done; 1 setup failed; 2 bad command line; 3 settle deadline passed with
// intents still UNKNOWN.
#include "ChaosActions.h"
#include "ChaosDesk.h"
#include "DecisionLog.h"
#include "DeskReport.h"
#include "FaultInjector.h"

#include "services/actions/OutcomeResolver.h"
#include "store/IntentJournal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace DepositDesk;
using namespace DepositDesk::Chaos;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "chaos_desk: %s\n", qPrintable(what));
    return 1;
}

int run(ChaosDesk &desk, const QCommandLineParser &args)
{
    QString error;
    DecisionLog log;
    if (!log.open(args.value(QStringLiteral("log")), &error))
        return fail(QStringLiteral("decisions log: ") + error);
    const quint64 seed = args.value(QStringLiteral("seed")).toULongLong();
    const QString deskName = args.value(QStringLiteral("desk"));
    const int target = args.value(QStringLiteral("actions")).toInt();
    const int faultRate = args.value(QStringLiteral("fault-rate")).toInt();
    QFile list(args.value(QStringLiteral("orders-file")));
    const QStringList orders =
        list.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts)
            : QStringList();
    if (orders.isEmpty())
        return fail(QStringLiteral("no orders in --orders-file"));
    ChaosActions actions(desk, orders);
    FaultInjector faults(desk.options().gateway.adjusted(QUrl::RemovePath),
                         desk.options().timeoutMs,
                         args.value(QStringLiteral("faults")).split(u',', Qt::SkipEmptyParts));
    // One generator per decision: a restart goes on with the same draws.
    auto rngFor = [&](int number, int salt) {
        return QRandomGenerator(quint32(seed ^ (seed >> 32)) ^ quint32(deskName.toInt() * 7919) ^
                                quint32(number * 104729 + salt));
    };
    for (const Decision &d : log.unfinished()) {
        QRandomGenerator rng = rngFor(d.number, 1);
        const QString status = actions.reattempt(d, rng);
        if (!log.end(d, QStringLiteral("again-") + status))
            return fail(QStringLiteral("decisions log cannot be written"));
        std::printf("re-attempted d%s %s: %s\n", qPrintable(d.id), qPrintable(d.kind),
                    qPrintable(status));
    }
    while (log.decisionsBegun() < target) {
        const int number = log.nextNumber();
        QRandomGenerator rng = rngFor(number, 0);
        // Now and then the operator looks again at decisions whose outcome was unknown.
        if (rng.bounded(5) == 0) {
            for (const Decision &open : log.unfinished()) {
                QRandomGenerator again = rngFor(open.number, number);
                const QString status = actions.followUp(open, again);
                if (!status.isEmpty() && !log.end(open, QStringLiteral("later-") + status))
                    return fail(QStringLiteral("decisions log cannot be written"));
            }
        }
        const Decision d = actions.decide(deskName + u'.' + QString::number(number), number, rng);
        if (int(rng.bounded(100)) < faultRate) {
            const QString method = actions.methodOf(d);
            const QString kind = method.isEmpty() ? QString() : faults.inject(method, rng);
            if (!kind.isEmpty())
                log.fault(kind, method);
        }
        if (!log.begin(d))
            return fail(QStringLiteral("decisions log cannot be written"));
        std::printf("d%s %s %s %s %s\n", qPrintable(d.id), qPrintable(d.kind), qPrintable(d.order),
                    qPrintable(d.a), qPrintable(d.b));
        const QString status = actions.perform(d);
        if (!log.end(d, status))
            return fail(QStringLiteral("decisions log cannot be written"));
        ChaosDesk::idle(int(rng.bounded(20)));
    }
    std::printf("%d decisions begun\n", log.decisionsBegun());
    return 0;
}

// The orders the desks act on, written to `path` (one per line): by number, up to a tenth of
// `count` not yet confirmed (cancels), the others authorized.
int chooseOrders(const ChaosDesk &desk, int count, const QString &path)
{
    QString error;
    QStringList authorized;
    QStringList unconfirmed;
    for (const OrderRecord &o : allOrders(desk.store(), &error)) {
        if (o.status == OrderStatus::Authorized)
            authorized << o.outOrderNo;
        if (o.status == OrderStatus::Init && unconfirmed.size() < count / 10)
            unconfirmed << o.outOrderNo;
    }
    const QStringList chosen = authorized.mid(0, count - unconfirmed.size()) + unconfirmed;
    QFile file(path);
    if (chosen.isEmpty() || !file.open(QIODevice::WriteOnly) ||
        file.write(chosen.join(u'\n').toUtf8() + '\n') < 0)
        return fail(QStringLiteral("cannot choose orders: ") + error + file.errorString());
    std::printf("%lld orders chosen\n", static_cast<long long>(chosen.size()));
    return 0;
}

int settle(ChaosDesk &desk, int deadlineMs)
{
    QElapsedTimer clock;
    clock.start();
    const IntentJournal journal(desk.store());
    qsizetype left = journal.unknown().size();
    while (left > 0 && clock.elapsed() < deadlineMs) {
        ChaosDesk::idle(250);
        if (clock.elapsed() % 2000 < 250)
            desk.services().resolver().resolveAll();
        left = journal.unknown().size();
    }
    std::printf("unknown intents after settling: %lld\n", static_cast<long long>(left));
    return left == 0 ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    // Line by line: a desk killed with SIGKILL keeps what it printed.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("init|run|settle|report"));
    for (const char *name :
         {"store", "gateway", "app-key", "alipay-key", "log", "seed", "desk", "actions", "orders",
          "fault-rate", "timeout-ms", "orders-csv", "deadline-ms", "out", "orders-file", "faults"})
        args.addOption({QString::fromLatin1(name), QString::fromLatin1(name), QStringLiteral("v")});
    args.process(app);
    const QString mode = args.positionalArguments().value(0);
    auto value = [&args](const char *name, const char *fallback) {
        const QString v = args.value(QString::fromLatin1(name));
        return v.isEmpty() ? QString::fromLatin1(fallback) : v;
    };
    DeskOptions options;
    options.store = args.value(QStringLiteral("store"));
    options.gateway = QUrl(args.value(QStringLiteral("gateway")));
    options.appKey = args.value(QStringLiteral("app-key"));
    options.alipayKey = args.value(QStringLiteral("alipay-key"));
    options.timeoutMs = value("timeout-ms", "800").toInt();
    ChaosDesk desk(options);
    QString error;
    if (options.store.isEmpty() || !desk.openStore(&error))
        return fail(QStringLiteral("store: ") + error);
    if (mode == u"init") {
        if (!desk.initialise(args.value(QStringLiteral("orders-csv")), &error))
            return fail(error);
        return chooseOrders(desk, value("orders", "50").toInt(),
                            args.value(QStringLiteral("orders-file")));
    }
    if (mode == u"report") {
        QFile out(args.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(deskReport(desk.store())) < 0)
            return fail(QStringLiteral("report: ") + out.errorString());
        return 0;
    }
    if (mode != u"run" && mode != u"settle")
        return 2;
    if (!desk.start(&error))
        return fail(error);
    if (mode == u"settle")
        return settle(desk, value("deadline-ms", "60000").toInt());
    return run(desk, args);
}
