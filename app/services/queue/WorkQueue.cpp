#include "services/queue/WorkQueue.h"

#include "domain/ChinaTime.h"
#include "domain/Clock.h"
#include "domain/OperatorSession.h"
#include "finance/PreauthChecks.h"
#include "services/actions/SesameDefaultRule.h"
#include "services/orders/ChangeFeed.h"
#include "store/IntentRecord.h"
#include "store/Store.h"
#include "store/StoreQuery.h"
#include "store/StoreWorker.h"

#include <QTimer>

#include <algorithm>
#include <functional>

namespace DepositDesk {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::WorkQueue)

public:
    static QString intent(const QString &kindCode, const QString &outcomeCode,
                          const QString &requestNo)
    {
        const std::optional<IntentRecord::Kind> kind = intentKindFromCode(kindCode);
        QString what;
        switch (kind.value_or(IntentRecord::Kind::Unfreeze)) {
        case IntentRecord::Kind::Unfreeze:
            what = tr("Unfreeze");
            break;
        case IntentRecord::Kind::Pay:
            what = tr("Charge");
            break;
        case IntentRecord::Kind::Refund:
            what = tr("Refund");
            break;
        case IntentRecord::Kind::Cancel:
            what = tr("Cancel of the freeze");
            break;
        case IntentRecord::Kind::OrderInfoSync:
            what = tr("Report to Sesame");
            break;
        }
        //: %1 the action, %2 its request number
        return outcomeCode == QLatin1String("NOT_DONE")
                   ? tr("%1 %2: Alipay did not apply it; send it again with the same number")
                         .arg(what, requestNo)
                   : tr("%1 %2: the answer was lost; settled by query").arg(what, requestNo);
    }
    static QString preauth(DifferenceKind kind, const QDateTime &since);
};

QString Text::preauth(DifferenceKind kind, const QDateTime &since)
{
    switch (kind) {
    case DifferenceKind::FrozenNeverReleased:
        //: %1 a day (China time)
        return tr("Still frozen; nothing has happened since %1")
            .arg(ChinaTime::format(since).left(10));
    case DifferenceKind::RestNeverUnfrozen:
        return tr("Charged; the rest was left frozen");
    case DifferenceKind::ViolationNotReported:
        return tr("Marked as defaulted; Sesame was not told");
    default:
        return differenceKindDisplayName(kind);
    }
}

qint64 countOf(const Store &store, const QString &sql, QString *error)
{
    StoreQuery query(store.database(), sql);
    if (!query.exec() || !query.next()) {
        if (error->isEmpty())
            *error = query.lastError().text();
        return 0;
    }
    return query.int64(0);
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// A request waiting for a supervisor: (order, amount, asked at, who asked, their reason).
WorkEntry askedFor(const StoreQuery &q)
{
    //: %1 who asked, %2 their reason
    return WorkEntry{q.text(0),
                     Money::fromFen(q.int64(1)),
                     timeOf(q.value(2)),
                     Text::tr("Asked by %1: %2").arg(q.text(3), q.text(4)),
                     {}};
}

// Lines read by SQL: the count, then the oldest MaxEntries as (order, amount, since, text...).
WorkLine readBySql(const Store &store, WorkKind kind, const QString &from, const QString &columns,
                   const QString &order,
                   const std::function<WorkEntry(const StoreQuery &)> &entryOf, QString *error)
{
    WorkLine line;
    line.kind = kind;
    line.count = int(countOf(store, QStringLiteral("SELECT COUNT(*) FROM ") + from, error));
    if (line.count == 0)
        return line;
    StoreQuery query(store.database(), QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT %4")
                                           .arg(columns, from, order)
                                           .arg(WorkQueue::MaxEntries));
    if (!query.exec()) {
        if (error->isEmpty())
            *error = query.lastError().text();
        return line;
    }
    while (query.next())
        line.entries.append(entryOf(query));
    return line;
}

} // namespace

WorkQueue::WorkQueue(const Store &store, ChangeFeed *changes, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(changes)
    , m_clock(clock)
    , m_worker(std::make_unique<StoreWorker>(store))
{
    qRegisterMetaType<WorkSnapshot>();
}

WorkQueue::~WorkQueue() = default;

QList<WorkKind> WorkQueue::kindsFor(const OperatorSession &session)
{
    QList<WorkKind> kinds;
    const bool acts = session.can(Capability::Unfreeze) || session.can(Capability::Charge);
    const bool finance = session.can(Capability::RunReconciliation);
    if (acts)
        kinds << WorkKind::AwaitingConfirmation;
    if (session.can(Capability::ApproveRefund))
        kinds << WorkKind::RefundApprovals << WorkKind::DefaultApprovals;
    if (session.can(Capability::ReportToSesame) || session.can(Capability::Charge))
        kinds << WorkKind::FailedCharges << WorkKind::DefaultsDue;
    if (acts || finance)
        kinds << WorkKind::FrozenNeverReleased << WorkKind::RestNeverUnfrozen;
    if (session.can(Capability::ReportToSesame) || finance)
        kinds << WorkKind::ViolationNotReported;
    if (session.can(Capability::View))
        kinds << WorkKind::WaitingForUser;
    if (finance)
        kinds << WorkKind::OpenDifferences;
    return kinds;
}

QString WorkQueue::title(WorkKind kind)
{
    switch (kind) {
    case WorkKind::AwaitingConfirmation:
        return tr("Awaiting Alipay's confirmation");
    case WorkKind::RefundApprovals:
        return tr("Refund requests to approve");
    case WorkKind::FrozenNeverReleased:
        return tr("Still frozen, nothing left to do");
    case WorkKind::RestNeverUnfrozen:
        return tr("Rest never unfrozen after a charge");
    case WorkKind::ViolationNotReported:
        return tr("Defaults not reported to Sesame");
    case WorkKind::WaitingForUser:
        return tr("Freezes waiting for the customer");
    case WorkKind::OpenDifferences:
        return tr("Open reconciliation differences");
    case WorkKind::FailedCharges:
        return tr("Charges the customer could not pay");
    case WorkKind::DefaultsDue:
        return tr("Defaults that may be reported");
    case WorkKind::DefaultApprovals:
        return tr("Reports of a default to approve");
    }
    return {};
}

QString WorkQueue::meaning(WorkKind kind)
{
    switch (kind) {
    case WorkKind::AwaitingConfirmation:
        return tr("Requests whose answer was lost: the console settles them by query; those "
                  "Alipay did not apply are sent again with their own number from the order.");
    case WorkKind::RefundApprovals:
        return tr("Refunds an agent asked for; a supervisor other than the requester approves "
                  "or rejects them.");
    case WorkKind::FrozenNeverReleased:
        return tr("Authorized orders with money still frozen and no activity for 30 days: "
                  "unfreeze what is left or charge what is owed.");
    case WorkKind::RestNeverUnfrozen:
        return tr("A charge left the rest of the deposit frozen: unfreeze it.");
    case WorkKind::ViolationNotReported:
        return tr("Orders marked as defaulted that Sesame was never told about.");
    case WorkKind::WaitingForUser:
        return tr("Freezes the customer has not confirmed yet; Alipay closes them at their "
                  "timeout.");
    case WorkKind::OpenDifferences:
        return tr("Differences the latest reconciliation of their period still found and nobody "
                  "resolved.");
    case WorkKind::FailedCharges:
        //: %1 the number of days
        return tr("Charges of the last %1 days that the customer's own money could not pay. "
                  "Alipay allows reporting the default %1 days after the first one.")
            .arg(SesameDefaultRule::WaitDays);
    case WorkKind::DefaultsDue:
        //: %1 the number of days
        return tr("A charge failed %1 days ago or more and no default was asked for: ask for "
                  "the report (a supervisor approves it), or settle with the customer.")
            .arg(SesameDefaultRule::WaitDays);
    case WorkKind::DefaultApprovals:
        return tr("Reports of a customer's default an agent asked for; a supervisor other than "
                  "the requester approves or rejects them.");
    }
    return {};
}

WorkSnapshot WorkQueue::read(const Store &store, const QList<WorkKind> &kinds, const QDateTime &now,
                             int staleDays)
{
    WorkSnapshot snapshot;
    snapshot.taken = now;
    QString error;
    QList<Difference> preauth;
    const bool needsChecks = kinds.contains(WorkKind::FrozenNeverReleased) ||
                             kinds.contains(WorkKind::RestNeverUnfrozen) ||
                             kinds.contains(WorkKind::ViolationNotReported);
    if (needsChecks) {
        // The reconciliation's pre-authorization checks, over the whole index up to now.
        const PreauthChecks checks(store.database(), now.toString(Qt::ISODate), 0,
                                   now.toMSecsSinceEpoch(), staleDays);
        QString checkError;
        if (!checks.run(&preauth, &checkError))
            error = checkError;
    }
    for (const WorkKind kind : kinds) {
        switch (kind) {
        case WorkKind::AwaitingConfirmation:
            snapshot.lines << readBySql(
                store, kind, QStringLiteral("intents WHERE outcome IN ('UNKNOWN', 'NOT_DONE')"),
                QStringLiteral("out_order_no, amount_fen, created_at, kind, outcome, request_no"),
                QStringLiteral("created_at, id"),
                [](const StoreQuery &q) {
                    return WorkEntry{q.text(0),
                                     Money::fromFen(q.int64(1)),
                                     timeOf(q.value(2)),
                                     Text::intent(q.text(3), q.text(4), q.text(5)),
                                     {}};
                },
                &error);
            break;
        case WorkKind::RefundApprovals:
            snapshot.lines << readBySql(
                store, kind, QStringLiteral("refund_requests WHERE status = 'PENDING_APPROVAL'"),
                QStringLiteral("out_order_no, amount_fen, requested_at, requester, reason"),
                QStringLiteral("requested_at, id"), &askedFor, &error);
            break;
        case WorkKind::FrozenNeverReleased:
        case WorkKind::RestNeverUnfrozen:
        case WorkKind::ViolationNotReported: {
            const DifferenceKind wanted =
                kind == WorkKind::FrozenNeverReleased ? DifferenceKind::FrozenNeverReleased
                : kind == WorkKind::RestNeverUnfrozen ? DifferenceKind::RestNeverUnfrozen
                                                      : DifferenceKind::ViolationNotReported;
            WorkLine line;
            line.kind = kind;
            for (const Difference &d : std::as_const(preauth)) {
                if (d.kind != wanted)
                    continue;
                ++line.count;
                if (line.entries.size() < MaxEntries)
                    line.entries.append({d.outOrderNo, d.ledgerAmount, d.happened,
                                         Text::preauth(wanted, d.happened), d.detail});
            }
            std::sort(line.entries.begin(), line.entries.end(),
                      [](const WorkEntry &a, const WorkEntry &b) { return a.since < b.since; });
            snapshot.lines << line;
            break;
        }
        case WorkKind::WaitingForUser:
            snapshot.lines << readBySql(
                store, kind, QStringLiteral("orders WHERE status = 'INIT'"),
                QStringLiteral("out_order_no, total_fen, created_at, title"),
                QStringLiteral("created_at, id"),
                [](const StoreQuery &q) {
                    // The amount is known once the customer confirmed.
                    const qint64 fen = q.int64(1);
                    return WorkEntry{q.text(0),
                                     fen > 0 ? std::optional(Money::fromFen(fen)) : std::nullopt,
                                     timeOf(q.value(2)),
                                     q.text(3),
                                     {}};
                },
                &error);
            break;
        case WorkKind::FailedCharges:
        case WorkKind::DefaultsDue: {
            // One line per order, from its first charge the customer could not pay.
            const qint64 cutoff = now.addDays(-SesameDefaultRule::WaitDays).toMSecsSinceEpoch();
            const bool due = kind == WorkKind::DefaultsDue;
            const QString from =
                QStringLiteral(
                    "(SELECT out_order_no, MIN(COALESCE(settled_at, created_at)) AS first_at, "
                    "MAX(amount_fen) AS amount_fen, MAX(sub_code) AS sub_code FROM intents "
                    "WHERE %1 GROUP BY out_order_no) f WHERE f.first_at %2 %3 AND NOT EXISTS "
                    "(SELECT 1 FROM sesame_default_requests r WHERE r.out_order_no = "
                    "f.out_order_no AND r.status <> 'REJECTED')")
                    .arg(SesameDefaultRule::failedCollectionSql(),
                         due ? QStringLiteral("<=") : QStringLiteral(">"))
                    .arg(cutoff);
            snapshot.lines << readBySql(
                store, kind, from,
                QStringLiteral("f.out_order_no, f.amount_fen, f.first_at, f.sub_code"),
                QStringLiteral("f.first_at, f.out_order_no"),
                [due](const StoreQuery &q) {
                    const QDateTime first = timeOf(q.value(2));
                    const QString code =
                        q.text(3).isEmpty() ? Text::tr("closed unpaid") : q.text(3);
                    //: %1 Alipay's reason code, %2 from when a default may be reported
                    return WorkEntry{q.text(0),
                                     Money::fromFen(q.int64(1)),
                                     first,
                                     due ? Text::tr("Charge failed (%1): the default may be "
                                                    "reported")
                                               .arg(code)
                                         : Text::tr("Charge failed (%1): a default may be "
                                                    "reported from %2")
                                               .arg(code, ChinaTime::format(first.addDays(
                                                              SesameDefaultRule::WaitDays))),
                                     {}};
                },
                &error);
            break;
        }
        case WorkKind::DefaultApprovals:
            snapshot.lines << readBySql(
                store, kind,
                QStringLiteral("sesame_default_requests WHERE status = 'PENDING_APPROVAL'"),
                QStringLiteral("out_order_no, amount_fen, requested_at, requester, reason"),
                QStringLiteral("requested_at, id"), &askedFor, &error);
            break;
        case WorkKind::OpenDifferences:
            snapshot.lines << readBySql(
                store, kind,
                QStringLiteral("recon_differences d WHERE d.resolved_by = '' AND d.last_run_id = "
                               "(SELECT MAX(r.id) FROM reconciliations r WHERE r.period = "
                               "d.period)"),
                QStringLiteral("d.out_order_no, d.amount_fen, d.happened_at, d.kind, d.period"),
                QStringLiteral("d.happened_at, d.id"),
                [](const StoreQuery &q) {
                    const std::optional<DifferenceKind> found = differenceKindFromCode(q.text(3));
                    //: %1 the kind of difference, %2 the bill's period
                    return WorkEntry{
                        q.text(0),
                        Money::fromFen(q.int64(1)),
                        timeOf(q.value(2)),
                        Text::tr("%1 (bill of %2)")
                            .arg(found ? differenceKindDisplayName(*found) : q.text(3), q.text(4)),
                        {}};
                },
                &error);
            break;
        }
    }
    snapshot.error = error;
    return snapshot;
}

void WorkQueue::refresh(const OperatorSession &session)
{
    m_kinds = session.isValid() ? kindsFor(session) : QList<WorkKind>{};
    if (m_loading) {
        m_again = true;
        return;
    }
    start();
}

void WorkQueue::start()
{
    m_loading = true;
    m_again = false;
    m_lastStartMs = QDateTime::currentMSecsSinceEpoch();
    const QList<WorkKind> kinds = m_kinds;
    const QDateTime now = m_clock.now();
    m_worker->run([kinds, now](const Store &store) { return read(store, kinds, now); }, this,
                  [this](WorkSnapshot snapshot) {
                      m_snapshot = std::move(snapshot);
                      if (m_again) {
                          start();
                          return;
                      }
                      m_loading = false;
                      Q_EMIT updated(m_snapshot);
                  });
}

void WorkQueue::setFollowing(const OperatorSession &session, bool following)
{
    if (following == m_following) {
        if (following)
            refresh(session);
        return;
    }
    m_following = following;
    disconnect(m_feed);
    disconnect(m_refundFeed);
    if (following) {
        if (m_changes) {
            m_feed = connect(m_changes, &ChangeFeed::ordersChanged, this, &WorkQueue::onChanges);
            m_refundFeed =
                connect(m_changes, &ChangeFeed::refundsChanged, this, &WorkQueue::onChanges);
        }
        refresh(session);
    }
}

void WorkQueue::onChanges()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    // At most one reading a second, however busy the other desks are.
    const qint64 wait = 1000 - (QDateTime::currentMSecsSinceEpoch() - m_lastStartMs);
    if (wait <= 0)
        start();
    else if (!m_again) {
        m_again = true;
        QTimer::singleShot(int(wait), this, [this] {
            if (!m_loading)
                start();
        });
    }
}

} // namespace DepositDesk
