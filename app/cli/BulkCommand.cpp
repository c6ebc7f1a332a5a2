#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "services/ConsoleServices.h"
#include "services/bulk/BulkActions.h"
#include "services/bulk/BulkOrderList.h"
#include "services/bulk/BulkRowsModel.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QMetaEnum>
#include <QSocketNotifier>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include <functional>
#include <memory>

namespace DepositDesk::CliCommands {

namespace {

using Action = BulkActions::Action;
using State = BulkActions::State;
using Row = BulkActions::Row;

const QString ActionOption = QStringLiteral("action");
const QString AmountOption = QStringLiteral("amount");
const QString ReasonOption = QStringLiteral("reason");
const QString YesOption = QStringLiteral("yes");
const QString ExportOption = QStringLiteral("export");

// The actions `--action` names. A new BulkActions::Action is one line here.
struct ActionName
{
    const char *name;
    Action action;
    bool takesAmount = false;   // --amount is required (and allowed) only for these
    bool mayTakeAmount = false; // --amount is allowed; without it, all that is left
};

const ActionName ActionNames[] = {
    {"unfreeze-rest", Action::UnfreezeRest},
    {"unfreeze-amount", Action::UnfreezeAmount, true},
    {"sesame-complete", Action::SesameComplete},
    {"refund-request", Action::RefundRequest, false, true},
};

const ActionName *findAction(const QString &name)
{
    for (const ActionName &a : ActionNames)
        if (name == QLatin1String(a.name))
            return &a;
    return nullptr;
}

QString actionList()
{
    QStringList names;
    for (const ActionName &a : ActionNames)
        names << QStringLiteral("%1 (%2)").arg(QLatin1String(a.name),
                                               BulkActions::actionName(a.action));
    return names.join(QStringLiteral(", "));
}

// "done", "unknown", "cancelled"...: the state's name in the code (Q_ENUM), lower case, for
// scripts.
QString stateCode(State state)
{
    const char *key = QMetaEnum::fromType<State>().valueToKey(int(state));
    return key ? QString::fromLatin1(key).toLower() : QString::number(int(state));
}

bool hasEnded(State state)
{
    return state != State::Ready && state != State::Pending && state != State::Running;
}

// What is known of a row's amounts (as BulkRowsModel shows them): what was frozen before; what
// is left after, except while unknown or for a row that was never sent.
bool restKnown(const Row &r)
{
    return !r.requestNo.isEmpty() && r.state != State::Refused;
}

bool afterKnown(const Row &r)
{
    return restKnown(r) && r.state != State::Unknown && r.state != State::Cancelled;
}

QString rowWords(const Row &r)
{
    QStringList parts;
    parts << CliText::tr("Row %1, %2: %3")
                 .arg(r.row)
                 .arg(r.outOrderNo, BulkActions::stateName(r.state));
    if (restKnown(r) || r.restBefore.fen() != 0)
        parts << (afterKnown(r) ? CliText::tr("frozen ¥%1 → ¥%2")
                                      .arg(r.restBefore.toYuan(), r.restAfter.toYuan())
                                : CliText::tr("frozen ¥%1").arg(r.restBefore.toYuan()));
    if (r.amount.fen() != 0)
        parts << CliText::tr("amount ¥%1").arg(r.amount.toYuan());
    if (!r.message.isEmpty())
        parts << r.message;
    QString words = parts.join(QStringLiteral("; "));
    if (!r.requestNo.isEmpty() && r.state != State::Ready && r.state != State::Refused)
        words += u' ' + CliText::tr("(request %1)").arg(r.requestNo);
    return words;
}

QJsonObject rowObject(const Row &r)
{
    const auto yuan = [](bool known, Money m) {
        return known ? QJsonValue(m.toYuan()) : QJsonValue();
    };
    return {{QStringLiteral("row"), r.row},
            {QStringLiteral("out_order_no"), r.outOrderNo},
            {QStringLiteral("request_no"), r.requestNo},
            {QStringLiteral("state"), stateCode(r.state)},
            {QStringLiteral("rest_before"),
             yuan(restKnown(r) || r.restBefore.fen() != 0, r.restBefore)},
            {QStringLiteral("amount"), r.amount.toYuan()},
            {QStringLiteral("rest_after"), yuan(afterKnown(r), r.restAfter)},
            {QStringLiteral("message"), r.message}};
}

int countOf(const QList<Row> &rows, State state)
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [state](const Row &r) { return r.state == state; }));
}

// The exit code of a run: Done only when every row is done; Unknown when any row's outcome is
// (it wins); else Refused (a row refused, failed or cancelled).
int exitOf(const QList<Row> &rows)
{
    int exit = Cli::Done;
    for (const Row &r : rows) {
        if (r.state == State::Unknown)
            return Cli::Unknown;
        if (r.state != State::Done)
            exit = Cli::Refused;
    }
    return exit;
}

// SIGINT and SIGTERM while it lives call `onSignal` on the event loop (a self-pipe: the handler
// only writes a byte); the handlers before it are put back when it ends.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onSignal)
    {
        if (::pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        s_writeFd = m_fds[1];
        m_notifier = std::make_unique<QSocketNotifier>(m_fds[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [this, onSignal = std::move(onSignal)] {
                             char bytes[16];
                             while (::read(m_fds[0], bytes, sizeof bytes) > 0) {
                             }
                             onSignal();
                         });
        struct sigaction action = {};
        action.sa_handler = &StopSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
        m_installed = true;
    }
    ~StopSignals()
    {
        if (m_installed) {
            sigaction(SIGINT, &m_oldInt, nullptr);
            sigaction(SIGTERM, &m_oldTerm, nullptr);
        }
        s_writeFd = -1;
        m_notifier.reset();
        for (const int fd : m_fds)
            if (fd >= 0)
                ::close(fd);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

private:
    static void handle(int)
    {
        const int saved = errno;
        const int fd = s_writeFd;
        if (fd >= 0) {
            const char byte = 1;
            const ssize_t written = ::write(fd, &byte, 1);
            (void)written; // a full pipe already holds a wake-up
        }
        errno = saved;
    }

    static inline volatile std::sig_atomic_t s_writeFd = -1;
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    bool m_installed = false;
};

} // namespace

QList<QCommandLineOption> bulkOptions()
{
    return {
        QCommandLineOption(ActionOption,
                           CliText::tr("The action of every row (required): %1.").arg(actionList()),
                           QStringLiteral("action")),
        QCommandLineOption(AmountOption,
                           CliText::tr("With unfreeze-amount: the yuan to unfreeze of each order "
                                       "(\"12.34\"). With refund-request: the yuan to refund "
                                       "of each order's latest charge (without it, all that is "
                                       "left of it)."),
                           QStringLiteral("yuan")),
        QCommandLineOption(ReasonOption,
                           CliText::tr("Why (required; kept in the audit log of every order and "
                                       "sent as the remark)."),
                           QStringLiteral("text")),
        QCommandLineOption(YesOption,
                           CliText::tr("Send the rows, each printed as it ends. Without it "
                                       "only the preview is printed and nothing is sent (exit "
                                       "0, refused rows or not). A run exits 0 only when every "
                                       "row is done, 3 when any row's outcome is unknown, else "
                                       "1 (a row refused, failed or cancelled). SIGINT or "
                                       "SIGTERM stops it: no further row is sent, the calls out "
                                       "are waited for.")),
        QCommandLineOption(ExportOption,
                           CliText::tr("Also write the rows (the preview, or each row's result) "
                                       "to this file (.csv or .xlsx), as the Bulk action "
                                       "dialog exports them."),
                           QStringLiteral("file")),
    };
}

// One action on every order of a list (BulkOrderList), through BulkActions as the Bulk action
// dialog runs it: the preview first; with --yes the run, each row through OrderActions with at
// most BulkActions::maxInFlight() calls out, each row printed as it ends. A row's request number
// is derived from the list, the action and its amount, so running the same file again sends
// nothing that an earlier run sent.
int bulk(CliSession &session)
{
    QTextStream &err = session.err();
    const QString path = session.argument(0);
    const QString actionText = session.value(ActionOption).trimmed();
    const ActionName *action = findAction(actionText);
    if (!action) {
        err << (actionText.isEmpty() ? CliText::tr("--action is required.")
                                     : CliText::tr("\"%1\" is not a bulk action.").arg(actionText))
            << u' ' << CliText::tr("The actions: %1.").arg(actionList()) << Qt::endl;
        return Cli::Usage;
    }
    BulkActions::Request request;
    request.action = action->action;
    if (action->mayTakeAmount && !session.isSet(AmountOption)) {
        // Every order's whole refundable rest (BulkActions::Request::amount stays zero).
    } else if (action->takesAmount || action->mayTakeAmount) {
        if (!session.isSet(AmountOption)) {
            err << CliText::tr("--amount is required with --action %1.")
                       .arg(QLatin1String(action->name))
                << Qt::endl;
            return Cli::Usage;
        }
        QString error;
        const QString text = session.value(AmountOption).trimmed();
        const std::optional<Money> amount = Money::fromRequestYuan(text, &error);
        if (!amount) {
            err << CliText::tr("The amount \"%1\" cannot be used: %2").arg(text, error) << Qt::endl;
            return Cli::Usage;
        }
        request.amount = *amount;
    } else if (session.isSet(AmountOption)) {
        err << CliText::tr("--amount is only for an action that takes one; %1 does not.")
                   .arg(QLatin1String(action->name))
            << Qt::endl;
        return Cli::Usage;
    }
    request.reason = session.requiredValue(ReasonOption);
    if (request.reason.isEmpty())
        return Cli::Usage;
    const QString exportPath = session.value(ExportOption);
    if (session.isSet(ExportOption) &&
        !exportPath.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) &&
        !exportPath.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        err << CliText::tr("--export writes a .csv or an .xlsx file, not %1.").arg(exportPath)
            << Qt::endl;
        return Cli::Usage;
    }
    QString error;
    const std::optional<QStringList> orders = BulkOrderList::readFile(path, &error);
    if (!orders) {
        err << CliText::tr("The order list %1 cannot be used: %2").arg(path, error) << Qt::endl;
        return Cli::Usage;
    }
    request.orders = *orders;
    if (const QString problem = BulkActions::requestProblem(request); !problem.isEmpty()) {
        err << problem << Qt::endl;
        return Cli::Usage;
    }

    BulkActions &bulk = session.services().bulk();
    const bool send = session.isSet(YesOption);
    QList<Row> rows;
    bool cancelled = false;
    if (!session.json())
        session.out() << (send ? CliText::tr("%1 on %n order(s) of %2:", nullptr,
                                             int(orders->size()))
                               : CliText::tr("Preview of %1 on %n order(s) of %2:", nullptr,
                                             int(orders->size())))
                             .arg(BulkActions::actionName(request.action), path)
                      << Qt::endl;
    if (!send) {
        rows = bulk.preview(session.session(), request);
        if (!session.json())
            for (const Row &r : rows)
                session.out() << rowWords(r) << Qt::endl;
    } else {
        QEventLoop loop;
        QObject::connect(&bulk, &BulkActions::rowChanged, &loop, [&](int index) {
            const Row &r = bulk.rows().at(index);
            if (!session.json() && hasEnded(r.state))
                session.out() << rowWords(r) << Qt::endl;
        });
        QObject::connect(&bulk, &BulkActions::finished, &loop, [&](bool wasCancelled) {
            cancelled = wasCancelled;
            loop.quit();
        });
        bool stopping = false;
        const StopSignals stop([&] {
            if (stopping || !bulk.isRunning())
                return;
            stopping = true;
            err << CliText::tr("Stopping: no further row is sent; waiting for the calls that are "
                               "out.")
                << Qt::endl;
            bulk.cancel();
        });
        if (!bulk.run(session.session(), request)) {
            err << CliText::tr("Another bulk action is running on this desk.") << Qt::endl;
            return Cli::Refused;
        }
        // The rows that ended before the run began: refused, or handled by an earlier run.
        if (!session.json())
            for (const Row &r : bulk.rows())
                if (hasEnded(r.state))
                    session.out() << rowWords(r) << Qt::endl;
        loop.exec();
        rows = bulk.rows();
    }

    QJsonArray rowArray;
    for (const Row &r : rows)
        rowArray.append(rowObject(r));
    QString words;
    const int earlier =
        countOf(rows, State::Done) + countOf(rows, State::Failed) + countOf(rows, State::Unknown);
    int exit = Cli::Done;
    if (!send) {
        words += CliText::tr("Preview: %1 will be sent, %2 refused, %3 already handled by an "
                             "earlier run of this list. Nothing was sent: run it again with "
                             "--yes to send.")
                     .arg(countOf(rows, State::Ready))
                     .arg(countOf(rows, State::Refused))
                     .arg(earlier);
        if (countOf(rows, State::Refused) > 0)
            words += u'\n' + CliText::tr("Refused rows are never sent; the others are.");
    } else {
        words += (cancelled ? CliText::tr("Cancelled: %1.") : CliText::tr("Finished: %1."))
                     .arg(CliText::tr("%1 done, %2 refused, %3 failed, %4 awaiting "
                                      "confirmation, %5 cancelled")
                              .arg(countOf(rows, State::Done))
                              .arg(countOf(rows, State::Refused))
                              .arg(countOf(rows, State::Failed))
                              .arg(countOf(rows, State::Unknown))
                              .arg(countOf(rows, State::Cancelled)));
        if (countOf(rows, State::Unknown) > 0)
            words += u'\n' + CliText::tr("The outcome of the rows awaiting confirmation is "
                                         "unknown and was recorded: run \"depositdesk resolve\" "
                                         "to settle it by query. Running the same list again "
                                         "never sends a row twice.");
        else if (countOf(rows, State::Cancelled) > 0)
            words += u'\n' + CliText::tr("Run the same list again to send the cancelled rows; "
                                         "rows already done are not sent again.");
        exit = exitOf(rows);
    }

    QJsonObject object{{QStringLiteral("action"), QStringLiteral("bulk")},
                       {QStringLiteral("bulk_action"), QLatin1String(action->name)},
                       {QStringLiteral("file"), path},
                       {QStringLiteral("operator"), session.session().login},
                       {QStringLiteral("run"), send},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("rows"), rowArray}};
    if (session.isSet(ExportOption)) {
        BulkRowsModel table;
        table.setRows(rows);
        if (CliSession::writeTable(table, exportPath, QStringLiteral("bulk-action"), &error)) {
            object.insert(QStringLiteral("export"), exportPath);
            words += u'\n' + CliText::tr("The rows were written to %1.").arg(exportPath);
        } else {
            err << CliText::tr("%1 could not be written: %2").arg(exportPath, error) << Qt::endl;
            if (exit == Cli::Done)
                exit = Cli::Refused;
        }
    }
    QJsonObject counts;
    for (const State state : {State::Ready, State::Refused, State::Done, State::Failed,
                              State::Unknown, State::Cancelled})
        counts.insert(stateCode(state), countOf(rows, state));
    object.insert(QStringLiteral("counts"), counts);
    object.insert(QStringLiteral("outcome"), !send                  ? QStringLiteral("preview")
                                             : exit == Cli::Done    ? QStringLiteral("done")
                                             : exit == Cli::Unknown ? QStringLiteral("unknown")
                                                                    : QStringLiteral("refused"));
    object.insert(QStringLiteral("message"), words);
    session.print(words, object);
    return exit;
}

} // namespace DepositDesk::CliCommands
