// Composition root of the DepositDesk console: command line, language, environment (demo or
// configured), services, sign-in, main window.
#include "alipay/GatewayConfig.h"
#include "cli/CliRunner.h"
#include "demo/DemoEnvironment.h"
#include "secrets/CoreDumps.h"
#include "services/ConsoleServices.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/DatabasePassword.h"
#include "services/admin/FirstRunSetup.h"
#include "services/admin/StoreOpener.h"
#include "services/system/AboutInfo.h"
#include "services/system/LogFile.h"
#include "services/system/NetworkProxy.h"
#include "store/ImportCommand.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/session/DatabaseWaitDialog.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/session/SignInDialog.h"
#include "ui/setup/SetupAssistant.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace DepositDesk;

namespace {

struct Options
{
    QCommandLineOption demo;
    QCommandLineOption language;
    QCommandLineOption setup;
};

// Built after the language is chosen, so that --help speaks it.
Options makeOptions()
{
    return {
        QCommandLineOption(QStringLiteral("demo"),
                           QApplication::translate(
                               "main", "Start in demo mode with an embedded sandbox gateway.")),
        QCommandLineOption(QStringLiteral("lang"),
                           QApplication::translate(
                               "main", "Interface language (zh_CN or en); default: the system's."),
                           QStringLiteral("language")),
        QCommandLineOption(QStringLiteral("setup"),
                           QApplication::translate(
                               "main", "Open the set-up assistant (environment, app_id, seller "
                                       "ID, keys, database, administrator) before the console."))};
}

// --lang if given, else the one chosen in the settings, else the system locale's.
QString chooseLanguage(const QStringList &arguments, const QString &saved)
{
    const Options options = makeOptions();
    QCommandLineParser early;
    early.addOptions({options.demo, options.language, options.setup});
    early.addHelpOption();
    early.addVersionOption();
    early.parse(arguments); // errors are reported by the real parse below
    const QString requested = early.value(options.language);
    if (!requested.isEmpty())
        return LanguageSwitcher::languageFor(QLocale(requested));
    if (LanguageSwitcher::availableLanguages().contains(saved))
        return saved;
    return LanguageSwitcher::languageFor(QLocale::system());
}

// `depositdesk import FILE [--strict] [--report PATH] [--database DB]`: no window.
int runImport(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runImportCommand(QCoreApplication::arguments().mid(2), out, err);
}

// `depositdesk lookup|unfreeze|charge|…` (app/cli): no window, no display needed.
int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    // Messages in the system locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/depositdesk_%1.qm")
                            .arg(LanguageSwitcher::languageFor(QLocale::system()))))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exit = Cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return exit;
}

void showError(const QString &title, const QString &text)
{
    QMessageBox::critical(nullptr, title, text);
}

// What Help → About shows, for the places this run uses.
AboutInfo aboutInfo(const ConsoleSettings &settings, const ConsoleServices &services,
                    const QString &database, const QString &environment)
{
    AboutInfo info = AboutInfo::collect();
    info.environment = environment;
    info.proxy = NetworkProxy::describe(NetworkProxy::parse(settings.proxy()));
    info.settingsFile = settings.fileName();
    info.database = database;
    info.dataDirectory = QDir(services.dataDirectory()).filePath(QStringLiteral("bills"));
    info.logFolder = LogFile::defaultFolder();
    return info;
}

// Signs in (modal), then shows the window over `services` until the application quits.
int runConsole(LanguageSwitcher &languages, ConsoleSettings &settings, ConsoleServices &services,
               const std::function<void(MainWindow &)> &describe)
{
    {
        SignInDialog signIn(services);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
    }
    // Off the UI thread; the window shows a warning when the audit chain does not verify.
    services.checkAuditChain();
    MainWindow window(languages, &services);
    window.setSettings(&settings);
    describe(window);
    window.show();
    return QApplication::exec();
}

int runDemo(LanguageSwitcher &languages, ConsoleSettings &settings)
{
    DemoEnvironment demo;
    demo.setRecordHistory(true); // the demo's bills reconcile against its ledger
    // Freezes confirmed at the sandbox reach the order list by notification, as in production.
    demo.setNotificationIntake(true);
    QString error;
    if (!demo.start(DemoEnvironment::DefaultOrderCount, {}, &error)) {
        showError(QApplication::translate("main", "Demo mode could not start"), error);
        return 1;
    }
    ConsoleServices services(demo.store(), demo.gatewayConfig());
    services.setDemo(true);
    services.setDataDirectory(demo.dataDirectory());
    return runConsole(languages, settings, services, [&](MainWindow &window) {
        window.setDemoDetails(demo.summary().gatewayUrl, demo.summary().importedOrders);
        window.setAboutInfo(aboutInfo(settings, services, demo.summary().databasePath,
                                      environmentDisplayName(Environment::Demo)));
    });
}

// The team database could not be reached at start (`opened.unreachable`): a dialog says since
// when and retries until it opens or fails for another reason (`opened` is then that result), or
// the operator quits (false). The desk never starts without its database: signing in reads the
// operators from it.
bool waitForDatabase(Store &store, StoreResult &opened)
{
    StoreOpener opener(store);
    DatabaseWaitDialog wait(opener);
    opener.start(opened);
    const bool finished =
        wait.exec() == QDialog::Accepted || opener.result().ok || !opener.result().unreachable;
    opened = opener.result();
    return finished;
}

// The configured environment and database. The Alipay keys are read from the OS keychain
// of the environment while the window opens: until they arrive, and when the keychain is
// unavailable or holds none, the desk is read-only and says why.
int runConfigured(LanguageSwitcher &languages, ConsoleSettings &settings)
{
    // The database password comes from the keychain; one left in an older settings file is
    // moved there first.
    DatabasePassword databasePassword;
    const DatabasePassword::Prepared prepared = databasePassword.prepare(settings);
    const QString cannotOpen = QApplication::translate("main", "The database could not be opened");
    if (!prepared.config) {
        showError(cannotOpen, prepared.error);
        return 1;
    }
    if (!prepared.warning.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Database password"),
                             prepared.warning);
    Store store(*prepared.config);
    StoreResult opened = store.open();
    if (!opened && opened.unreachable && !waitForDatabase(store, opened))
        return 0; // quit while waiting for the database
    if (!opened) {
        showError(cannotOpen, opened.errorString);
        return 1;
    }
    if (prepared.moved) {
        if (const StoreResult audited = DatabasePassword::recordMoved(store, *prepared.config);
            !audited)
            std::fprintf(stderr, "%s\n", audited.errorString.toLocal8Bit().constData());
    }
    ConsoleServices services(store, settings.gatewayConfig());
    services.useKeychain(settings.environment());
    QObject::connect(services.credentialsAdmin(), &CredentialsAdmin::appIdSaved, &services,
                     [&settings](const QString &appId) {
                         settings.setAppId(appId);
                         settings.sync();
                     });
    QObject::connect(services.credentialsAdmin(), &CredentialsAdmin::sellerIdSaved, &services,
                     [&settings](const QString &sellerId) {
                         settings.setSellerId(sellerId);
                         settings.sync();
                     });
    services.credentialsAdmin()->loadStored(); // answers in the event loop
    return runConsole(languages, settings, services, [&](MainWindow &window) {
        window.setEnvironment(settings.environment());
        window.setAboutInfo(aboutInfo(settings, services, prepared.config->toSetting(),
                                      environmentDisplayName(settings.environment())));
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any key is read: no core file, no ptrace by other processes of the user.
    QString coreDumps;
    if (!CoreDumps::disable(&coreDumps))
        std::fprintf(stderr, "%s\n", coreDumps.toLocal8Bit().constData());
    if (argc > 1 && qstrcmp(argv[1], "import") == 0)
        return runImport(argc, argv);
    if (argc > 1 && Cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.depositdesk.DepositDesk"));

    ConsoleSettings settings;
    LanguageSwitcher languages;
    languages.setLanguage(chooseLanguage(QApplication::arguments(), settings.language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Deposit-free operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options = makeOptions();
    parser.addOptions({options.demo, options.language, options.setup});
    // The command line (app/cli) runs before this parser; named here so that --help says so.
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QApplication::translate("main", "Without a window: lookup, unfreeze, charge, "
                                        "refund-request, cancel, sync, resolve, reconcile, audit "
                                        "verify, audit export. \"depositdesk help\" lists them."),
        QStringLiteral("[command]"));
    parser.process(app);

    // Settings that could not be used (a giant file set aside, garbage values): said once, the
    // defaults are in use.
    if (const QStringList problems = settings.problems(); !problems.isEmpty())
        QMessageBox::warning(nullptr, QApplication::translate("main", "DepositDesk settings"),
                             problems.join(u'\n'));

    // The log file (rotating, no secrets); the console runs without one when it cannot be written.
    LogFile log;
    if (const LogFile::Started started = log.start(LogFile::defaultFolder()); !started.ok)
        std::fprintf(stderr, "%s\n", started.error.toLocal8Bit().constData());
    qInfo("DepositDesk %s started", DD_VERSION);
    // Alipay is reached through the proxy of the settings (the system's by default).
    if (const NetworkProxy::Parsed proxy = NetworkProxy::apply(settings.proxy()); !proxy.ok())
        qWarning("%s", qUtf8Printable(proxy.error));

    // A language chosen in the menu or the settings is kept for the next start.
    QObject::connect(&languages, &LanguageSwitcher::languageChanged, &app,
                     [&settings](const QString &language) {
                         settings.setLanguage(language);
                         settings.sync();
                     });
    if (parser.isSet(options.demo))
        return runDemo(languages, settings);
    // The set-up assistant: on --setup, and while nothing is configured (no app_id in the
    // settings, FirstRunSetup::needed). Cancelled on an unconfigured desk: nothing to start.
    if (parser.isSet(options.setup) || FirstRunSetup::needed(settings)) {
        SetupAssistant assistant(settings);
        assistant.exec();
        if (FirstRunSetup::needed(settings))
            return 0;
    }
    return runConfigured(languages, settings);
}
