#include "services/actions/OrderActionGuards.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/SesameDefaultRule.h"

#include "domain/YuanText.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

namespace DepositDesk {

namespace {

using A = OrderActions::Action;
using RS = RefundRequestRecord::Status;

bool open(RS status)
{
    return status == RS::PendingApproval || status == RS::Approved ||
           status == RS::AwaitingConfirmation;
}

IntentRecord::Kind intentKindOf(A action)
{
    switch (action) {
    case A::Unfreeze:
        return IntentRecord::Kind::Unfreeze;
    case A::Charge:
        return IntentRecord::Kind::Pay;
    case A::RequestRefund:
        return IntentRecord::Kind::Refund;
    case A::CancelFreeze:
        return IntentRecord::Kind::Cancel;
    case A::ReportToSesame:
        return IntentRecord::Kind::OrderInfoSync;
    }
    return IntentRecord::Kind::Unfreeze;
}

bool refundableTrade(const TradeRecord &trade)
{
    return trade.status == u"TRADE_SUCCESS";
}

} // namespace

std::optional<TradeRecord> OrderActionState::trade(const QString &outTradeNo) const
{
    for (const TradeRecord &t : trades)
        if (t.outTradeNo == outTradeNo)
            return t;
    return std::nullopt;
}

std::optional<IntentRecord> OrderActionState::awaiting() const
{
    for (const IntentRecord &i : intents)
        if (i.outcome == IntentRecord::Outcome::Unknown)
            return i;
    return std::nullopt;
}

std::optional<QString> OrderActionState::refundAwaiting(const QString &outTradeNo) const
{
    for (const RefundRequestRecord &r : refundRequests)
        if (r.outTradeNo == outTradeNo && r.status == RS::AwaitingConfirmation)
            return r.outRequestNo;
    for (const IntentRecord &i : intents)
        if (i.kind == IntentRecord::Kind::Refund && i.outcome == IntentRecord::Outcome::Unknown &&
            i.parameters.value(u"out_trade_no").toString() == outTradeNo)
            return i.requestNo;
    return std::nullopt;
}

Money OrderActionState::refundable(const QString &outTradeNo, qint64 except) const
{
    const auto charge = trade(outTradeNo);
    if (!charge)
        return Money();
    Money left = charge->amount;
    for (const RefundRecord &r : refunds)
        if (r.outTradeNo == outTradeNo && r.status == u"REFUND_SUCCESS")
            left -= r.amount;
    for (const RefundRequestRecord &r : refundRequests) {
        const bool inLedger = std::any_of(refunds.begin(), refunds.end(), [&](const auto &f) {
            return f.outTradeNo == outTradeNo && f.outRequestNo == r.outRequestNo;
        });
        if (r.id != except && r.outTradeNo == outTradeNo && open(r.status) && !inLedger)
            left -= r.amount;
    }
    return left;
}

std::optional<OperationRecord> OrderActionState::freeze() const
{
    for (const OperationRecord &op : operations)
        if (op.type == u"FREEZE")
            return op;
    return std::nullopt;
}

OrderActionGuards::OrderActionGuards(const Store &store)
    : m_store(store)
{}

std::optional<OrderActionState> OrderActionGuards::load(const QString &outOrderNo) const
{
    const auto order = OrderIndex(m_store).find(outOrderNo);
    if (!order)
        return std::nullopt;
    return stateOf(*order);
}

OrderActionState OrderActionGuards::stateOf(const OrderRecord &order) const
{
    OrderActionState s;
    s.order = order;
    s.intents = IntentJournal(m_store).forOrder(order.outOrderNo);
    // The order's history read once; its latest revisions are the operations, trades and refunds.
    const QList<LedgerEntry> history = Ledger(m_store).history(order.outOrderNo);
    s.operations = Ledger::operationsOf(history);
    s.trades = Ledger::tradesOf(history);
    s.refunds = Ledger::refundsOf(history);
    s.refundRequests = RefundRequests(m_store).forOrder(order.outOrderNo);
    return s;
}

Capability OrderActionGuards::capabilityOf(OrderActions::Action action)
{
    switch (action) {
    case A::Unfreeze:
        return Capability::Unfreeze;
    case A::Charge:
        return Capability::Charge;
    case A::RequestRefund:
        return Capability::RequestRefund;
    case A::CancelFreeze:
        return Capability::CancelFreeze;
    case A::ReportToSesame:
        return Capability::ReportToSesame;
    }
    return Capability::View;
}

OrderActions::Availability OrderActionGuards::availability(OrderActions::Action action,
                                                           const OperatorSession &session,
                                                           const OrderActionState &state)
{
    if (!session.isValid())
        return {false, tr("Sign in first.")};
    const Capability capability = capabilityOf(action);
    if (!session.can(capability))
        return {false, Permissions::deniedReason(session.role, capability)};
    if (action != A::RequestRefund) {
        if (const auto pending = state.awaiting())
            return {false, ActionMessages::awaiting(*pending)};
        // A request that was not done may still land: it is sent again, never replaced.
        for (const IntentRecord &i : state.intents)
            if (i.outcome == IntentRecord::Outcome::NotDone && i.kind == intentKindOf(action))
                return {false, IntentJournal::openProblem(i)};
    }
    const QString problem = stateProblem(action, state);
    return {problem.isEmpty(), problem};
}

QString OrderActionGuards::stateProblem(OrderActions::Action action, const OrderActionState &state)
{
    const OrderRecord &o = state.order;
    switch (action) {
    case A::Unfreeze:
    case A::Charge:
        if (o.status == OrderStatus::Init)
            return tr("The customer has not confirmed this freeze yet: nothing is frozen.");
        if (o.status != OrderStatus::Authorized || o.rest.fen() <= 0)
            return tr("Nothing is left frozen on this order (it is %1).")
                .arg(orderStatusDisplayName(o.status));
        return {};
    case A::RequestRefund:
        return refundProblem(state);
    case A::CancelFreeze:
        if (o.status != OrderStatus::Init)
            return tr("A freeze can be cancelled only while its outcome is unknown. This one is "
                      "%1: to give the deposit back, unfreeze it.")
                .arg(orderStatusDisplayName(o.status));
        return {};
    case A::ReportToSesame:
        if (o.credit.fen() <= 0)
            return tr("Only credit (Sesame) deposits are reported to Sesame Credit.");
        for (const TradeRecord &t : state.trades)
            if (!t.tradeNo.isEmpty())
                return {};
        // A charge the customer could not pay is reported too (a default, SesameDefaultRule).
        if (SesameDefaultRule::firstFailedCharge(state.intents))
            return {};
        return tr("Sesame Credit is told about a charge: this order has none yet.");
    }
    return {};
}

QString OrderActionGuards::refundProblem(const OrderActionState &state)
{
    bool anyCharge = false;
    QString awaiting;
    for (const TradeRecord &t : state.trades) {
        if (!refundableTrade(t))
            continue;
        anyCharge = true;
        if (const auto number = state.refundAwaiting(t.outTradeNo)) {
            awaiting = *number;
            continue;
        }
        if (state.refundable(t.outTradeNo).fen() > 0)
            return {};
    }
    if (!anyCharge)
        return tr("There is no charge on this order that can be refunded.");
    if (!awaiting.isEmpty())
        return tr("The refund %1 is awaiting Alipay's confirmation. Wait until it is settled.")
            .arg(awaiting);
    return tr("Everything charged has been refunded or is already asked for.");
}

QString OrderActionGuards::amountProblem(Money amount, Money most, const QString &mostText)
{
    if (amount.fen() <= 0)
        return tr("Enter an amount above ¥0.00.");
    if (amount > most)
        return tr("¥%1 is more than %2 (¥%3). Enter at most ¥%3.")
            .arg(yuanDigits(amount), mostText, yuanDigits(most));
    return {};
}

QString OrderActionGuards::reasonProblem(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return tr("Enter a reason: it is kept in the audit log.");
    // Before the length (a pasted key is long) and before anything is numbered, locked or
    // written: the audit log would refuse it only after all that.
    if (AuditLog::looksLikeSecret(reason))
        return tr("The reason looks like a password, key or token. Secrets never go into the "
                  "audit log or to Alipay: write the reason without it.");
    if (reason.trimmed().size() > 100)
        return tr("The reason is too long: at most 100 characters.");
    return {};
}

QString OrderActionGuards::commentProblem(const QString &comment)
{
    if (AuditLog::looksLikeSecret(comment))
        return tr("The comment looks like a password, key or token. Secrets never go into the "
                  "audit log: write the comment without it.");
    return {};
}

QString OrderActionGuards::chargeLimitProblem(const OperatorSession &session, Money amount)
{
    const auto limit = Permissions::chargeLimit(session.role);
    if (limit && amount > *limit)
        return tr("Your role may charge at most ¥%1 in one action. Ask a supervisor to charge "
                  "more.")
            .arg(yuanDigits(*limit));
    return {};
}

QString OrderActionGuards::orderMissing(const QString &outOrderNo)
{
    return tr("The order %1 is not in the console's index. Search for it or look it up at "
              "Alipay first.")
        .arg(outOrderNo);
}

QString OrderActionGuards::chargeRefundProblem(const OrderActionState &state,
                                               const QString &outTradeNo, Money amount,
                                               qint64 requestId)
{
    const auto charge = state.trade(outTradeNo);
    if (!charge || !refundableTrade(*charge))
        return tr("The charge %1 can no longer be refunded (it is %2).")
            .arg(outTradeNo, charge ? charge->status : QString());
    return amountProblem(amount, state.refundable(outTradeNo, requestId),
                         tr("what may still be refunded of this charge"));
}

QString OrderActionGuards::resendProblem(const OperatorSession &session,
                                         const OrderActionState &state, const IntentRecord &intent)
{
    for (const IntentRecord &other : state.intents)
        if (other.id != intent.id && other.outcome == IntentRecord::Outcome::Unknown)
            return ActionMessages::awaiting(other);
    const OrderRecord &o = state.order;
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        if (const QString problem = stateProblem(A::Unfreeze, state); !problem.isEmpty())
            return problem;
        return amountProblem(intent.amount, o.rest, tr("what is left frozen"));
    case IntentRecord::Kind::Pay:
        if (const QString problem = stateProblem(A::Charge, state); !problem.isEmpty())
            return problem;
        if (const QString problem = amountProblem(intent.amount, o.rest, tr("what is left frozen"));
            !problem.isEmpty())
            return problem;
        return chargeLimitProblem(session, intent.amount);
    case IntentRecord::Kind::Refund: {
        const QString outTradeNo = intent.parameters.value(u"out_trade_no").toString();
        qint64 request = 0;
        for (const RefundRequestRecord &r : state.refundRequests)
            if (r.outTradeNo == outTradeNo && r.outRequestNo == intent.requestNo)
                request = r.id;
        return chargeRefundProblem(state, outTradeNo, intent.amount, request);
    }
    case IntentRecord::Kind::Cancel:
        return stateProblem(A::CancelFreeze, state);
    case IntentRecord::Kind::OrderInfoSync:
        return stateProblem(A::ReportToSesame, state);
    }
    return {};
}

} // namespace DepositDesk
