#include "services/admin/DatabasePassword.h"

#include "secrets/DatabasePasswordStore.h"
#include "services/admin/ConsoleSettings.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QJsonObject>

namespace DepositDesk {

DatabasePassword::DatabasePassword(QObject *parent)
    : DatabasePassword(DatabasePasswordStore::defaultServiceName(), parent)
{}

DatabasePassword::DatabasePassword(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_keychain(new DatabasePasswordStore(serviceName, this))
{}

QString DatabasePassword::keyFor(const StoreConfig &config)
{
    return config.describe();
}

DatabasePassword::Prepared DatabasePassword::forCommandLine(ConsoleSettings &settings,
                                                            const std::optional<QString> &given)
{
    if (!given)
        return DatabasePassword().prepare(settings);
    Prepared prepared;
    prepared.config = StoreConfig::fromSetting(*given, &prepared.error);
    return prepared;
}

DatabasePassword::Prepared DatabasePassword::prepare(ConsoleSettings &settings)
{
    Prepared prepared;
    const QString setting = settings.database();
    prepared.config = setting.isEmpty() ? StoreConfig::defaultSqlite()
                                        : StoreConfig::fromSetting(setting, &prepared.error);
    if (!prepared.config || prepared.config->driver != StoreConfig::Driver::Postgres)
        return prepared;
    StoreConfig &config = *prepared.config;
    if (!config.password.isEmpty()) {
        const DatabasePasswordJob::Answer written =
            DatabasePasswordJob::await(m_keychain->write(keyFor(config), config.password));
        if (written.status != KeychainStatus::Ok) {
            prepared.warning =
                tr("The database password is still in the settings file %1: it could not be "
                   "moved to the system keychain. %2 DepositDesk connects with it, but anyone "
                   "who can read that file can read the password. Make the keychain available "
                   "and start DepositDesk again to move it.")
                    .arg(settings.fileName(), written.message);
            return prepared;
        }
        settings.setDatabase(config.toSetting());
        settings.sync();
        prepared.moved = true;
        return prepared;
    }
    const DatabasePasswordJob::Answer read =
        DatabasePasswordJob::await(m_keychain->read(keyFor(config)));
    if (read.status == KeychainStatus::Ok)
        config.password = read.password;
    else if (read.status != KeychainStatus::NotFound)
        prepared.warning = tr("The database password could not be read from the system "
                              "keychain. %1 DepositDesk connects without it (a password file "
                              "named by PGPASSFILE may still supply one).")
                               .arg(read.message);
    return prepared;
}

StoreResult DatabasePassword::recordMoved(const Store &store, const StoreConfig &config)
{
    AuditEvent event;
    event.operatorLogin = QStringLiteral("system");
    event.action = QStringLiteral("database.password.moved");
    event.details = QJsonObject{{QStringLiteral("database"), keyFor(config)},
                                {QStringLiteral("to"), QStringLiteral("keychain")}};
    return AuditLog(store).append(event);
}

QString DatabasePassword::readStored(const StoreConfig &config)
{
    const DatabasePasswordJob::Answer read =
        DatabasePasswordJob::await(m_keychain->read(keyFor(config)));
    return read.status == KeychainStatus::Ok ? read.password : QString();
}

void DatabasePassword::store(const StoreConfig &config, const QString &password)
{
    DatabasePasswordJob *job = m_keychain->write(keyFor(config), password);
    connect(job, &DatabasePasswordJob::finished, this, [this](DatabasePasswordJob *done) {
        Q_EMIT stored(done->status() == KeychainStatus::Ok, done->message());
    });
}

} // namespace DepositDesk
