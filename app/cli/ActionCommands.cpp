#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "services/ConsoleServices.h"
#include "services/actions/OrderActions.h"

#include <QTextStream>

namespace DepositDesk::CliCommands {

namespace {

const QString ReasonOption = QStringLiteral("reason");
const QString SubjectOption = QStringLiteral("subject");
const QString ReleaseRestOption = QStringLiteral("release-rest");
const QString ViolationOption = QStringLiteral("violation");

QCommandLineOption reason()
{
    return QCommandLineOption(ReasonOption,
                              CliText::tr("Why (required; kept in the audit log and sent as the "
                                          "remark)."),
                              QStringLiteral("text"));
}

// Runs one guarded action of OrderActions and reports it.
int act(CliSession &session, const QString &action, const QString &order, Money amount,
        const std::function<void(const QObject *, OrderActions::Done)> &start)
{
    const auto outcome = session.wait<ActionOutcome>(
        [&](const QObject *context, std::function<void(const ActionOutcome &)> done) {
            start(context, std::move(done));
        });
    if (!outcome) {
        // The wait is far longer than any call's timeout: nothing answered at all.
        session.err() << CliText::tr("The action did not finish.") << Qt::endl;
        return Cli::Unknown;
    }
    ActionOutcome shown = *outcome;
    if (shown.amount.fen() == 0)
        shown.amount = amount;
    return session.report(action, order, shown);
}

} // namespace

QList<QCommandLineOption> reasonOption()
{
    return {reason()};
}

QList<QCommandLineOption> chargeOptions()
{
    return {reason(),
            QCommandLineOption(SubjectOption,
                               CliText::tr("The charge's subject as the customer sees it "
                                           "(default: the reason)."),
                               QStringLiteral("text")),
            QCommandLineOption(ReleaseRestOption,
                               CliText::tr("Release what is left frozen with this charge (the "
                                           "order ends).")),
            QCommandLineOption(ViolationOption,
                               CliText::tr("The customer defaulted: mark the order as violated."))};
}

int unfreeze(CliSession &session)
{
    const std::optional<Money> amount = session.amountArgument(1);
    const QString why = session.requiredValue(ReasonOption);
    if (!amount || why.isEmpty())
        return Cli::Usage;
    OrderActions::UnfreezeInput input;
    input.outOrderNo = session.argument(0);
    input.amount = *amount;
    input.reason = why;
    return act(session, QStringLiteral("unfreeze"), input.outOrderNo, *amount,
               [&](const QObject *context, OrderActions::Done done) {
                   session.services().actions().unfreeze(session.session(), input, context,
                                                         std::move(done));
               });
}

int charge(CliSession &session)
{
    const std::optional<Money> amount = session.amountArgument(1);
    const QString why = session.requiredValue(ReasonOption);
    if (!amount || why.isEmpty())
        return Cli::Usage;
    OrderActions::ChargeInput input;
    input.outOrderNo = session.argument(0);
    input.amount = *amount;
    input.reason = why;
    input.subject = session.isSet(SubjectOption) ? session.value(SubjectOption) : why;
    input.releaseRest = session.isSet(ReleaseRestOption);
    input.violation = session.isSet(ViolationOption);
    return act(session, QStringLiteral("charge"), input.outOrderNo, *amount,
               [&](const QObject *context, OrderActions::Done done) {
                   session.services().actions().charge(session.session(), input, context,
                                                       std::move(done));
               });
}

int refundRequest(CliSession &session)
{
    const std::optional<Money> amount = session.amountArgument(2);
    const QString why = session.requiredValue(ReasonOption);
    if (!amount || why.isEmpty())
        return Cli::Usage;
    OrderActions::RefundInput input;
    input.outOrderNo = session.argument(0);
    input.outTradeNo = session.argument(1);
    input.amount = *amount;
    input.reason = why;
    return act(session, QStringLiteral("refund-request"), input.outOrderNo, *amount,
               [&](const QObject *context, OrderActions::Done done) {
                   session.services().actions().requestRefund(session.session(), input, context,
                                                              std::move(done));
               });
}

int cancel(CliSession &session)
{
    const QString why = session.requiredValue(ReasonOption);
    if (why.isEmpty())
        return Cli::Usage;
    OrderActions::CancelInput input;
    input.outOrderNo = session.argument(0);
    input.reason = why;
    return act(session, QStringLiteral("cancel"), input.outOrderNo, Money(),
               [&](const QObject *context, OrderActions::Done done) {
                   session.services().actions().cancelFreeze(session.session(), input, context,
                                                             std::move(done));
               });
}

} // namespace DepositDesk::CliCommands
