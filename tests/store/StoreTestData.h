#pragma once

// Orders for store tests.

#include "domain/OrderRecord.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QDateTime>

namespace DepositDesk::Testing {

// An order row with nothing but its number, written straight into the orders table.
inline bool insertBareOrder(const Store &store, const QString &outOrderNo)
{
    StoreQuery insert(store.database(),
                      QStringLiteral("INSERT INTO orders (out_order_no, status, created_at, "
                                     "updated_at) VALUES (:no, 'AUTHORIZED', 1, 1)"));
    insert.bind(QStringLiteral("no"), outOrderNo);
    return insert.exec();
}

inline QDateTime baseTime()
{
    return QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
}

// A consistent order n: total = credit + fund, rest = total − unfrozen − paid.
inline OrderRecord makeOrder(int n, OrderStatus status = OrderStatus::Authorized)
{
    OrderRecord o;
    o.outOrderNo = QStringLiteral("OUT%1").arg(n, 6, 10, QLatin1Char('0'));
    o.authNo = QStringLiteral("2024050122001%1").arg(n, 6, 10, QLatin1Char('0'));
    o.status = status;
    o.total = Money::fromFen(10000 + n);
    o.credit = Money::fromFen(5000);
    o.fund = o.total - o.credit;
    o.paid = Money::fromFen(n % 3 == 0 ? 1000 : 0);
    o.unfrozen = Money::fromFen(0);
    o.rest = o.total - o.paid - o.unfrozen;
    o.title = QStringLiteral("Rental deposit %1").arg(n);
    o.store = QStringLiteral("Store %1").arg(n % 4);
    o.category = QStringLiteral("RENT_PHONE");
    o.payerUserId = QStringLiteral("2088%1").arg(100000000000LL + n);
    o.payerLogonId = QStringLiteral("138****%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    o.phoneTail = QStringLiteral("%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    o.created = baseTime().addSecs(60LL * n);
    o.updated = o.created.addSecs(30);
    return o;
}

} // namespace DepositDesk::Testing
