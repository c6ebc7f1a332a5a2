#include "services/actions/OutcomeResolver.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/ActionRecorder.h"
#include "services/actions/IntentQuery.h"
#include "services/actions/LeaseKeeper.h"
#include "services/actions/OrderActionGuards.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "domain/Clock.h"
#include "domain/CrashPoint.h"
#include "domain/YuanText.h"
#include "store/OrderLocks.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"

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
    LeaseKeeper *leases = nullptr;
    const Clock *clock = &Clock::system();
    int notDoneConfirmations = 2;
    int notDoneMarginMs = OutcomeResolver::DefaultNotDoneMarginMs;
};

OutcomeResolver::OutcomeResolver(const Store &store, AlipayApi &api, OrderFacts &facts,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_facts(facts)
    , m_backoffMs{2000, 5000, 15000, 60000, 300000}
    , d(std::make_unique<Private>())
{
    d->leases = new LeaseKeeper(store, OrderLocks::newDeskId(), this);
}

OutcomeResolver::~OutcomeResolver() = default;

void OutcomeResolver::setBackoff(const QList<int> &backoffMs)
{
    if (!backoffMs.isEmpty())
        m_backoffMs = backoffMs;
}

void OutcomeResolver::setDesk(const QString &desk)
{
    d->leases->setDesk(desk);
}

QString OutcomeResolver::desk() const
{
    return d->leases->desk();
}

void OutcomeResolver::setClock(const Clock &clock)
{
    d->clock = &clock;
    d->leases->setClock(clock);
}

void OutcomeResolver::setNotDoneMargin(int ms)
{
    d->notDoneMarginMs = qMax(0, ms);
}

void OutcomeResolver::setLeaseSeconds(int seconds)
{
    d->leases->setLeaseSeconds(seconds);
}

bool OutcomeResolver::mayBeInFlight(qint64 intentId) const
{
    const auto intent = IntentJournal(m_store).find(intentId);
    if (!intent)
        return false;
    // The request may still be on its way while its transport could still be waiting for it.
    const qint64 waited = intent->sent.msecsTo(d->clock->now());
    if (waited < qint64(m_api.client()->config().timeoutMs) + d->notDoneMarginMs)
        return true;
    // The desk that sent it still holds the order: its call is still out.
    const auto holder = d->leases->locks().holder(intent->outOrderNo);
    return holder && holder->desk == intent->desk;
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
    ActionRecorder(m_store).repair();
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
        else if (r.verdict == V::NotApplied && ++w->notAppliedInARow >= d->notDoneConfirmations &&
                 !mayBeInFlight(intent.id))
            outcome = IntentRecord::Outcome::NotDone;
        if (r.verdict == V::Unclear)
            w->notAppliedInARow = 0;
        if (!outcome) {
            schedule(intent.id);
            return;
        }
        const ActionRecorder::Answered settled = ActionRecorder(m_store).settledByQuery(
            intent, *outcome, r.call, r.record, ActionRecorder::resolverLogin());
        if (settled.outcome == IntentRecord::Outcome::Unknown) {
            // Nothing could be written: nobody waits for this answer, so the operator is told,
            // and the intent is asked about again.
            Q_EMIT problem(settled.reply.message);
            schedule(intent.id);
            return;
        }
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
                      .arg(yuanDigits(*limit));
    if (!refusal.isEmpty())
        return answer(ActionMessages::refused(refusal));

    OrderLocks locks = d->leases->locks();
    const OrderLockAttempt lock = locks.acquire(intent->outOrderNo, session.login);
    if (!lock.acquired)
        return answer(
            ActionMessages::refused(lock.heldBy ? lock.heldBy->describe() : lock.errorString));
    // Under the lock, from what the store holds now: the order may have changed since the call
    // was first asked for (another charge, an unfreeze, the role's limit).
    intent = recorder.journal().find(intentId);
    if (!intent || intent->outcome != IntentRecord::Outcome::NotDone)
        refusal = tr("This call is no longer waiting to be sent again. Open the order again.");
    const auto state =
        refusal.isEmpty() ? OrderActionGuards(m_store).load(intent->outOrderNo) : std::nullopt;
    if (refusal.isEmpty() && !state)
        refusal = OrderActionGuards::orderMissing(intent->outOrderNo);
    if (refusal.isEmpty())
        refusal = OrderActionGuards::resendProblem(session, *state, *intent);
    if (!refusal.isEmpty()) {
        ActionRecorder::releaseLock(locks, intent ? intent->outOrderNo : QString());
        return answer(ActionMessages::refused(refusal));
    }
    // The same row, the same number, the same parameters: NOT_DONE becomes UNKNOWN again, sent
    // now by this desk, with its audit entry or not at all.
    intent->desk = d->leases->desk();
    bool isRetry = false;
    const StoreResult reopened = recorder.beginRetry(*intent, session.login, &isRetry);
    if (!reopened || intent->outcome != IntentRecord::Outcome::Unknown) {
        ActionRecorder::releaseLock(locks, intent->outOrderNo);
        return answer(ActionMessages::refused(reopened.errorString));
    }
    // Sent only once the reopened intent is on disk (see OrderActions).
    if (SqlTransaction::isOpen(m_store.database())) {
        ActionRecorder::releaseLock(locks, intent->outOrderNo);
        return answer(ActionMessages::refused(ActionMessages::notYetStored()));
    }
    CrashPoint::reached(CrashPoint::IntentWritten);
    QPointer<const QObject> guard(context);
    const QString login = session.login;
    d->leases->hold();
    m_api.client()->call(IntentAnswer::methodOf(intent->kind), IntentAnswer::bizContent(*intent),
                         this,
                         [this, intent = *intent, login, guard, done](const CallResult &call) {
                             CrashPoint::reached(CrashPoint::AnswerRead);
                             const ActionRecorder::Answered answered =
                                 ActionRecorder(m_store).answered(m_facts, intent, call, login);
                             d->leases->drop();
                             OrderLocks held = d->leases->locks();
                             ActionRecorder::releaseLock(held, intent.outOrderNo);
                             if (answered.outcome == IntentRecord::Outcome::Unknown)
                                 resolve(intent.id);
                             else
                                 Q_EMIT settled(intent.id, intent.outOrderNo);
                             if (guard && done)
                                 done(answered.reply);
                         });
}

} // namespace DepositDesk
