#pragma once

#include "services/actions/ActionOutcome.h"
#include "services/actions/IntentAnswer.h"

#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/RefundRequests.h"

#include <QJsonObject>

#include <functional>

namespace DepositDesk {

class OrderLocks;
class Store;

// What the journal, the audit log and the refund requests remember of one money-moving call:
// the intent before it is sent with "<verb>.requested", then its outcome with
// "<verb>.succeeded|failed|unknown" (or "intent.settled" when a query settled it), and — for a
// refund — the status of the refund request it executes. Shared by OrderActions and
// OutcomeResolver.
class ActionRecorder
{
public:
    explicit ActionRecorder(const Store &store);

    // Journals the intent (a retry of a NOT_DONE one reopens it) and appends "requested", in one
    // transaction: both are written or neither. Nothing is sent without its audit entry: when
    // the audit log refuses it, the journal keeps nothing of it and the failure says so in the
    // operator's words (ActionMessages::auditRefused).
    StoreResult begin(IntentRecord &intent, const QJsonObject &extra = {}, bool *retry = nullptr);
    // The same for the retry of a NOT_DONE intent by `login`, audited as "intent.retry".
    StoreResult beginRetry(IntentRecord &intent, const QString &login, bool *retry = nullptr);
    // Settles the intent from an answer and appends its outcome; returns what to tell the user
    // (an outcome whose audit entry could not be written says so: ActionOutcome::auditError).
    ActionOutcome answered(const IntentRecord &intent, const IntentAnswer::Result &answer,
                           const QString &operatorLogin);
    // Settles the intent from a query (resolver): SUCCEEDED, FAILED or NOT_DONE.
    ActionOutcome settledByQuery(const IntentRecord &intent, IntentRecord::Outcome outcome,
                                 const CallResult &query, const QString &operatorLogin);
    // Runs write() and appends the event that event() then returns, in one transaction: both
    // are written or neither. A refused audit entry fails the whole with
    // ActionMessages::auditRefused.
    StoreResult audited(const std::function<StoreResult()> &write,
                        const std::function<AuditEvent()> &event);

    // Releases this desk's lock of the order. A lock that could not be released is logged: it is
    // a lease, and frees itself when its time is up (OrderLocks).
    static void releaseLock(OrderLocks &locks, const QString &outOrderNo);

    static QJsonObject details(const IntentRecord &intent);
    // The name the resolver writes in the audit log and refund request history.
    static QString resolverLogin();

    IntentJournal &journal() { return m_journal; }
    RefundRequests &refundRequests() { return m_refunds; }

private:
    StoreResult journalAudited(IntentRecord &intent, const QString &login, const QString &action,
                               const QJsonObject &extra, bool *retry);
    StoreResult audit(const QString &operatorLogin, const QString &action,
                      const IntentRecord &intent, const QJsonObject &extra = {});
    void updateRefundRequest(const IntentRecord &intent, IntentRecord::Outcome outcome,
                             const QString &who, const QString &comment);

    const Store &m_store;
    IntentJournal m_journal;
    AuditLog m_audit;
    RefundRequests m_refunds;
};

} // namespace DepositDesk
