#include "store/OrderMarks.h"

#include "domain/Clock.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace DepositDesk {

const QString OrderMarks::Violated = QStringLiteral("VIOLATED");

OrderMarks::OrderMarks(const Store &store)
    : OrderMarks(store, Clock::system())
{}

OrderMarks::OrderMarks(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

StoreResult OrderMarks::add(OrderMark &mark)
{
    if (mark.outOrderNo.isEmpty() || mark.mark.isEmpty() || mark.operatorLogin.isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "DepositDesk::OrderMarks", "A mark needs an order, a mark and an operator."));
    mark.at = m_clock.now();
    StoreQuery q(m_store.database(),
                 QStringLiteral("INSERT INTO order_marks (out_order_no, mark, operator, note, "
                                "at_ms) VALUES (:o, :m, :op, :n, :at)") +
                     m_store.dialect().returningId());
    q.bind(QStringLiteral("o"), mark.outOrderNo)
        .bind(QStringLiteral("m"), mark.mark)
        .bind(QStringLiteral("op"), mark.operatorLogin)
        .bind(QStringLiteral("n"), mark.note)
        .bind(QStringLiteral("at"), mark.at.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return StoreResult::failure(q.errorString());
    mark.id = q.int64(0);
    return StoreResult::success();
}

QList<OrderMark> OrderMarks::forOrder(const QString &outOrderNo) const
{
    QList<OrderMark> marks;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT id, out_order_no, mark, operator, note, at_ms FROM "
                                "order_marks WHERE out_order_no = :o ORDER BY id"));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (q.exec())
        while (q.next())
            marks.append({q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4),
                          QDateTime::fromMSecsSinceEpoch(q.int64(5), Qt::UTC)});
    return marks;
}

bool OrderMarks::has(const QString &outOrderNo, const QString &mark) const
{
    const QList<OrderMark> marks = forOrder(outOrderNo);
    return std::any_of(marks.cbegin(), marks.cend(),
                       [&mark](const OrderMark &m) { return m.mark == mark; });
}

} // namespace DepositDesk
