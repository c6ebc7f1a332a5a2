#include "cli/CliRunner.h"

#include "cli/CliCommand.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"
#include "cli/PasswordInput.h"

#include "alipay/GatewayConfig.h"
#include "secrets/CredentialJob.h"
#include "secrets/CredentialStore.h"
#include "services/ConsoleServices.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/DatabasePassword.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace DepositDesk::Cli {

namespace {

const QString UserOption = QStringLiteral("user");
const QString PasswordFdOption = QStringLiteral("password-fd");
const QString JsonOption = QStringLiteral("json");
const QString SettingsOption = QStringLiteral("settings");
const QString DatabaseOption = QStringLiteral("database");
const QString NoKeychainOption = QStringLiteral("no-keychain");
const QString MerchantKeyOption = QStringLiteral("merchant-key");
const QString AlipayKeyOption = QStringLiteral("alipay-public-key");
const QString HelpOption = QStringLiteral("help");

QList<QCommandLineOption> commonOptions()
{
    return {
        QCommandLineOption(UserOption, CliText::tr("The operator who signs in."),
                           QStringLiteral("login")),
        QCommandLineOption(PasswordFdOption,
                           CliText::tr("Read the operator's password from this file descriptor "
                                       "(first line); without it, it is asked on the terminal "
                                       "without echo."),
                           QStringLiteral("n")),
        QCommandLineOption(JsonOption, CliText::tr("Print one JSON object per result.")),
        QCommandLineOption(SettingsOption,
                           CliText::tr("The console settings file to read (environment, app_id, "
                                       "seller ID, database)."),
                           QStringLiteral("file")),
        QCommandLineOption(DatabaseOption,
                           CliText::tr("The database (SQLite file or PostgreSQL setting) instead "
                                       "of the settings' one."),
                           QStringLiteral("db")),
        QCommandLineOption(NoKeychainOption,
                           CliText::tr("Do not read the OS keychain: the keys come from "
                                       "--merchant-key and --alipay-public-key.")),
        QCommandLineOption(MerchantKeyOption,
                           CliText::tr("With --no-keychain: the app private key (PEM) file."),
                           QStringLiteral("file")),
        QCommandLineOption(AlipayKeyOption,
                           CliText::tr("With --no-keychain: the Alipay public key (PEM) file."),
                           QStringLiteral("file")),
        QCommandLineOption(QStringList{QStringLiteral("h"), HelpOption},
                           CliText::tr("Show this help.")),
    };
}

// The command named by the first words of `arguments`; *words is how many it took.
const Command *find(const QStringList &arguments, int *words)
{
    const Command *best = nullptr;
    for (const Command &command : commands()) {
        const QStringList name = command.name.split(u' ');
        if (arguments.mid(0, name.size()) == name &&
            (!best || name.size() > best->name.count(u' ') + 1)) {
            best = &command;
            *words = int(name.size());
        }
    }
    return best;
}

QString usageLine(const Command &command)
{
    QString line = QStringLiteral("depositdesk ") + command.name;
    if (!command.arguments.isEmpty())
        line += u' ' + command.arguments;
    return CliText::tr("Usage: %1 [options] --user LOGIN [--password-fd N]").arg(line);
}

QString overview()
{
    QString text = CliText::tr("DepositDesk command line: the console's actions for scripts, "
                               "under an operator's sign-in.") +
                   u'\n' + CliText::tr("Usage: depositdesk COMMAND [ARGUMENTS] [options]") +
                   u"\n\n" + CliText::tr("Commands:") + u'\n';
    for (const Command &command : commands()) {
        QString left = command.name;
        if (!command.arguments.isEmpty())
            left += u' ' + command.arguments;
        text += QStringLiteral("  %1  %2\n")
                    .arg(left.leftJustified(34),
                         QCoreApplication::translate("DepositDesk::Cli", command.summary));
    }
    text += u'\n' +
            CliText::tr("\"depositdesk COMMAND --help\" describes a command and its options.") +
            u'\n' +
            CliText::tr("Exit codes: 0 done, 1 refused or failed, 2 bad usage, 3 outcome unknown "
                        "(recorded; \"depositdesk resolve\" settles it).") +
            u'\n';
    return text;
}

QByteArray readKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024) {
        *error =
            CliText::tr("Cannot read %1 (missing, unreadable or larger than 64 KiB).").arg(path);
        return {};
    }
    return file.readAll();
}

// The keys from files (--no-keychain); an empty error when none were asked for.
std::optional<GatewayConfig> keysFromFiles(const QCommandLineParser &parser, GatewayConfig config,
                                           QString *error)
{
    if (parser.isSet(MerchantKeyOption)) {
        QByteArray text = readKeyFile(parser.value(MerchantKeyOption), error);
        if (text.isEmpty())
            return std::nullopt;
        config.merchantKey = RsaPrivateKey::load(text, error);
        text.fill('\0');
        if (!config.merchantKey)
            return std::nullopt;
    }
    if (parser.isSet(AlipayKeyOption)) {
        const QByteArray text = readKeyFile(parser.value(AlipayKeyOption), error);
        if (text.isEmpty())
            return std::nullopt;
        config.alipayPublicKey = RsaPublicKey::load(text, error);
        if (!config.alipayPublicKey)
            return std::nullopt;
    }
    return config;
}

// The keys from the keychain of the settings' environment, as the console loads them.
std::optional<GatewayConfig> keysFromKeychain(const ConsoleSettings &settings,
                                              const GatewayConfig &base, QString *error)
{
    CredentialStore keychain(CredentialStore::serviceNameFor(settings.environment()));
    CredentialJob *job = keychain.load(base.appId);
    QEventLoop loop;
    std::optional<GatewayConfig> config;
    QObject::connect(job, &CredentialJob::finished, &loop, [&](CredentialJob *done) {
        if (done->status() == KeychainStatus::Ok)
            config = done->credentials().toGatewayConfig(base, error);
        else
            *error = CliText::tr("The keychain gave no credentials for app_id %1: %2")
                         .arg(base.appId, done->message());
        loop.quit();
    });
    loop.exec();
    return config;
}

} // namespace

bool isCommand(const QString &word)
{
    if (word == u"help")
        return true;
    for (const Command &command : commands())
        if (command.name.section(u' ', 0, 0) == word)
            return true;
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.constFirst() == u"help") {
        out << overview();
        return Done;
    }
    int words = 0;
    const Command *command = find(arguments, &words);
    if (!command) {
        err << CliText::tr("\"%1\" is not a command.").arg(arguments.mid(0, 2).join(u' ')) << u'\n'
            << overview();
        return Usage;
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(commonOptions());
    if (command->options)
        parser.addOptions(command->options());
    const QString usage = usageLine(*command);
    const bool parsed =
        parser.parse(QStringList{QStringLiteral("depositdesk")} + arguments.mid(words));
    if (parsed && parser.isSet(HelpOption)) {
        const QString options = parser.helpText();
        out << usage << "\n\n"
            << QCoreApplication::translate("DepositDesk::Cli", command->summary) << "\n\n"
            << options.mid(options.indexOf(u'\n') + 1) << u'\n'
            << CliText::tr("Exit codes: 0 done, 1 refused or failed, 2 bad usage, 3 outcome "
                           "unknown (recorded; \"depositdesk resolve\" settles it).")
            << u'\n';
        return Done;
    }
    if (!parsed || parser.positionalArguments().size() != command->positionalCount) {
        err << (parsed ? CliText::tr("\"depositdesk %1\" takes %n argument(s).", nullptr,
                                     command->positionalCount)
                             .arg(command->name)
                       : parser.errorText())
            << u'\n' << usage << u'\n';
        return Usage;
    }
    const QString login = parser.value(UserOption).trimmed();
    if (login.isEmpty()) {
        err << CliText::tr("--user is required: the operator who signs in.") << u'\n' << usage
            << u'\n';
        return Usage;
    }
    int passwordFd = -1;
    if (parser.isSet(PasswordFdOption)) {
        bool ok = false;
        passwordFd = parser.value(PasswordFdOption).toInt(&ok);
        if (!ok || passwordFd < 0) {
            err << CliText::tr("--password-fd takes the number of an open file descriptor.")
                << u'\n';
            return Usage;
        }
    }

    std::unique_ptr<ConsoleSettings> settings =
        parser.isSet(SettingsOption)
            ? std::make_unique<ConsoleSettings>(parser.value(SettingsOption))
            : std::make_unique<ConsoleSettings>();
    for (const QString &problem : settings->problems())
        err << problem << u'\n';
    const DatabasePassword::Prepared database = DatabasePassword::forCommandLine(
        *settings,
        parser.isSet(DatabaseOption) ? std::optional(parser.value(DatabaseOption)) : std::nullopt);
    if (!database.warning.isEmpty())
        err << database.warning << u'\n';
    if (!database.config) {
        err << CliText::tr("The database could not be opened: %1").arg(database.error) << u'\n';
        return Refused;
    }
    Store store(*database.config);
    if (const StoreResult opened = store.open(); !opened) {
        err << CliText::tr("The database could not be opened: %1").arg(opened.errorString) << u'\n';
        return Refused;
    }

    const std::optional<QString> password =
        passwordFd >= 0 ? PasswordInput::fromDescriptor(passwordFd)
                        : PasswordInput::fromTerminal(CliText::tr("Password for %1: ").arg(login));
    if (!password) {
        err << (passwordFd >= 0
                    ? CliText::tr("No password could be read from file descriptor %1.")
                          .arg(passwordFd)
                    : CliText::tr("No terminal to ask the password on: give it on a file "
                                  "descriptor with --password-fd N."))
            << u'\n';
        return Usage;
    }

    const GatewayConfig base = settings->gatewayConfig();
    ConsoleServices services(store, base);
    const SignIn::Result signedIn = services.operatorSignIn().check(login, *password);
    if (!signedIn.ok()) {
        // Nothing was done: with --json, scripts read why on stdout as for any refusal.
        if (parser.isSet(JsonOption))
            out << QString::fromUtf8(
                       QJsonDocument(
                           QJsonObject{{QStringLiteral("action"), command->name},
                                       {QStringLiteral("outcome"), QStringLiteral("refused")},
                                       {QStringLiteral("message"), signedIn.message}})
                           .toJson(QJsonDocument::Compact))
                << u'\n';
        else
            err << signedIn.message << u'\n';
        return Refused;
    }
    if (command->needsGateway) {
        QString error;
        std::optional<GatewayConfig> keys = parser.isSet(NoKeychainOption)
                                                ? keysFromFiles(parser, base, &error)
                                                : keysFromKeychain(*settings, base, &error);
        if (!keys) {
            err << error << u'\n';
            return Refused;
        }
        services.setGatewayConfig(*keys);
        if (!services.canCallAlipay()) {
            err << services.credentialsProblem() << u'\n';
            return Refused;
        }
    }
    // Audited "operator.sign_in"; the resolver starts settling what earlier runs left unknown.
    services.setSession(signedIn.session);
    CliSession session(services, signedIn.session, parser, out, err);
    const int exit = command->run(session);
    services.signOut();
    return exit;
}

} // namespace DepositDesk::Cli
