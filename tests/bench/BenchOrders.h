#pragma once

// The benchmarks' synthetic orders: N orders spread over 2024 with every search key kind, written
// straight into the store's tables (far faster than the import path), shared by store_bench and
// bench_console. Order n has out_order_no orderNo(n), auth_no authNo(n), payer payer(n) and phone
// tail tail(n); statuses cycle INIT, 5 × AUTHORIZED, 2 × FINISH, 2 × CLOSED.

#include <QDateTime>
#include <QString>

namespace DepositDesk {

class Store;

namespace BenchOrders {

extern const QDateTime Start; // 2024-01-01 00:00 UTC: the first order's creation time
constexpr qint64 YearMs = 365LL * 86400 * 1000;

void print(const QString &line); // to stdout, flushed

QString orderNo(qint64 n);
QString authNo(qint64 n);
QString payer(qint64 n);
QString tail(qint64 n);

bool exec(const Store &store, const QString &sql);
// Inserts orders 1..orders with their search keys and analyses the tables (progress printed).
bool load(const Store &store, qint64 orders);

} // namespace BenchOrders

} // namespace DepositDesk
