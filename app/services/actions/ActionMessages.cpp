#include "services/actions/ActionMessages.h"
#include "domain/YuanText.h"

namespace DepositDesk {

QString ActionMessages::yuan(Money amount)
{
    return tr("¥%1").arg(yuanDigits(amount));
}

QString ActionMessages::what(const IntentRecord &intent)
{
    const QString amount = yuan(intent.amount);
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        return tr("an unfreeze of %1").arg(amount);
    case IntentRecord::Kind::Pay:
        return tr("a charge of %1").arg(amount);
    case IntentRecord::Kind::Refund:
        return tr("a refund of %1").arg(amount);
    case IntentRecord::Kind::Cancel:
        return tr("the cancellation of the freeze");
    case IntentRecord::Kind::OrderInfoSync:
        return tr("a report to Sesame Credit");
    }
    return {};
}

QString ActionMessages::auditVerb(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return QStringLiteral("unfreeze");
    case IntentRecord::Kind::Pay:
        return QStringLiteral("charge");
    case IntentRecord::Kind::Refund:
        return QStringLiteral("refund");
    case IntentRecord::Kind::Cancel:
        return QStringLiteral("cancel");
    case IntentRecord::Kind::OrderInfoSync:
        return QStringLiteral("sesame");
    }
    return {};
}

QString ActionMessages::awaiting(const IntentRecord &intent)
{
    return tr("Waiting for Alipay to confirm %1 (request %2). Other actions on this order wait "
              "until it is settled.")
        .arg(what(intent), intent.requestNo);
}

QString ActionMessages::done(const IntentRecord &intent)
{
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        return tr("%1 was unfrozen and goes back to the customer.").arg(yuan(intent.amount));
    case IntentRecord::Kind::Pay:
        return tr("%1 was charged from the deposit.").arg(yuan(intent.amount));
    case IntentRecord::Kind::Refund:
        return tr("%1 was refunded to the customer.").arg(yuan(intent.amount));
    case IntentRecord::Kind::Cancel:
        return tr("The freeze was cancelled.");
    case IntentRecord::Kind::OrderInfoSync:
        return tr("Sesame Credit was told how the order ended.");
    }
    return {};
}

QString ActionMessages::failed(const IntentRecord &intent, const CallResult &call)
{
    QString why = !call.subMsg.isEmpty()    ? call.subMsg
                  : !call.message.isEmpty() ? call.message
                  : !call.subCode.isEmpty() ? call.subCode
                                            : call.code;
    while (why.endsWith(u'.') || why.endsWith(u'。')) // the sentence ends after the brackets
        why.chop(1);
    //: %1: the action, such as "an unfreeze of ¥10.00"; %2: Alipay's reason (often Chinese)
    return tr("Alipay refused %1 (%2). Nothing was moved. Refresh the order to see its state.")
        .arg(what(intent), why);
}

QString ActionMessages::unknown(const IntentRecord &intent)
{
    return tr("The answer to %1 did not arrive. It is written down and awaiting confirmation: "
              "DepositDesk asks Alipay and settles it by itself. Do not do it again.")
        .arg(what(intent));
}

QString ActionMessages::notDone(const IntentRecord &intent)
{
    return tr("Alipay shows that %1 was not done. It may be sent again with the same request "
              "number %2.")
        .arg(what(intent), intent.requestNo);
}

QString ActionMessages::notYetStored()
{
    return tr("Not sent: the request is not safely stored yet (the database transaction it was "
              "written in is still open). Nothing was moved; try again.");
}

QString ActionMessages::notRecorded(const QString &storeError)
{
    return tr("Alipay confirmed it, but the console could not record it: %1 Refresh the order.")
        .arg(storeError);
}

QString ActionMessages::badRequestNumber(const QString &requestNo)
{
    return tr("The request number \"%1\" is not one Alipay accepts (1 to 64 letters, digits or "
              "underscores). Nothing was sent.")
        .arg(requestNo.left(80));
}

QString ActionMessages::auditRefused(const QString &storeError)
{
    //: %1 the database's own sentence (what failed, what to check)
    return tr("Not done: the audit log could not record this action, and nothing is done without "
              "its audit entry. Nothing was sent to Alipay and nothing changed. %1")
        .arg(storeError);
}

void ActionMessages::noteAuditNotWritten(ActionOutcome &outcome, const QString &storeError)
{
    outcome.auditError = storeError;
    //: Added after an action's outcome; %1 the database's own sentence
    const QString note = tr("But the audit log could not record it: %1 Tell an administrator "
                            "that the audit log is missing this entry.")
                             .arg(storeError);
    outcome.message = outcome.message.isEmpty() ? note : outcome.message + u' ' + note;
}

ActionOutcome ActionMessages::outcome(const IntentRecord &intent, IntentRecord::Outcome result,
                                      const CallResult &call)
{
    ActionOutcome o;
    o.requestNo = intent.requestNo;
    o.intentId = intent.id;
    o.amount = intent.amount;
    o.code = call.code;
    o.subCode = call.subCode;
    o.subMsg = call.subMsg;
    o.technical = call.detail;
    switch (result) {
    case IntentRecord::Outcome::Succeeded:
        o.status = ActionOutcome::Status::Done;
        o.message = done(intent);
        break;
    case IntentRecord::Outcome::Failed:
        o.status = ActionOutcome::Status::Failed;
        o.message = failed(intent, call);
        break;
    case IntentRecord::Outcome::NotDone:
        o.status = ActionOutcome::Status::Failed;
        o.message = notDone(intent);
        break;
    case IntentRecord::Outcome::Unknown:
        o.status = ActionOutcome::Status::AwaitingConfirmation;
        o.message = unknown(intent);
        break;
    }
    return o;
}

ActionOutcome ActionMessages::refused(const QString &message)
{
    ActionOutcome o;
    o.status = ActionOutcome::Status::Refused;
    o.message = message;
    return o;
}

} // namespace DepositDesk
