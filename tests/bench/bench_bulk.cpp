// A bulk unfreeze of many orders as the console runs it (ConsoleServices::bulkRunner(): the rows'
// checks, locks, intents and ledger writes on the runner's worker thread, at most
// BulkActions::DefaultMaxInFlight calls out at once) against the demo environment's sandbox
// gateway on a thread of its own, next to the sandbox's own throughput measured in the same run:
// AlipayApi alone driving as many unfreezes of the same orders with as many calls in flight (the
// limit the bulk run cannot beat), and with 64 in flight (the gateway's ceiling). Goal: the bulk
// run within 2× the limit. Meanwhile a 1 ms timer on the calling (UI) thread records the longest
// time that thread was kept from its events; goal: never over 50 ms.
//
//   bench_bulk [orders=1000]

#include "BenchUnfreeze.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "demo/DemoEnvironment.h"
#include "services/ConsoleServices.h"
#include "services/bulk/BulkRunner.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <future>

using namespace DepositDesk;
using BenchUnfreeze::drive;

namespace {

const Money Step = Money::fromFen(1); // each unfreeze releases 0.01

// The demo environment (sandbox gateway, its seeded orders, the demo database) on a thread of
// its own, so that the gateway's HTTP server and ledger do not share the calling thread.
class DemoThread : public QThread
{
public:
    explicit DemoThread(int orders)
        : m_orders(orders)
    {}
    struct Ready
    {
        const DemoEnvironment *demo = nullptr; // alive until the thread ends
        GatewayConfig config;
        QString error;
    };
    std::future<Ready> ready() { return m_ready.get_future(); }

protected:
    void run() override
    {
        DemoEnvironment demo;
        Ready ready;
        if (!demo.start(m_orders, QStringLiteral("bench-bulk"), &ready.error)) {
            m_ready.set_value(ready);
            return;
        }
        ready.demo = &demo;
        ready.config = demo.gatewayConfig();
        m_ready.set_value(ready);
        exec();
    }

private:
    int m_orders;
    std::promise<Ready> m_ready;
};

struct Selection
{
    QStringList orders;
    QStringList authNos;
};

// Authorized orders with at least two steps left frozen (one for the peer, one for the bulk run).
Selection authorizedOrders(const Store &store, int count)
{
    Selection selection;
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT out_order_no, auth_no FROM orders WHERE status = "
                                 "'AUTHORIZED' AND rest_fen >= :least ORDER BY id LIMIT :count"));
    query.bindValue(QStringLiteral(":least"), 2 * Step.fen());
    query.bindValue(QStringLiteral(":count"), count);
    if (!query.exec())
        return selection;
    while (query.next()) {
        selection.orders << query.value(0).toString();
        selection.authNos << query.value(1).toString();
    }
    return selection;
}

struct BulkFigures
{
    double wallSeconds = 0;
    double longestBlockMs = 0;
    int done = 0;
    QString firstProblem;
};

BulkFigures runBulk(ConsoleServices &services, const QStringList &orders)
{
    BulkRunner &runner = services.bulkRunner();
    BulkActions::Request request;
    request.action = BulkActions::Action::UnfreezeAmount;
    request.amount = Step;
    request.reason = QStringLiteral("押金部分退还");
    request.orders = orders;

    BulkFigures figures;
    QEventLoop loop;
    QObject::connect(&runner, &BulkRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    ticks.setInterval(1);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        figures.longestBlockMs = std::max(figures.longestBlockMs, sinceTick.nsecsElapsed() / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    ticks.start();
    if (!runner.run(services.session(), request)) {
        figures.firstProblem = QStringLiteral("the bulk run was refused");
        return figures;
    }
    loop.exec();
    ticks.stop();
    figures.wallSeconds = wall.nsecsElapsed() / 1e9;
    for (const BulkActions::Row &row : runner.rows()) {
        if (row.state == BulkActions::State::Done)
            ++figures.done;
        else if (figures.firstProblem.isEmpty())
            figures.firstProblem = row.outOrderNo + QStringLiteral(": ") + row.message;
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_bulk [orders>0]\n");
        return 2;
    }

    // The demo's mix of states leaves about a third of its orders authorized.
    DemoThread demoThread(count * 3 + 100);
    auto readyFuture = demoThread.ready();
    QElapsedTimer seeding;
    seeding.start();
    demoThread.start();
    const DemoThread::Ready ready = readyFuture.get();
    if (!ready.demo) {
        std::fprintf(stderr, "the demo environment did not start: %s\n", qPrintable(ready.error));
        demoThread.wait();
        return 1;
    }
    const double seedingSeconds = seeding.nsecsElapsed() / 1e9;
    const Selection selection = authorizedOrders(ready.demo->store(), count);
    int status = 0;
    {
        ConsoleServices services(ready.demo->store(), ready.config);
        services.setDemo(true);
        const SignIn::Result signedIn =
            services.signIn(SignIn::demoLogin(OperatorRole::Supervisor),
                            SignIn::demoPassword(OperatorRole::Supervisor));
        GatewayClient client(ready.config);
        AlipayApi api(&client);
        const int inFlight = BulkActions::DefaultMaxInFlight;
        if (!signedIn.ok()) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(signedIn.message));
            status = 1;
        } else if (selection.orders.size() < count) {
            std::fprintf(stderr, "only %lld authorized orders in the demo, %d wanted\n",
                         qlonglong(selection.orders.size()), count);
            status = 1;
        } else {
            const BenchUnfreeze::Run limit =
                drive(api, selection.authNos, QStringLiteral("PEER"), count, inFlight, Step);
            const BulkFigures bulk = runBulk(services, selection.orders);
            const BenchUnfreeze::Run ceiling =
                drive(api, selection.authNos, QStringLiteral("CEIL"), count, 64, Step);
            if (limit.failed > 0 || ceiling.failed > 0) {
                std::fprintf(stderr, "peer unfreezes failed: %s\n",
                             qPrintable(limit.firstFailure + ceiling.firstFailure));
                status = 1;
            } else if (bulk.done != count) {
                std::fprintf(stderr, "%d of %d bulk rows done; first other: %s\n", bulk.done, count,
                             qPrintable(bulk.firstProblem));
                status = 1;
            } else {
                const double bulkRate = count / bulk.wallSeconds;
                const double limitRate = count / limit.wallSeconds;
                std::printf("bulk unfreeze (ConsoleServices::bulkRunner, %d in flight, demo "
                            "sandbox gateway on its own thread; demo of %d orders seeded in "
                            "%.1f s):\n  %d orders in %.2f s: %.0f unfreezes/s\n",
                            inFlight, count * 3 + 100, seedingSeconds, count, bulk.wallSeconds,
                            bulkRate);
                std::printf("peer: the sandbox alone (AlipayApi, no store) on the same orders: "
                            "%.0f unfreezes/s with %d in flight (the limit), %.0f/s with 64\n",
                            limitRate, inFlight, count / ceiling.wallSeconds);
                std::printf("ratio limit/bulk: %.2f (goal <= 2.0: %s)\n", limitRate / bulkRate,
                            limitRate / bulkRate <= 2.0 ? "met" : "MISSED");
                std::printf("longest UI-thread block during the run: %.1f ms (goal <= 50 ms: "
                            "%s)\n",
                            bulk.longestBlockMs, bulk.longestBlockMs <= 50 ? "met" : "MISSED");
                QFile loadFile(QStringLiteral("/proc/loadavg"));
                std::printf("load average: %s\n", loadFile.open(QIODevice::ReadOnly)
                                                      ? loadFile.readLine().trimmed().constData()
                                                      : "unknown");
            }
        }
    }
    demoThread.quit();
    demoThread.wait();
    return status;
}
