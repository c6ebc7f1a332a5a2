// The console's responsiveness at 1,000,000 orders:
//   (a) start to a usable search: a new process opens the Store on the database and
//       SearchService answers the first page; then the same with the console's services and
//       the real MainWindow shown (offscreen) with the first page in its table. Wall clock from
//       QProcess::start to the child's "usable" line, so process start and library loading
//       count; signing in (a person typing) does not. Goal < 1 s.
//   (b) the longest time the UI thread was blocked during searches (SearchService over the
//       1,000,000 orders) and during detail Refreshes (OrderRefresher against the in-process
//       Sandbox::Gateway of DemoEnvironment, as `depositdesk --demo` runs), measured by a 5 ms
//       QTimer on the UI thread that records its own lateness. Goal ≤ 50 ms.
// Prints each figure, its goal and the ratio figure / goal.
//
//   bench_console [--orders N] [--runs N] [--refreshes N]
// The database is generated once (tests/bench/BenchOrders) and kept in
// <build>/bench-data/console-<N>.sqlite for the next run.

#include "BenchConsoleWindow.h"
#include "BenchOrders.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "demo/DemoEnvironment.h"
#include "services/orders/OrderFacts.h"
#include "services/orders/OrderRefresher.h"
#include "services/orders/SearchService.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace DepositDesk;
using namespace DepositDesk::BenchOrders;

namespace {

constexpr double StartGoalMs = 1000;
constexpr double BlockGoalMs = 50;

// A 5 ms timer on the UI thread; each tick later than due means the thread was busy.
class LatenessProbe
{
public:
    static constexpr int IntervalMs = 5;

    LatenessProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs - qint64(IntervalMs) * 1000000);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worstNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return double(m_worstNs) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
    int m_ticks = 0;
};

void figure(const QString &name, double ms, double goal, bool atMost)
{
    const bool met = atMost ? ms <= goal : ms < goal;
    print(QStringLiteral("  %1 %2 ms   goal %3 %4 ms   ratio %5 %6")
              .arg(name, -46)
              .arg(ms, 8, 'f', 1)
              .arg(atMost ? QStringLiteral("≤") : QStringLiteral("<"))
              .arg(goal)
              .arg(ms / goal, 0, 'f', 2)
              .arg(met ? QStringLiteral("(met)") : QStringLiteral("(MISSED)")));
}

// Runs the event loop until done() or the time is up.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The generated database, made once and kept in the build directory.
QString cachedDatabase(qint64 orders)
{
    const QString dir = QStringLiteral(DD_BINARY_DIR "/bench-data");
    const QString path = dir + QStringLiteral("/console-%1.sqlite").arg(orders);
    if (QFile::exists(path))
        return path;
    QDir().mkpath(dir);
    const QString part = path + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(part + suffix);
    print(QStringLiteral("Generating %1 orders into %2 (once) …").arg(orders).arg(path));
    {
        Store store(StoreConfig::sqlite(part));
        const StoreResult opened = store.open();
        if (!opened || !load(store, orders) ||
            !exec(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            print(QStringLiteral("Generating failed: %1").arg(opened.errorString));
            return {};
        }
    }
    return QFile::rename(part, path) ? path : QString();
}

// The child of (a): open, first page, print the time since main() began, exit.
int startupChild(const QString &database, const QElapsedTimer &sinceMain)
{
    Store store(StoreConfig::sqlite(database));
    const StoreResult opened = store.open();
    if (!opened) {
        print(opened.errorString);
        return 1;
    }
    const double openedMs = double(sinceMain.nsecsElapsed()) / 1e6;
    SearchService search(store);
    int rows = -1;
    QObject::connect(
        &search, &SearchService::pageReady,
        [&](quint64, const OrderPage &page, qint64) { rows = int(page.orders.size()); });
    QObject::connect(&search, &SearchService::searchFailed, [&](quint64, const QString &error) {
        print(error);
        rows = -2;
    });
    search.search(OrderQuery{});
    if (!waitFor([&] { return rows != -1; }) || rows <= 0)
        return 1;
    print(QStringLiteral("usable %1 opened %2 rows %3")
              .arg(double(sinceMain.nsecsElapsed()) / 1e6, 0, 'f', 1)
              .arg(openedMs, 0, 'f', 1)
              .arg(rows));
    return 0;
}

// `mode`: "--startup-child" (services) or "--startup-window" (the window).
void measureStartup(const QString &database, int runs, const QString &mode)
{
    print(mode == u"--startup-window"
              ? QStringLiteral("(a) start to a usable search (%1 runs; Store::open, services, "
                               "MainWindow shown with the first page in its table)")
                    .arg(runs)
              : QStringLiteral("(a) start to a usable search (%1 runs; Store::open + "
                               "SearchService's first page)")
                    .arg(runs));
    QList<double> wall;
    QList<double> inside;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), {mode, database});
        QString line;
        while (child.waitForReadyRead(30000)) {
            line += QString::fromUtf8(child.readAll());
            if (line.contains(u'\n'))
                break;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        child.waitForFinished(30000);
        if (!line.startsWith(QStringLiteral("usable "))) {
            print(QStringLiteral("  run %1 failed: %2").arg(i + 1).arg(line.trimmed()));
            continue;
        }
        wall.append(ms);
        inside.append(line.section(u' ', 1, 1).toDouble());
        print(QStringLiteral("  run %1: %2 ms (in the process: %3)")
                  .arg(i + 1)
                  .arg(ms, 0, 'f', 1)
                  .arg(line.trimmed()));
    }
    if (wall.isEmpty())
        return;
    std::sort(wall.begin(), wall.end());
    std::sort(inside.begin(), inside.end());
    figure(QStringLiteral("start to first page, median"), wall.at(wall.size() / 2), StartGoalMs,
           false);
    figure(QStringLiteral("start to first page, slowest"), wall.constLast(), StartGoalMs, false);
}

void measureSearchBlock(const QString &database, qint64 orders)
{
    print(QStringLiteral("(b) UI thread during searches over %1 orders").arg(orders));
    Store store(StoreConfig::sqlite(database));
    if (!store.open())
        return;
    SearchService search(store);
    quint64 last = 0;
    bool answered = false;
    std::optional<OrderCursor> next;
    QObject::connect(&search, &SearchService::pageReady,
                     [&](quint64 id, const OrderPage &page, qint64) {
                         if (id == last) {
                             answered = true;
                             next = page.next;
                         }
                     });
    QObject::connect(&search, &SearchService::searchFailed,
                     [&](quint64 id, const QString &) { answered = answered || id == last; });
    const auto run = [&](const OrderQuery &q) {
        answered = false;
        last = search.search(q);
        waitFor([&] { return answered; });
    };
    QList<OrderQuery> queries;
    for (qint64 n : {orders / 3, orders / 2, orders - 5}) {
        OrderQuery exact;
        exact.text = orderNo(n);
        exact.match = OrderQuery::Match::Exact;
        queries << exact;
        exact.text = authNo(n);
        queries << exact;
        exact.text = tail(n); // a phone tail: ~100 orders per tail at 1,000,000
        queries << exact;
        OrderQuery prefix;
        prefix.text = orderNo(n).chopped(2);
        queries << prefix;
    }
    OrderQuery filter;
    filter.statuses = {OrderStatus::Authorized};
    filter.createdFrom = Start.addDays(120);
    filter.createdBefore = filter.createdFrom.addDays(30);
    queries << filter << OrderQuery{};

    LatenessProbe probe;
    probe.start();
    QElapsedTimer timer;
    timer.start();
    int searches = 0;
    for (int round = 0; round < 5; ++round) {
        for (const OrderQuery &q : std::as_const(queries)) {
            run(q);
            ++searches;
            if (next) { // and its next page
                OrderQuery more = q;
                more.after = next;
                run(more);
                ++searches;
            }
        }
    }
    // Typing: one search per key press, only the last one's answer is shown.
    const QString typed = orderNo(orders / 4);
    for (int i = 3; i <= typed.size(); ++i) {
        OrderQuery q;
        q.text = typed.left(i);
        last = search.search(q);
    }
    answered = false;
    waitFor([&] { return answered; });
    probe.stop();
    print(QStringLiteral("  %1 searches in %2 ms, %3 probe ticks")
              .arg(searches + typed.size() - 2)
              .arg(timer.elapsed())
              .arg(probe.ticks()));
    figure(QStringLiteral("longest UI-thread block during searches"), probe.worstMs(), BlockGoalMs,
           true);
}

void measureRefreshBlock(int refreshes)
{
    print(QStringLiteral("(b) UI thread during %1 detail Refreshes (demo sandbox in this process)")
              .arg(refreshes));
    DemoEnvironment demo;
    QString error;
    if (!demo.start(DemoEnvironment::DefaultOrderCount, QStringLiteral("bench"), &error)) {
        print(error);
        return;
    }
    GatewayConfig config;
    config.gateway = demo.summary().gatewayUrl;
    config.appId = demo.summary().appId;
    config.merchantKey = demo.appKey();
    config.alipayPublicKey = demo.platformPublicKey();
    GatewayClient client(config);
    AlipayApi api(&client);
    OrderFacts facts(demo.store());
    OrderRefresher refresher(demo.store(), api, facts);

    OrderQuery all;
    all.pageSize = refreshes;
    const auto page = OrderIndex(demo.store()).search(all);
    if (!page || page->orders.isEmpty())
        return;

    QObject context;
    LatenessProbe probe;
    probe.start();
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const OrderRecord &order : page->orders) {
        bool done = false;
        refresher.refresh(order.outOrderNo, &context, [&](const OrderRefresher::Result &r) {
            done = true;
            ok += r.ok ? 1 : 0;
        });
        waitFor([&] { return done; });
    }
    probe.stop();
    print(QStringLiteral("  %1 refreshes (%2 answered) in %3 ms, %4 probe ticks")
              .arg(page->orders.size())
              .arg(ok)
              .arg(timer.elapsed())
              .arg(probe.ticks()));
    figure(QStringLiteral("longest UI-thread block during refreshes"), probe.worstMs(), BlockGoalMs,
           true);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // as the console starts

    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_qs, u"Orders in the database."_qs, u"n"_qs,
                                          u"1000000"_qs);
    const QCommandLineOption runsOption(u"runs"_qs, u"Start-up runs."_qs, u"n"_qs, u"5"_qs);
    const QCommandLineOption refreshesOption(u"refreshes"_qs, u"Refreshes to time."_qs, u"n"_qs,
                                             u"20"_qs);
    const QCommandLineOption childOption(u"startup-child"_qs, u"(internal) one start-up run."_qs,
                                         u"database"_qs);
    const QCommandLineOption windowOption(
        u"startup-window"_qs, u"(internal) one start-up run with the window."_qs, u"database"_qs);
    parser.addOptions({ordersOption, runsOption, refreshesOption, childOption, windowOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(childOption))
        return startupChild(parser.value(childOption), sinceMain);
    if (parser.isSet(windowOption))
        return startupWindowChild(parser.value(windowOption), sinceMain);

    const qint64 orders = parser.value(ordersOption).toLongLong();
    const QString database = cachedDatabase(orders);
    if (database.isEmpty())
        return 1;
    print(QStringLiteral("== console at %1 orders (%2)").arg(orders).arg(database));
    measureStartup(database, parser.value(runsOption).toInt(), QStringLiteral("--startup-child"));
    measureStartup(database, parser.value(runsOption).toInt(), QStringLiteral("--startup-window"));
    measureSearchBlock(database, orders);
    measureRefreshBlock(parser.value(refreshesOption).toInt());
    return 0;
}
