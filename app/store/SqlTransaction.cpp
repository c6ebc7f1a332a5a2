#include "store/SqlTransaction.h"

#include "store/StoreQuery.h"

#include <QHash>
#include <QSqlError>

namespace DepositDesk {

namespace {

// Open transactions per connection of this thread (a connection belongs to one thread).
thread_local QHash<QString, int> t_depth;

} // namespace

SqlTransaction::SqlTransaction(const QSqlDatabase &db, const SqlDialect &dialect,
                               SqlDialect::TransactionMode mode, qint64 lockKey)
    : m_db(db)
    , m_keep(dialect.kind() == SqlDialect::Kind::Sqlite)
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0)
        m_savepoint = QStringLiteral("dd_sp_%1").arg(depth);
    if (!run(m_savepoint.isEmpty() ? dialect.begin(mode)
                                   : QStringLiteral("SAVEPOINT ") + m_savepoint))
        return;
    m_active = true;
    ++depth;
    if (mode == SqlDialect::TransactionMode::Serialised && !dialect.serialisationLock().isEmpty()) {
        StoreQuery lock(m_db, dialect.serialisationLock());
        lock.bind(QStringLiteral("lock"), lockKey);
        if (!lock.exec()) {
            m_error = lock.errorString();
            rollback();
        }
    }
}

SqlTransaction::~SqlTransaction()
{
    rollback();
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
    const bool ok = run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    if (!ok) {
        rollback();
        return false;
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return true;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --t_depth[m_db.connectionName()];
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        run(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
}

} // namespace DepositDesk
