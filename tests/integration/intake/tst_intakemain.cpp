// The depositdesk-intake executable as a process: --version, refusals at start, and a signed
// notification posted over HTTP answered `success` with the order in its SQLite database.
#include "../sandbox/SandboxGatewayFixture.h"

#include "sandbox/Notices.h"
#include "sandbox/Notifier.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

QString program()
{
    return QStringLiteral(DD_BINARY_DIR "/app/intake/depositdesk-intake");
}

// Runs the program to its end; its exit code, stdout and stderr.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The program's environment: its data folder (the log files) in `dataHome`, never the user's.
QProcessEnvironment environmentWith(const QString &dataHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return environment;
}

Run runToEnd(const QStringList &arguments)
{
    static const QTemporaryDir dataHome;
    QProcess process;
    process.setProcessEnvironment(environmentWith(dataHome.path()));
    process.start(program(), arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(20000))
        qFatal("%s did not run to its end", qPrintable(program()));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A settings file like the console writes: app_id and the database.
QString writeSettings(const QTemporaryDir &dir, const QString &app, const QString &database)
{
    const QString path = dir.filePath(QStringLiteral("DepositDesk.conf"));
    QSettings settings(path, QSettings::IniFormat);
    if (!app.isEmpty())
        settings.setValue(QStringLiteral("gateway/appId"), app);
    settings.setValue(QStringLiteral("store/database"), database);
    settings.sync();
    return path;
}

} // namespace

class TestIntakeMain : public QObject
{
    Q_OBJECT

private slots:
    void versionIsPrinted()
    {
        const Run run = runToEnd({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^depositdesk-intake \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(run.out)
                     .hasMatch(),
                 qPrintable(run.out));
    }

    void refusesToStartWithoutWhatItNeeds()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("desk.sqlite"));
        // No app_id.
        Run run = runToEnd({QStringLiteral("--settings"), writeSettings(dir, {}, database),
                            QStringLiteral("--no-keychain")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("app_id")), qPrintable(run.err));
        // No Alipay public key: nothing could be verified.
        run = runToEnd({QStringLiteral("--settings"), writeSettings(dir, appId(), database),
                        QStringLiteral("--no-keychain"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be verified")), qPrintable(run.err));
        // A bad --listen.
        run = runToEnd({QStringLiteral("--settings"), writeSettings(dir, appId(), database),
                        QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("HOST:PORT")));
    }

    void signedNotificationBecomesAnOrder()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("desk.sqlite"));
        QProcess process;
        process.setProcessEnvironment(environmentWith(dir.filePath(QStringLiteral("data"))));
        process.start(program(),
                      {QStringLiteral("--settings"), writeSettings(dir, appId(), database),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--no-keychain"), QStringLiteral("--alipay-public-key"),
                       vectorPath(QStringLiteral("keys/alipay_public.pem"))});
        QVERIFY(process.waitForStarted(10000));
        const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+/alipay/notify)"));
        QString seen;
        QRegularExpressionMatch match;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         seen += QString::fromUtf8(process.readAllStandardOutput());
                         match = listening.match(seen);
                         return match.hasMatch() || process.state() == QProcess::NotRunning;
                     },
                     15000) &&
                     match.hasMatch(),
                 qPrintable(seen + QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(seen.contains(QStringLiteral("does NOT settle")), qPrintable(seen));
        const QUrl url(match.captured(1));

        // A freeze notification as the sandbox signs it.
        SandboxHarness sandbox;
        const Sandbox::FreezeOutcome created =
            sandbox.ledger.createFreeze(freezeRequest(u"MAIN-1", 12300), t0());
        const Sandbox::FreezeOutcome out =
            sandbox.ledger.confirmFreeze(created.order.authNo, Money(), payer(), t0());
        Sandbox::Notifier::Delivery d;
        d.notifyId = QStringLiteral("N-MAIN-1");
        d.appId = appId();
        d.fields = Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"), out.order,
                                              out.freeze, {})
                       .fields;
        const QByteArray body =
            FormEncoding::encode(sandbox.gateway->notifier().signedParameters(d));

        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
        QNetworkReply *reply = sandbox.network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("success"));
        reply->deleteLater();

        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        // Its log names the notification, never the signature.
        const QString log = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("N-MAIN-1")), qPrintable(log));
        const QString sign = FormEncoding::decode(body)->last().second;
        QVERIFY(!log.contains(sign.left(24)));
        // The same in its log file.
        QFile logFile(dir.filePath(
            QStringLiteral("data/DepositDesk/DepositDesk/logs/depositdesk-intake.log")));
        QVERIFY2(logFile.open(QIODevice::ReadOnly), qPrintable(logFile.fileName()));
        const QString logged = QString::fromUtf8(logFile.readAll());
        QVERIFY2(logged.contains(QStringLiteral("N-MAIN-1")), qPrintable(logged));
        QVERIFY(!logged.contains(sign.left(24)));

        Store store(StoreConfig::sqlite(database));
        QVERIFY(store.open());
        const auto row = OrderIndex(store).find(QStringLiteral("MAIN-1"));
        QVERIFY(row);
        QCOMPARE(row->authNo, out.order.authNo);
        QCOMPARE(row->total, Money::fromFen(12300));
        QCOMPARE(row->status, OrderStatus::Authorized);
    }
};

QTEST_GUILESS_MAIN(TestIntakeMain)
#include "tst_intakemain.moc"
