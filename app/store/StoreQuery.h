#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QLoggingCategory>

namespace DepositDesk {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// A prepared, forward-only statement with named, bound parameters. Failures are logged with the
// driver's message and the statement text — never with bound values, which may be personal data.
class StoreQuery
{
public:
    StoreQuery(const QSqlDatabase &db, const QString &sql);

    StoreQuery &bind(const QString &name, const QVariant &value);
    bool exec();
    bool next() { return m_query.next(); }
    // Releases the statement's result (SQLite cannot commit while a statement is still open).
    void finish() { m_query.finish(); }
    QVariant value(int index) const { return m_query.value(index); }
    qint64 int64(int index) const { return m_query.value(index).toLongLong(); }
    QString text(int index) const { return m_query.value(index).toString(); }
    bool isPrepared() const { return m_prepared; }
    QSqlError lastError() const { return m_query.lastError(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

    // Runs a statement without parameters as it is (DDL, pragmas: PostgreSQL cannot PREPARE
    // them). On failure logs and returns false with the translated error in *error.
    static bool execDirect(const QSqlDatabase &db, const QString &sql, QString *error = nullptr);

    // A translated sentence for people, naming the driver's complaint.
    QString errorString() const;
    static QString errorString(const QSqlError &error);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace DepositDesk
