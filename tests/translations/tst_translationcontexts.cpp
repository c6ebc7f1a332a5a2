// Every message is filed (by lupdate, in the .ts files) under the context the code looks it up
// in at run time. A file-local tr() helper called from a free function, or a context passed in
// a variable, files messages under "DepositDesk" or nowhere while translate() asks for
// "DepositDesk::X": the Chinese is in the catalog and never shown. Checked two ways: lupdate's
// context for each message against the contexts its own source file translates in, and the
// real functions returning Chinese with the console's zh_CN catalog installed.
#include "RuntimeContexts.h"
#include "TsFile.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/BillTypes.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/GatewayConfig.h"
#include "alipay/ResponseClassifier.h"
#include "alipay/TradeTypes.h"
#include "domain/Environment.h"
#include "domain/OperatorRole.h"
#include "domain/OrderStatus.h"
#include "store/ImportCommand.h"
#include "store/OrderImportRow.h"
#include "store/OrderImporter.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace DepositDesk;

namespace {

QStringList split(const char *joined)
{
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

struct LupdateRun
{
    TsFile ts;
    QStringList complaints; // lupdate's warnings, but for the expected "lacks Q_OBJECT" notes
    QString error;
};

// lupdate as the build runs it (translations/translations.cmake), with file locations, into a
// new catalog in dir.
LupdateRun runLupdate(const QStringList &inputs, const QString &dir)
{
    QStringList arguments = inputs;
    for (const QString &include : split(DD_LUPDATE_INCLUDE_DIRS))
        arguments << QStringLiteral("-I") << include;
    const QStringList options = split(DD_LUPDATE_OPTIONS);
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (options.at(i) == u"-locations")
            ++i; // replaced: the check needs each message's file
        else
            arguments << options.at(i);
    }
    const QString tsPath = QDir(dir).filePath(QStringLiteral("contexts_zh_CN.ts"));
    arguments << QStringLiteral("-locations") << QStringLiteral("absolute")
              << QStringLiteral("-silent") << QStringLiteral("-ts") << tsPath;

    LupdateRun run;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DD_LUPDATE), arguments);
    if (!lupdate.waitForFinished(50000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0) {
        run.error =
            lupdate.errorString() + QLatin1Char('\n') + QString::fromLocal8Bit(lupdate.readAll());
        return run;
    }
    const QStringList lines =
        QString::fromLocal8Bit(lupdate.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // The core translates without QObject: lupdate notes each such class; that is expected.
        if (!line.contains(QStringLiteral("lacks Q_OBJECT macro")))
            run.complaints.append(line.trimmed());
    }
    run.ts = TsFile::read(tsPath);
    run.error = run.ts.error;
    return run;
}

// Messages lupdate files under a context their source file never translates in, one line per
// file and context: "Foo.cpp: 3 message(s) under "DepositDesk" (e.g. "..."), but Foo.cpp
// translates in: DepositDesk::Foo".
QStringList misfiled(const TsFile &ts, RuntimeContexts &contexts)
{
    QMap<std::pair<QString, QString>, QStringList> wrong; // (file, context) -> sources
    for (const TsMessage &message : ts.messages) {
        for (const QString &file : message.locations) {
            if (!contexts.of(file).contains(message.context))
                wrong[{file, message.context}].append(message.source);
        }
    }
    QStringList problems;
    for (auto it = wrong.cbegin(); it != wrong.cend(); ++it) {
        const QString name = QFileInfo(it.key().first).fileName();
        const QSet<QString> used = contexts.of(it.key().first);
        QStringList sorted(used.cbegin(), used.cend());
        sorted.sort();
        problems.append(QStringLiteral("%1: %2 message(s) under \"%3\" (e.g. \"%4\"), but %1 "
                                       "translates in: %5")
                            .arg(name)
                            .arg(it.value().size())
                            .arg(it.key().second, it.value().constFirst(),
                                 sorted.isEmpty() ? QStringLiteral("(nothing)")
                                                  : sorted.join(QStringLiteral(", "))));
    }
    return problems;
}

QString report(const QString &what, const QStringList &lines)
{
    return what + QStringLiteral(":\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateReadsEveryTranslateCall();
    void everyMessageIsFiledWhereItIsLookedUp();
    void catalogsHoldOnlyRunTimeContexts();
    void theCheckFindsAFreeFunctionTr();
    void fixedFilesTranslateAtRunTime();

private:
    // The committed zh_CN translation of (context, source), as a pattern (%n: anything) that
    // the text a function returned must contain.
    void verifyChinese(const QString &actual, const char *context, const char *source);

    QStringList m_inputs;
    QList<TsFile> m_committed;
    QTemporaryDir m_dir;
    LupdateRun m_fresh;
};

void TestTranslationContexts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inputs = {QLatin1Char('@') + QStringLiteral(DD_LUPDATE_INPUTS)};
    for (const QString &path : split(DD_TS_FILES)) {
        m_committed.append(TsFile::read(path));
        QVERIFY2(m_committed.constLast().error.isEmpty(),
                 qPrintable(m_committed.constLast().error));
    }
    m_fresh = runLupdate(m_inputs, m_dir.path());
    QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
    QVERIFY(m_fresh.ts.messages.size() > 100);
}

void TestTranslationContexts::lupdateReadsEveryTranslateCall()
{
    // "tr() cannot be called without context": a file-local tr() in main() or another function
    // outside every namespace; lupdate drops the message, so it is never translated.
    QVERIFY2(m_fresh.complaints.isEmpty(),
             qPrintable(report(QStringLiteral("lupdate could not file these messages"),
                               m_fresh.complaints)));
}

void TestTranslationContexts::everyMessageIsFiledWhereItIsLookedUp()
{
    RuntimeContexts contexts(split(DD_LUPDATE_INCLUDE_DIRS));
    int located = 0;
    for (const TsMessage &message : std::as_const(m_fresh.ts.messages))
        located += message.locations.isEmpty() ? 0 : 1;
    QCOMPARE(located, m_fresh.ts.messages.size());
    const QStringList problems = misfiled(m_fresh.ts, contexts);
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("Messages lupdate files under a context the code "
                                              "does not look them up in (write "
                                              "Text::tr() with Q_DECLARE_TR_FUNCTIONS, or a "
                                              "literal QCoreApplication::translate context)"),
                               problems)));
}

void TestTranslationContexts::catalogsHoldOnlyRunTimeContexts()
{
    RuntimeContexts contexts(split(DD_LUPDATE_INCLUDE_DIRS));
    QFile inputs(QStringLiteral(DD_LUPDATE_INPUTS));
    QVERIFY(inputs.open(QIODevice::ReadOnly));
    QSet<QString> used;
    for (const QByteArray &line : inputs.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            used.unite(contexts.of(QString::fromUtf8(line.trimmed())));
    }
    // The contexts of the old free-function tr() helpers are never looked up.
    QVERIFY(!used.contains(QStringLiteral("DepositDesk")));
    QVERIFY(!used.contains(QString()));
    QVERIFY(used.contains(QStringLiteral("DepositDesk::GatewayConfig")));

    QMap<std::pair<QString, QString>, QStringList> stray; // (language, context) -> sources
    for (const TsFile &ts : std::as_const(m_committed)) {
        for (const TsMessage &message : ts.messages) {
            if (!used.contains(message.context))
                stray[{ts.language, message.context}].append(message.source);
        }
    }
    QStringList problems;
    for (auto it = stray.cbegin(); it != stray.cend(); ++it)
        problems.append(QStringLiteral("%1: %2 message(s) under \"%3\" (e.g. \"%4\")")
                            .arg(it.key().first)
                            .arg(it.value().size())
                            .arg(it.key().second, it.value().constFirst()));
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("Catalog messages under a context no code looks "
                                              "up (run scripts/update-translations.sh)"),
                               problems)));
}

void TestTranslationContexts::theCheckFindsAFreeFunctionTr()
{
    // The pattern this test exists for, and its fix, through the same lupdate and check.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &code) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(code);
    };
    write(QStringLiteral("Broken.cpp"), R"(#include <QCoreApplication>
namespace DepositDesk {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("DepositDesk::Broken", text); }
QString freeFunction() { return tr("filed under the namespace"); }
} // namespace
struct Other { QString member() const; };
QString Other::member() const { return tr("filed under the class"); }
QString statusName() { const char *context = "DepositDesk::Broken";
                       return QCoreApplication::translate(context, "not filed"); }
} // namespace DepositDesk
)");
    write(QStringLiteral("Fixed.cpp"), R"(#include <QCoreApplication>
namespace DepositDesk {
namespace {
class Text { Q_DECLARE_TR_FUNCTIONS(DepositDesk::Fixed) };
QString freeFunction() { return Text::tr("free"); }
} // namespace
struct Other { QString member() const; };
QString Other::member() const { return Text::tr("member"); }
QString statusName() { return QCoreApplication::translate("DepositDesk::Fixed", "literal"); }
} // namespace DepositDesk
)");
    RuntimeContexts contexts({});
    const LupdateRun broken = runLupdate({dir.filePath(QStringLiteral("Broken.cpp"))}, dir.path());
    QVERIFY2(broken.error.isEmpty(), qPrintable(broken.error));
    const QStringList problems = misfiled(broken.ts, contexts);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(
        QStringLiteral("under \"DepositDesk\" (e.g. \"filed under the namespace\")")));
    QVERIFY(problems.at(1).contains(
        QStringLiteral("under \"DepositDesk::Other\" (e.g. \"filed under the class\")")));
    QCOMPARE(broken.ts.messages.size(), 2); // the variable context: not in the catalog at all

    QDir(dir.path()).remove(QStringLiteral("contexts_zh_CN.ts"));
    const LupdateRun fixed = runLupdate({dir.filePath(QStringLiteral("Fixed.cpp"))}, dir.path());
    QVERIFY2(fixed.error.isEmpty(), qPrintable(fixed.error));
    QCOMPARE(fixed.ts.messages.size(), 3);
    QCOMPARE(misfiled(fixed.ts, contexts), QStringList());
}

void TestTranslationContexts::verifyChinese(const QString &actual, const char *context,
                                            const char *source)
{
    const TsFile &chinese = m_committed.constFirst();
    QCOMPARE(chinese.language, QStringLiteral("zh_CN"));
    const QString where = QString::fromUtf8(context) + QStringLiteral(" \"") +
                          QString::fromUtf8(source) + QLatin1Char('"');
    QString translation;
    for (const TsMessage &message : chinese.messages) {
        if (message.context == QLatin1String(context) &&
            message.source == QString::fromUtf8(source) && message.type.isEmpty() &&
            !message.translations.isEmpty())
            translation = message.translations.constFirst();
    }
    QVERIFY2(!translation.isEmpty() && translation != QString::fromUtf8(source),
             qPrintable(QStringLiteral("no Chinese for ") + where));
    QString pattern = QRegularExpression::escape(translation);
    pattern.replace(QRegularExpression(QStringLiteral("\\\\%L?\\d")), QStringLiteral(".*"));
    QVERIFY2(QRegularExpression(pattern).match(actual).hasMatch(),
             qPrintable(where + QStringLiteral(" came back as: ") + actual));
}

void TestTranslationContexts::fixedFilesTranslateAtRunTime()
{
    LanguageSwitcher languages; // the console's own way to install its catalogs
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));

    verifyChinese(orderStatusDisplayName(OrderStatus::Authorized), "DepositDesk::OrderStatus",
                  "Authorized");
    verifyChinese(operatorRoleDisplayName(OperatorRole::Agent), "DepositDesk::OperatorRole",
                  "Customer service");
    verifyChinese(environmentDisplayName(Environment::Production), "DepositDesk::Environment",
                  "Production");

    GatewayConfig config;
    config.gateway = QUrl(QStringLiteral("ftp://gateway.example"));
    const QStringList problems = config.problems();
    QVERIFY(!problems.isEmpty());
    verifyChinese(problems.constFirst(), "DepositDesk::GatewayConfig",
                  "The gateway address \"%1\" is not an http(s) URL. Use "
                  "https://openapi.alipay.com/gateway.do for production.");

    ResponseClassifier::Expectation expect;
    expect.method = QStringLiteral("alipay.fund.auth.order.unfreeze");
    expect.timeoutMs = 15000;
    const CallResult timedOut =
        ResponseClassifier::fromTransport(expect, CallResult::UnknownCause::Timeout, 0, {}, {});
    verifyChinese(timedOut.message, "DepositDesk::ResponseClassifier",
                  "Alipay did not answer within %1 seconds.");

    QString error;
    QVERIFY(!TradeQueryRequest{}.bizContent(&error));
    verifyChinese(error, "DepositDesk::TradeTypes",
                  "Give the out_trade_no or the trade_no of the trade.");
    QVERIFY(!OperationQuery{}.bizContent(&error));
    verifyChinese(error, "DepositDesk::FundAuthTypes",
                  "Give the auth_no or the out_order_no of the order to query.");
    BillUrlRequest bill;
    bill.billDate = QStringLiteral("yesterday");
    QVERIFY(!bill.bizContent(&error));
    verifyChinese(error, "DepositDesk::BillTypes",
                  "The bill date \"%1\" is not a day (2024-05-01) or a month (2024-05).");

    const QHash<QString, QJsonValue> row{
        {QStringLiteral("out_order_no"), QStringLiteral("T20240501001")},
        {QStringLiteral("auth_no"), QStringLiteral("2024050110002001")},
        {QStringLiteral("status"), QStringLiteral("AUTHORIZED")},
        {QStringLiteral("total_amount"), QStringLiteral("ten yuan")}};
    QVERIFY(!OrderImportRow::parse(row, QDateTime::currentDateTimeUtc(), &error));
    verifyChinese(error, "DepositDesk::OrderImportRow", "%1: %2");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store store(StoreConfig::sqlite(dir.filePath(QStringLiteral("orders.sqlite"))));
    const ImportReport empty = OrderImporter(store).importData({}, OrderImporter::Format::Csv);
    verifyChinese(empty.errorString, "DepositDesk::OrderImporter",
                  "The file is empty: it needs a header row and one row per order.");

    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    QVERIFY(runImportCommand({}, out, err) != 0);
    err.flush();
    verifyChinese(errors, "DepositDesk::ImportCommand", "Name exactly one file to import.");
}

QTEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
