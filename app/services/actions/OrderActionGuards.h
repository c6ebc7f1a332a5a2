#pragma once

#include "services/actions/OrderActions.h"

#include "domain/OperationRecord.h"
#include "domain/RefundRecord.h"
#include "domain/TradeRecord.h"
#include "store/IntentRecord.h"
#include "store/RefundRequestRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace DepositDesk {

// What the guards of an order's actions look at, read from the store in one go.
struct OrderActionState
{
    OrderRecord order;
    QList<IntentRecord> intents;
    QList<OperationRecord> operations;
    QList<TradeRecord> trades;
    QList<RefundRecord> refunds;
    QList<RefundRequestRecord> refundRequests;

    std::optional<TradeRecord> trade(const QString &outTradeNo) const;
    // The first intent still UNKNOWN (it blocks new money actions on the order).
    std::optional<IntentRecord> awaiting() const;
    // A refund of this charge whose outcome is not known yet (intent or request).
    std::optional<QString> refundAwaiting(const QString &outTradeNo) const;
    // Charged − refunded − asked for in open requests (pending, approved, awaiting) of one
    // charge; `except` leaves one request out (the one being executed).
    Money refundable(const QString &outTradeNo, qint64 except = 0) const;
    std::optional<OperationRecord> freeze() const;
};

// The rules that decide whether an action may be tried on an order, and why not (translated,
// the button's tooltip). The same checks run when the action is asked for: the services enforce
// them, the UI only mirrors them.
class OrderActionGuards
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderActionGuards)

public:
    explicit OrderActionGuards(const Store &store);

    // Empty when the order is not in the index.
    std::optional<OrderActionState> load(const QString &outOrderNo) const;
    OrderActionState stateOf(const OrderRecord &order) const;

    static Capability capabilityOf(OrderActions::Action action);
    static OrderActions::Availability availability(OrderActions::Action action,
                                                   const OperatorSession &session,
                                                   const OrderActionState &state);

    // Amount and reason checks of a request; empty when fine.
    static QString amountProblem(Money amount, Money most, const QString &mostText);
    static QString reasonProblem(const QString &reason);
    // Why a decision's comment (approving or rejecting a request) may not be kept: it looks like
    // a secret, and the audit log keeps it. Empty when it may.
    static QString commentProblem(const QString &comment);
    static QString chargeLimitProblem(const OperatorSession &session, Money amount);
    static QString orderMissing(const QString &outOrderNo);
    // Why `amount` may not be refunded of the charge `outTradeNo` now: the charge is gone or not
    // paid, or less is left of it (open requests counted, except `requestId`'s own). Empty: fine.
    static QString chargeRefundProblem(const OrderActionState &state, const QString &outTradeNo,
                                       Money amount, qint64 requestId);
    // Why the NOT_DONE `intent` may not be sent again on the order as it is now (read under the
    // order's lock): another call awaiting its answer, the order's state, what is left of it,
    // the role's charge limit. Empty when it may go. The session's capability is checked by the
    // caller.
    static QString resendProblem(const OperatorSession &session, const OrderActionState &state,
                                 const IntentRecord &intent);

private:
    static QString stateProblem(OrderActions::Action action, const OrderActionState &state);
    static QString refundProblem(const OrderActionState &state);

    const Store &m_store;
};

} // namespace DepositDesk
