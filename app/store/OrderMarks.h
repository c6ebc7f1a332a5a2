#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace DepositDesk {

class Clock;
class Store;

// A mark an operator put on an order (table order_marks, migration 9).
struct OrderMark
{
    qint64 id = 0;
    QString outOrderNo;
    QString mark; // OrderMarks::Violated
    QString operatorLogin;
    QString note;
    QDateTime at;
};

// Marks on orders, appended and never changed: "VIOLATED" says the customer defaulted, so the
// default must be reported to Sesame (reconciliation lists marked orders never reported). The
// caller audits the action that put the mark.
class OrderMarks
{
public:
    static const QString Violated; // "VIOLATED"

    explicit OrderMarks(const Store &store);
    OrderMarks(const Store &store, const Clock &clock);

    // Appends a mark (id and at are set on return).
    StoreResult add(OrderMark &mark);
    // Every mark of the order, oldest first.
    QList<OrderMark> forOrder(const QString &outOrderNo) const;
    bool has(const QString &outOrderNo, const QString &mark) const;

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
