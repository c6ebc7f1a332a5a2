#pragma once

#include "domain/Environment.h"
#include "domain/OperatorSession.h"
#include "store/StoreConfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace DepositDesk {

class ConsoleServices;
class ConsoleSettings;
class CredentialsAdmin;
class DatabasePassword;
class Store;

// What the set-up assistant (ui/setup) does, step by step, through the services the pages of the
// window use: the database is opened (created) first, so that the administrator exists and every
// later step is audited under that administrator's login; then the environment, app_id and
// seller ID configure a ConsoleServices whose CredentialsAdmin imports, checks and tests the keys
// (the same import path as the Credentials page); finish() saves the credentials to the keychain
// ("credentials.saved"), the database password to the keychain (DatabasePassword), then the
// settings, and records "setup.completed" (environment, gateway, app_id, seller ID, database;
// never a key or password).
//
// The settings are written last, and an app_id in the settings is what "configured" means
// (needed()): a set-up cancelled or failed at any step leaves no app_id behind, so the next start
// opens the assistant again. What it did leave (a database file, its administrator, keys in the
// keychain) is found and reused then: a database with operators asks an administrator to sign in
// instead of creating one.
class FirstRunSetup : public QObject
{
    Q_OBJECT

public:
    explicit FirstRunSetup(ConsoleSettings &settings, QObject *parent = nullptr);
    ~FirstRunSetup() override;

    // Nothing is configured: the settings hold no app_id (a fresh desk, or a set-up that never
    // finished). Without one no credentials can be loaded, so the console could do nothing.
    static bool needed(const ConsoleSettings &settings);

    // Form checks of each field, for the page to show: a translated sentence, empty when fine.
    static QString gatewayProblem(Environment environment, const QUrl &localUrl);
    static QString appIdProblem(const QString &appId);
    static QString sellerIdProblem(const QString &sellerId);

    // The database step. A PostgreSQL database is described field by field; sslMode is
    // StoreConfig::sslModeName()'s spelling or empty (the default of StoreConfig).
    struct Database
    {
        bool postgres = false;
        QString sqlitePath; // empty: StoreConfig::defaultSqlite()
        QString host;
        int port = 5432;
        QString name;
        QString user;
        QString password; // kept in memory until finish() puts it in the keychain
        QString sslMode;
        QString sslRootCert;
    };
    // The store configuration of `database`, or nullopt and a translated reason.
    static std::optional<StoreConfig> storeConfigOf(const Database &database,
                                                    QString *error = nullptr);
    // Opens (and creates) the database, replacing one opened before; a PostgreSQL database given
    // without a password uses the one the keychain keeps for it (a set-up run again). False and
    // a translated reason (never the password) when it cannot be opened.
    bool openDatabase(const Database &database, QString *error = nullptr);
    bool databaseOpen() const { return m_store != nullptr; }
    QString databaseDescription() const; // StoreConfig::describe() of the open database

    // The administrator step: a new database has no operator, and its first administrator is
    // created (SignIn::createFirstAdmin, audited there); a database that has operators asks one
    // of its administrators to sign in.
    bool hasOperators() const;
    bool createAdministrator(const QString &login, const QString &password, const QString &repeat,
                             QString *error = nullptr);
    bool signInAdministrator(const QString &login, const QString &password,
                             QString *error = nullptr);
    const OperatorSession &session() const { return m_session; }

    // The Alipay step: the environment, app_id and seller ID (checked for form). (Re)makes the
    // services and their CredentialsAdmin when any of them changed (pending keys are dropped
    // then). Needs an open database and a signed-in administrator.
    bool setAlipay(Environment environment, const QUrl &localUrl, const QString &appId,
                   const QString &sellerId, QString *error = nullptr);
    // Null before setAlipay(). Import, check and the connection test go through it.
    CredentialsAdmin *credentials() const;
    ConsoleServices *services() const { return m_services.get(); }
    // Tests: the keychain service the credentials go to (default: that of the environment).
    void setKeychainService(const QString &serviceName) { m_keychainService = serviceName; }

    // Saves everything (keys, database password, settings) and audits it; finished() answers.
    // False and why when refused at once (nothing saved).
    bool finish(QString *refusal = nullptr);

Q_SIGNALS:
    // ok: the settings are written and the console can start; message translated.
    void finished(bool ok, const QString &message);

private:
    void storePassword();
    void writeSettings();

    ConsoleSettings &m_settings;
    std::optional<StoreConfig> m_storeConfig;
    QString m_password;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ConsoleServices> m_services; // before m_store in destruction
    DatabasePassword *m_passwords = nullptr;     // child
    OperatorSession m_session;
    Environment m_environment = Environment::Production;
    QUrl m_localUrl;
    QString m_appId;
    QString m_sellerId;
    QString m_keychainService;
    QMetaObject::Connection m_saveAnswer;
    bool m_keysSaved = false; // by this finish(), for the present services
};

} // namespace DepositDesk
