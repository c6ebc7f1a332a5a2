#include "store/SqlTransaction.h"

#include "store/StoreQuery.h"

#include <QHash>
#include <QSqlError>
#include <QVarLengthArray>

#include <numeric>

namespace DepositDesk {

namespace {

// At most this many committed savepoints wait for their parent's release on one connection;
// beyond it a savepoint is released when it commits.
constexpr int MaxDeferred = 32;

// What is open on one connection of this thread (a connection belongs to one thread).
struct OpenTransactions
{
    int depth = 0; // transactions open: 1 is the outermost one, 2 its first savepoint, …
    // deferred[d]: savepoints of depth d committed but not yet released (see commit()).
    QVarLengthArray<int, 8> deferred;
    // Writer locks taken, and the depth of the transaction that holds each now.
    QHash<qint64, int> locks;

    int deferredCount() const { return std::accumulate(deferred.cbegin(), deferred.cend(), 0); }

    // The transaction of depth `level` ended; `released`: with a RELEASE, ROLLBACK or COMMIT
    // sent, which also ends every savepoint inside it that was still waiting.
    void left(int level, bool released)
    {
        depth = level - 1;
        if (level == 1) {
            deferred.clear();
            locks.clear();
        } else if (released && deferred.size() > level + 1) {
            deferred.resize(level + 1);
        }
    }
};

thread_local QHash<QString, OpenTransactions> t_open;

} // namespace

SqlTransaction::SqlTransaction(const QSqlDatabase &db, const SqlDialect &dialect,
                               SqlDialect::TransactionMode mode, qint64 lockKey)
    : m_db(db)
    , m_keep(dialect.kind() == SqlDialect::Kind::Sqlite)
{
    OpenTransactions &open = t_open[m_db.connectionName()];
    m_depth = open.depth + 1;
    if (m_depth > 1)
        m_savepoint = QStringLiteral("dd_sp_%1").arg(m_depth - 1);
    if (!run(m_savepoint.isEmpty() ? dialect.begin(mode)
                                   : QStringLiteral("SAVEPOINT ") + m_savepoint))
        return;
    m_active = true;
    open.depth = m_depth;
    if (mode != SqlDialect::TransactionMode::Serialised || dialect.serialisationLock().isEmpty())
        return;
    // Held until the outermost transaction ends, unless the savepoint that took it rolls back:
    // taken again only when no transaction around this one holds it.
    if (open.locks.contains(lockKey))
        return;
    StoreQuery lock(m_db, dialect.serialisationLock());
    lock.bind(QStringLiteral("lock"), lockKey);
    if (!lock.exec()) {
        m_error = lock.errorString();
        rollback();
        return;
    }
    open.locks.insert(lockKey, m_depth);
}

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::isOpen(const QSqlDatabase &db)
{
    const auto found = t_open.constFind(db.connectionName());
    return found != t_open.cend() && found->depth > 0;
}

bool SqlTransaction::run(const QString &sql)
{
    QString error;
    if (m_keep) {
        StoreQuery statement(m_db, sql);
        if (statement.exec())
            return true;
        error = statement.errorString();
    } else if (StoreQuery::execDirect(m_db, sql, &error)) {
        return true;
    }
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    OpenTransactions &open = t_open[m_db.connectionName()];
    // A savepoint inside another savepoint is left for its parent to release: releasing (or
    // rolling back to) the parent ends every savepoint set after it, and what this one wrote is
    // the parent's from now on either way. That is one statement less per nested commit.
    const bool defer = m_depth > 2 && open.deferredCount() < MaxDeferred;
    if (!defer &&
        !run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                   : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint)) {
        rollback();
        return false;
    }
    m_active = false;
    open.left(m_depth, !defer);
    if (defer) {
        while (open.deferred.size() <= m_depth)
            open.deferred.append(0);
        ++open.deferred[m_depth];
    }
    for (auto it = open.locks.begin(); it != open.locks.end(); ++it)
        it.value() = std::min(it.value(), m_depth - 1);
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    OpenTransactions &open = t_open[m_db.connectionName()];
    open.left(m_depth, true);
    // A lock taken inside a savepoint that rolls back is released with it.
    open.locks.removeIf([this](const auto &held) { return held.value() >= m_depth; });
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        run(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
}

} // namespace DepositDesk
