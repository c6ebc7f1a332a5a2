#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace DepositDesk {

// Every difference between SQLite and PostgreSQL that the store's SQL depends on lives here, so
// that no query elsewhere asks "which database is this?".
//
// Conventions both databases share, and that therefore need nothing here: timestamps are UTC
// milliseconds since the epoch in BIGINT columns (sortable, comparable, clock-injectable), amounts
// are BIGINT fen, flags are SMALLINT 0/1, placeholders are named (":name") and always bound.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };
    enum class TransactionMode {
        Read,      // consistent reads
        Write,     // writes; SQLite takes the write lock at once (BEGIN IMMEDIATE)
        Serialised // writes that must not interleave with the same writer elsewhere (lockKey)
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

    QString qtDriverName() const;
    // QSqlDatabase::setConnectOptions(): SQLite busy timeout, PostgreSQL connect timeout.
    QString connectOptions() const;
    // Run on every new connection: SQLite pragmas, PostgreSQL session settings.
    QStringList sessionSetup() const;
    // Run once the schema version is known to be ours (they may change the file): SQLite WAL.
    QStringList databaseSetup() const;

    // --- DDL -------------------------------------------------------------------------------
    // Column definition of a surrogate key that the database numbers itself.
    QString identityPrimaryKey() const;
    // Text compared byte-wise, so that `key >= :lo AND key < :hi` prefix ranges are the same on
    // both databases and use a plain b-tree index (PostgreSQL: COLLATE "C").
    QString keyTextType() const;
    // keyOnly: a table whose primary key is all it is used through (SQLite: WITHOUT ROWID, which
    // stores it once instead of a table plus an index).
    QString createTable(const QString &table, const QString &body, bool keyOnly = false) const;
    QString createIndex(const QString &name, const QString &table, const QString &columns,
                        bool unique = false) const;

    // --- DML -------------------------------------------------------------------------------
    // INSERT … ON CONFLICT (conflict) DO UPDATE SET c = excluded.c … [WHERE updateWhere].
    // Values bind as ":<column>". The existing row is referred to by the table's name.
    QString upsert(const QString &table, const QStringList &columns, const QStringList &conflict,
                   const QStringList &update, const QString &updateWhere = {}) const;
    // INSERT … ON CONFLICT DO NOTHING.
    QString insertIgnore(const QString &table, const QStringList &columns) const;
    // The same for `rows` rows in one statement; row i's placeholders are the columns' names
    // followed by i (":key0, :kind0), (:key1, :kind1" …).
    QString insertIgnoreRows(const QString &table, const QStringList &columns, int rows) const;
    // Suffix of an INSERT that returns the new row's id (read with QSqlQuery::next()).
    QString returningId() const;
    // Suffix of a SELECT that locks the rows it read until the transaction ends.
    QString forUpdate() const;

    // --- Transactions ----------------------------------------------------------------------
    QString begin(TransactionMode mode) const;
    // A statement to run right after begin() for Serialised mode, binding ":lock"; empty when
    // begin() already serialises (SQLite's single writer).
    QString serialisationLock() const;

    // --- Errors ----------------------------------------------------------------------------
    bool isUniqueViolation(const QSqlError &error) const;
    // The database was busy / a lock could not be taken / a serialisation failure: retrying
    // the whole transaction may succeed.
    bool isTransient(const QSqlError &error) const;

    // --- Introspection ---------------------------------------------------------------------
    // One row, one column: the database's size on disk in bytes.
    QString databaseSizeQuery() const;

private:
    Kind m_kind;
};

} // namespace DepositDesk
