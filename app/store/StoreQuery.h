#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QLoggingCategory>

#include <memory>

namespace DepositDesk {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// A prepared, forward-only statement with named, bound parameters. Failures are logged with the
// driver's message and the statement text — never with bound values, which may be personal data.
//
// On a connection whose statements are kept (keepStatements(), which Store does for each
// connection it opens) a statement is prepared once per connection and text: when a StoreQuery is
// done its statement is reset and kept, and the next StoreQuery of the same text on that
// connection binds and runs it again (PostgreSQL: one round trip instead of PREPARE, EXECUTE and
// DEALLOCATE; SQLite: no parsing). Its parameters start unbound (NULL) as after a fresh prepare.
// A text already in use on the connection (a statement run while the same one is being read) is
// prepared apart, as are texts beyond KeptPerConnection.
class StoreQuery
{
public:
    static constexpr int KeptPerConnection = 256;

    StoreQuery(const QSqlDatabase &db, const QString &sql);
    ~StoreQuery();
    StoreQuery(const StoreQuery &) = delete;
    StoreQuery &operator=(const StoreQuery &) = delete;

    StoreQuery &bind(const QString &name, const QVariant &value);
    bool exec();
    bool next() { return m_query->next(); }
    // Releases the statement's result (SQLite cannot commit while a statement is still open).
    void finish() { m_query->finish(); }
    QVariant value(int index) const { return m_query->value(index); }
    qint64 int64(int index) const { return m_query->value(index).toLongLong(); }
    QString text(int index) const { return m_query->value(index).toString(); }
    bool isPrepared() const { return m_prepared; }
    QSqlError lastError() const { return m_query->lastError(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlQuery &query() { return *m_query; }

    // Runs a statement without parameters as it is (DDL, pragmas: PostgreSQL cannot PREPARE
    // them). On failure logs and returns false with the translated error in *error. After a
    // CREATE, ALTER or DROP the connection's kept statements are prepared afresh.
    static bool execDirect(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);

    // Starts keeping the statements of the named connection; forgetStatements() drops them and
    // must be called before the connection is removed (QSqlDatabase::removeDatabase), by the
    // thread that uses the connection or while it does not.
    static void keepStatements(const QString &connectionName);
    static void forgetStatements(const QString &connectionName);

    // A translated sentence for people, naming the driver's complaint.
    QString errorString() const;
    static QString errorString(const QSqlError &error);

    struct Kept;

private:
    std::shared_ptr<Kept> m_kept;     // the connection's kept statement, when this one is
    std::unique_ptr<QSqlQuery> m_own; // otherwise a statement of its own
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace DepositDesk
