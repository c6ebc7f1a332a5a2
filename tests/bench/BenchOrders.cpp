#include "BenchOrders.h"

#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

namespace DepositDesk::BenchOrders {

const QDateTime Start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString orderNo(qint64 n)
{
    return QStringLiteral("O%1").arg(n, 9, 10, QLatin1Char('0'));
}
QString authNo(qint64 n)
{
    return QStringLiteral("20240501220010%1").arg(n, 10, 10, QLatin1Char('0'));
}
QString payer(qint64 n)
{
    return QStringLiteral("2088%1").arg((n * 7919) % 1000000000000LL, 12, 10, QLatin1Char('0'));
}
QString tail(qint64 n)
{
    return QStringLiteral("%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
}

bool exec(const Store &store, const QString &sql)
{
    return StoreQuery::execDirect(store.database(), sql);
}

// Orders in batches of multi-row INSERTs with bound values; search keys derived in SQL.
bool load(const Store &store, qint64 orders)
{
    const char *statuses[] = {"INIT",       "AUTHORIZED", "AUTHORIZED", "AUTHORIZED", "AUTHORIZED",
                              "AUTHORIZED", "FINISH",     "FINISH",     "CLOSED",     "CLOSED"};
    constexpr int Batch = 200;
    const QString columns = QStringLiteral(
        "out_order_no, auth_no, status, total_fen, credit_fen, fund_fen, rest_fen, paid_fen, "
        "title, store, category, payer_user_id, payer_logon_id, phone_tail, created_at, "
        "updated_at");
    QStringList rows;
    for (int r = 0; r < Batch; ++r)
        rows.append(QStringLiteral("(:a%1, :b%1, :c%1, :d%1, :e%1, :f%1, :g%1, :h%1, :i%1, :j%1, "
                                   "'RENT_PHONE', :k%1, :l%1, :m%1, :n%1, :o%1)")
                        .arg(r));
    const QString sql =
        QStringLiteral("INSERT INTO orders (%1) VALUES %2").arg(columns, rows.join(u", "));
    QRandomGenerator random(42);
    exec(store, QStringLiteral("BEGIN"));
    StoreQuery insert(store.database(), sql);
    for (qint64 n = 1; n <= orders; n += Batch) {
        for (int r = 0; r < Batch; ++r) {
            const qint64 k = n + r;
            const QString s = QString::number(r);
            const qint64 total = 10000 + qint64(random.bounded(490000));
            const qint64 created = Start.toMSecsSinceEpoch() + k * (YearMs / orders);
            insert.bind(u'a' + s, orderNo(k))
                .bind(u'b' + s, authNo(k))
                .bind(u'c' + s, QString::fromLatin1(statuses[k % 10]))
                .bind(u'd' + s, total)
                .bind(u'e' + s, total / 2)
                .bind(u'f' + s, total - total / 2)
                .bind(u'g' + s, total)
                .bind(u'h' + s, 0)
                .bind(u'i' + s, QStringLiteral("Phone rental %1").arg(k % 97))
                .bind(u'j' + s, QStringLiteral("Store %1").arg(k % 50))
                .bind(u'k' + s, payer(k))
                .bind(u'l' + s, QString(QStringLiteral("138****") + tail(k)))
                .bind(u'm' + s, tail(k))
                .bind(u'n' + s, created)
                .bind(u'o' + s, created);
        }
        if (!insert.exec())
            return false;
        if (n % 100000 == 1 && n > 1)
            print(QStringLiteral("  … %1 orders").arg(n - 1));
    }
    exec(store, QStringLiteral("COMMIT"));
    const QStringList keys = {
        QStringLiteral("SELECT lower(out_order_no), 1, id FROM orders"),
        QStringLiteral("SELECT auth_no, 2, id FROM orders"),
        QStringLiteral("SELECT '20240501300' || id, 3, id FROM orders"),
        QStringLiteral("SELECT 'frz-' || id, 4, id FROM orders"),
        QStringLiteral("SELECT '20240501220014' || id, 5, id FROM orders WHERE status = 'FINISH'"),
        QStringLiteral("SELECT 'pay-' || id, 6, id FROM orders WHERE status = 'FINISH'"),
        QStringLiteral("SELECT payer_user_id, 7, id FROM orders"),
        QStringLiteral("SELECT payer_logon_id, 8, id FROM orders"),
        QStringLiteral("SELECT phone_tail, 9, id FROM orders"),
    };
    for (const QString &select : keys)
        if (!exec(store,
                  QStringLiteral("INSERT INTO order_keys (key_norm, kind, order_id) ") + select))
            return false;
    return exec(store, QStringLiteral("ANALYZE orders")) &&
           exec(store, QStringLiteral("ANALYZE order_keys"));
}

} // namespace DepositDesk::BenchOrders
