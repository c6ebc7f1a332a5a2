#include "services/admin/FirstRunSetup.h"

#include "services/ConsoleServices.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/DatabasePassword.h"
#include "services/session/SignIn.h"

#include "alipay/GatewayClient.h"
#include "alipay/GatewayConfig.h"
#include "secrets/CredentialStore.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QLoggingCategory>
#include <QRegularExpression>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcFirstRunSetup, "depositdesk.setup")

const QList<StoreConfig::SslMode> SslModes{
    StoreConfig::SslMode::Disable, StoreConfig::SslMode::Prefer, StoreConfig::SslMode::Require,
    StoreConfig::SslMode::VerifyCa, StoreConfig::SslMode::VerifyFull};

} // namespace

FirstRunSetup::FirstRunSetup(ConsoleSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_passwords(new DatabasePassword(this))
{
    connect(m_passwords, &DatabasePassword::stored, this, [this](bool ok, const QString &message) {
        if (!ok) {
            Q_EMIT finished(false, tr("The database password could not be stored in the system "
                                      "keychain: %1 Nothing else was saved; make the keychain "
                                      "available and try again.")
                                       .arg(message));
            return;
        }
        writeSettings();
    });
}

FirstRunSetup::~FirstRunSetup()
{
    m_password.fill(u'\0');
}

bool FirstRunSetup::needed(const ConsoleSettings &settings)
{
    return settings.appId().isEmpty();
}

QString FirstRunSetup::gatewayProblem(Environment environment, const QUrl &localUrl)
{
    if (environment != Environment::LocalUrl)
        return {};
    const bool web =
        localUrl.isValid() && (localUrl.scheme() == u"http" || localUrl.scheme() == u"https");
    if (!web || localUrl.host().isEmpty())
        return tr("The local gateway address must be an http(s) URL such as "
                  "http://127.0.0.1:8080/gateway.do.");
    if (localUrl.scheme() == u"http" && !GatewayConfig::isLoopbackHost(localUrl.host()))
        return tr("Plain http is only allowed to this computer (127.0.0.1). Use https for "
                  "another computer.");
    return {};
}

QString FirstRunSetup::appIdProblem(const QString &appId)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{16}$"));
    const QString trimmed = appId.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the app_id: 16 digits, from the Alipay open platform console.");
    if (!digits.match(trimmed).hasMatch())
        return tr("The app_id \"%1\" is not valid: it has 16 digits (the Alipay open platform "
                  "console shows it as APPID).")
            .arg(trimmed.left(40));
    return {};
}

QString FirstRunSetup::sellerIdProblem(const QString &sellerId)
{
    const QString trimmed = sellerId.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the seller ID: the merchant's Alipay user ID, 16 digits starting with "
                  "2088 (PID).");
    if (!ConsoleSettings::isSellerId(trimmed))
        return tr("The seller ID \"%1\" is not valid: it has 16 digits and starts with 2088. "
                  "It is not the app_id; the merchant platform shows it as PID.")
            .arg(trimmed.left(40));
    return {};
}

std::optional<StoreConfig> FirstRunSetup::storeConfigOf(const Database &database, QString *error)
{
    if (!database.postgres) {
        const QString path = database.sqlitePath.trimmed();
        return path.isEmpty() ? StoreConfig::defaultSqlite() : StoreConfig::sqlite(path);
    }
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    StoreConfig config;
    config.driver = StoreConfig::Driver::Postgres;
    config.host = database.host.trimmed();
    config.port = database.port;
    config.database = database.name.trimmed();
    config.user = database.user.trimmed();
    config.password = database.password;
    config.sslRootCert = database.sslRootCert.trimmed();
    if (config.host.isEmpty())
        return refuse(tr("Enter the PostgreSQL server's host name or address."));
    if (config.database.isEmpty())
        return refuse(tr("Enter the name of the PostgreSQL database."));
    if (config.user.isEmpty())
        return refuse(tr("Enter the PostgreSQL user the desk signs in as."));
    if (config.port < 1 || config.port > 65535)
        return refuse(tr("The port is a number from 1 to 65535 (PostgreSQL's is 5432)."));
    const QString mode = database.sslMode.trimmed();
    if (!mode.isEmpty()) {
        config.sslMode = StoreConfig::SslMode::Unset;
        for (StoreConfig::SslMode known : SslModes)
            if (StoreConfig::sslModeName(known) == mode)
                config.sslMode = known;
        if (config.sslMode == StoreConfig::SslMode::Unset)
            return refuse(tr("The TLS mode \"%1\" is not one PostgreSQL knows.").arg(mode));
    }
    const StoreConfig::SslMode effective = config.effectiveSslMode();
    if ((effective == StoreConfig::SslMode::VerifyCa ||
         effective == StoreConfig::SslMode::VerifyFull) &&
        config.sslRootCert.isEmpty())
        return refuse(tr("Checking the server's certificate needs the root certificate it was "
                         "issued by: choose its file."));
    return config;
}

bool FirstRunSetup::openDatabase(const Database &database, QString *error)
{
    std::optional<StoreConfig> config = storeConfigOf(database, error);
    if (!config)
        return false;
    // Run again (--setup): the password typed the first time is in the keychain.
    if (config->driver == StoreConfig::Driver::Postgres && config->password.isEmpty())
        config->password = m_passwords->readStored(*config);
    m_services.reset();
    m_store.reset();
    m_session = {};
    auto store = std::make_unique<Store>(*config);
    if (const StoreResult opened = store->open(); !opened) {
        if (error)
            *error = config->redact(opened.errorString);
        return false;
    }
    m_store = std::move(store);
    m_password.fill(u'\0');
    m_password = config->password;
    config->password.clear();
    m_storeConfig = config;
    return true;
}

QString FirstRunSetup::databaseDescription() const
{
    return m_storeConfig ? m_storeConfig->describe() : QString();
}

bool FirstRunSetup::hasOperators() const
{
    if (!m_store)
        return false;
    return !SignIn(*m_store).firstStart().value_or(true);
}

bool FirstRunSetup::createAdministrator(const QString &login, const QString &password,
                                        const QString &repeat, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_store)
        return refuse(tr("Open the database first."));
    if (login.trimmed().isEmpty())
        return refuse(tr("Choose the administrator's login."));
    if (password.isEmpty())
        return refuse(tr("Choose the administrator's password."));
    if (password != repeat)
        return refuse(tr("The two passwords differ. Type the same password twice."));
    if (const StoreResult created = SignIn(*m_store).createFirstAdmin(login, password); !created)
        return refuse(created.errorString);
    return signInAdministrator(login, password, error);
}

bool FirstRunSetup::signInAdministrator(const QString &login, const QString &password,
                                        QString *error)
{
    if (!m_store) {
        if (error)
            *error = tr("Open the database first.");
        return false;
    }
    const SignIn::Result result = SignIn(*m_store).check(login, password);
    if (!result.ok()) {
        if (error)
            *error = result.message;
        return false;
    }
    if (!result.session.can(Capability::ManageCredentials)) {
        if (error)
            *error = Permissions::deniedReason(result.session.role, Capability::ManageCredentials);
        return false;
    }
    m_session = result.session;
    if (m_services)
        m_services->setSession(m_session);
    return true;
}

bool FirstRunSetup::setAlipay(Environment environment, const QUrl &localUrl, const QString &appId,
                              const QString &sellerId, QString *error)
{
    QString problem = gatewayProblem(environment, localUrl);
    if (problem.isEmpty())
        problem = appIdProblem(appId);
    if (problem.isEmpty())
        problem = sellerIdProblem(sellerId);
    if (problem.isEmpty() && (!m_store || !m_session.isValid()))
        problem = tr("Open the database and sign in as its administrator first.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    const QUrl url = environment == Environment::LocalUrl ? localUrl : QUrl();
    if (m_services && environment == m_environment && url == m_localUrl &&
        appId.trimmed() == m_appId && sellerId.trimmed() == m_sellerId)
        return true;
    m_environment = environment;
    m_localUrl = url;
    m_appId = appId.trimmed();
    m_sellerId = sellerId.trimmed();
    GatewayConfig gateway;
    switch (environment) {
    case Environment::AlipaySandbox:
        gateway.gateway = GatewayConfig::alipaySandboxGateway();
        break;
    case Environment::LocalUrl:
        gateway.gateway = url;
        break;
    case Environment::Demo:
    case Environment::Production:
        gateway.gateway = GatewayConfig::productionGateway();
        break;
    }
    gateway.appId = m_appId;
    gateway.sellerId = m_sellerId;
    gateway.timeoutMs = m_settings.callTimeoutMs();
    m_services.reset();
    m_keysSaved = false;
    m_services = std::make_unique<ConsoleServices>(*m_store, gateway);
    m_services->useKeychainService(m_keychainService.isEmpty()
                                       ? CredentialStore::serviceNameFor(environment)
                                       : m_keychainService);
    m_services->setSession(m_session);
    return true;
}

CredentialsAdmin *FirstRunSetup::credentials() const
{
    return m_services ? m_services->credentialsAdmin() : nullptr;
}

bool FirstRunSetup::finish(QString *refusal)
{
    CredentialsAdmin *admin = credentials();
    if (!admin) {
        if (refusal)
            *refusal = tr("Open the database, sign in and enter the app_id first.");
        return false;
    }
    // Finish tried again after the keys were saved (the database password failed): the keys are
    // in the keychain already and no longer pending.
    if (m_keysSaved) {
        QMetaObject::invokeMethod(this, &FirstRunSetup::storePassword, Qt::QueuedConnection);
        return true;
    }
    if (!admin->save(refusal))
        return false;
    // One answer per save (a failed save may be tried again).
    disconnect(m_saveAnswer);
    m_saveAnswer = connect(admin, &CredentialsAdmin::saveFinished, this,
                           [this](const CredentialsOutcome &outcome) {
                               disconnect(m_saveAnswer);
                               if (!outcome.ok) {
                                   Q_EMIT finished(false, outcome.message);
                                   return;
                               }
                               m_keysSaved = true;
                               storePassword();
                           });
    return true;
}

void FirstRunSetup::storePassword()
{
    if (m_storeConfig && m_storeConfig->driver == StoreConfig::Driver::Postgres &&
        !m_password.isEmpty()) {
        m_passwords->store(*m_storeConfig, m_password);
        return;
    }
    writeSettings();
}

void FirstRunSetup::writeSettings()
{
    m_password.fill(u'\0');
    m_password.clear();
    m_settings.setEnvironment(m_environment);
    if (m_environment == Environment::LocalUrl)
        m_settings.setLocalGatewayUrl(m_localUrl);
    // The default SQLite file stays "empty" in the settings, as the Settings page writes it.
    const bool defaultDatabase = m_storeConfig->driver == StoreConfig::Driver::Sqlite &&
                                 m_storeConfig->path == StoreConfig::defaultSqlite().path;
    m_settings.setDatabase(defaultDatabase ? QString() : m_storeConfig->toSetting());
    m_settings.setSellerId(m_sellerId);
    m_settings.setAppId(m_appId); // last: with it the desk counts as configured
    m_settings.sync();

    AuditEvent event;
    event.operatorLogin = m_session.login;
    event.action = QStringLiteral("setup.completed");
    event.details = {
        {QStringLiteral("environment"), environmentKey(m_environment)},
        {QStringLiteral("gateway"), m_services->client().config().gateway.toString()},
        {QStringLiteral("app_id"), m_appId},
        {QStringLiteral("seller_id"), m_sellerId},
        {QStringLiteral("database"), m_storeConfig->describe()},
        {QStringLiteral("desk"), m_services->desk()},
    };
    if (const StoreResult written = AuditLog(*m_store).append(event); !written)
        qCWarning(lcFirstRunSetup).noquote()
            << "setup.completed not audited:" << written.errorString;
    Q_EMIT finished(true, tr("DepositDesk is set up: the keys are in the system keychain and the "
                             "settings in %1.")
                              .arg(m_settings.fileName()));
}

} // namespace DepositDesk
