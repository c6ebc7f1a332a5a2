#include "services/finance/DifferenceCorrections.h"

#include "finance/KnownExternalPayments.h"
#include "finance/ReconciliationRecords.h"
#include "services/actions/OutcomeResolver.h"
#include "services/finance/ReconciliationService.h"
#include "services/orders/OrderRefresher.h"

#include "domain/Clock.h"
#include "domain/YuanText.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace DepositDesk {

DifferenceCorrections::DifferenceCorrections(const Store &store,
                                             ReconciliationService &reconciliation,
                                             OrderRefresher &refresher, OutcomeResolver &resolver,
                                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reconciliation(reconciliation)
    , m_refresher(refresher)
    , m_resolver(resolver)
{}

QList<Correction> DifferenceCorrections::available(const Difference &difference) const
{
    QList<Correction> list = correctionsForKind(difference.kind);
    if (list.contains(Correction::SettleByQuery) && unknownIntentOf(difference) == 0)
        list.removeAll(Correction::SettleByQuery);
    return list;
}

QString DifferenceCorrections::orderOf(const Difference &d) const
{
    if (!d.outOrderNo.isEmpty())
        return d.outOrderNo;
    // A bill line of a charge our ledger does not hold: the order that sent it, or a ledger
    // fact of the same charge or refund.
    const bool refund = !d.outRequestNo.isEmpty();
    if (const auto intent = IntentJournal(m_store).find(refund ? IntentRecord::Kind::Refund
                                                               : IntentRecord::Kind::Pay,
                                                        refund ? d.outRequestNo : d.outTradeNo))
        return intent->outOrderNo;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT out_order_no FROM ledger_facts WHERE kind IN ('trade', "
                                "'refund') AND (request_no = :n OR parent_no = :n) LIMIT 1"));
    q.bind(QStringLiteral("n"), d.outTradeNo);
    return !d.outTradeNo.isEmpty() && q.exec() && q.next() ? q.text(0) : QString();
}

qint64 DifferenceCorrections::unknownIntentOf(const Difference &d) const
{
    const bool refund = !d.outRequestNo.isEmpty();
    const QString requestNo = refund ? d.outRequestNo : d.outTradeNo;
    if (requestNo.isEmpty())
        return 0;
    const auto intent = IntentJournal(m_store).find(
        refund ? IntentRecord::Kind::Refund : IntentRecord::Kind::Pay, requestNo);
    return intent && intent->outcome == IntentRecord::Outcome::Unknown ? intent->id : 0;
}

std::optional<DifferenceCorrections::Work>
DifferenceCorrections::check(const OperatorSession &session, qint64 differenceId,
                             const QString &note, Correction correction, QString *why) const
{
    if (!session.can(Capability::RunReconciliation)) {
        *why = session.isValid()
                   ? Permissions::deniedReason(session.role, Capability::RunReconciliation)
                   : tr("Sign in first.");
        return std::nullopt;
    }
    Work work{session, {}, note.trimmed(), {}, 0, correction, {}};
    if (work.note.isEmpty()) {
        *why = tr("Write a note saying why you make this correction.");
        return std::nullopt;
    }
    if (AuditLog::looksLikeSecret(work.note)) {
        *why = tr("The note looks like a password, key or token. Secrets never go into the "
                  "audit log: write the note without it.");
        return std::nullopt;
    }
    const ReconciliationRecords records(m_store);
    const auto difference = records.difference(differenceId);
    const auto latest = difference ? records.latestRun(difference->period) : std::nullopt;
    if (!difference || (latest && difference->lastRunId < latest->id)) {
        *why = tr("This difference is no longer found. Reload the reconciliation.");
        return std::nullopt;
    }
    work.difference = *difference;
    if (!correctionsForKind(difference->kind).contains(correction)) {
        //: %1 the correction, %2 the kind of difference
        *why = tr("“%1” does not apply to a difference of the kind “%2”.")
                   .arg(DifferenceWords::correctionAction(correction),
                        differenceKindDisplayName(difference->kind));
        return std::nullopt;
    }
    switch (correction) {
    case Correction::RefreshOrder:
        work.outOrderNo = orderOf(*difference);
        if (work.outOrderNo.isEmpty()) {
            *why = tr("No order of ours is known for %1: there is nothing to refresh. Nothing "
                      "was changed.")
                       .arg(DifferenceWords::subject(*difference));
            return std::nullopt;
        }
        break;
    case Correction::SettleByQuery:
        work.intentId = unknownIntentOf(*difference);
        work.outOrderNo = orderOf(*difference);
        if (work.intentId == 0) {
            *why = tr("No request of %1 is waiting for its outcome: refresh the order from "
                      "Alipay instead. Nothing was changed.")
                       .arg(DifferenceWords::subject(*difference));
            return std::nullopt;
        }
        break;
    case Correction::KnownExternalPayment:
        if (const auto known = KnownExternalPayments(m_store).find(
                difference->tradeNo, difference->outTradeNo, difference->outRequestNo)) {
            //: %1 "Charge …", %2 who recorded it, %3 when
            *why = tr("%1 was already recorded as a known external payment by %2 on %3. "
                      "Nothing was changed.")
                       .arg(DifferenceWords::subject(*difference), known->recordedBy,
                            known->recordedAt.toOffsetFromUtc(8 * 3600).toString(
                                QStringLiteral("yyyy-MM-dd HH:mm")));
            return std::nullopt;
        }
        break;
    }
    return work;
}

void DifferenceCorrections::refreshOrder(const OperatorSession &session, qint64 differenceId,
                                         const QString &note, const QObject *context, Done done)
{
    QString why;
    auto work = check(session, differenceId, note, Correction::RefreshOrder, &why);
    if (!work) {
        done({false, false, why});
        return;
    }
    m_refresher.refresh(
        session, work->outOrderNo, context,
        [this, work = *work, context, done](const OrderRefresher::Result &refreshed) mutable {
            if (!refreshed.ok && !refreshed.changes.any()) {
                //: %1 the order number, %2 why (Alipay unreachable, the charge unknown to it ...)
                done({false, false,
                      tr("The refresh of order %1 from Alipay did not go through: %2 Nothing "
                         "was changed.")
                          .arg(work.outOrderNo, refreshed.error)});
                return;
            }
            work.changes = refreshed.changes.changes;
            if (!refreshed.ok)
                work.changes.append(refreshed.error);
            recheck(work, context, done);
        });
}

void DifferenceCorrections::settleByQuery(const OperatorSession &session, qint64 differenceId,
                                          const QString &note, const QObject *context, Done done)
{
    QString why;
    auto work = check(session, differenceId, note, Correction::SettleByQuery, &why);
    if (!work) {
        done({false, false, why});
        return;
    }
    auto over = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto settle = [this, work = *work, context, done, over, connection]() {
        if (*over)
            return;
        *over = true;
        QObject::disconnect(*connection);
        const auto intent = IntentJournal(m_store).find(work.intentId);
        if (!intent || intent->outcome == IntentRecord::Outcome::Unknown) {
            done({false, false,
                  tr("Alipay's answer did not settle request %1: its outcome stays unknown and "
                     "is asked again in the background. Nothing was changed.")
                      .arg(intent ? intent->requestNo : QString())});
            return;
        }
        Work settled = work;
        //: %1 request number, %2 its outcome code as settled (SUCCEEDED, NOT_DONE ...)
        settled.changes.append(tr("Request %1 settled by query: %2")
                                   .arg(intent->requestNo, intentOutcomeCode(intent->outcome)));
        recheck(settled, context, done);
    };
    const qint64 id = work->intentId;
    *connection = connect(&m_resolver, &OutcomeResolver::settled, context,
                          [settle, id](qint64 intentId, const QString &) {
                              if (intentId == id)
                                  settle();
                          });
    QTimer::singleShot(m_settleWaitMs, context, settle);
    m_resolver.resolve(id);
}

// Reconciles the period again with its latest bill and tells whether the difference is still
// found; then finish().
void DifferenceCorrections::recheck(const Work &work, const QObject *context, Done done)
{
    const auto latest = ReconciliationRecords(m_store).latestRun(work.difference.period);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        &m_reconciliation, &ReconciliationService::finished, context,
        [this, work, done, connection](const ReconciliationService::Result &run) {
            QObject::disconnect(*connection);
            if (run.status != ReconciliationService::Status::Done) {
                done(finish(work, true,
                            tr("Reconciling %1 again failed: %2")
                                .arg(work.difference.period, run.message)));
                return;
            }
            const auto again = ReconciliationRecords(m_store).difference(work.difference.id);
            const bool stillFound = again && again->lastRunId == run.run.id;
            done(finish(work, stillFound,
                        stillFound ? tr("Reconciled %1 again: the difference is still found, so "
                                        "it stays open.")
                                         .arg(work.difference.period)
                                   : tr("Reconciled %1 again: the difference is gone and is "
                                        "marked resolved.")
                                         .arg(work.difference.period)));
        });
    if (!latest || !m_reconciliation.start(work.session, latest->billFileId)) {
        QObject::disconnect(*connection);
        done(finish(work, true,
                    tr("The period could not be reconciled again now (a run is going on): "
                       "reconcile it again to see whether the difference is gone.")));
    }
}

DifferenceCorrections::Result DifferenceCorrections::finish(const Work &work, bool stillFound,
                                                            const QString &outcome)
{
    const Difference &d = work.difference;
    const QString code = correctionCode(work.correction);
    SqlTransaction tx(m_store.database(), m_store.dialect());
    if (!tx.isActive())
        return {false, false, tx.errorString()};
    ReconciliationRecords records(m_store);
    StoreResult result = StoreResult::success();
    if (work.correction == Correction::KnownExternalPayment)
        result = KnownExternalPayments(m_store).record(
            {d.tradeNo, d.outTradeNo, d.outRequestNo, d.billAmount.value_or(Money()), d.period,
             work.session.login, work.note, Clock::system().now()});
    if (result && !stillFound)
        result = records.resolve(d.id, work.session.login, work.note, code);
    if (result)
        result = AuditLog(m_store).append(
            {work.session.login,
             QStringLiteral("reconciliation.corrected"),
             work.outOrderNo.isEmpty() ? d.outOrderNo : work.outOrderNo,
             {{QStringLiteral("difference"), d.id},
              {QStringLiteral("period"), d.period},
              {QStringLiteral("kind"), differenceKindCode(d.kind)},
              {QStringLiteral("diff_key"), d.diffKey},
              {QStringLiteral("correction"), code},
              {QStringLiteral("note"), work.note},
              {QStringLiteral("changes"), QJsonArray::fromStringList(work.changes)},
              {QStringLiteral("still_found"), stillFound}}});
    if (result && !tx.commit())
        result = StoreResult::failure(tx.errorString());
    if (!result)
        return {false, false, result.errorString};
    Q_EMIT m_reconciliation.differencesChanged(d.period);
    QStringList message;
    if (work.correction != Correction::KnownExternalPayment)
        message.append(work.changes.isEmpty()
                           ? tr("Alipay's answer changed nothing in our ledger.")
                           : tr("Updated from Alipay: %1.").arg(work.changes.join(u"; ")));
    message.append(outcome);
    return {true, !stillFound, message.join(u' ')};
}

DifferenceCorrections::Result
DifferenceCorrections::recordExternalPayment(const OperatorSession &session, qint64 differenceId,
                                             const QString &note)
{
    QString why;
    auto work = check(session, differenceId, note, Correction::KnownExternalPayment, &why);
    if (!work)
        return {false, false, why};
    //: %1 "Charge …", %2 its amount
    return finish(*work, false,
                  tr("%1 (%2) is recorded as a known external payment: later reconciliations "
                     "count it as explained.")
                      .arg(DifferenceWords::subject(work->difference),
                           yuanText(work->difference.billAmount.value_or(Money()))));
}

} // namespace DepositDesk
