#pragma once

// Internal to OrderActions*.cpp: the steps every guarded action shares.

#include "services/actions/OrderActions.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/ActionRecorder.h"
#include "services/actions/OrderActionGuards.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/RequestNumberGenerator.h"
#include "store/AuditLog.h"
#include "store/OrderLocks.h"
#include "store/OrderMarks.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

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

    struct Prepared
    {
        OrderActionState state;
        QString refusal; // non-empty: stop here, nothing written
    };

    // Permission, order, the action's availability and the reason.
    static Prepared prepare(const OrderActions &self, A action, const OperatorSession &session,
                            const QString &outOrderNo, const QString &reason)
    {
        Prepared p;
        if (!session.isValid() || !session.can(OrderActionGuards::capabilityOf(action))) {
            p.refusal = OrderActionGuards::availability(action, session, {}).reason;
            return p;
        }
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

    static std::optional<QString> number(OrderActions &self, Kind kind, QString *refusal)
    {
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

    // The customer defaulted (ChargeInput::violation): the order is marked VIOLATED once the
    // charge's intent is written, and the mark is audited. A failure to mark is audited too
    // and does not stop the charge. Returns the audit log's error when that entry could not be
    // written (the charge's outcome reports it), or empty.
    static QString markViolated(OrderActions &self, const QString &login,
                                const IntentRecord &intent)
    {
        OrderMark mark{0, intent.outOrderNo, OrderMarks::Violated, login, intent.reason, {}};
        const StoreResult marked = OrderMarks(self.m_store).add(mark);
        const StoreResult audited =
            AuditLog(self.m_store)
                .append({login,
                         QStringLiteral("order.marked"),
                         intent.outOrderNo,
                         {{QStringLiteral("mark"), OrderMarks::Violated},
                          {QStringLiteral("out_trade_no"), intent.requestNo},
                          {QStringLiteral("recorded"), bool(marked)},
                          {QStringLiteral("error"), marked.errorString}}});
        if (audited)
            return {};
        qCWarning(lcOrderActions, "mark of order %s not audited: %s", qPrintable(intent.outOrderNo),
                  qPrintable(audited.errorString));
        return audited.errorString;
    }

    // Lock, journal, audit, call, facts, settle, audit, unlock, answer.
    static void send(OrderActions &self, const OperatorSession &session, IntentRecord intent,
                     const QJsonObject &auditExtra, const QObject *context, Done done,
                     const std::function<QString(const IntentRecord &)> &journaled = {})
    {
        OrderLocks locks(self.m_store, self.m_desk);
        const OrderLockAttempt lock = locks.acquire(intent.outOrderNo, session.login);
        if (!lock.acquired) {
            deliver(
                context, done,
                ActionMessages::refused(lock.heldBy ? lock.heldBy->describe() : lock.errorString));
            return;
        }
        ActionRecorder recorder(self.m_store);
        bool retry = false;
        const StoreResult begun = recorder.begin(intent, auditExtra, &retry);
        if (!begun || (retry && intent.outcome != IntentRecord::Outcome::Unknown)) {
            ActionRecorder::releaseLock(locks, intent.outOrderNo);
            deliver(context, done,
                    begun ? ActionMessages::outcome(intent, intent.outcome, CallResult())
                          : ActionMessages::refused(begun.errorString));
            return;
        }
        // Written with the intent, before the call: an audit entry it could not write is reported
        // with the answer.
        const QString auditError = journaled ? journaled(intent) : QString();
        QPointer<const QObject> guard(context);
        const QString login = session.login;
        self.m_api.client()->call(
            IntentAnswer::methodOf(intent.kind), IntentAnswer::bizContent(intent), &self,
            [&self, intent, login, guard, done, auditError](const CallResult &call) {
                const IntentAnswer::Result answer = IntentAnswer::read(self.m_facts, intent, call);
                ActionRecorder answers(self.m_store);
                ActionOutcome outcome = answers.answered(intent, answer, login);
                if (!auditError.isEmpty() && outcome.auditError.isEmpty())
                    ActionMessages::noteAuditNotWritten(outcome, auditError);
                OrderLocks held(self.m_store, self.m_desk);
                ActionRecorder::releaseLock(held, intent.outOrderNo);
                Q_EMIT self.orderChanged(intent.outOrderNo);
                if (answer.outcome == IntentRecord::Outcome::Unknown)
                    Q_EMIT self.intentUnknown(intent.id);
                if (guard && done)
                    done(outcome);
            });
    }
};

} // namespace DepositDesk
