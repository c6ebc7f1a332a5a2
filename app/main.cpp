// Composition root of the DepositDesk console: command line, language, main window.
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace DepositDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("DepositDesk"));
    QApplication::setOrganizationName(QStringLiteral("DepositDesk"));
    QApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Deposit-free operations console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "Start in demo mode with an embedded sandbox gateway."));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QApplication::translate("main", "Interface language (zh_CN or en); default: the system's."),
        QStringLiteral("language"));
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption))
                                                        : QLocale::system();
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("depositdesk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    if (parser.isSet(demoOption))
        window.setEnvironmentDescription(QApplication::translate("main", "Demo mode"));
    window.show();
    return QApplication::exec();
}
