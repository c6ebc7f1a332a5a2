// depositdesk-intake: receives Alipay's asynchronous notifications over HTTP and records them as
// order facts, exactly once (see app/intake/README.md and docs/intake.md).
#include "intake/IntakeServer.h"

#include "alipay/AlipayApi.h"
#include "alipay/Certificate.h"
#include "alipay/GatewayClient.h"
#include "secrets/CoreDumps.h"
#include "secrets/CredentialJob.h"
#include "secrets/CredentialStore.h"
#include "services/actions/OutcomeResolver.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/DatabasePassword.h"
#include "services/intake/NotificationIntake.h"
#include "services/orders/OrderFacts.h"
#include "services/system/LogFile.h"
#include "services/system/NetworkProxy.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace DepositDesk;

namespace {

Q_LOGGING_CATEGORY(lcIntakeMain, "depositdesk.intake")

// lupdate files a message under the class it is written in: Text::tr() puts every message of
// this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::IntakeMain)
};

constexpr int ResolverIntervalMs = 5 * 60 * 1000;

struct Listen
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8480;
};

std::optional<Listen> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    Listen listen;
    if (!ok || port > 65535 || !listen.address.setAddress(host))
        return std::nullopt;
    listen.port = quint16(port);
    return listen;
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        *error = Text::tr("Cannot read %1 (missing, unreadable or larger than 64 KiB).").arg(path);
        return {};
    }
    return file.readAll();
}

// The Alipay public key of a file: a PEM or base64 public key, or alipayCertPublicKey_RSA2.crt.
bool loadPublicKeyFile(const QString &path, bool certificate, GatewayConfig &config, QString *error)
{
    const QByteArray text = readSmallFile(path, error);
    if (text.isEmpty())
        return false;
    if (certificate) {
        const std::optional<Certificate> cert = Certificate::load(text, error);
        if (!cert)
            return false;
        config.alipayPublicKey = cert->publicKey(error);
        config.alipayCertSn = cert->sn();
    } else {
        config.alipayPublicKey = RsaPublicKey::load(text, error);
    }
    return config.alipayPublicKey.has_value();
}

// What the keychain entry gives when it is not a complete set: the Alipay public key alone.
bool takeAlipayKey(const Credentials &stored, GatewayConfig &config)
{
    using Part = Credentials::Part;
    GatewayConfig copy = config;
    if (stored.hasPart(Part::AlipayCertificate))
        if (const auto cert = Certificate::load(stored.part(Part::AlipayCertificate)))
            if (const auto key = cert->publicKey()) {
                copy.alipayPublicKey = key;
                copy.alipayCertSn = cert->sn();
            }
    if (!copy.alipayPublicKey && stored.hasPart(Part::AlipayPublicKey))
        copy.alipayPublicKey = RsaPublicKey::load(stored.part(Part::AlipayPublicKey));
    if (!copy.alipayPublicKey)
        return false;
    config = copy;
    return true;
}

// Everything that runs once the keys are known.
class Intake
{
public:
    Intake(const Store &store, const GatewayConfig &config, bool canResolve)
        : m_intake(store, config)
        , m_server(m_intake)
    {
        if (!canResolve)
            return;
        m_client = std::make_unique<GatewayClient>(config);
        m_api = std::make_unique<AlipayApi>(m_client.get());
        m_facts = std::make_unique<OrderFacts>(store);
        m_resolver = std::make_unique<OutcomeResolver>(store, *m_api, *m_facts);
        QObject::connect(
            m_resolver.get(), &OutcomeResolver::problem, m_resolver.get(),
            [](const QString &message) { qCWarning(lcIntakeMain).noquote() << message; });
        QObject::connect(
            m_resolver.get(), &OutcomeResolver::settled, m_resolver.get(),
            [](qint64 intent, const QString &order) {
                qCInfo(lcIntakeMain).noquote()
                    << Text::tr("Intent %1 of order %2 settled by query.").arg(intent).arg(order);
            });
        m_timer.setInterval(ResolverIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, m_resolver.get(),
                         [this] { m_resolver->resolveAll(); });
    }

    NotificationIntake &intake() { return m_intake; }
    IntakeServer &server() { return m_server; }
    bool resolves() const { return m_resolver != nullptr; }
    void startResolver()
    {
        if (!m_resolver)
            return;
        m_resolver->resolveAll();
        m_timer.start();
    }

private:
    NotificationIntake m_intake;
    IntakeServer m_server;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<AlipayApi> m_api;
    std::unique_ptr<OrderFacts> m_facts;
    std::unique_ptr<OutcomeResolver> m_resolver;
    QTimer m_timer;
};

} // namespace

int main(int argc, char *argv[])
{
    // Before any key is read: no core file, no ptrace by other processes of the user.
    QString coreDumps;
    if (!CoreDumps::disable(&coreDumps))
        std::fprintf(stderr, "%s\n", coreDumps.toLocal8Bit().constData());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Receives Alipay's asynchronous notifications (notify_url) and records them as "
                 "order facts in the DepositDesk database, exactly once."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Text::tr("Displays version information."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Text::tr("Address and port to listen on (default 127.0.0.1:8480; port 0: any free one)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption pathOption(QStringLiteral("path"),
                                        Text::tr("The HTTP path of the notifications (default %1).")
                                            .arg(IntakeServer::defaultPath()),
                                        QStringLiteral("PATH"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        Text::tr("The database (SQLite file or PostgreSQL setting) instead of the settings' one."),
        QStringLiteral("DB"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        Text::tr("The console settings file to read (environment, app_id, database)."),
        QStringLiteral("FILE"));
    const QCommandLineOption publicKeyOption(
        QStringLiteral("alipay-public-key"),
        Text::tr("Read the Alipay public key (支付宝公钥) from this file instead of the keychain."),
        QStringLiteral("FILE"));
    const QCommandLineOption certOption(
        QStringLiteral("alipay-cert"),
        Text::tr("Certificate mode: read alipayCertPublicKey_RSA2.crt from this file instead of "
                 "the keychain."),
        QStringLiteral("FILE"));
    const QCommandLineOption noKeychainOption(
        QStringLiteral("no-keychain"),
        Text::tr("Do not read the OS keychain (no merchant key: unknown outcomes are not "
                 "settled)."));
    parser.addOptions({versionOption, listenOption, pathOption, databaseOption, settingsOption,
                       publicKeyOption, certOption, noKeychainOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        out << "depositdesk-intake " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    Listen listen;
    if (parser.isSet(listenOption)) {
        const std::optional<Listen> parsed = parseListen(parser.value(listenOption));
        if (!parsed) {
            err << Text::tr("--listen takes HOST:PORT, e.g. 127.0.0.1:8480 or [::1]:8480.")
                << Qt::endl;
            return 2;
        }
        listen = *parsed;
    }
    const QString path =
        parser.isSet(pathOption) ? parser.value(pathOption) : IntakeServer::defaultPath();
    if (!path.startsWith(u'/')) {
        err << Text::tr("--path must start with /.") << Qt::endl;
        return 2;
    }

    std::unique_ptr<ConsoleSettings> settings =
        parser.isSet(settingsOption)
            ? std::make_unique<ConsoleSettings>(parser.value(settingsOption))
            : std::make_unique<ConsoleSettings>();
    // The log file beside the console's (rotating, no secrets), and the proxy of the settings
    // for the resolver's queries.
    LogFile log;
    if (const LogFile::Started started =
            log.start(LogFile::defaultFolder(), QStringLiteral("depositdesk-intake"));
        !started.ok)
        err << started.error << Qt::endl;
    for (const QString &problem : settings->problems())
        qCWarning(lcIntakeMain).noquote() << problem;
    if (const NetworkProxy::Parsed proxy = NetworkProxy::apply(settings->proxy()); !proxy.ok())
        qCWarning(lcIntakeMain).noquote() << proxy.error;
    // The seller ID too: a notification for another payee is refused.
    const GatewayConfig base = settings->gatewayConfig();
    if (base.appId.isEmpty()) {
        err << Text::tr("No app_id in the settings (%1): set it in the console first.")
                   .arg(settings->fileName())
            << Qt::endl;
        return 2;
    }

    const DatabasePassword::Prepared database = DatabasePassword::forCommandLine(
        *settings,
        parser.isSet(databaseOption) ? std::optional(parser.value(databaseOption)) : std::nullopt);
    if (!database.warning.isEmpty())
        qCWarning(lcIntakeMain).noquote() << database.warning;
    if (!database.config) {
        err << Text::tr("The database could not be opened: %1").arg(database.error) << Qt::endl;
        return 1;
    }
    Store store(*database.config);
    if (const StoreResult opened = store.open(); !opened) {
        err << Text::tr("The database could not be opened: %1").arg(opened.errorString) << Qt::endl;
        return 1;
    }

    GatewayConfig fileKeys = base;
    if (parser.isSet(publicKeyOption) || parser.isSet(certOption)) {
        const bool cert = parser.isSet(certOption);
        QString error;
        if (!loadPublicKeyFile(parser.value(cert ? certOption : publicKeyOption), cert, fileKeys,
                               &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }

    std::unique_ptr<Intake> intake;
    // Starts listening with what the keys allow; false when nothing can be verified.
    const auto start = [&](const GatewayConfig &config, bool canResolve) {
        intake = std::make_unique<Intake>(store, config, canResolve);
        if (!intake->intake().canVerify()) {
            err << intake->intake().problem() << ' '
                << Text::tr("Notifications cannot be verified: the intake does not start. Import "
                            "the Alipay public key (or certificates) in the console, or give "
                            "--alipay-public-key / --alipay-cert.")
                << Qt::endl;
            return false;
        }
        intake->server().setPath(path);
        QString listenError;
        if (!intake->server().listenOn(listen.address, listen.port, &listenError)) {
            err << listenError << Qt::endl;
            return false;
        }
        out << Text::tr("depositdesk-intake %1: listening on %2 for app_id %3, database %4")
                   .arg(QCoreApplication::applicationVersion(), intake->server().url().toString(),
                        config.appId, database.config->describe())
            << Qt::endl;
        out << Text::tr("It verifies notifications (%1) and records them.")
                   .arg(config.certificateMode() ? Text::tr("certificate mode")
                                                 : Text::tr("public-key mode"))
            << Qt::endl;
        out << (canResolve
                    ? Text::tr("It settles unknown outcomes left by desks every %1 minutes.")
                          .arg(ResolverIntervalMs / 60000)
                    : Text::tr("It does NOT settle unknown outcomes: the merchant private key "
                               "is not available here (the console settles them)."))
            << Qt::endl;
        intake->startResolver();
        return true;
    };

    if (parser.isSet(noKeychainOption)) {
        if (!start(fileKeys, false))
            return 1;
        return QCoreApplication::exec();
    }

    // The keychain of the settings' environment, like the console: the complete credentials
    // give the resolver too; an entry that only has the Alipay key gives verification.
    CredentialStore keychain(CredentialStore::serviceNameFor(settings->environment()));
    CredentialJob *job = keychain.load(base.appId);
    QObject::connect(job, &CredentialJob::finished, &app, [&](CredentialJob *done) {
        GatewayConfig config = fileKeys;
        bool canResolve = false;
        if (done->status() == KeychainStatus::Ok) {
            QString problem;
            if (const auto full = done->credentials().toGatewayConfig(base, &problem)) {
                const bool keepFileKey = fileKeys.alipayPublicKey.has_value();
                config = *full;
                if (keepFileKey) {
                    config.alipayPublicKey = fileKeys.alipayPublicKey;
                    config.alipayCertSn = fileKeys.alipayCertSn;
                }
                canResolve = true;
            } else {
                qCWarning(lcIntakeMain).noquote() << problem;
                if (!config.alipayPublicKey)
                    takeAlipayKey(done->credentials(), config);
            }
        } else {
            qCWarning(lcIntakeMain).noquote()
                << Text::tr("The keychain gave no credentials for app_id %1: %2")
                       .arg(base.appId, done->message());
        }
        if (!start(config, canResolve))
            QCoreApplication::exit(1);
    });
    return QCoreApplication::exec();
}
