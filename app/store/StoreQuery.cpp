#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QSqlDriver>
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

// Texts that change the schema: a kept statement may describe what is no longer there.
bool changesSchema(const QString &sql)
{
    const QString head = sql.trimmed().left(6);
    return head.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive) ||
           head.startsWith(QLatin1String("ALTER"), Qt::CaseInsensitive) ||
           head.startsWith(QLatin1String("DROP"), Qt::CaseInsensitive);
}

// The named placeholders of a statement (":name"), each once, outside quoted text and apart
// from PostgreSQL's "::" casts.
QStringList placeholders(const QString &sql)
{
    QStringList names;
    const auto nameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u':' && i + 1 < sql.size() && sql.at(i + 1) == u':') {
            ++i;
        } else if (c == u':' && i + 1 < sql.size() && nameChar(sql.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < sql.size() && nameChar(sql.at(end)))
                ++end;
            const QString name = sql.mid(i, end - i);
            if (!names.contains(name))
                names.append(name);
            i = end - 1;
        }
    }
    return names;
}

} // namespace

struct StoreQuery::Kept
{
    QPointer<QSqlDriver> driver; // the connection's driver when it was prepared
    std::unique_ptr<QSqlQuery> query;
    QStringList placeholders;
    bool inUse = false;
};

namespace {

// The kept statements by connection name, then by text. A connection is used by one thread at a
// time; the lock guards the tables, not the statements. Never destroyed: a statement outlives
// its connection only in a process that never removed the connection, and is not released at
// exit after the database drivers are gone.
QMutex g_keptLock;
QHash<QString, QHash<QString, std::shared_ptr<StoreQuery::Kept>>> &keptByConnection()
{
    static auto *kept = new QHash<QString, QHash<QString, std::shared_ptr<StoreQuery::Kept>>>;
    return *kept;
}

// Drops the connection's kept statements: with `forget`, all of them and the connection's table;
// otherwise those not in use. They are released outside the lock: PostgreSQL deallocates each on
// the server.
void dropKept(const QString &connectionName, bool forget)
{
    QHash<QString, std::shared_ptr<StoreQuery::Kept>> dropped;
    QMutexLocker locker(&g_keptLock);
    if (forget) {
        dropped = keptByConnection().take(connectionName);
    } else if (const auto connection = keptByConnection().find(connectionName);
               connection != keptByConnection().end()) {
        for (auto it = connection->begin(); it != connection->end();)
            if ((*it)->inUse) {
                ++it;
            } else {
                dropped.insert(it.key(), *it);
                it = connection->erase(it);
            }
    }
    locker.unlock();
}

} // namespace

StoreQuery::StoreQuery(const QSqlDatabase &db, const QString &sql)
    : m_sql(sql)
{
    QSqlDriver *driver = db.driver();
    {
        QMutexLocker locker(&g_keptLock);
        const auto connection = keptByConnection().find(db.connectionName());
        if (connection != keptByConnection().end()) {
            std::shared_ptr<Kept> &kept = (*connection)[sql];
            if (kept && kept->driver != driver && !kept->inUse)
                kept.reset(); // the connection was opened again: prepare afresh
            if (kept && !kept->inUse) {
                kept->inUse = true;
                m_kept = kept;
            } else if (!kept && connection->size() <= KeptPerConnection) {
                kept = std::make_shared<Kept>();
                kept->driver = driver;
                kept->inUse = true;
                m_kept = kept;
            } else if (!kept) {
                connection->remove(sql);
            }
        }
    }
    if (m_kept && m_kept->query) {
        m_query = m_kept->query.get();
        // As after a fresh prepare: nothing bound from the statement's last use.
        for (const QString &name : std::as_const(m_kept->placeholders))
            m_query->bindValue(name, QVariant());
        m_prepared = true;
        return;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    m_prepared = query->prepare(sql);
    if (!m_prepared)
        qCWarning(lcStore).noquote()
            << "prepare failed:" << loggable(query->lastError()) << "in" << sql;
    m_query = query.get();
    if (m_kept && m_prepared) {
        m_kept->query = std::move(query);
        m_kept->placeholders = placeholders(sql);
        return;
    }
    if (m_kept) { // not prepared: nothing to keep
        QMutexLocker locker(&g_keptLock);
        m_kept->inUse = false;
        m_kept.reset();
    }
    m_own = std::move(query);
}

StoreQuery::~StoreQuery()
{
    if (!m_kept)
        return;
    m_query->finish(); // reset: no open read, no result held
    QMutexLocker locker(&g_keptLock);
    m_kept->inUse = false;
}

void StoreQuery::keepStatements(const QString &connectionName)
{
    QMutexLocker locker(&g_keptLock);
    keptByConnection().insert(connectionName, {});
}

void StoreQuery::forgetStatements(const QString &connectionName)
{
    dropKept(connectionName, true);
}

StoreQuery &StoreQuery::bind(const QString &name, const QVariant &value)
{
    // A null QString would be stored as NULL; the schema keeps "no text" as ''.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(u':' + name, QStringLiteral(""));
    else
        m_query->bindValue(u':' + name, value);
    return *this;
}

bool StoreQuery::exec()
{
    if (!m_prepared)
        return false;
    if (m_query->exec())
        return true;
    qCWarning(lcStore).noquote() << "statement failed:" << loggable(m_query->lastError()) << "in"
                                 << m_sql;
    return false;
}

bool StoreQuery::execDirect(const QSqlDatabase &db, const QString &sql, QString *error)
{
    if (changesSchema(sql))
        dropKept(db.connectionName(), false);
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
    return errorString(m_query->lastError());
}

QString StoreQuery::errorString(const QSqlError &error)
{
    return QCoreApplication::translate("DepositDesk::StoreQuery",
                                       "The database refused the request (%1). Check that it is "
                                       "reachable and not full, then try again.")
        .arg(loggable(error));
}

} // namespace DepositDesk
