#include "services/finance/ReconciliationService.h"

#include "finance/AccountBillParser.h"
#include "finance/AccountReconciliation.h"
#include "finance/BillFiles.h"
#include "finance/BillParser.h"
#include "finance/DifferenceWords.h"
#include "finance/ReconciliationEngine.h"
#include "finance/ReconciliationRecords.h"

#include "store/AuditLog.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QJsonArray>

namespace DepositDesk {

struct ReconciliationService::Private
{
    explicit Private(const Store &store)
        : worker(store, 2) // a chart read need not wait behind a long run
    {}

    StoreWorker worker;
    StoreTask run; // the reconciliation run (busy until finished() was emitted)
};

namespace {

QString refusedReason(const OperatorSession &session)
{
    return session.isValid()
               ? Permissions::deniedReason(session.role, Capability::RunReconciliation)
               : QCoreApplication::translate("DepositDesk::ReconciliationService",
                                             "Sign in first.");
}

} // namespace

ReconciliationService::ReconciliationService(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , d(std::make_unique<Private>(store))
{}

ReconciliationService::~ReconciliationService()
{
    // The worker cancels the run and waits for it while this object (which its progress reports
    // are posted to) still exists.
    d.reset();
}

bool ReconciliationService::isRunning() const
{
    return d->run.isBusy();
}

void ReconciliationService::cancel()
{
    d->run.cancel();
}

bool ReconciliationService::start(const OperatorSession &session, qint64 billFileId)
{
    if (isRunning() || !session.can(Capability::RunReconciliation))
        return false;
    // Runs on the worker's thread with that thread's own connection; reports progress through
    // queued calls on this object (the destructor waits for the worker).
    d->run = d->worker.run(
        [this, session, billFileId](const Store &store, const std::atomic<bool> &cancelled) {
            const auto report = [this](const QString &stage, int percent) {
                QMetaObject::invokeMethod(
                    this, [this, stage, percent] { Q_EMIT progress(stage, percent); },
                    Qt::QueuedConnection);
            };
            return run(store, session, billFileId, &cancelled, report);
        },
        this,
        [this](const Result &result) {
            d->run = {}; // over: isRunning() is false for whoever receives finished()
            Q_EMIT finished(result);
            if (result.status == Status::Done)
                Q_EMIT differencesChanged(result.run.period);
        });
    return true;
}

StoreTask ReconciliationService::dailyActivity(const QDate &from, const QDate &to,
                                               const QObject *context, DailyActivityDone done)
{
    struct Read
    {
        std::optional<QList<DayActivity>> days;
        QString error;
    };
    return d->worker.run(
        [from, to](const Store &store) {
            Read read;
            read.days = DailyActivity::load(store, from, to, &read.error);
            return read;
        },
        context, [done = std::move(done)](Read read) { done(std::move(read.days), read.error); });
}

ReconciliationService::Result
ReconciliationService::run(const Store &store, const OperatorSession &session, qint64 billFileId,
                           const std::atomic<bool> *cancel,
                           const std::function<void(const QString &, int)> &report)
{
    Result result;
    const auto file = BillFiles(store).find(billFileId);
    if (!file) {
        result.message = tr("The bill to reconcile is not in the list of downloaded bills. "
                            "Download it again.");
        return result;
    }
    const bool account = file->billType == QLatin1String(AccountBillType);
    if (!account && file->billType != QLatin1String(TradeBillType)) {
        result.status = Status::Refused;
        //: %1 the file name, %2 its bill type in words
        result.message = tr("Only trade bills and account bills can be reconciled with the "
                            "ledger; %1 is neither (%2).")
                             .arg(file->fileName, DifferenceWords::billTypeName(file->billType));
        return result;
    }
    const QString reading = tr("Reading the bill");
    report(reading, 0);
    BillParser::Options parse;
    parse.cancel = cancel;
    parse.checkTotals = false; // the engine lists totals that disagree as differences
    parse.progress = [&](qint64 done, qint64 total) {
        report(reading, total > 0 ? int(done * 40 / total) : 0);
    };
    const auto refused = [&](const BillProblem &problem) {
        const bool cancelled = cancel->load();
        result.status = cancelled ? Status::Cancelled : Status::Refused;
        result.message = cancelled ? tr("The reconciliation was cancelled.") : problem.toString();
        return result;
    };
    const QString matching = tr("Matching with the ledger");
    const auto matchProgress = [&](int percent) {
        report(matching, 40 + percent / 2);
    };
    QString error;
    std::optional<ReconciliationEngine::Report> found;
    BillProblem problem;
    if (account) {
        const auto bill = AccountBillParser::parseArchive(file->path, parse, &problem);
        if (!bill)
            return refused(problem);
        AccountReconciliation::Options options;
        options.period = file->billDate;
        options.cancel = cancel;
        options.progress = matchProgress;
        // The trade bill of the same period, when it was downloaded: its totals are compared.
        std::optional<ParsedBill> tradeBill;
        const QList<BillFileRecord> trades =
            BillFiles(store).list(QLatin1String(TradeBillType), file->billDate);
        if (!trades.isEmpty()) {
            BillParser::Options tradeParse;
            tradeParse.cancel = cancel;
            tradeParse.checkTotals = false;
            BillProblem tradeProblem;
            tradeBill = BillParser::parseArchive(trades.first().path, tradeParse, &tradeProblem);
            options.tradeBillFile = trades.first().fileName;
            options.tradeBillState = AccountBillTotals::TradeBill::Unreadable;
            options.tradeBill = tradeBill ? &*tradeBill : nullptr;
        }
        found = AccountReconciliation::reconcile(store, *bill, options, &error);
    } else {
        const auto bill = BillParser::parseArchive(file->path, parse, &problem);
        if (!bill)
            return refused(problem);
        ReconciliationEngine::Options options;
        options.period = file->billDate;
        options.cancel = cancel;
        options.progress = matchProgress;
        found = ReconciliationEngine::reconcile(store, *bill, options, &error);
    }
    if (!found) {
        result.status = cancel->load() ? Status::Cancelled : Status::Failed;
        result.message = error;
        return result;
    }
    report(tr("Saving the differences"), 92);
    ReconciliationRun &run = result.run;
    run.billFileId = file->id;
    run.period = file->billDate;
    run.operatorLogin = session.login;
    run.totals = found->totals;
    QList<Difference> differences = found->differences;
    const StoreResult saved = save(store, run, differences, *file);
    if (!saved) {
        result.message = saved.errorString;
        return result;
    }
    report(tr("Done"), 100);
    result.status = Status::Done;
    //: %1 how many lines matched ("12 lines matched")
    result.message = tr("%n difference(s) found; %1.", nullptr, int(differences.size()))
                         .arg(tr("%n line(s) matched", nullptr, run.totals.matched));
    return result;
}

StoreResult ReconciliationService::save(const Store &store, ReconciliationRun &run,
                                        QList<Difference> &differences, const BillFileRecord &file)
{
    ReconciliationRecords records(store);
    SqlTransaction tx(store.database(), store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreResult result = records.beginRun(run);
    if (result)
        result = records.finishRun(run, differences);
    if (result) {
        QJsonObject kinds;
        for (const auto &[kind, count] : run.totals.differences)
            kinds.insert(differenceKindCode(kind), count);
        result = AuditLog(store).append({run.operatorLogin,
                                         QStringLiteral("reconciliation.run"),
                                         {},
                                         {{QStringLiteral("run"), run.id},
                                          {QStringLiteral("bill_file"), file.id},
                                          {QStringLiteral("bill_type"), file.billType},
                                          {QStringLiteral("file_name"), file.fileName},
                                          {QStringLiteral("sha256"), file.sha256},
                                          {QStringLiteral("period"), run.period},
                                          {QStringLiteral("matched"), run.totals.matched},
                                          {QStringLiteral("differences"), kinds}}});
    }
    if (result && !tx.commit())
        result = StoreResult::failure(tx.errorString());
    return result;
}

std::optional<ReconciliationRun> ReconciliationService::latestRun(const QString &period,
                                                                  const QString &billType) const
{
    return ReconciliationRecords(m_store).latestRun(period, billType);
}

QList<ReconciliationRun> ReconciliationService::runs(const QString &period) const
{
    return ReconciliationRecords(m_store).runs(period);
}

QList<Difference> ReconciliationService::differences(const OperatorSession &session,
                                                     const DifferenceFilter &filter) const
{
    if (!session.can(Capability::RunReconciliation))
        return {};
    return ReconciliationRecords(m_store).differences(filter);
}

StoreResult ReconciliationService::resolve(const OperatorSession &session, qint64 differenceId,
                                           const QString &note)
{
    if (!session.can(Capability::RunReconciliation))
        return StoreResult::failure(refusedReason(session));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return StoreResult::failure(
            tr("Write a note saying how the difference was resolved, then mark it resolved."));
    if (AuditLog::looksLikeSecret(text))
        return StoreResult::failure(tr("The note looks like a password, key or token. Secrets "
                                       "never go into the audit log: write the note without it."));
    ReconciliationRecords records(m_store);
    const auto difference = records.difference(differenceId);
    if (!difference)
        return StoreResult::failure(
            tr("This difference no longer exists. Reload the reconciliation."));
    SqlTransaction tx(m_store.database(), m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreResult result = records.resolve(differenceId, session.login, text);
    if (result)
        result = AuditLog(m_store).append(
            {session.login,
             QStringLiteral("reconciliation.resolved"),
             difference->outOrderNo,
             {{QStringLiteral("difference"), differenceId},
              {QStringLiteral("period"), difference->period},
              {QStringLiteral("kind"), differenceKindCode(difference->kind)},
              {QStringLiteral("diff_key"), difference->diffKey},
              {QStringLiteral("note"), text},
              {QStringLiteral("previous_note"), difference->note}}});
    if (result && !tx.commit())
        result = StoreResult::failure(tx.errorString());
    if (result)
        Q_EMIT differencesChanged(difference->period);
    return result;
}

} // namespace DepositDesk
