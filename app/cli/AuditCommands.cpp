#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "services/ConsoleServices.h"
#include "store/AuditEntry.h"
#include "store/AuditLog.h"

#include <QTextStream>

namespace DepositDesk::CliCommands {

// The whole chain (AuditLog::verify(), not only since the checkpoint), audited as the console's
// start-up check is: "audit.verified" or "audit.broken" under the signed-in operator.
int auditVerify(CliSession &session)
{
    AuditLog log(session.store());
    const AuditVerification result = log.verify();
    AuditEvent event;
    event.operatorLogin = session.session().login;
    event.action = result.ok ? QStringLiteral("audit.verified") : QStringLiteral("audit.broken");
    event.details = {{QStringLiteral("entries_checked"), result.entries},
                     {QStringLiteral("from_seq"), 0},
                     {QStringLiteral("desk"), session.services().desk()},
                     {QStringLiteral("full"), true}};
    if (!result.ok)
        event.details.insert(QStringLiteral("first_broken_seq"), result.firstBrokenSeq);
    if (const StoreResult written = log.append(event); !written)
        session.err() << written.errorString << Qt::endl;
    const QString words =
        result.ok ? CliText::tr("The audit log verifies: %n entries checked, the chain is "
                                "intact.",
                                nullptr, int(result.entries))
                  : CliText::tr("The audit log is BROKEN at entry %1: %2 It may have been changed "
                                "outside DepositDesk.")
                        .arg(result.firstBrokenSeq)
                        .arg(result.problem);
    session.print(words, {{QStringLiteral("action"), QStringLiteral("audit verify")},
                          {QStringLiteral("outcome"),
                           result.ok ? QStringLiteral("done") : QStringLiteral("refused")},
                          {QStringLiteral("verified"), result.ok},
                          {QStringLiteral("entries"), result.entries},
                          {QStringLiteral("first_broken_seq"), result.firstBrokenSeq},
                          {QStringLiteral("message"), words}});
    return result.ok ? Cli::Done : Cli::Refused;
}

} // namespace DepositDesk::CliCommands
