#pragma once

// Internal to OrderActions*.cpp: the steps every guarded action shares.

#include "services/actions/OrderActions.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/ActionRecorder.h"
#include "services/actions/LeaseKeeper.h"
#include "services/actions/OrderActionGuards.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/RequestNumberGenerator.h"
#include "domain/CrashPoint.h"
#include "store/AuditLog.h"
#include "store/OrderLocks.h"
#include "store/OrderMarks.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>
#include <vector>

namespace DepositDesk {

Q_DECLARE_LOGGING_CATEGORY(lcOrderActions)

// The open IntentGroup: its transaction, and per action written in it what sends its call once
// that is committed and what refuses it when it is not.
struct OrderActions::Group
{
    struct WaitingCall
    {
        std::function<void()> send;
        std::function<void(const QString &error)> refuse;
    };
    std::unique_ptr<SqlTransaction> tx;
    std::vector<WaitingCall> waiting;
};

// Answers that arrived since the last were recorded, with what each needs to be recorded and
// told, and what startInNextGroup() was given since.
struct OrderActions::Pending
{
    struct Arrived
    {
        IntentRecord intent;
        QString login;
        QPointer<const QObject> guard;
        OrderActions::Done done;
        std::shared_ptr<void> lock; // Private::HeldLock
        CallResult call;
    };
    std::vector<Arrived> arrived;
    std::vector<std::pair<QPointer<const QObject>, std::function<void()>>> starts;
    bool scheduled = false;
};

// The part every action shares once its own checks passed.
struct OrderActions::Private
{
    using A = OrderActions::Action;
    using Kind = RequestNumberGenerator::Kind;

    // Callbacks run later, from the event loop, and only while `context` lives.
    static void deliver(const QObject *context, const Done &done, const ActionOutcome &outcome)
    {
        if (context && done)
            QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
    }

    // This desk's lock of one order, from before the order is read until the answer is recorded;
    // released when the last holder lets go of it, or explicitly.
    class HeldLock
    {
    public:
        explicit HeldLock(OrderLocks locks, const QString &outOrderNo)
            : m_locks(std::move(locks))
            , m_outOrderNo(outOrderNo)
        {}
        ~HeldLock() { release(); }
        HeldLock(const HeldLock &) = delete;
        HeldLock &operator=(const HeldLock &) = delete;
        void release()
        {
            if (std::exchange(m_held, false))
                ActionRecorder::releaseLock(m_locks, m_outOrderNo);
        }
        // Releases the lock inside the caller's transaction (in a savepoint of its own, so that
        // a release that fails leaves that transaction usable). Returns whether the release was
        // written there; the caller calls released() once that transaction is committed, and
        // release() when it was not.
        bool releaseWithin(const Store &store)
        {
            if (!m_held)
                return false;
            SqlTransaction savepoint(store.database(), store.dialect());
            return savepoint.isActive() && m_locks.release(m_outOrderNo) && savepoint.commit();
        }
        void released() { m_held = false; }

    private:
        OrderLocks m_locks;
        QString m_outOrderNo;
        bool m_held = true;
    };

    // Takes this desk's lock of the order; empty and *refusal set when another desk holds it.
    static std::shared_ptr<HeldLock> lock(const LeaseKeeper &leases, const QString &outOrderNo,
                                          const QString &login, QString *refusal)
    {
        OrderLocks locks = leases.locks();
        const OrderLockAttempt attempt = locks.acquire(outOrderNo, login);
        if (!attempt.acquired) {
            *refusal = attempt.heldBy ? attempt.heldBy->describe() : attempt.errorString;
            return {};
        }
        return std::make_shared<HeldLock>(std::move(locks), outOrderNo);
    }

    // Whether the order's lock is taken in the transaction that send() then writes the intent
    // in (one commit: the lock, the intent and its "requested" entry are on disk together or not
    // at all), or committed on its own (an action that writes something else, or waits for
    // Alipay, between its checks and its intent).
    enum class LockWrite { WithIntent, Alone };

    struct Prepared
    {
        OrderActionState state;
        QString refusal; // non-empty: stop here, nothing written
        // LockWrite::WithIntent: the transaction that holds the lock until send() commits it
        // with the intent; rolled back (nothing locked, nothing written) when it is not.
        // Declared before the lock: a lock released while refusing is released inside it.
        std::unique_ptr<SqlTransaction> tx;
        std::shared_ptr<HeldLock> lock;
    };

    // Permission, the order's lock, then the order as it is under the lock, the action's
    // availability and the reason. Every check of the order runs on what was read under the lock.
    static Prepared prepare(const OrderActions &self, A action, const OperatorSession &session,
                            const QString &outOrderNo, const QString &reason,
                            LockWrite lockWrite = LockWrite::Alone)
    {
        Prepared p;
        if (!session.isValid() || !session.can(OrderActionGuards::capabilityOf(action))) {
            p.refusal = OrderActionGuards::availability(action, session, {}).reason;
            return p;
        }
        // The database cannot be reached: refused now, nothing locked, written or kept to send.
        if (!self.m_databaseProblem.isEmpty()) {
            p.refusal = self.m_databaseProblem;
            return p;
        }
        if (lockWrite == LockWrite::WithIntent) {
            // The audit chain's writer lock first, as ActionRecorder::audited() takes it.
            p.tx = std::make_unique<SqlTransaction>(self.m_store.database(), self.m_store.dialect(),
                                                    SqlDialect::TransactionMode::Serialised,
                                                    StoreLockKeys::AuditChain);
            if (!p.tx->isActive()) {
                p.refusal = p.tx->errorString();
                return p;
            }
        }
        p.lock = lock(*self.m_leases, outOrderNo, session.login, &p.refusal);
        if (!p.lock)
            return p;
        const auto state = OrderActionGuards(self.m_store).load(outOrderNo);
        if (!state) {
            p.refusal = OrderActionGuards::orderMissing(outOrderNo);
            return p;
        }
        p.state = *state;
        if (p.refusal = self.gatewayProblem(action); !p.refusal.isEmpty())
            return p;
        const Availability available = OrderActionGuards::availability(action, session, *state);
        p.refusal = available.enabled ? OrderActionGuards::reasonProblem(reason) : available.reason;
        return p;
    }

    // The caller's derived number when it gave one, else a new one.
    static std::optional<QString> number(OrderActions &self, Kind kind, const QString &given,
                                         QString *refusal)
    {
        if (!given.isEmpty()) {
            if (RequestNumberGenerator::isWellFormed(given))
                return given;
            *refusal = ActionMessages::badRequestNumber(given);
            return std::nullopt;
        }
        QString error;
        const auto n = self.m_numbers.next(kind, &error);
        if (!n)
            *refusal = error;
        return n;
    }

    static IntentRecord intentOf(IntentRecord::Kind kind, const OperatorSession &session,
                                 const OrderRecord &order, const QString &requestNo, Money amount,
                                 const QString &reason, const QByteArray &biz)
    {
        IntentRecord intent;
        intent.kind = kind;
        intent.outOrderNo = order.outOrderNo;
        intent.requestNo = requestNo;
        intent.amount = amount;
        intent.operatorLogin = session.login;
        intent.reason = reason.trimmed();
        intent.parameters = QJsonDocument::fromJson(biz).object();
        return intent;
    }

    // The customer defaulted (ChargeInput::violation): the order gets the VIOLATED mark, audited,
    // in the transaction that writes the charge's intent: the mark is part of the decision, so
    // without it nothing is sent.
    static StoreResult markViolated(OrderActions &self, const QString &login,
                                    const IntentRecord &intent)
    {
        OrderMark mark{0, intent.outOrderNo, OrderMarks::Violated, login, intent.reason, {}};
        if (const StoreResult marked = OrderMarks(self.m_store).add(mark); !marked)
            return marked;
        return AuditLog(self.m_store)
            .append({login,
                     QStringLiteral("order.marked"),
                     intent.outOrderNo,
                     {{QStringLiteral("mark"), OrderMarks::Violated},
                      {QStringLiteral("out_trade_no"), intent.requestNo}}});
    }

    // Journal and audit (one transaction, with `alsoWrite` when given, and with the order's lock
    // when prepare() took it in `joined`), call with the order's lock renewed while the call is
    // out, then facts, outcome, audit entry and the lock's release (one transaction), answer.
    // `lock` is the one prepare() took; `joined` its transaction (LockWrite::WithIntent), or
    // null when the lock is committed already.
    static void send(OrderActions &self, const OperatorSession &session,
                     const std::shared_ptr<HeldLock> &lock, SqlTransaction *joined,
                     IntentRecord intent, const QJsonObject &auditExtra, const QObject *context,
                     Done done,
                     const std::function<StoreResult(const IntentRecord &)> &alsoWrite = {})
    {
        intent.desk = self.m_leases->desk();
        ActionRecorder recorder(self.m_store, *self.m_clock);
        bool retry = false;
        StoreResult begun = recorder.begin(intent, auditExtra, &retry, alsoWrite);
        const bool sending = begun && !(retry && intent.outcome != IntentRecord::Outcome::Unknown);
        if (!sending)
            lock->release(); // inside `joined`: the lock is never on disk then
        // The intent (and the lock) are on disk before anything is sent.
        if (begun && joined && !joined->commit()) {
            begun = StoreResult::failure(joined->errorString());
            lock->release();
        }
        if (!begun || !sending) {
            deliver(context, done,
                    begun ? ActionMessages::outcome(intent, intent.outcome, CallResult())
                          : ActionMessages::refused(begun.errorString));
            return;
        }
        if (self.m_group) {
            // Written in the open group's transaction only: the call waits for its commit.
            self.m_group->waiting.push_back(
                {[&self, login = session.login, intent, context, done, lock] {
                     launch(self, login, intent, context, done, lock);
                 },
                 [context, done, lock](const QString &error) {
                     lock->release();
                     deliver(context, done, ActionMessages::refused(error));
                 }});
            return;
        }
        launch(self, session.login, intent, context, std::move(done), lock);
    }

    // The intent (and the order's lock) are committed: the call leaves.
    static void launch(OrderActions &self, const QString &login, const IntentRecord &intent,
                       const QObject *context, Done done, const std::shared_ptr<HeldLock> &lock)
    {
        // A call leaves only once its intent is on disk: never while a transaction around it,
        // which may still roll back, is open on this thread's connection.
        if (SqlTransaction::isOpen(self.m_store.database())) {
            qCCritical(lcOrderActions, "intent %lld not sent: a transaction is still open",
                       intent.id);
            lock->release();
            deliver(context, done, ActionMessages::refused(ActionMessages::notYetStored()));
            return;
        }
        CrashPoint::reached(CrashPoint::IntentWritten);
        QPointer<const QObject> guard(context);
        self.m_leases->hold();
        self.m_api.client()->call(
            IntentAnswer::methodOf(intent.kind), IntentAnswer::bizContent(intent), &self,
            [&self, intent, login, guard, done, lock](const CallResult &call) {
                CrashPoint::reached(CrashPoint::AnswerRead);
                // The answers that arrive meanwhile are recorded with it, in one transaction.
                pending(self).arrived.push_back({intent, login, guard, done, lock, call});
            });
    }

    // What waits for the next group; that group is scheduled.
    static Pending &pending(OrderActions &self)
    {
        if (!self.m_pending)
            self.m_pending = std::make_unique<Pending>();
        if (!std::exchange(self.m_pending->scheduled, true))
            QTimer::singleShot(0, &self, [&self] { runPending(self); });
        return *self.m_pending;
    }

    // In one group: records the answers that arrived (facts, outcome, audit entry and the
    // order's lock released: per answer a savepoint) and runs what startInNextGroup() was given;
    // then commits, sends the calls begun, and tells each answer. An answer whose own part could
    // not be written, or all of them when the group cannot be committed, stays UNKNOWN and is
    // settled by query.
    static void runPending(OrderActions &self)
    {
        self.m_pending->scheduled = false;
        const std::vector<Pending::Arrived> arrived = std::exchange(self.m_pending->arrived, {});
        const auto starts = std::exchange(self.m_pending->starts, {});
        IntentGroup group(self);
        // Not open (the database is busy or gone): each answer tries its own transaction.
        const auto commit =
            group.isOpen() ? ActionRecorder::Commit::ByCaller : ActionRecorder::Commit::Here;
        std::vector<ActionRecorder::Answered> answered;
        std::vector<bool> releasedWithin(arrived.size(), false);
        answered.reserve(arrived.size());
        for (std::size_t i = 0; i < arrived.size(); ++i) {
            const Pending::Arrived &a = arrived[i];
            const auto lock = std::static_pointer_cast<HeldLock>(a.lock);
            // The lock is released in the transaction that records the answer; when that could
            // not be written, on its own.
            answered.push_back(
                ActionRecorder(self.m_store, *self.m_clock)
                    .answered(
                        self.m_facts, a.intent, a.call, a.login,
                        [&] { releasedWithin[i] = lock->releaseWithin(self.m_store); }, commit));
        }
        for (const auto &[context, start] : starts)
            if (context)
                start();
        QString error;
        const bool committed = group.end(&error);
        for (std::size_t i = 0; i < arrived.size(); ++i) {
            const Pending::Arrived &a = arrived[i];
            ActionRecorder::Answered &recorded = answered[i];
            if (!committed && recorded.written)
                recorded = ActionRecorder::unrecorded(a.intent, a.call, error);
            else if (recorded.written && commit == ActionRecorder::Commit::ByCaller)
                CrashPoint::reached(CrashPoint::Audited);
            const auto lock = std::static_pointer_cast<HeldLock>(a.lock);
            self.m_leases->drop();
            if (recorded.written && releasedWithin[i])
                lock->released();
            else
                lock->release();
            Q_EMIT self.orderChanged(a.intent.outOrderNo);
            if (recorded.outcome == IntentRecord::Outcome::Unknown)
                Q_EMIT self.intentUnknown(a.intent.id);
            if (a.guard && a.done)
                a.done(recorded.reply);
        }
    }
};

} // namespace DepositDesk
