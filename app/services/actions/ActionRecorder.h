#pragma once

#include "services/actions/ActionOutcome.h"
#include "services/actions/IntentAnswer.h"

#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/RefundRequests.h"

#include <QJsonObject>

#include <functional>

namespace DepositDesk {

class Clock;

class OrderFacts;
class OrderLocks;
class Store;

// What the journal, the audit log and the refund requests remember of one money-moving call:
// the intent before it is sent with "<verb>.requested", then its outcome with
// "<verb>.succeeded|failed|unknown" (or "intent.settled" when a query settled it), and — for a
// refund — the status of the refund request it executes. Shared by OrderActions and
// OutcomeResolver.
//
// Each of the two moments is one transaction: intent and "requested" (and whatever else the
// decision writes) before the call; facts, outcome, audit entry and refund request status after
// it. A crash or a refused write in between leaves the intent UNKNOWN, never half-recorded, and
// the resolver settles it by query. Several calls' moments may share one transaction (each
// its own savepoint of it: OrderActions::IntentGroup, and the answers OrderActions records
// together); what is said here of one transaction then holds of that savepoint and of the
// commit of the whole.
class ActionRecorder
{
public:
    explicit ActionRecorder(const Store &store);
    // The journal, the audit log and the refund requests date what they write by `clock`.
    ActionRecorder(const Store &store, const Clock &clock);

    // Journals the intent (a retry of a NOT_DONE one reopens it) and appends "requested", in one
    // transaction: both are written or neither. Nothing is sent without its audit entry: when
    // the audit log refuses it, the journal keeps nothing of it and the failure says so in the
    // operator's words (ActionMessages::auditRefused).
    // alsoWrite (optional) runs in the same transaction once the intent is written: what else the
    // decision writes (the VIOLATED mark, the refund request's link); its failure sends nothing.
    StoreResult begin(IntentRecord &intent, const QJsonObject &extra = {}, bool *retry = nullptr,
                      const std::function<StoreResult(const IntentRecord &)> &alsoWrite = {});
    // The same for the retry of a NOT_DONE intent by `login`, audited as "intent.retry".
    StoreResult beginRetry(IntentRecord &intent, const QString &login, bool *retry = nullptr);
    struct DD_NODISCARD Answered
    {
        IntentRecord::Outcome outcome = IntentRecord::Outcome::Unknown; // as recorded
        ActionOutcome reply;                                            // what to tell the operator
        bool written = false; // the answer's transaction was committed
    };
    // Reads Alipay's answer to the intent's call and records it: facts, outcome, audit entry and
    // refund request status in one transaction. When that cannot be written, nothing of it is:
    // the intent stays UNKNOWN (outcome Unknown) and the reply says the resolver will settle it.
    // alsoWrite (optional) runs last in that transaction (OrderActions releases the order's lock
    // there); it must leave the transaction usable whatever it comes to.
    // Commit::ByCaller: the caller's transaction is open and commits the answer with others
    // (answered() then writes a savepoint of it, and `written` says only that this savepoint was
    // kept): the caller marks CrashPoint::Audited once that commit is done, and answers with
    // unrecorded() when it fails.
    enum class Commit { Here, ByCaller };
    Answered answered(OrderFacts &facts, const IntentRecord &intent, const CallResult &call,
                      const QString &operatorLogin, const std::function<void()> &alsoWrite = {},
                      Commit commit = Commit::Here);
    // What answered() says when the answer could not be written (`error`): the intent stays
    // UNKNOWN and the resolver settles it.
    static Answered unrecorded(const IntentRecord &intent, const CallResult &call,
                               const QString &error);
    // Settles the intent from a query (resolver): SUCCEEDED (record() writes the facts the query
    // showed), FAILED or NOT_DONE, in one transaction as above. reply.status Refused with the
    // store's error when nothing could be written (the intent stays UNKNOWN).
    Answered settledByQuery(const IntentRecord &intent, IntentRecord::Outcome outcome,
                            const CallResult &query, const std::function<StoreResult()> &record,
                            const QString &operatorLogin);
    // Finishes what a crash between two writes of an older version left half-done: refund
    // requests whose status does not follow their call's settled outcome. Audited as
    // "refund.request.repaired". Returns how many it repaired.
    int repair();
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
                               const QJsonObject &extra, bool *retry,
                               const std::function<StoreResult(const IntentRecord &)> &alsoWrite);
    StoreResult updateRefundRequest(const IntentRecord &intent, IntentRecord::Outcome outcome,
                                    const QString &who, const QString &comment);
    StoreResult settle(const IntentRecord &intent, IntentRecord::Outcome outcome,
                       const CallResult &call, const QString &code);

    const Store &m_store;
    IntentJournal m_journal;
    AuditLog m_audit;
    RefundRequests m_refunds;
};

} // namespace DepositDesk
