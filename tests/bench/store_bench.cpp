// The order index at 1,000,000 orders, on SQLite and on PostgreSQL: median and p95 of
//   (a) exact look-up by each key kind, (b) prefix look-up, (c) the first page of a status +
//   date-range filter sorted by time, (d) the next page;
// plus the time to load and the database's size on disk. Goals on SQLite: (a) < 1 ms,
// (c) < 20 ms, printed next to the figures with the ratio figure / goal.
//
//   store_bench [--orders N] [--samples N] [--sqlite-only] [--pg "host=… port=… dbname=… …"]
// Without --pg (or $DD_BENCH_PG) a throw-away PostgreSQL server is started with
// tests/store/pg-server.sh and stopped at the end.

#include "BenchOrders.h"

#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace DepositDesk;
using namespace DepositDesk::BenchOrders;

namespace {

struct Figure
{
    double median = 0;
    double p95 = 0;
};

Figure measure(int samples, const std::function<void(int)> &run)
{
    QList<double> ms;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)]};
}

void row(const QString &name, Figure f, double goal = 0)
{
    QString line = QStringLiteral("  %1 median %2 ms   p95 %3 ms")
                       .arg(name, -34)
                       .arg(f.median, 8, 'f', 3)
                       .arg(f.p95, 8, 'f', 3);
    if (goal > 0)
        line += QStringLiteral("   goal < %1 ms   ratio %2 %3")
                    .arg(goal)
                    .arg(f.median / goal, 0, 'f', 2)
                    .arg(f.median < goal ? QStringLiteral("(met)") : QStringLiteral("(MISSED)"));
    print(line);
}

bool run(const StoreConfig &config, qint64 orders, int samples, bool goals)
{
    print(QStringLiteral("== %1: %2 orders")
              .arg(config.driver == StoreConfig::Driver::Sqlite ? u"SQLite"_qs : u"PostgreSQL"_qs)
              .arg(orders));
    Store store(config);
    const StoreResult opened = store.open();
    if (!opened) {
        print(opened.errorString);
        return false;
    }
    QElapsedTimer loadTimer;
    loadTimer.start();
    if (!load(store, orders))
        return false;
    print(QStringLiteral("  loaded in %1 s").arg(double(loadTimer.elapsed()) / 1000, 0, 'f', 1));

    OrderIndex index(store);
    QRandomGenerator random(7);
    const auto pick = [&] {
        return qint64(random.bounded(quint32(orders))) + 1;
    };
    const auto search = [&](OrderQuery q) {
        const auto page = index.search(q);
        if (!page || (q.match == OrderQuery::Match::Exact && page->orders.isEmpty()))
            qFatal("search found nothing");
        return *page;
    };
    const std::pair<const char *, std::function<QString(qint64)>> kinds[] = {
        {"out_order_no", orderNo},
        {"auth_no", authNo},
        {"operation_id",
         [](qint64 n) {
             return QStringLiteral("20240501300%1").arg(n);
         }},
        {"out_request_no",
         [](qint64 n) {
             return QStringLiteral("FRZ-%1").arg(n);
         }},
        {"trade_no",
         [](qint64 n) {
             return QStringLiteral("20240501220014%1").arg(n - n % 10 + 6);
         }},
        {"out_trade_no",
         [](qint64 n) {
             return QStringLiteral("PAY-%1").arg(n - n % 10 + 7);
         }},
        {"payer_user_id", payer},
        {"masked logon id",
         [](qint64 n) {
             return QString(QStringLiteral("138****") + tail(n));
         }},
        {"phone tail", tail},
    };
    for (const auto &[name, key] : kinds) {
        const Figure f = measure(samples, [&](int) {
            OrderQuery q;
            q.text = key(std::max<qint64>(10, pick() - 10));
            q.match = OrderQuery::Match::Exact;
            search(q);
        });
        row(QStringLiteral("(a) exact %1").arg(QLatin1String(name)), f, goals ? 1.0 : 0);
    }
    row(QStringLiteral("(b) prefix out_order_no (≤100 hits)"), measure(samples, [&](int) {
            OrderQuery q;
            q.text = orderNo(pick()).chopped(2);
            search(q);
        }));
    row(QStringLiteral("(b) prefix auth_no (≤10 hits)"), measure(samples, [&](int) {
            OrderQuery q;
            q.text = authNo(pick()).chopped(1);
            search(q);
        }));
    const auto filter = [&] {
        OrderQuery q;
        q.statuses = {OrderStatus::Authorized};
        q.createdFrom = Start.addMSecs(qint64(random.bounded(330)) * 86400 * 1000);
        q.createdBefore = q.createdFrom.addDays(30);
        q.pageSize = 50;
        return q;
    };
    row(QStringLiteral("(c) status + 30 days, first page"),
        measure(samples, [&](int) { search(filter()); }), goals ? 20.0 : 0);
    QList<OrderQuery> next;
    for (int i = 0; i < samples; ++i) {
        OrderQuery q = filter();
        q.after = search(q).next;
        next.append(q);
    }
    row(QStringLiteral("(d) the next page"), measure(samples, [&](int i) { search(next[i]); }));

    StoreQuery size(store.database(), store.dialect().databaseSizeQuery());
    if (config.driver == StoreConfig::Driver::Sqlite)
        exec(store, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (size.exec() && size.next())
        print(QStringLiteral("  size on disk: %1 MiB")
                  .arg(double(size.int64(0)) / 1048576, 0, 'f', 1));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(u"orders"_qs, u"Orders to generate."_qs, u"n"_qs,
                                          u"1000000"_qs);
    const QCommandLineOption samplesOption(u"samples"_qs, u"Samples per figure."_qs, u"n"_qs,
                                           u"200"_qs);
    const QCommandLineOption sqliteOnly(u"sqlite-only"_qs, u"Skip PostgreSQL."_qs);
    const QCommandLineOption pgOption(u"pg"_qs, u"PostgreSQL connection string."_qs,
                                      u"conninfo"_qs);
    parser.addOptions({ordersOption, samplesOption, sqliteOnly, pgOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 orders = parser.value(ordersOption).toLongLong();
    const int samples = parser.value(samplesOption).toInt();

    QTemporaryDir dir;
    bool ok = run(StoreConfig::sqlite(dir.filePath(u"bench.sqlite"_qs)), orders, samples, true);
    if (parser.isSet(sqliteOnly))
        return ok ? 0 : 1;
    QString conninfo =
        parser.isSet(pgOption) ? parser.value(pgOption) : qEnvironmentVariable("DD_BENCH_PG");
    const QString script = QStringLiteral(DD_SOURCE_DIR "/tests/store/pg-server.sh");
    const QString pgDir = dir.filePath(u"pg"_qs);
    const bool startServer = conninfo.isEmpty();
    if (startServer) {
        if (QProcess::execute(u"bash"_qs, {script, u"start"_qs, pgDir}) != 0) {
            print(u"PostgreSQL could not be started with tests/store/pg-server.sh"_qs);
            return 1;
        }
        QFile file(pgDir + u"/connection"_qs);
        if (file.open(QIODevice::ReadOnly))
            conninfo = QString::fromUtf8(file.readAll()).trimmed();
    }
    const auto config = StoreConfig::fromConnectionString(conninfo);
    ok = config && run(*config, orders, samples, false) && ok;
    if (startServer)
        QProcess::execute(u"bash"_qs, {script, u"stop"_qs, pgDir});
    return ok ? 0 : 1;
}
