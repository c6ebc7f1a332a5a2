// The risk report (services/risk/RiskReport.h) at 1,000,000 orders on SQLite: the time to compute
// it for the whole year, per grouping, against the limit of 2 s for the report to open, with the
// ratio figure / limit; the CPU time the report took beside it (the rest is waiting for a core or
// the disk on a busy machine).
//
//   bench_risk_report [--orders N] [--samples N] [--keep FILE]
//
// The orders are BenchOrders' (one year, 50 stores), then given five categories and waived shares
// across every band, and an intent journal like a desk's: an unfreeze for 80% of the orders, a
// succeeded charge for 20%, a failed charge (the buyer could not pay) for 3% (a third of them
// charged again later), a COMPLETE report to Sesame for the finished orders and a VIOLATED one
// for 0.5%.

#include "BenchOrders.h"

#include "services/risk/RiskReport.h"

#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

using namespace DepositDesk;
using namespace DepositDesk::BenchOrders;

namespace {

constexpr double LimitMs = 2000;

bool addRiskData(const Store &store)
{
    const QString insert = QStringLiteral(
        "INSERT INTO intents (kind, out_order_no, request_no, amount_fen, operator, reason, "
        "created_at, parameters, outcome, code, sub_code, settled_at, sent_at) ");
    const QStringList statements = {
        QStringLiteral("UPDATE orders SET category = CASE id % 5 WHEN 0 THEN 'RENT_PHONE' WHEN 1 "
                       "THEN 'RENT_CAMERA' WHEN 2 THEN 'POWER_BANK' WHEN 3 THEN 'BIKE' ELSE "
                       "'LAPTOP' END, credit_fen = total_fen * ((id * 7) % 11) / 10"),
        QStringLiteral("UPDATE orders SET credit_fen = total_fen WHERE credit_fen > total_fen"),
        insert + QStringLiteral("SELECT 'unfreeze', out_order_no, 'UNF-' || id, total_fen - "
                                "credit_fen, 'bench', 'Returned', created_at + 86400000, '{}', "
                                "'SUCCEEDED', '10000', '', created_at + 86400000, created_at + "
                                "86400000 FROM orders WHERE id % 5 <> 0"),
        insert + QStringLiteral("SELECT 'pay', out_order_no, 'PAY-' || id, total_fen / 10, "
                                "'bench', 'Damage', created_at + 259200000, '{}', 'SUCCEEDED', "
                                "'10000', '', created_at + 259200000, created_at + 259200000 "
                                "FROM orders WHERE id % 5 = 0"),
        insert + QStringLiteral("SELECT 'pay', out_order_no, 'PAYF-' || id, total_fen / 10, "
                                "'bench', 'Damage', created_at + 172800000, '{}', 'FAILED', "
                                "'40004', 'ACQ.BUYER_BALANCE_NOT_ENOUGH', created_at + "
                                "172800000, created_at + 172800000 FROM orders "
                                "WHERE id % 100 IN (0, 1, 2)"),
        insert + QStringLiteral("SELECT 'sync', out_order_no, 'SYNC-' || id, 0, 'bench', "
                                "'Returned', created_at + 345600000, "
                                "'{\"order_biz_info\":{\"status\":\"COMPLETE\"}}', 'SUCCEEDED', "
                                "'10000', '', created_at + 345600000, created_at + 345600000 "
                                "FROM orders WHERE status = 'FINISH'"),
        insert + QStringLiteral("SELECT 'sync', out_order_no, 'SYNCV-' || id, 0, 'bench', "
                                "'Default', created_at + 2000000000, "
                                "'{\"order_biz_info\":{\"status\":\"VIOLATED\"}}', 'SUCCEEDED', "
                                "'10000', '', created_at + 2000000000, created_at + 2000000000 "
                                "FROM orders WHERE id % 200 = 1"),
        QStringLiteral("ANALYZE"),
    };
    for (const QString &sql : statements)
        if (!exec(store, sql)) {
            print(QStringLiteral("failed: ") + sql);
            return false;
        }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("orders"), QStringLiteral("Orders to generate."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Runs per grouping."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Write the database to this file and keep it; a file left "
                                     "by an earlier run is measured again as it is."),
                      QStringLiteral("file")});
    parser.process(app);
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    const int samples = std::max(1, parser.value(QStringLiteral("samples")).toInt());

    QTemporaryDir dir;
    const QString file = parser.isSet(QStringLiteral("keep"))
                             ? parser.value(QStringLiteral("keep"))
                             : dir.filePath(QStringLiteral("risk.sqlite"));
    const bool kept = QFileInfo::exists(file);
    Store store(StoreConfig::sqlite(file));
    if (const StoreResult opened = store.open(); !opened) {
        print(opened.errorString);
        return 1;
    }
    print(QStringLiteral("== SQLite: %1 orders%2")
              .arg(orders)
              .arg(kept ? QStringLiteral(" (kept from an earlier run)") : QString()));
    QElapsedTimer loading;
    loading.start();
    if (!kept && (!load(store, orders) || !addRiskData(store)))
        return 1;
    if (!kept)
        print(QStringLiteral("  loaded in %1 s").arg(double(loading.elapsed()) / 1000, 0, 'f', 1));

    const QDate from = Start.date();
    const QDate to = Start.addMSecs(YearMs).date();
    const std::pair<const char *, RiskReport::Grouping> groupings[] = {
        {"by category", RiskReport::Grouping::Category},
        {"by store", RiskReport::Grouping::Store},
        {"by waived share", RiskReport::Grouping::WaivedShare}};
    bool met = true;
    for (const auto &[name, grouping] : groupings) {
        QList<double> ms;
        QList<double> cpuMs;
        RiskReport::Result result;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            result = RiskReport::compute(store, {from, to, grouping});
            cpuMs.append(1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (!result.ok) {
                print(result.error);
                return 1;
            }
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpuMs.begin(), cpuMs.end());
        const double median = ms.at(ms.size() / 2);
        met = met && median < LimitMs;
        print(QStringLiteral("  risk report %1 median %2 ms (CPU %10 ms)   worst %3 ms   "
                             "limit < %4 ms   ratio %5 %6   (%7 orders, %8 groups, %9 defaults)")
                  .arg(QString::fromLatin1(name), -16)
                  .arg(median, 8, 'f', 1)
                  .arg(ms.last(), 8, 'f', 1)
                  .arg(LimitMs)
                  .arg(median / LimitMs, 0, 'f', 2)
                  .arg(median < LimitMs ? QStringLiteral("(met)") : QStringLiteral("(MISSED)"))
                  .arg(result.total.orders)
                  .arg(result.rows.size())
                  .arg(result.total.defaults)
                  .arg(cpuMs.at(cpuMs.size() / 2), 0, 'f', 0));
    }
    return met ? 0 : 2;
}
