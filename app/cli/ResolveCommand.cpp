#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "services/ConsoleServices.h"
#include "services/actions/OutcomeResolver.h"
#include "store/IntentJournal.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace DepositDesk::CliCommands {

namespace {

const QString WaitOption = QStringLiteral("wait");
constexpr int DefaultWaitSeconds = 60;

} // namespace

QList<QCommandLineOption> resolveOptions()
{
    return {QCommandLineOption(WaitOption,
                               CliText::tr("How many seconds to keep querying what is still "
                                           "unknown (default %1).")
                                   .arg(DefaultWaitSeconds),
                               QStringLiteral("seconds"))};
}

// The sign-in started OutcomeResolver::resolveAll() (as at the console): this waits until every
// unknown intent is settled or the time is up, then says what is left.
int resolve(CliSession &session)
{
    int seconds = DefaultWaitSeconds;
    if (session.isSet(WaitOption)) {
        bool ok = false;
        seconds = session.value(WaitOption).toInt(&ok);
        if (!ok || seconds < 0) {
            session.err() << CliText::tr("--wait takes a number of seconds.") << Qt::endl;
            return Cli::Usage;
        }
    }
    IntentJournal journal(session.store());
    const qsizetype before = journal.unknown().size();
    OutcomeResolver &resolver = session.services().resolver();
    int settled = 0;
    QObject counter;
    QObject::connect(&resolver, &OutcomeResolver::settled, &counter,
                     [&settled](qint64, const QString &) { ++settled; });
    QObject::connect(&resolver, &OutcomeResolver::problem, &counter,
                     [&session](const QString &message) { session.err() << message << Qt::endl; });
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (resolver.pending() == 0 || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    if (resolver.pending() > 0)
        loop.exec();
    const qsizetype left = journal.unknown().size();
    const QString words =
        left == 0
            ? CliText::tr("Nothing is unknown any more: %1 of %2 outcome(s) settled by query.")
                  .arg(settled)
                  .arg(before)
            : CliText::tr("%1 outcome(s) settled by query; %2 still unknown (Alipay does "
                          "not confirm them yet: run \"depositdesk resolve\" again later).")
                  .arg(settled)
                  .arg(left);
    session.print(words, {{QStringLiteral("action"), QStringLiteral("resolve")},
                          {QStringLiteral("unknown_before"), qint64(before)},
                          {QStringLiteral("settled"), settled},
                          {QStringLiteral("unknown"), qint64(left)},
                          {QStringLiteral("outcome"),
                           left == 0 ? QStringLiteral("done") : QStringLiteral("unknown")},
                          {QStringLiteral("message"), words}});
    return left == 0 ? Cli::Done : Cli::Unknown;
}

} // namespace DepositDesk::CliCommands
