// Composition root of the DepositDesk console: command line, language, main window.
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "services/DemoEnvironment.h"
#include "store/ImportCommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace DepositDesk;

namespace {

struct Options
{
    QCommandLineOption demo;
    QCommandLineOption language;
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
                           QStringLiteral("language"))};
}

// --lang if given and shipped, else the language the system locale asks for.
QString chooseLanguage(const QStringList &arguments)
{
    const Options options = makeOptions();
    QCommandLineParser early;
    early.addOptions({options.demo, options.language});
    early.addHelpOption();
    early.addVersionOption();
    early.parse(arguments); // errors are reported by the real parse below
    const QString requested = early.value(options.language);
    if (!requested.isEmpty())
        return LanguageSwitcher::languageFor(QLocale(requested));
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

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "import") == 0)
        return runImport(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    LanguageSwitcher languages;
    languages.setLanguage(chooseLanguage(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Deposit-free operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const Options options = makeOptions();
    parser.addOptions({options.demo, options.language});
    parser.process(app);

    MainWindow window(languages);
    DemoEnvironment demo;
    if (parser.isSet(options.demo)) {
        QString error;
        if (!demo.start(DemoEnvironment::DefaultOrderCount, {}, &error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Demo mode could not start"), error);
            return 1;
        }
        window.setDemoDetails(demo.summary().gatewayUrl, demo.summary().importedOrders);
    }
    window.show();
    return QApplication::exec();
}
