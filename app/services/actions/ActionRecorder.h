#pragma once

#include "services/actions/ActionOutcome.h"
#include "services/actions/IntentAnswer.h"

#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/RefundRequests.h"

#include <QJsonObject>

namespace DepositDesk {

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

    // Journals the intent (a retry of a NOT_DONE one reopens it) and appends "requested".
    // Nothing is written when the journal refuses; the audit row follows the journal row.
    StoreResult begin(IntentRecord &intent, const QJsonObject &extra = {}, bool *retry = nullptr);
    // Settles the intent from an answer and appends its outcome; returns what to tell the user.
    ActionOutcome answered(const IntentRecord &intent, const IntentAnswer::Result &answer,
                           const QString &operatorLogin);
    // Settles the intent from a query (resolver): SUCCEEDED, FAILED or NOT_DONE.
    ActionOutcome settledByQuery(const IntentRecord &intent, IntentRecord::Outcome outcome,
                                 const CallResult &query, const QString &operatorLogin);
    StoreResult audit(const QString &operatorLogin, const QString &action,
                      const IntentRecord &intent, const QJsonObject &extra = {});

    static QJsonObject details(const IntentRecord &intent);
    // The name the resolver writes in the audit log and refund request history.
    static QString resolverLogin();

    IntentJournal &journal() { return m_journal; }
    RefundRequests &refundRequests() { return m_refunds; }

private:
    void updateRefundRequest(const IntentRecord &intent, IntentRecord::Outcome outcome,
                             const QString &who, const QString &comment);

    IntentJournal m_journal;
    AuditLog m_audit;
    RefundRequests m_refunds;
};

} // namespace DepositDesk
