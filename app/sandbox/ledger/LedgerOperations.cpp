// Ledger, part 2: operations on authorized orders (cancel, unfreeze, 转支付) and the
// order/operation reads. Trades, refunds and syncs are in SandboxLedgerTrades.cpp.
#include "sandbox/ledger/Ledger.h"

#include "sandbox/SubCodes.h"

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

// After the rest reaches zero: FINISH when something was paid, else CLOSED (§9.1).
void endIfEmpty(FundAuthOrder &order, const QDateTime &at)
{
    if (order.restAmount() != Money())
        return;
    order.status =
        order.totalPayAmount() > Money() ? AuthOrderStatus::Finish : AuthOrderStatus::Closed;
    order.endedAt = at;
}

} // namespace

CancelOutcome Ledger::cancel(const CancelRequest &r, const QDateTime &at)
{
    CancelOutcome out;
    const bool byAlipay = !r.authNo.isEmpty() && !r.operationId.isEmpty();
    const bool byMerchant = !r.outOrderNo.isEmpty() && !r.outRequestNo.isEmpty();
    if (!byAlipay && !byMerchant)
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("auth_no 和 operation_id，或 out_order_no 和 "
                                      "out_request_no 必须成对传入"));
    if (r.remark.trimmed().isEmpty())
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"), QStringLiteral("remark 不能为空"));
    FundAuthOrder *stored =
        byAlipay ? orderByAuthNo(r.authNo) : orderByOutOrderNo(r.appId, r.outOrderNo);
    if (!stored || !visibleTo(r.appId, stored->appId))
        return refused(out, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    applyDue(stored, at);
    FundAuthOperation *storedFreeze = freezeOf(stored->authNo);
    const bool matches = storedFreeze && (byAlipay ? storedFreeze->operationId == r.operationId
                                                   : storedFreeze->outRequestNo == r.outRequestNo);
    if (!matches)
        return refused(out, QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    if (!storedFreeze->cancelAction.isEmpty()) {
        out.order = *stored;
        out.freeze = *storedFreeze;
        out.action = storedFreeze->cancelAction;
        out.repeated = true;
        return out;
    }
    const QList<FundAuthOperation> &all = m_operations.value(stored->authNo);
    auto hasType = [&all](AuthOperationType type) {
        return std::any_of(all.cbegin(), all.cend(),
                           [type](const FundAuthOperation &o) { return o.type == type; });
    };
    if (hasType(AuthOperationType::Pay))
        return refused(out, QStringLiteral("ORDER_ALREADY_PAID"));
    if (storedFreeze->createdAt.secsTo(at) > CancelWindowSecs)
        return refused(out, QStringLiteral("ORDER_NOT_ALLOW_CANCEL"),
                       QStringLiteral("授权操作已超过撤销期限（24小时）"));
    // A merchant who has unfrozen part of the deposit knew the freeze succeeded.
    if (hasType(AuthOperationType::Unfreeze))
        return refused(out, QStringLiteral("ORDER_NOT_ALLOW_CANCEL"));

    FundAuthOrder order = *stored;
    FundAuthOperation freeze = *storedFreeze;
    if (freeze.status == AuthOperationStatus::Success) {
        out.action = QStringLiteral("unfreeze");
        order.totalUnfreezeCreditAmount += order.restCreditAmount();
        order.totalUnfreezeFundAmount += order.restFundAmount();
    } else {
        out.action = QStringLiteral("close");
        freeze.status = AuthOperationStatus::Closed;
        if (!freeze.transAt.isValid())
            freeze.transAt = at;
    }
    if (order.status != AuthOrderStatus::Closed) {
        order.status = AuthOrderStatus::Closed;
        order.endedAt = at;
    }
    freeze.cancelAction = out.action;
    const FreezeOutcome written = storeFreeze(order, freeze, {});
    if (!written.ok())
        return refused(out, written.subCode);
    out.order = written.order;
    out.freeze = written.freeze;
    return out;
}

UnfreezeOutcome Ledger::unfreeze(const UnfreezeRequest &r, const QDateTime &at)
{
    UnfreezeOutcome out;
    if (r.authNo.isEmpty() || r.outRequestNo.isEmpty())
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("auth_no、out_request_no 不能为空"));
    if (r.amount <= Money() || r.amount.fen() > Money::MaxRequestFen)
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("amount 必须在 0.01 到 100000000.00 之间"));
    if (r.remark.trimmed().isEmpty())
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"), QStringLiteral("remark 不能为空"));
    FundAuthOrder *stored = orderByAuthNo(r.authNo);
    if (!stored || !visibleTo(r.appId, stored->appId))
        return refused(out, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    applyDue(stored, at);
    for (const FundAuthOperation &o : m_operations.value(r.authNo)) {
        if (o.type != AuthOperationType::Unfreeze || o.outRequestNo != r.outRequestNo)
            continue;
        if (o.amount != r.amount)
            return refused(out, QStringLiteral("REQUEST_INCONSISTENT"));
        out.order = *stored;
        out.operation = o;
        out.repeated = true;
        return out;
    }
    if (stored->status == AuthOrderStatus::Finish)
        return refused(out, QStringLiteral("ORDER_ALREADY_FINISH"));
    if (stored->status == AuthOrderStatus::Closed)
        return refused(out, QStringLiteral("ORDER_ALREADY_CLOSED"));
    // An INIT order has nothing frozen yet: rest_amount is zero.
    if (r.amount > stored->restAmount())
        return refused(out, QStringLiteral("REQUEST_AMOUNT_EXCEED"));

    LedgerChange change;
    FundAuthOrder order = *stored;
    FundAuthOperation operation;
    operation.operationId =
        nextId(QStringLiteral("operation_id"), QStringLiteral("10005001"), at, change);
    operation.authNo = order.authNo;
    operation.outOrderNo = order.outOrderNo;
    operation.outRequestNo = r.outRequestNo;
    operation.type = AuthOperationType::Unfreeze;
    operation.status = AuthOperationStatus::Success;
    operation.amount = r.amount;
    // Sandbox convention (§11): an unfreeze releases the credit part first.
    operation.creditAmount = std::min(r.amount, order.restCreditAmount());
    operation.remark = r.remark;
    operation.notifyUrl = r.notifyUrl;
    operation.createdAt = at;
    operation.transAt = at;
    order.totalUnfreezeCreditAmount += operation.creditAmount;
    order.totalUnfreezeFundAmount += operation.fundAmount();
    endIfEmpty(order, at);
    change.orders << order;
    change.operations << operation;
    if (!commit(change))
        return refused(out, QStringLiteral("SYSTEM_ERROR"));
    out.order = order;
    out.operation = operation;
    return out;
}

DetailOutcome Ledger::detail(const DetailQuery &q, const QDateTime &at)
{
    DetailOutcome out;
    FundAuthOrder *stored = nullptr;
    if (!q.authNo.isEmpty())
        stored = orderByAuthNo(q.authNo);
    else if (!q.outOrderNo.isEmpty())
        stored = orderByOutOrderNo(q.appId, q.outOrderNo);
    else
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("auth_no 和 out_order_no 不能同时为空"));
    if (!stored) {
        // Typical right after an app.freeze the user never opened (§6.6).
        return refused(out, q.authNo.isEmpty() && !q.outRequestNo.isEmpty()
                                ? QStringLiteral("AUTH_OPERATION_NOT_EXIST")
                                : QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    }
    if (!visibleTo(q.appId, stored->appId))
        return refused(out, QStringLiteral("HAS_NO_PRIVILEGE"));
    applyDue(stored, at);
    QList<FundAuthOperation> candidates;
    for (const FundAuthOperation &o : m_operations.value(stored->authNo)) {
        if (q.operationType && o.type != *q.operationType)
            continue;
        if (!q.operationId.isEmpty()) {
            if (o.operationId == q.operationId)
                candidates << o;
        } else if (!q.outRequestNo.isEmpty()) {
            if (o.outRequestNo == q.outRequestNo)
                candidates << o;
        } else if (o.type == AuthOperationType::Freeze || q.operationType) {
            candidates << o;
        }
    }
    if (candidates.isEmpty())
        return refused(out, QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    // Several matches: FREEZE preferred, then UNFREEZE, then PAY; the earliest of a type.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const FundAuthOperation &a, const FundAuthOperation &b) {
                         return int(a.type) < int(b.type);
                     });
    out.order = *stored;
    out.operation = candidates.first();
    return out;
}

std::optional<FundAuthOrder> Ledger::findOrder(const QString &appId, const QString &authNo,
                                               const QString &outOrderNo, const QDateTime &at)
{
    FundAuthOrder *stored =
        authNo.isEmpty() ? orderByOutOrderNo(appId, outOrderNo) : orderByAuthNo(authNo);
    if (!stored || !visibleTo(appId, stored->appId))
        return std::nullopt;
    applyDue(stored, at);
    return *stored;
}

QList<FundAuthOrder> Ledger::orders(const QString &appId) const
{
    QList<FundAuthOrder> result;
    for (const QString &authNo : m_orderSequence) {
        const FundAuthOrder &order = m_orders[authNo];
        if (visibleTo(appId, order.appId))
            result << order;
    }
    return result;
}

QList<FundAuthOperation> Ledger::operations(const QString &authNo) const
{
    return m_operations.value(authNo);
}

} // namespace DepositDesk::Sandbox
