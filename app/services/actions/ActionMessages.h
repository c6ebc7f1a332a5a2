#pragma once

#include "services/actions/ActionOutcome.h"

#include "alipay/CallResult.h"
#include "store/IntentRecord.h"

#include <QCoreApplication>
#include <QString>

namespace DepositDesk {

// The plain words of the guarded actions and of their outcomes, for a customer-service agent
// (translated). Shared by OrderActions and OutcomeResolver, so that the same event always reads
// the same.
class ActionMessages
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ActionMessages)

public:
    static QString yuan(Money amount); // "¥12.00"
    // "an unfreeze of ¥12.00", "a charge of ¥12.00", "the cancellation of the freeze" ...
    static QString what(const IntentRecord &intent);
    // Audit verb of a kind: "unfreeze", "charge", "refund", "cancel", "sesame".
    static QString auditVerb(IntentRecord::Kind kind);
    // The tooltip of a button blocked by an intent still UNKNOWN.
    static QString awaiting(const IntentRecord &intent);

    static QString done(const IntentRecord &intent);
    static QString failed(const IntentRecord &intent, const CallResult &call);
    static QString unknown(const IntentRecord &intent);
    static QString notDone(const IntentRecord &intent);
    static QString notRecorded(const QString &storeError);
    // A call not sent because its intent was written inside a transaction still open (it may yet
    // be rolled back): nothing was sent.
    static QString notYetStored();
    // An action refused because its audit entry could not be written (nothing was written or
    // sent); storeError is the store's sentence, said at the end.
    static QString auditRefused(const QString &storeError);
    // A request number given by the caller that Alipay would not accept (nothing was sent).
    static QString badRequestNumber(const QString &requestNo);
    // Notes on the outcome that its audit entry could not be written: sets auditError and adds
    // a sentence to the message, leaving the status (what happened to the money) as it is.
    static void noteAuditNotWritten(ActionOutcome &outcome, const QString &storeError);

    // Fills message, codes and request number of an outcome from a settled (or unknown) intent.
    static ActionOutcome outcome(const IntentRecord &intent, IntentRecord::Outcome result,
                                 const CallResult &call);
    static ActionOutcome refused(const QString &message);
};

} // namespace DepositDesk
