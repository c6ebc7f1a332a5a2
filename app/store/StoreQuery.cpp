#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace DepositDesk {

Q_LOGGING_CATEGORY(lcStore, "depositdesk.store")

namespace {

// The driver's complaint without PostgreSQL's DETAIL part, which quotes row values.
QString loggable(const QSqlError &error)
{
    QString text = error.text();
    const qsizetype detail = text.indexOf(QStringLiteral("DETAIL:"));
    if (detail >= 0)
        text.truncate(detail);
    return text.trimmed();
}

} // namespace

StoreQuery::StoreQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        qCWarning(lcStore).noquote()
            << "prepare failed:" << loggable(m_query.lastError()) << "in" << sql;
}

StoreQuery &StoreQuery::bind(const QString &name, const QVariant &value)
{
    // A null QString would be stored as NULL; the schema keeps "no text" as ''.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(u':' + name, QStringLiteral(""));
    else
        m_query.bindValue(u':' + name, value);
    return *this;
}

bool StoreQuery::exec()
{
    if (!m_prepared)
        return false;
    if (m_query.exec())
        return true;
    qCWarning(lcStore).noquote() << "statement failed:" << loggable(m_query.lastError()) << "in"
                                 << m_sql;
    return false;
}

bool StoreQuery::execDirect(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore).noquote() << "statement failed:" << loggable(query.lastError()) << "in"
                                 << sql;
    if (error)
        *error = errorString(query.lastError());
    return false;
}

QString StoreQuery::errorString() const
{
    return errorString(m_query.lastError());
}

QString StoreQuery::errorString(const QSqlError &error)
{
    return QCoreApplication::translate("DepositDesk::StoreQuery",
                                       "The database refused the request (%1). Check that it is "
                                       "reachable and not full, then try again.")
        .arg(loggable(error));
}

} // namespace DepositDesk
