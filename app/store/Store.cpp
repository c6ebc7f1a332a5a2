#include "store/Store.h"

#include "store/StoreQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QThread>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Store", text);
}

SqlDialect::Kind kindOf(const StoreConfig &config)
{
    return config.driver == StoreConfig::Driver::Sqlite ? SqlDialect::Kind::Sqlite
                                                        : SqlDialect::Kind::Postgres;
}

} // namespace

Store::Store(const StoreConfig &config)
    : m_config(config)
    , m_dialect(kindOf(config))
    , m_context(std::make_unique<QObject>())
{
    static QAtomicInteger<int> counter;
    m_prefix = QStringLiteral("dd-store-%1-").arg(counter.fetchAndAddRelaxed(1));
}

Store::~Store()
{
    m_context.reset(); // no more removals from finishing threads
    const QList<ThreadConnection> connections = m_connections.values();
    m_connections.clear();
    for (const ThreadConnection &connection : connections)
        QSqlDatabase::removeDatabase(connection.name);
}

QSqlDatabase Store::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.qtDriverName(), name);
    if (m_config.driver == StoreConfig::Driver::Sqlite) {
        QDir().mkpath(QFileInfo(m_config.path).absolutePath());
        db.setDatabaseName(m_config.path);
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
    }
    db.setConnectOptions(m_dialect.connectOptions());
    if (!db.open()) {
        qCWarning(lcStore).noquote()
            << "cannot open" << m_config.describe() << ":" << db.lastError().text();
        return db;
    }
    for (const QString &statement : m_dialect.sessionSetup())
        StoreQuery::execDirect(db, statement);
    return db;
}

QSqlDatabase Store::database() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_mutex);
    const auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(it->name, false);
    const QString name = m_prefix + QString::number(quintptr(thread), 16);
    m_connections.insert(thread, {name, {}});
    locker.unlock();
    if (thread != m_context->thread()) {
        // Only this thread releases its own entry, so it is still there to take the handle.
        const QMetaObject::Connection finished = QObject::connect(
            thread, &QThread::finished, m_context.get(), [this] { releaseThreadConnection(); },
            Qt::DirectConnection);
        locker.relock();
        m_connections[thread].finished = finished;
        locker.unlock();
    }
    return openConnection(name);
}

void Store::releaseThreadConnection() const
{
    QMutexLocker locker(&m_mutex);
    const ThreadConnection connection = m_connections.take(QThread::currentThread());
    locker.unlock();
    // A thread released early must not stack up handlers for its end.
    if (connection.finished)
        QObject::disconnect(connection.finished);
    if (!connection.name.isEmpty())
        QSqlDatabase::removeDatabase(connection.name);
}

StoreResult Store::openAtVersion(int targetVersion)
{
    bool release = false;
    const StoreResult result = checkAndMigrate(targetVersion, release);
    if (release)
        releaseThreadConnection();
    return result;
}

StoreResult Store::checkAndMigrate(int targetVersion, bool &release)
{
    const QSqlDatabase db = database();
    if (!db.isOpen()) {
        release = true;
        return StoreResult::failure(
            tr("The database %1 could not be opened: %2. Check the setting and that the "
               "database is reachable.")
                .arg(m_config.describe(), db.lastError().text().trimmed()));
    }
    QString error;
    const std::optional<int> version = SchemaMigrations::currentVersion(db, &error);
    if (!version)
        return StoreResult::failure(error);
    if (*version > SchemaMigrations::latestVersion()) {
        release = true;
        return StoreResult::failure(
            tr("The database %1 was written by a newer DepositDesk (schema version %2; this "
               "program knows versions up to %3). It has not been changed. Install the newer "
               "DepositDesk to open it.")
                .arg(m_config.describe(), QString::number(*version),
                     QString::number(SchemaMigrations::latestVersion())));
    }
    for (const QString &statement : m_dialect.databaseSetup())
        StoreQuery::execDirect(db, statement);
    return SchemaMigrations::migrate(*this, targetVersion);
}

} // namespace DepositDesk
