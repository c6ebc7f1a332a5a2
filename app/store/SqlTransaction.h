#pragma once

#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace DepositDesk {

// A transaction that commits only when asked and rolls back when it leaves scope otherwise:
//
//     SqlTransaction tx(db, dialect, SqlDialect::TransactionMode::Write);
//     if (!tx.isActive()) return failure(tx.errorString());
//     ... statements ...
//     if (!tx.commit()) return failure(tx.errorString());
//
// Transactions nest: an inner one on the same connection becomes a SAVEPOINT. A savepoint inside
// another savepoint is released together with its parent rather than on its own commit (the same
// effect, a statement less). Serialised mode additionally takes the writer lock named by lockKey
// (see SqlDialect::serialisationLock()), so that writers on other connections — other threads,
// other desks — wait for each other; a transaction inside one that holds it does not ask again.
class SqlTransaction
{
public:
    SqlTransaction(const QSqlDatabase &db, const SqlDialect &dialect,
                   SqlDialect::TransactionMode mode = SqlDialect::TransactionMode::Write,
                   qint64 lockKey = 0);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isActive() const { return m_active; }
    // Whether a transaction of this class is open on `db` on this thread: what is written now
    // may still be rolled back, even after an inner commit.
    static bool isOpen(const QSqlDatabase &db);
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    bool run(const QString &sql);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    QString m_error;
    int m_depth = 0; // 1 for the outermost transaction, 2 for its savepoints, …
    bool m_active = false;
    bool m_keep = false; // SQLite prepares transaction control too: kept like any statement
};

} // namespace DepositDesk
