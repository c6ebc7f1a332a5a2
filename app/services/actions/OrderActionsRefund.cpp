// OrderActions: refunds. An agent records a request; an approver executes exactly that request.
#include "services/actions/OrderActions.h"

#include "services/actions/OrderActionsPrivate.h"

#include "store/AuditLog.h"
#include "store/DeskPolicy.h"

namespace DepositDesk {

const QString OrderActions::PolicyApprover = QStringLiteral("policy");

void OrderActions::requestRefund(const OperatorSession &session, const RefundInput &input,
                                 const QObject *context, Done done)
{
    auto p =
        Private::prepare(*this, Action::RequestRefund, session, input.outOrderNo, input.reason);
    // Asked before under the caller's number (a re-run of a bulk list): what became of it.
    for (const RefundRequestRecord &earlier : p.state.refundRequests) {
        if (input.requestNo.isEmpty() || earlier.outRequestNo != input.requestNo ||
            !p.refusal.isEmpty())
            continue;
        p.lock->release();
        ActionOutcome outcome;
        outcome.status = ActionOutcome::Status::Recorded;
        //: %1 the request number, %2 its amount, %3 its status ("Pending approval")
        outcome.message = tr("The refund request %1 of %2 was recorded before (now %3); it is "
                             "not asked again.")
                              .arg(earlier.outRequestNo, ActionMessages::yuan(earlier.amount),
                                   refundRequestStatusDisplayName(earlier.status));
        outcome.requestNo = earlier.outRequestNo;
        outcome.refundRequestId = earlier.id;
        outcome.amount = earlier.amount;
        return Private::deliver(context, done, outcome);
    }
    const auto trade = p.state.trade(input.outTradeNo);
    if (p.refusal.isEmpty() && (!trade || trade->status != u"TRADE_SUCCESS"))
        p.refusal = tr("Choose a charge of this order that can be refunded.");
    if (p.refusal.isEmpty()) {
        if (const auto awaiting = p.state.refundAwaiting(input.outTradeNo))
            p.refusal = tr("The refund %1 of this charge is awaiting Alipay's confirmation, "
                           "so nobody knows yet what is left to refund. DepositDesk asks Alipay "
                           "by itself: request again once it is settled (executed or failed).")
                            .arg(*awaiting);
    }
    if (p.refusal.isEmpty())
        p.refusal =
            OrderActionGuards::amountProblem(input.amount, p.state.refundable(input.outTradeNo),
                                             tr("what may still be refunded of this charge"));
    std::optional<QString> number;
    if (p.refusal.isEmpty())
        number = Private::number(*this, Private::Kind::Refund, input.requestNo, &p.refusal);
    if (!p.refusal.isEmpty())
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));

    RefundRequestRecord request;
    request.outOrderNo = input.outOrderNo;
    request.tradeNo = trade->tradeNo;
    request.outTradeNo = trade->outTradeNo;
    request.outRequestNo = *number;
    request.amount = input.amount;
    request.reason = input.reason.trimmed();
    request.requester = session.login;
    ActionRecorder recorder(m_store, *m_clock);
    // The request and its audit entry are written together, or neither.
    const StoreResult created = recorder.audited(
        [&] { return recorder.refundRequests().create(request); },
        [&] {
            return AuditEvent{session.login, QStringLiteral("refund.request.created"),
                              request.outOrderNo,
                              QJsonObject{{QStringLiteral("refund_request_id"), request.id},
                                          {QStringLiteral("request_no"), request.outRequestNo},
                                          {QStringLiteral("out_trade_no"), request.outTradeNo},
                                          {QStringLiteral("amount_fen"), request.amount.fen()},
                                          {QStringLiteral("amount"), request.amount.toYuan()},
                                          {QStringLiteral("reason"), request.reason}}};
        });
    p.lock->release();
    if (!created)
        return Private::deliver(context, done, ActionMessages::refused(created.errorString));
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::Recorded;
    outcome.message = tr("The refund of %1 is recorded and waits for a supervisor's "
                         "approval (request %2).")
                          .arg(ActionMessages::yuan(request.amount), request.outRequestNo);
    outcome.requestNo = request.outRequestNo;
    outcome.refundRequestId = request.id;
    outcome.amount = request.amount;
    Q_EMIT orderChanged(request.outOrderNo);
    // Below the desk policy's threshold: executed at once, the policy approving. A desk that
    // cannot call Alipay leaves it to a supervisor.
    const std::optional<Money> threshold = DeskPolicy(m_store).refundApprovalThreshold();
    if (!threshold || request.amount >= *threshold || !m_api.client()->config().isValid())
        return Private::deliver(context, done, outcome);
    OperatorSession policy;
    policy.login = PolicyApprover;
    policy.displayName = PolicyApprover;
    policy.role = OperatorRole::Supervisor;
    //: Comment of a refund approved without a supervisor; %1 the threshold ("¥50.00")
    const QString comment = tr("Below the approval threshold of %1: approved by the desk "
                               "policy.")
                                .arg(ActionMessages::yuan(*threshold));
    executeRefund(policy, request.id, comment, context,
                  [done, outcome, threshold](const ActionOutcome &executed) {
                      ActionOutcome o = executed;
                      if (o.status == ActionOutcome::Status::Refused) {
                          o = outcome;
                          //: %1 the recorded request's sentence, %2 why it was not sent at once
                          o.message = tr("%1 It could not be sent at once: %2")
                                          .arg(outcome.message, executed.message);
                      } else {
                          //: %1 what became of the refund, %2 the approval threshold
                          o.message = tr("%1 It needed no approval: it is below the approval "
                                         "threshold of %2.")
                                          .arg(executed.message, ActionMessages::yuan(*threshold));
                      }
                      if (done)
                          done(o);
                  });
}

void OrderActions::executeRefund(const OperatorSession &approver, qint64 refundRequestId,
                                 const QObject *context, Done done)
{
    executeRefund(approver, refundRequestId, QString(), context, std::move(done));
}

void OrderActions::executeRefund(const OperatorSession &approver, qint64 refundRequestId,
                                 const QString &comment, const QObject *context, Done done)
{
    using S = RefundRequestRecord::Status;
    QString refusal;
    if (!approver.isValid())
        refusal = tr("Sign in first.");
    else if (!approver.can(Capability::ApproveRefund))
        refusal = Permissions::deniedReason(approver.role, Capability::ApproveRefund);
    ActionRecorder recorder(m_store, *m_clock);
    std::optional<RefundRequestRecord> request = recorder.refundRequests().find(refundRequestId);
    if (refusal.isEmpty() && !request)
        refusal = tr("There is no refund request number %1.").arg(refundRequestId);
    // Everything below is read under the order's lock.
    std::shared_ptr<Private::HeldLock> lock;
    if (refusal.isEmpty())
        lock = Private::lock(*m_leases, request->outOrderNo, approver.login, &refusal);
    if (lock)
        request = recorder.refundRequests().find(refundRequestId);
    if (refusal.isEmpty() && request->status != S::PendingApproval &&
        request->status != S::Approved)
        refusal = tr("This refund request is %1: it is not sent again.")
                      .arg(refundRequestStatusDisplayName(request->status));
    if (refusal.isEmpty() && request->requester == approver.login)
        refusal = tr("You asked for this refund yourself: another supervisor must "
                     "approve it.");
    const auto state =
        refusal.isEmpty() ? OrderActionGuards(m_store).load(request->outOrderNo) : std::nullopt;
    if (refusal.isEmpty() && !state)
        refusal = OrderActionGuards::orderMissing(request->outOrderNo);
    if (refusal.isEmpty()) {
        if (const auto pending = state->awaiting())
            refusal = ActionMessages::awaiting(*pending);
    }
    if (refusal.isEmpty())
        refusal = OrderActionGuards::chargeRefundProblem(*state, request->outTradeNo,
                                                         request->amount, request->id);
    const auto trade = refusal.isEmpty() ? state->trade(request->outTradeNo) : std::nullopt;
    std::optional<QByteArray> biz;
    if (refusal.isEmpty()) {
        RefundRequest call;
        call.outTradeNo = request->outTradeNo;
        call.tradeNo = trade->tradeNo;
        call.refundAmount = request->amount;
        call.outRequestNo = request->outRequestNo;
        call.refundReason = request->reason;
        biz = call.bizContent(&refusal);
    }
    if (biz && request->status == S::PendingApproval) {
        // The approval and its audit entry are written together, or neither: an approval the
        // audit log could not record is not sent.
        const StoreResult approved = recorder.audited(
            [&] {
                return recorder.refundRequests().setStatus(request->id, S::Approved, approver.login,
                                                           comment.trimmed());
            },
            [&] {
                return AuditEvent{approver.login, QStringLiteral("refund.request.approved"),
                                  request->outOrderNo,
                                  QJsonObject{{QStringLiteral("refund_request_id"), request->id},
                                              {QStringLiteral("request_no"), request->outRequestNo},
                                              {QStringLiteral("requester"), request->requester},
                                              {QStringLiteral("amount_fen"), request->amount.fen()},
                                              {QStringLiteral("comment"), comment.trimmed()}}};
            });
        if (!approved)
            refusal = approved.errorString;
    }
    if (!biz || !refusal.isEmpty())
        return Private::deliver(context, done, ActionMessages::refused(refusal));
    const qint64 id = request->id;
    Private::send(
        *this, approver, lock, nullptr,
        Private::intentOf(IntentRecord::Kind::Refund, approver, state->order, request->outRequestNo,
                          request->amount, request->reason, *biz),
        {{QStringLiteral("refund_request_id"), id},
         {QStringLiteral("requester"), request->requester},
         {QStringLiteral("out_trade_no"), request->outTradeNo}},
        context,
        [id, done](const ActionOutcome &outcome) {
            ActionOutcome o = outcome;
            o.refundRequestId = id;
            if (done)
                done(o);
        },
        [this, id](const IntentRecord &intent) {
            // Which call executes the request, written with that call's intent.
            return ActionRecorder(m_store, *m_clock).refundRequests().linkIntent(id, intent.id);
        });
}

} // namespace DepositDesk
