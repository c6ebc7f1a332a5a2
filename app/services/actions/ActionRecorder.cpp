#include "services/actions/ActionRecorder.h"

#include "domain/Clock.h"

#include "services/actions/ActionMessages.h"

#include "domain/CrashPoint.h"

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
    // The technical text may quote what Alipay sent (a signature, a body): what looks like key
    // material stays out, or the audit log would refuse the whole entry and the outcome with it.
    if (!call.detail.isEmpty()) {
        const QJsonObject technical{{QStringLiteral("technical"), call.detail}};
        d.insert(QStringLiteral("technical"),
                 AuditLog::secretProblem({{}, {}, {}, technical}).isEmpty()
                     ? call.detail
                     : QStringLiteral("(left out: it quotes key-like text)"));
    }
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
    : ActionRecorder(store, Clock::system())
{}

ActionRecorder::ActionRecorder(const Store &store, const Clock &clock)
    : m_store(store)
    , m_journal(store, clock)
    , m_audit(store, clock)
    , m_refunds(store, clock)
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

StoreResult
ActionRecorder::journalAudited(IntentRecord &intent, const QString &login, const QString &action,
                               const QJsonObject &extra, bool *retry,
                               const std::function<StoreResult(const IntentRecord &)> &alsoWrite)
{
    const IntentRecord asked = intent;
    const StoreResult r = audited(
        [&]() -> StoreResult {
            if (const StoreResult begun = m_journal.begin(intent, retry); !begun)
                return begun;
            if (alsoWrite && intent.outcome == IntentRecord::Outcome::Unknown)
                return alsoWrite(intent);
            return StoreResult::success();
        },
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

StoreResult ActionRecorder::begin(IntentRecord &intent, const QJsonObject &extra, bool *retry,
                                  const std::function<StoreResult(const IntentRecord &)> &alsoWrite)
{
    return journalAudited(
        intent, intent.operatorLogin,
        QStringLiteral("order.%1.requested").arg(ActionMessages::auditVerb(intent.kind)), extra,
        retry, alsoWrite);
}

StoreResult ActionRecorder::beginRetry(IntentRecord &intent, const QString &login, bool *retry)
{
    return journalAudited(intent, login, QStringLiteral("intent.retry"), {}, retry, {});
}

StoreResult ActionRecorder::settle(const IntentRecord &intent, IntentRecord::Outcome outcome,
                                   const CallResult &call, const QString &code)
{
    return m_journal.settle(intent.id, outcome, code, call.subCode, call.subMsg);
}

ActionRecorder::Answered ActionRecorder::answered(OrderFacts &facts, const IntentRecord &intent,
                                                  const CallResult &call,
                                                  const QString &operatorLogin,
                                                  const std::function<void()> &alsoWrite,
                                                  Commit commit)
{
    IntentAnswer::Result answer;
    answer.call = call;
    // An answer that says nothing (a timeout) after a query or another desk settled the intent
    // leaves that outcome as it is.
    std::optional<IntentRecord::Outcome> settledElsewhere;
    const StoreResult recorded = audited(
        [&]() -> StoreResult {
            answer = IntentAnswer::read(facts, intent, call);
            if (!answer.factsError.isEmpty())
                return StoreResult::failure(answer.factsError);
            CrashPoint::reached(CrashPoint::FactsWritten);
            if (const auto now = m_journal.find(intent.id);
                answer.outcome == IntentRecord::Outcome::Unknown && now &&
                now->outcome != IntentRecord::Outcome::Unknown) {
                settledElsewhere = now->outcome;
            } else {
                if (const StoreResult settled =
                        settle(intent, answer.outcome, answer.call, answer.call.code);
                    !settled)
                    return settled;
                CrashPoint::reached(CrashPoint::Settled);
                if (const StoreResult updated = updateRefundRequest(
                        intent, answer.outcome, operatorLogin, answer.call.subCode);
                    !updated)
                    return updated;
            }
            if (alsoWrite)
                alsoWrite();
            return StoreResult::success();
        },
        [&] {
            return AuditEvent{
                operatorLogin,
                QStringLiteral("order.%1.%2")
                    .arg(ActionMessages::auditVerb(intent.kind), outcomeWord(answer.outcome)),
                intent.outOrderNo, merged(details(intent), callDetails(answer.call))};
        });
    if (recorded) {
        if (commit == Commit::Here)
            CrashPoint::reached(CrashPoint::Audited);
        if (settledElsewhere)
            return {*settledElsewhere, ActionMessages::outcome(intent, *settledElsewhere, {}),
                    true};
        return {answer.outcome, ActionMessages::outcome(intent, answer.outcome, answer.call), true};
    }
    // Nothing of the answer is written: the intent stays UNKNOWN and the resolver settles it by
    // query, so what Alipay did is recorded once, from Alipay's own records.
    return unrecorded(intent, answer.call, recorded.errorString);
}

ActionRecorder::Answered ActionRecorder::unrecorded(const IntentRecord &intent,
                                                    const CallResult &call, const QString &error)
{
    qCWarning(lcActions, "answer to intent %lld not recorded, left for the resolver: %s", intent.id,
              qPrintable(error));
    Answered unrecorded{IntentRecord::Outcome::Unknown,
                        ActionMessages::outcome(intent, IntentRecord::Outcome::Unknown, call)};
    unrecorded.reply.message = ActionMessages::notRecorded(error);
    unrecorded.reply.technical = error;
    return unrecorded;
}

ActionRecorder::Answered ActionRecorder::settledByQuery(const IntentRecord &intent,
                                                        IntentRecord::Outcome result,
                                                        const CallResult &query,
                                                        const std::function<StoreResult()> &record,
                                                        const QString &operatorLogin)
{
    const QString code =
        result == IntentRecord::Outcome::NotDone ? QStringLiteral("NOT_DONE") : query.code;
    QJsonObject extra = callDetails(query);
    extra.insert(QStringLiteral("outcome"), intentOutcomeCode(result));
    extra.insert(QStringLiteral("query"), query.method);
    const StoreResult written = audited(
        [&]() -> StoreResult {
            if (record) {
                if (const StoreResult facts = record(); !facts)
                    return facts;
                CrashPoint::reached(CrashPoint::FactsWritten);
            }
            if (const StoreResult settled = settle(intent, result, query, code); !settled)
                return settled;
            CrashPoint::reached(CrashPoint::Settled);
            return updateRefundRequest(intent, result, operatorLogin, intentOutcomeCode(result));
        },
        [&] {
            return AuditEvent{operatorLogin, QStringLiteral("intent.settled"), intent.outOrderNo,
                              merged(details(intent), extra)};
        });
    if (!written) {
        qCWarning(lcActions, "intent %lld not settled, asked again later: %s", intent.id,
                  qPrintable(written.errorString));
        return {IntentRecord::Outcome::Unknown, ActionMessages::refused(written.errorString)};
    }
    CrashPoint::reached(CrashPoint::Audited);
    return {result, ActionMessages::outcome(intent, result, query), true};
}

namespace {

using RS = RefundRequestRecord::Status;

// The status a refund request follows its call's outcome to.
RS requestStatusFor(IntentRecord::Outcome outcome)
{
    switch (outcome) {
    case IntentRecord::Outcome::Succeeded:
        return RS::Executed;
    case IntentRecord::Outcome::Failed:
        return RS::Failed;
    case IntentRecord::Outcome::NotDone:
        return RS::Approved; // not done: the same request may go again
    case IntentRecord::Outcome::Unknown:
        break;
    }
    return RS::AwaitingConfirmation;
}

} // namespace

StoreResult ActionRecorder::updateRefundRequest(const IntentRecord &intent,
                                                IntentRecord::Outcome outcome, const QString &who,
                                                const QString &comment)
{
    if (intent.kind != IntentRecord::Kind::Refund)
        return StoreResult::success();
    const auto request = m_refunds.findByRequestNo(
        intent.parameters.value(u"out_trade_no").toString(), intent.requestNo);
    const RS to = requestStatusFor(outcome);
    if (!request || request->status == to)
        return StoreResult::success();
    if (!RefundRequests::canMove(request->status, to)) {
        // The money's record stands; a request in a state that cannot follow is shown as it is.
        qCWarning(lcActions, "refund request %lld is %s and does not follow its call's outcome %s",
                  request->id, qPrintable(refundRequestStatusCode(request->status)),
                  qPrintable(intentOutcomeCode(outcome)));
        return StoreResult::success();
    }
    return m_refunds.setStatus(request->id, to, who, comment);
}

int ActionRecorder::repair()
{
    int repaired = 0;
    for (const RS status : {RS::Approved, RS::AwaitingConfirmation}) {
        const QList<RefundRequestRecord> requests = m_refunds.list(status, 100000);
        for (const RefundRequestRecord &request : requests) {
            const auto intent = m_journal.find(IntentRecord::Kind::Refund, request.outRequestNo);
            if (!intent || requestStatusFor(intent->outcome) == request.status)
                continue;
            const StoreResult fixed = audited(
                [&] {
                    return updateRefundRequest(*intent, intent->outcome, resolverLogin(),
                                               intentOutcomeCode(intent->outcome));
                },
                [&] {
                    return AuditEvent{
                        resolverLogin(), QStringLiteral("refund.request.repaired"),
                        request.outOrderNo,
                        QJsonObject{
                            {QStringLiteral("refund_request_id"), request.id},
                            {QStringLiteral("request_no"), request.outRequestNo},
                            {QStringLiteral("from"), refundRequestStatusCode(request.status)},
                            {QStringLiteral("outcome"), intentOutcomeCode(intent->outcome)}}};
                });
            if (fixed)
                ++repaired;
            else
                qCWarning(lcActions, "refund request %lld not repaired: %s", request.id,
                          qPrintable(fixed.errorString));
        }
    }
    return repaired;
}

} // namespace DepositDesk
