#include "store/ImportCommand.h"

#include "store/OrderImporter.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ImportCommand)
};

constexpr int ExitOk = 0;
constexpr int ExitSomeRejected = 1;
constexpr int ExitNothingImported = 2;
constexpr int ExitUsage = 64;

} // namespace

int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    Text::tr("Import nothing if any row is rejected."));
    const QCommandLineOption format(
        QStringLiteral("format"), Text::tr("File format: csv or json (default: by the file name)."),
        QStringLiteral("format"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    Text::tr("Where to write the rejected rows (default: "
                                             "FILE.rejected.csv)."),
                                    QStringLiteral("path"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      Text::tr("SQLite file or PostgreSQL connection string (keep "
                                               "the password in PGPASSFILE rather than here)."),
                                      QStringLiteral("db"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help, with the limits on import files."));
    parser.addOptions({strict, format, report, database, help});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The merchant's order export."));
    const QString usage =
        Text::tr("Usage: depositdesk import FILE [--strict] [--format csv|json] [--report PATH] "
                 "[--database DB]");
    const bool parsed = parser.parse(QStringList{QStringLiteral("depositdesk import")} + arguments);
    if (parsed && parser.isSet(help)) {
        // Qt's own usage line names the executable only: ours replaces it.
        const QString options = parser.helpText();
        out << usage << '\n'
            << options.mid(options.indexOf(u'\n') + 1) << '\n'
            << OrderImporter::describeLimits(OrderImporter::Limits()) << '\n';
        return ExitOk;
    }
    if (!parsed || parser.positionalArguments().size() != 1) {
        err << (parser.errorText().isEmpty() ? Text::tr("Name exactly one file to import.")
                                             : parser.errorText())
            << '\n'
            << usage << '\n';
        return ExitUsage;
    }
    OrderImporter::Format fileFormat = OrderImporter::Format::Auto;
    if (parser.isSet(format)) {
        const QString value = parser.value(format).toLower();
        if (value != u"csv" && value != u"json") {
            err << Text::tr("The format \"%1\" is not known: use csv or json.").arg(value) << '\n';
            return ExitUsage;
        }
        fileFormat = value == u"csv" ? OrderImporter::Format::Csv : OrderImporter::Format::Json;
    }
    const QString setting = parser.isSet(database) ? parser.value(database)
                                                   : qEnvironmentVariable("DEPOSITDESK_DATABASE");
    QString error;
    const std::optional<StoreConfig> config = setting.isEmpty()
                                                  ? StoreConfig::defaultSqlite()
                                                  : StoreConfig::fromSetting(setting, &error);
    if (!config) {
        err << error << '\n';
        return ExitUsage;
    }
    Store store(*config);
    const StoreResult opened = store.open();
    if (!opened) {
        err << opened.errorString << '\n';
        return ExitNothingImported;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ImportReport result =
        OrderImporter(store).importFile(file, fileFormat, parser.isSet(strict));
    if (!result.errorString.isEmpty()) {
        err << result.errorString << '\n';
        return ExitNothingImported;
    }
    for (const ImportReport::Rejection &r : result.rejected)
        err << Text::tr("line %1: %2").arg(r.line).arg(r.reason) << '\n';
    if (!result.rejected.isEmpty()) {
        const QString reportPath =
            parser.isSet(report) ? parser.value(report) : file + QStringLiteral(".rejected.csv");
        const StoreResult written = result.writeRejections(reportPath);
        err << (written ? Text::tr("The rejected rows are listed in %1.").arg(reportPath)
                        : written.errorString)
            << '\n';
    }
    if (!result.committed) {
        err << QCoreApplication::translate(
                   "DepositDesk::ImportCommand",
                   "Nothing was imported: %n row(s) were rejected and --strict was given.", nullptr,
                   int(result.rejected.size()))
            << '\n';
        return ExitNothingImported;
    }
    out << Text::tr(
               "Imported %1 of %2 orders into %3: %4 new, %5 updated, %6 unchanged; %7 rejected.")
               .arg(result.imported())
               .arg(result.rows)
               .arg(config->describe())
               .arg(result.inserted)
               .arg(result.updated)
               .arg(result.unchanged)
               .arg(result.rejected.size())
        << '\n';
    return result.rejected.isEmpty() ? ExitOk : ExitSomeRejected;
}

} // namespace DepositDesk
