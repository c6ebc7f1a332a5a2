#pragma once

#include "domain/Capability.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace DepositDesk {

class ChangeFeed;
class Clock;
struct OperatorSession;
class Store;
class StoreWorker;

// What waits for someone at this desk, one line per kind of work; the page the console opens on.
enum class WorkKind {
    AwaitingConfirmation, // intents whose answer was lost (UNKNOWN) or that must be sent again
    RefundApprovals,      // refund requests waiting for a supervisor
    FrozenNeverReleased,  // authorized, something still frozen, nothing happened for staleDays
    RestNeverUnfrozen,    // charged with NOT_COMPLETE, the rest still frozen
    ViolationNotReported, // marked as defaulted, never reported to Sesame
    FailedCharges,        // charges the customer could not pay, the last 15 days
    DefaultsDue,          // a charge failed 15 days ago or more: a default may be reported
    DefaultApprovals,     // reports of a default waiting for a supervisor
    WaitingForUser,       // freezes created and not yet confirmed by the user (INIT), oldest first
    OpenDifferences,      // reconciliation differences still found and not resolved
};

struct WorkEntry
{
    QString outOrderNo;
    std::optional<Money> amount;
    QDateTime since; // when it started waiting (UTC)
    QString text;    // translated, short: what waits (the order and amount have their columns)
    QString detail;  // translated, longer when there is more to say (a tooltip); may be empty
};

struct WorkLine
{
    WorkKind kind = WorkKind::AwaitingConfirmation;
    int count = 0;
    QList<WorkEntry> entries; // the oldest first, at most WorkQueue::MaxEntries
};

struct WorkSnapshot
{
    QList<WorkLine> lines; // in the order of WorkQueue::kindsFor()
    QDateTime taken;
    QString error; // empty when every line was read
};

// The work queue: counts and lists of what waits, per role, read off the UI thread and read again
// whenever the change feed says something changed (at most once a second).
class WorkQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 200;

    WorkQueue(const Store &store, ChangeFeed *changes, const Clock &clock,
              QObject *parent = nullptr);
    ~WorkQueue() override;

    // The kinds of work the role sees, in the order the page shows them.
    static QList<WorkKind> kindsFor(const OperatorSession &session);
    static QString title(WorkKind kind);   // translated, e.g. "Awaiting Alipay's confirmation"
    static QString meaning(WorkKind kind); // translated: what it is and what to do about it

    // Reads the lines of `session`'s role on the worker; updated() brings them. A refresh asked
    // for while one runs is done once it ends. Nothing for a session that is not signed in.
    void refresh(const OperatorSession &session);
    // Follows the change feed (and refresh() once) while true; used while the page is shown.
    void setFollowing(const OperatorSession &session, bool following);
    bool isLoading() const { return m_loading; }
    const WorkSnapshot &snapshot() const { return m_snapshot; }

    // The reading itself, on the calling thread's connection (also for tests and the CLI).
    static WorkSnapshot read(const Store &store, const QList<WorkKind> &kinds, const QDateTime &now,
                             int staleDays = 30);

Q_SIGNALS:
    void updated(const DepositDesk::WorkSnapshot &snapshot);

private:
    void start();
    void onChanges();

    const Store &m_store;
    ChangeFeed *m_changes;
    const Clock &m_clock;
    std::unique_ptr<StoreWorker> m_worker;
    QList<WorkKind> m_kinds;
    WorkSnapshot m_snapshot;
    bool m_loading = false;
    bool m_again = false;
    bool m_following = false;
    QMetaObject::Connection m_feed;
    QMetaObject::Connection m_refundFeed;
    qint64 m_lastStartMs = 0;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::WorkSnapshot)
