#include "services/actions/ActionRecorder.h"

#include "services/actions/ActionMessages.h"

#include "store/OrderLocks.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"

#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcActions, "depositdesk.actions")

QString outcomeWord(IntentRecord::Outcome outcome)
{
    switch (outcome) {
    case IntentRecord::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case IntentRecord::Outcome::Failed:
    case IntentRecord::Outcome::NotDone:
        return QStringLiteral("failed");
    case IntentRecord::Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject callDetails(const CallResult &call)
{
    QJsonObject d;
    if (!call.code.isEmpty())
        d.insert(QStringLiteral("code"), call.code);
    if (!call.subCode.isEmpty())
        d.insert(QStringLiteral("sub_code"), call.subCode);
    if (!call.subMsg.isEmpty())
        d.insert(QStringLiteral("sub_msg"), call.subMsg);
    if (!call.detail.isEmpty())
        d.insert(QStringLiteral("technical"), call.detail);
    return d;
}

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

ActionRecorder::ActionRecorder(const Store &store)
    : m_store(store)
    , m_journal(store)
    , m_audit(store)
    , m_refunds(store)
{}

void ActionRecorder::releaseLock(OrderLocks &locks, const QString &outOrderNo)
{
    if (const StoreResult released = locks.release(outOrderNo); !released)
        qCWarning(lcActions, "lock of order %s not released (its lease ends it): %s",
                  qPrintable(outOrderNo), qPrintable(released.errorString));
}

QString ActionRecorder::resolverLogin()
{
    return QStringLiteral("depositdesk.resolver");
}

QJsonObject ActionRecorder::details(const IntentRecord &intent)
{
    QJsonObject d{{QStringLiteral("intent_id"), intent.id},
                  {QStringLiteral("kind"), intentKindCode(intent.kind)},
                  {QStringLiteral("request_no"), intent.requestNo},
                  {QStringLiteral("amount_fen"), intent.amount.fen()},
                  {QStringLiteral("amount"), intent.amount.toYuan()}};
    if (!intent.reason.isEmpty())
        d.insert(QStringLiteral("reason"), intent.reason);
    return d;
}

StoreResult ActionRecorder::audit(const QString &operatorLogin, const QString &action,
                                  const IntentRecord &intent, const QJsonObject &extra)
{
    const StoreResult r =
        m_audit.append({operatorLogin, action, intent.outOrderNo, merged(details(intent), extra)});
    if (!r)
        qCWarning(lcActions, "audit entry %s not written: %s", qPrintable(action),
                  qPrintable(r.errorString));
    return r;
}

StoreResult ActionRecorder::audited(const std::function<StoreResult()> &write,
                                    const std::function<AuditEvent()> &event)
{
    // The audit chain's writer lock first, as AuditLog::append takes it: writers that also
    // take another lock (refund requests) always take the two in this order.
    SqlTransaction tx(m_store.database(), m_store.dialect(),
                      SqlDialect::TransactionMode::Serialised, StoreLockKeys::AuditChain);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (const StoreResult written = write(); !written)
        return written;
    const AuditEvent e = event();
    if (const StoreResult logged = m_audit.append(e); !logged) {
        qCWarning(lcActions, "audit entry %s not written, so nothing was done: %s",
                  qPrintable(e.action), qPrintable(logged.errorString));
        return StoreResult::failure(ActionMessages::auditRefused(logged.errorString));
    }
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

StoreResult ActionRecorder::journalAudited(IntentRecord &intent, const QString &login,
                                           const QString &action, const QJsonObject &extra,
                                           bool *retry)
{
    const IntentRecord asked = intent;
    const StoreResult r = audited(
        [&] { return m_journal.begin(intent, retry); },
        [&] {
            return AuditEvent{login, action, intent.outOrderNo, merged(details(intent), extra)};
        });
    if (!r) {
        intent = asked; // rolled back: no id, no reopened outcome
        if (retry)
            *retry = false;
    }
    return r;
}

StoreResult ActionRecorder::begin(IntentRecord &intent, const QJsonObject &extra, bool *retry)
{
    return journalAudited(
        intent, intent.operatorLogin,
        QStringLiteral("order.%1.requested").arg(ActionMessages::auditVerb(intent.kind)), extra,
        retry);
}

StoreResult ActionRecorder::beginRetry(IntentRecord &intent, const QString &login, bool *retry)
{
    return journalAudited(intent, login, QStringLiteral("intent.retry"), {}, retry);
}

ActionOutcome ActionRecorder::answered(const IntentRecord &intent,
                                       const IntentAnswer::Result &answer,
                                       const QString &operatorLogin)
{
    const CallResult &call = answer.call;
    ActionOutcome outcome = ActionMessages::outcome(intent, answer.outcome, call);
    const StoreResult settled =
        m_journal.settle(intent.id, answer.outcome, call.code, call.subCode, call.subMsg);
    if (!settled) {
        outcome.technical = settled.errorString;
        qCWarning(lcActions, "intent %lld not settled: %s", intent.id,
                  qPrintable(settled.errorString));
    }
    if (!answer.factsError.isEmpty()) {
        outcome.message = ActionMessages::notRecorded(answer.factsError);
        outcome.technical = answer.factsError;
    }
    // The answer is in: what happened to the money stands, and a missing audit entry is
    // reported with it.
    const StoreResult audited =
        audit(operatorLogin,
              QStringLiteral("order.%1.%2")
                  .arg(ActionMessages::auditVerb(intent.kind), outcomeWord(answer.outcome)),
              intent, callDetails(call));
    if (!audited)
        ActionMessages::noteAuditNotWritten(outcome, audited.errorString);
    updateRefundRequest(intent, answer.outcome, operatorLogin, call.subCode);
    return outcome;
}

ActionOutcome ActionRecorder::settledByQuery(const IntentRecord &intent,
                                             IntentRecord::Outcome result, const CallResult &query,
                                             const QString &operatorLogin)
{
    const QString code =
        result == IntentRecord::Outcome::NotDone ? QStringLiteral("NOT_DONE") : query.code;
    const StoreResult settled =
        m_journal.settle(intent.id, result, code, query.subCode, query.subMsg);
    ActionOutcome outcome = ActionMessages::outcome(intent, result, query);
    if (!settled)
        outcome.technical = settled.errorString;
    QJsonObject extra = callDetails(query);
    extra.insert(QStringLiteral("outcome"), intentOutcomeCode(result));
    extra.insert(QStringLiteral("query"), query.method);
    if (const StoreResult audited =
            audit(operatorLogin, QStringLiteral("intent.settled"), intent, extra);
        !audited)
        ActionMessages::noteAuditNotWritten(outcome, audited.errorString);
    updateRefundRequest(intent, result, operatorLogin, intentOutcomeCode(result));
    return outcome;
}

void ActionRecorder::updateRefundRequest(const IntentRecord &intent, IntentRecord::Outcome outcome,
                                         const QString &who, const QString &comment)
{
    if (intent.kind != IntentRecord::Kind::Refund)
        return;
    const auto request = m_refunds.findByRequestNo(
        intent.parameters.value(u"out_trade_no").toString(), intent.requestNo);
    if (!request)
        return;
    using S = RefundRequestRecord::Status;
    S to = S::AwaitingConfirmation;
    switch (outcome) {
    case IntentRecord::Outcome::Succeeded:
        to = S::Executed;
        break;
    case IntentRecord::Outcome::Failed:
        to = S::Failed;
        break;
    case IntentRecord::Outcome::NotDone:
        to = S::Approved; // not sent after all: the same request may go again
        break;
    case IntentRecord::Outcome::Unknown:
        to = S::AwaitingConfirmation;
        break;
    }
    const StoreResult moved = m_refunds.setStatus(request->id, to, who, comment);
    if (!moved)
        qCWarning(lcActions, "refund request %lld not moved: %s", request->id,
                  qPrintable(moved.errorString));
}

} // namespace DepositDesk
