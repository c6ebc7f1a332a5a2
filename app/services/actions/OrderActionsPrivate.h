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

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

namespace DepositDesk {

Q_DECLARE_LOGGING_CATEGORY(lcOrderActions)

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

    struct Prepared
    {
        OrderActionState state;
        QString refusal; // non-empty: stop here, nothing written
        std::shared_ptr<HeldLock> lock;
    };

    // Permission, the order's lock, then the order as it is under the lock, the action's
    // availability and the reason. Every check of the order runs on what was read under the lock.
    static Prepared prepare(const OrderActions &self, A action, const OperatorSession &session,
                            const QString &outOrderNo, const QString &reason)
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

    // Journal and audit (one transaction, with `alsoWrite` when given), call with the order's
    // lock renewed while the call is out, then facts, outcome, audit entry (one transaction),
    // unlock, answer. `lock` is the one prepare() took.
    static void send(OrderActions &self, const OperatorSession &session,
                     const std::shared_ptr<HeldLock> &lock, IntentRecord intent,
                     const QJsonObject &auditExtra, const QObject *context, Done done,
                     const std::function<StoreResult(const IntentRecord &)> &alsoWrite = {})
    {
        intent.desk = self.m_leases->desk();
        ActionRecorder recorder(self.m_store, *self.m_clock);
        bool retry = false;
        const StoreResult begun = recorder.begin(intent, auditExtra, &retry, alsoWrite);
        if (!begun || (retry && intent.outcome != IntentRecord::Outcome::Unknown)) {
            lock->release();
            deliver(context, done,
                    begun ? ActionMessages::outcome(intent, intent.outcome, CallResult())
                          : ActionMessages::refused(begun.errorString));
            return;
        }
        CrashPoint::reached(CrashPoint::IntentWritten);
        QPointer<const QObject> guard(context);
        const QString login = session.login;
        self.m_leases->hold();
        self.m_api.client()->call(
            IntentAnswer::methodOf(intent.kind), IntentAnswer::bizContent(intent), &self,
            [&self, intent, login, guard, done, lock](const CallResult &call) {
                CrashPoint::reached(CrashPoint::AnswerRead);
                const ActionRecorder::Answered answered =
                    ActionRecorder(self.m_store, *self.m_clock)
                        .answered(self.m_facts, intent, call, login);
                self.m_leases->drop();
                lock->release();
                Q_EMIT self.orderChanged(intent.outOrderNo);
                if (answered.outcome == IntentRecord::Outcome::Unknown)
                    Q_EMIT self.intentUnknown(intent.id);
                if (guard && done)
                    done(answered.reply);
            });
    }
};

} // namespace DepositDesk
