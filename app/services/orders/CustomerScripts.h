#pragma once

#include "services/orders/OrderSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DepositDesk {

// Suggested words for the customer (话术) for an order's state, in the current UI language:
// frozen and waiting, partly unfrozen, charged (with amount), refund pending, awaiting
// confirmation ("we are confirming with Alipay, please do not pay again"), closed, finished.
// Amounts and dates are filled in from the snapshot. Plain text, ready to paste into a chat.
class CustomerScripts
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::CustomerScripts)

public:
    struct Script
    {
        QString title; // "Deposit released", "押金已解冻"
        QString text;
    };

    static QList<Script> forOrder(const OrderSnapshot &snapshot);
};

} // namespace DepositDesk
