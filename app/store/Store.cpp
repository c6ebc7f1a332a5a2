#include "store/Store.h"

#include "store/StoreQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
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

// tlsProblem() is a free function: TlsText::tr() files its messages under the context run time
// looks them up in (lupdate would file a free function's tr() under the namespace).
class TlsText
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::Store)
};

// One sentence on why a TLS connection was refused, from libpq's text; empty when the text is
// about something else.
QString tlsProblem(const StoreConfig &config, const QString &driverText)
{
    const QString mode = StoreConfig::sslModeName(config.effectiveSslMode());
    const auto says = [&driverText](const char *words) {
        return driverText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("server does not support SSL"))
        return TlsText::tr(
                   "The database server does not offer TLS, and sslmode=%1 requires it. Turn on "
                   "ssl on the server; only for a database on this computer may sslmode=disable "
                   "be set instead.")
            .arg(mode);
    if (says("does not match host name"))
        return TlsText::tr(
                   "The database server's certificate is not made out for the host name \"%1\" "
                   "(sslmode=%2). Connect with the name the certificate bears, or have a "
                   "certificate issued for this name.")
            .arg(config.host, mode);
    if (says("certificate verify failed"))
        return config.sslRootCert.isEmpty()
                   ? TlsText::tr(
                         "The database server's certificate is not trusted (sslmode=%1): give "
                         "the root certificate that issued it as sslrootcert.")
                         .arg(mode)
                   : TlsText::tr(
                         "The database server's certificate is not trusted (sslmode=%1): it was "
                         "not issued by the root certificate %2.")
                         .arg(mode, QDir::toNativeSeparators(config.sslRootCert));
    if (says("root certificate file") && says("does not exist"))
        return TlsText::tr("The root certificate file for sslmode=%1 was not found: give it as "
                           "sslrootcert.")
            .arg(mode);
    if (says("no pg_hba.conf entry") && (says("no encryption") || says("SSL off")))
        return TlsText::tr(
                   "The database server accepts only encrypted connections, and this one was not "
                   "encrypted (sslmode=%1). Set sslmode=verify-full and the server's root "
                   "certificate as sslrootcert.")
            .arg(mode);
    return {};
}

// Whether libpq's text says that the server could not be reached (now), as opposed to a refusal
// that waiting does not change (authentication, TLS, a missing database).
bool isUnreachable(const StoreConfig &config, const QString &driverText)
{
    if (config.driver == StoreConfig::Driver::Sqlite)
        return false;
    static const char *const words[] = {
        "Connection refused",
        "timeout expired",
        "Connection timed out",
        "No route to host",
        "Network is unreachable",
        "server closed the connection",
        "the database system is starting up",
        "the database system is shutting down",
        "not currently accepting connections",
        "could not translate host name",
        "Temporary failure in name resolution",
        "No such file or directory",
    };
    for (const char *text : words) {
        if (driverText.contains(QLatin1String(text), Qt::CaseInsensitive))
            return true;
    }
    return false;
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
    for (const ThreadConnection &connection : connections) {
        StoreQuery::forgetStatements(connection.name);
        QSqlDatabase::removeDatabase(connection.name);
    }
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
    QString options = m_dialect.connectOptions();
    if (const QString tls = m_config.tlsConnectOptions(); !tls.isEmpty())
        options += u';' + tls;
    db.setConnectOptions(options);
    if (!db.open()) {
        qCWarning(lcStore).noquote() << "cannot open" << m_config.describe() << ":"
                                     << m_config.redact(db.lastError().text());
        return db;
    }
    for (const QString &statement : m_dialect.sessionSetup())
        StoreQuery::execDirect(db, statement);
    StoreQuery::keepStatements(name);
    return db;
}

QSqlDatabase Store::database() const
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_mutex);
    const int generation = m_generation.loadAcquire();
    const auto it = m_connections.find(thread);
    if (it != m_connections.end()) {
        const QString name = it->name;
        if (it->generation == generation)
            return QSqlDatabase::database(name, false);
        it->generation = generation;
        locker.unlock();
        // Only this thread uses its connection: checked and replaced without the lock.
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            QSqlQuery probe(db);
            if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
                return db;
        }
        qCInfo(lcStore) << "reopening a connection that no longer answers";
        StoreQuery::forgetStatements(name);
        QSqlDatabase::removeDatabase(name);
        return openConnection(name);
    }
    const QString name = m_prefix + QString::number(quintptr(thread), 16);
    m_connections.insert(thread, {name, {}, generation});
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

void Store::reconnectWhenBroken() const
{
    m_generation.fetchAndAddRelease(1);
}

void Store::releaseThreadConnection() const
{
    QMutexLocker locker(&m_mutex);
    const ThreadConnection connection = m_connections.take(QThread::currentThread());
    locker.unlock();
    // A thread released early must not stack up handlers for its end.
    if (connection.finished)
        QObject::disconnect(connection.finished);
    if (!connection.name.isEmpty()) {
        StoreQuery::forgetStatements(connection.name);
        QSqlDatabase::removeDatabase(connection.name);
    }
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
        const QString driverText = m_config.redact(db.lastError().text().trimmed());
        if (const QString tls = tlsProblem(m_config, driverText); !tls.isEmpty())
            return StoreResult::failure(tr("The database %1 could not be opened: %2 "
                                           "(The server said: %3)")
                                            .arg(m_config.describe(), tls, driverText));
        if (driverText.contains(QLatin1String("no password supplied")))
            return StoreResult::failure(
                tr("The database %1 asks for a password, and none is set. Enter it on the "
                   "Settings page (it is kept in the system keychain) or, for command-line "
                   "tools, in a password file named by PGPASSFILE.")
                    .arg(m_config.describe()));
        StoreResult failed = StoreResult::failure(
            tr("The database %1 could not be opened: %2. Check the setting and that the "
               "database is reachable.")
                .arg(m_config.describe(), driverText));
        failed.unreachable = isUnreachable(m_config, driverText);
        return failed;
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
