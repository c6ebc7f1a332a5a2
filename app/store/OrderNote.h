#pragma once

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// A note an operator wrote on an order for whoever handles it next (table order_notes,
// migration 14). Appended, never changed.
struct OrderNote
{
    qint64 id = 0;
    QString outOrderNo;
    QString operatorLogin;
    QString text;
    QDateTime at; // UTC
};

} // namespace DepositDesk
