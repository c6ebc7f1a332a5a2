// OrderActions: reports to Sesame Credit. COMPLETE is one step; a default (VIOLATED) is asked for
// by an agent and sent when a supervisor approves it.
#include "services/actions/OrderActions.h"

#include "services/actions/OrderActionsPrivate.h"
#include "services/actions/SesameDefaultRule.h"

#include "domain/Clock.h"
#include "store/SesameDefaultRequests.h"

namespace DepositDesk {

namespace {

using S = SesameDefaultRequest::Status;

QString sesameStatus(bool violated)
{
    return violated ? QStringLiteral("VIOLATED") : QStringLiteral("COMPLETE");
}

} // namespace

void OrderActions::reportToSesame(const OperatorSession &session, const SesameInput &input,
                                  const QObject *context, Done done)
{
    if (input.violated)
        return Private::deliver(
            context, done,
            ActionMessages::refused(tr("A default (VIOLATED) is not reported in one step: ask "
                                       "for it, and a supervisor approves it.")));
    sendSesameReport(session, input, {}, context, std::move(done));
}

void OrderActions::sendSesameReport(const OperatorSession &session, const SesameInput &input,
                                    const QString &tradeNo, const QObject *context, Done done)
{
    auto p = Private::prepare(*this, Action::ReportToSesame, session, input.outOrderNo,
                              input.reason, Private::LockWrite::WithIntent);
    const auto trade = p.state.trade(input.outTradeNo);
    const QString alipayTradeNo = !tradeNo.isEmpty() ? tradeNo : trade ? trade->tradeNo : QString();
    if (p.refusal.isEmpty() && alipayTradeNo.isEmpty())
        p.refusal = tr("Choose a charge of this order to report about.");
    std::optional<QString> number;
    if (p.refusal.isEmpty())
        number = Private::number(*this, Private::Kind::OrderSync, input.requestNo, &p.refusal);
    std::optional<QByteArray> biz;
    const QString status = sesameStatus(input.violated);
    if (p.refusal.isEmpty()) {
        OrderInfoSyncRequest request;
        request.tradeNo = alipayTradeNo;
        request.outRequestNo = *number;
        request.orderStatus = status;
        biz = request.bizContent(&p.refusal);
    }
    if (!biz)
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));
    QJsonObject extra{{QStringLiteral("sesame_status"), status},
                      {QStringLiteral("out_trade_no"), input.outTradeNo}};
    std::function<StoreResult(const IntentRecord &)> alsoWrite;
    if (input.violated) {
        // The approval is written with the report's intent, in one transaction: a request is
        // approved exactly when its report is journaled to be sent.
        const std::optional<SesameDefaultRequest> request =
            SesameDefaultRequests(m_store).find(input.defaultRequestId);
        if (!request || request->outRequestNo != *number || request->outOrderNo != input.outOrderNo)
            return Private::deliver(context, done,
                                    ActionMessages::refused(tr("This report of a default is not "
                                                               "the one that was asked for.")));
        extra.insert(QStringLiteral("default_request_id"), request->id);
        extra.insert(QStringLiteral("requester"), request->requester);
        extra.insert(QStringLiteral("comment"), input.approvalComment);
        const QString approver = session.login;
        const QString comment = input.approvalComment;
        const qint64 id = request->id;
        alsoWrite = [this, id, approver, comment](const IntentRecord &intent) {
            return SesameDefaultRequests(m_store, *m_clock)
                .decide(id, S::Approved, approver, comment, intent.id);
        };
    }
    Private::send(*this, session, p.lock, p.tx.get(),
                  Private::intentOf(IntentRecord::Kind::OrderInfoSync, session, p.state.order,
                                    *number, Money(), input.reason, *biz),
                  extra, context, std::move(done), alsoWrite);
}

void OrderActions::requestDefaultReport(const OperatorSession &session,
                                        const DefaultReportInput &input, const QObject *context,
                                        Done done)
{
    auto p =
        Private::prepare(*this, Action::ReportToSesame, session, input.outOrderNo, input.reason);
    if (p.refusal.isEmpty())
        p.refusal = SesameDefaultRule::problem(p.state.intents, m_clock->now());
    std::optional<QString> number;
    if (p.refusal.isEmpty())
        number = Private::number(*this, Private::Kind::OrderSync, {}, &p.refusal);
    if (!p.refusal.isEmpty())
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));

    const SesameDefaultRule::FailedCharge failed =
        *SesameDefaultRule::firstFailedCharge(p.state.intents);
    SesameDefaultRequest request;
    request.outOrderNo = input.outOrderNo;
    request.outTradeNo = failed.outTradeNo;
    request.amount = failed.amount;
    request.failed = failed.at;
    request.outRequestNo = *number;
    request.reason = input.reason.trimmed();
    request.requester = session.login;
    ActionRecorder recorder(m_store, *m_clock);
    SesameDefaultRequests requests(m_store, *m_clock);
    // The request and its audit entry are written together, or neither.
    const StoreResult created = recorder.audited(
        [&] { return requests.create(request); },
        [&] {
            return AuditEvent{session.login, QStringLiteral("sesame.default.requested"),
                              request.outOrderNo,
                              QJsonObject{{QStringLiteral("default_request_id"), request.id},
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
    outcome.message = tr("The report of the customer's default is recorded and waits for a "
                         "supervisor's approval (request %1).")
                          .arg(request.outRequestNo);
    outcome.requestNo = request.outRequestNo;
    outcome.amount = request.amount;
    Q_EMIT orderChanged(request.outOrderNo);
    Private::deliver(context, done, outcome);
}

QString OrderActions::defaultDecisionProblem(const OperatorSession &session,
                                             const SesameDefaultRequest &request)
{
    if (!session.isValid())
        return tr("Sign in first.");
    if (!session.can(Capability::ApproveRefund))
        return Permissions::deniedReason(session.role, Capability::ApproveRefund);
    if (request.requester == session.login)
        return tr("%1 asked for this report: another supervisor must approve or reject it.")
            .arg(session.login);
    if (request.status != S::PendingApproval)
        return request.status == S::Approved
                   ? tr("This report of a default was already approved and sent.")
                   : tr("This report of a default was rejected.");
    return {};
}

void OrderActions::approveDefaultReport(const OperatorSession &approver, qint64 requestId,
                                        const QString &comment, const QObject *context, Done done)
{
    const std::optional<SesameDefaultRequest> request =
        SesameDefaultRequests(m_store).find(requestId);
    QString problem = request ? defaultDecisionProblem(approver, *request)
                              : tr("There is no report of a default number %1.").arg(requestId);
    if (problem.isEmpty())
        problem = OrderActionGuards::commentProblem(comment);
    if (problem.isEmpty()) {
        const auto state = OrderActionGuards(m_store).load(request->outOrderNo);
        problem = state ? SesameDefaultRule::problem(state->intents, m_clock->now())
                        : OrderActionGuards::orderMissing(request->outOrderNo);
    }
    if (problem.isEmpty())
        problem = gatewayProblem(Action::ReportToSesame);
    if (!problem.isEmpty())
        return Private::deliver(context, done, ActionMessages::refused(problem));

    // Alipay's number of the failed charge, and whether the customer paid it after all.
    TradeQueryRequest query;
    query.outTradeNo = request->outTradeNo;
    QPointer<const QObject> guard(context);
    m_api.queryTrade(
        query, this,
        [this, approver, request = *request, comment, guard, done](const TradeQueryResult &t) {
            using T = TradeQueryResult::Status;
            QString refusal;
            if (t.notFound)
                refusal = tr("Alipay does not know the failed charge %1, so there is nothing to "
                             "report about.")
                              .arg(request.outTradeNo);
            else if (!t.call.succeeded() || t.tradeNo.isEmpty())
                refusal = tr("Alipay could not be asked about the failed charge %1: %2 Nothing "
                             "was sent; approve again later.")
                              .arg(request.outTradeNo, t.call.message);
            else if (t.status == T::Success || t.status == T::Finished)
                refusal = tr("The customer paid the charge %1 after all: no default is reported. "
                             "Reject the request.")
                              .arg(request.outTradeNo);
            if (!refusal.isEmpty())
                return Private::deliver(guard, done, ActionMessages::refused(refusal));
            SesameInput input;
            input.outOrderNo = request.outOrderNo;
            input.outTradeNo = request.outTradeNo;
            input.violated = true;
            input.reason = request.reason;
            input.requestNo = request.outRequestNo;
            input.defaultRequestId = request.id;
            input.approvalComment = comment.trimmed();
            sendSesameReport(approver, input, t.tradeNo, guard, done);
        });
}

ActionOutcome OrderActions::rejectDefaultReport(const OperatorSession &approver, qint64 requestId,
                                                const QString &comment)
{
    const std::optional<SesameDefaultRequest> request =
        SesameDefaultRequests(m_store).find(requestId);
    if (!request)
        return ActionMessages::refused(
            tr("There is no report of a default number %1.").arg(requestId));
    if (const QString problem = defaultDecisionProblem(approver, *request); !problem.isEmpty())
        return ActionMessages::refused(problem);
    if (comment.trimmed().isEmpty())
        return ActionMessages::refused(
            tr("Say why the report is rejected: the agent will want to know."));
    if (const QString problem = OrderActionGuards::commentProblem(comment); !problem.isEmpty())
        return ActionMessages::refused(problem);
    ActionRecorder recorder(m_store, *m_clock);
    const StoreResult moved = recorder.audited(
        [&] {
            return SesameDefaultRequests(m_store, *m_clock)
                .decide(requestId, S::Rejected, approver.login, comment.trimmed());
        },
        [&] {
            return AuditEvent{approver.login, QStringLiteral("sesame.default.rejected"),
                              request->outOrderNo,
                              QJsonObject{{QStringLiteral("default_request_id"), requestId},
                                          {QStringLiteral("request_no"), request->outRequestNo},
                                          {QStringLiteral("requester"), request->requester},
                                          {QStringLiteral("comment"), comment.trimmed()}}};
        });
    if (!moved)
        return ActionMessages::refused(moved.errorString);
    Q_EMIT orderChanged(request->outOrderNo);
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::Recorded;
    outcome.message = tr("The report of the default is rejected; nothing was sent to Sesame.");
    outcome.requestNo = request->outRequestNo;
    return outcome;
}

} // namespace DepositDesk
