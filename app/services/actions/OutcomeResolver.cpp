#include "services/actions/OutcomeResolver.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/ActionRecorder.h"
#include "services/actions/IntentQuery.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "store/OrderLocks.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace DepositDesk {

namespace {

Capability capabilityFor(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return Capability::Unfreeze;
    case IntentRecord::Kind::Pay:
        return Capability::Charge;
    case IntentRecord::Kind::Refund:
        return Capability::ApproveRefund;
    case IntentRecord::Kind::Cancel:
        return Capability::CancelFreeze;
    case IntentRecord::Kind::OrderInfoSync:
        return Capability::ReportToSesame;
    }
    return Capability::ManageCredentials;
}

} // namespace

struct OutcomeResolver::Private
{
    struct Work
    {
        int attempts = 0;
        int notAppliedInARow = 0;
        bool running = false;
        QTimer *timer = nullptr;
    };

    QHash<qint64, Work> work;
    QString desk = OrderLocks::newDeskId();
    int notDoneConfirmations = 2;
};

OutcomeResolver::OutcomeResolver(const Store &store, AlipayApi &api, OrderFacts &facts,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_facts(facts)
    , m_backoffMs{2000, 5000, 15000, 60000, 300000}
    , d(std::make_unique<Private>())
{}

OutcomeResolver::~OutcomeResolver() = default;

void OutcomeResolver::setBackoff(const QList<int> &backoffMs)
{
    if (!backoffMs.isEmpty())
        m_backoffMs = backoffMs;
}

void OutcomeResolver::setDesk(const QString &desk)
{
    d->desk = desk;
}

void OutcomeResolver::setNotDoneConfirmations(int count)
{
    d->notDoneConfirmations = qMax(1, count);
}

int OutcomeResolver::pending() const
{
    return int(d->work.size());
}

void OutcomeResolver::resolveAll()
{
    const QList<IntentRecord> unknown = IntentJournal(m_store).unknown();
    for (const IntentRecord &intent : unknown)
        resolve(intent.id);
}

void OutcomeResolver::resolve(qint64 intentId)
{
    const bool isNew = !d->work.contains(intentId);
    Private::Work &w = d->work[intentId];
    if (isNew) {
        w.timer = new QTimer(this);
        w.timer->setSingleShot(true);
        connect(w.timer, &QTimer::timeout, this, [this, intentId] { attempt(intentId); });
        Q_EMIT pendingChanged(pending());
    }
    if (!w.running) {
        w.timer->stop();
        attempt(intentId);
    }
}

void OutcomeResolver::attempt(qint64 intentId)
{
    auto it = d->work.find(intentId);
    if (it == d->work.end() || it->running)
        return;
    const auto intent = IntentJournal(m_store).find(intentId);
    if (!intent || intent->outcome != IntentRecord::Outcome::Unknown) {
        finish(intentId, intent ? intent->outOrderNo : QString());
        return;
    }
    it->running = true;
    ++it->attempts;
    IntentQuery::run(m_api, m_facts, *intent, this, [this, intent = *intent](const auto &r) {
        auto w = d->work.find(intent.id);
        if (w == d->work.end())
            return;
        w->running = false;
        using V = IntentQuery::Verdict;
        std::optional<IntentRecord::Outcome> outcome;
        if (r.verdict == V::Applied)
            outcome = IntentRecord::Outcome::Succeeded;
        else if (r.verdict == V::Refused)
            outcome = IntentRecord::Outcome::Failed;
        else if (r.verdict == V::NotApplied && ++w->notAppliedInARow >= d->notDoneConfirmations)
            outcome = IntentRecord::Outcome::NotDone;
        if (r.verdict == V::Unclear)
            w->notAppliedInARow = 0;
        if (!outcome) {
            schedule(intent.id);
            return;
        }
        const ActionOutcome settled = ActionRecorder(m_store).settledByQuery(
            intent, *outcome, r.call, ActionRecorder::resolverLogin());
        // Nobody waits for this answer: what the operator must know is signalled.
        if (!settled.auditError.isEmpty())
            Q_EMIT problem(settled.message);
        finish(intent.id, intent.outOrderNo);
    });
}

void OutcomeResolver::schedule(qint64 intentId)
{
    auto it = d->work.find(intentId);
    if (it == d->work.end())
        return;
    const int step = qMin(it->attempts, int(m_backoffMs.size())) - 1;
    it->timer->start(m_backoffMs.at(qMax(0, step)));
}

void OutcomeResolver::finish(qint64 intentId, const QString &outOrderNo)
{
    auto it = d->work.find(intentId);
    if (it != d->work.end()) {
        delete it->timer;
        d->work.erase(it);
        Q_EMIT pendingChanged(pending());
    }
    if (!outOrderNo.isEmpty())
        Q_EMIT settled(intentId, outOrderNo);
}

void OutcomeResolver::retry(const OperatorSession &session, qint64 intentId, const QObject *context,
                            std::function<void(const ActionOutcome &)> done)
{
    const auto answer = [context, done](const ActionOutcome &outcome) {
        if (context && done)
            QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    };
    ActionRecorder recorder(m_store);
    std::optional<IntentRecord> intent = recorder.journal().find(intentId);
    QString refusal;
    if (!intent)
        refusal = tr("There is no journaled call number %1.").arg(intentId);
    else if (intent->outcome != IntentRecord::Outcome::NotDone)
        refusal = tr("Only a call that Alipay showed as not done may be sent again; this one is "
                     "%1.")
                      .arg(intentOutcomeCode(intent->outcome));
    else if (!session.can(capabilityFor(intent->kind)))
        refusal = session.isValid()
                      ? Permissions::deniedReason(session.role, capabilityFor(intent->kind))
                      : tr("Sign in first.");
    else if (const auto limit = Permissions::chargeLimit(session.role);
             intent->kind == IntentRecord::Kind::Pay && limit && intent->amount > *limit)
        refusal = tr("Your role may charge at most ¥%1 in one action. Ask a supervisor to send "
                     "it again.")
                      .arg(limit->toYuan());
    if (!refusal.isEmpty())
        return answer(ActionMessages::refused(refusal));

    OrderLocks locks(m_store, d->desk);
    const OrderLockAttempt lock = locks.acquire(intent->outOrderNo, session.login);
    if (!lock.acquired)
        return answer(
            ActionMessages::refused(lock.heldBy ? lock.heldBy->describe() : lock.errorString));
    // The same row, the same number, the same parameters: NOT_DONE becomes UNKNOWN again, with
    // its audit entry or not at all.
    bool isRetry = false;
    const StoreResult reopened = recorder.beginRetry(*intent, session.login, &isRetry);
    if (!reopened || intent->outcome != IntentRecord::Outcome::Unknown) {
        ActionRecorder::releaseLock(locks, intent->outOrderNo);
        return answer(ActionMessages::refused(reopened.errorString));
    }
    QPointer<const QObject> guard(context);
    const QString login = session.login;
    m_api.client()->call(
        IntentAnswer::methodOf(intent->kind), IntentAnswer::bizContent(*intent), this,
        [this, intent = *intent, login, guard, done](const CallResult &call) {
            const IntentAnswer::Result result = IntentAnswer::read(m_facts, intent, call);
            const ActionOutcome outcome = ActionRecorder(m_store).answered(intent, result, login);
            OrderLocks held(m_store, d->desk);
            ActionRecorder::releaseLock(held, intent.outOrderNo);
            if (result.outcome == IntentRecord::Outcome::Unknown)
                resolve(intent.id);
            else
                Q_EMIT settled(intent.id, intent.outOrderNo);
            if (guard && done)
                done(outcome);
        });
}

} // namespace DepositDesk
