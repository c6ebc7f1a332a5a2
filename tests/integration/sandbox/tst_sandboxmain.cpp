// The depositdesk-sandbox program: prints where it listens, keeps every order in its state file
// across a restart, and writes generated private keys with mode 0600 without printing them.
#include "ClientFixtures.h"
#include "VectorFiles.h"
#include "alipay/FormEncoding.h"
#include "alipay/GatewayClient.h"
#include "sandbox/CommandLine.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxMain : public QObject
{
    Q_OBJECT

private slots:
    void ordersSurviveARestartOfTheProgram();
    void generatedKeysArePrivateAndNeverPrinted();
    void commandLineIsChecked();
};

namespace {

QString program()
{
    return QStringLiteral(DD_BINARY_DIR "/app/sandbox/depositdesk-sandbox");
}

// Starts the program and returns the gateway URL it printed.
QUrl start(QProcess &process, const QStringList &arguments)
{
    process.start(program(), arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program()));
    const QRegularExpression line(
        QStringLiteral("gateway: (http://127\\.0\\.0\\.1:\\d+/gateway\\.do)"));
    QByteArray seen;
    QRegularExpressionMatch match;
    const bool printed = QTest::qWaitFor(
        [&] {
            seen += process.readAllStandardOutput();
            match = line.match(QString::fromUtf8(seen));
            return match.hasMatch() || process.state() == QProcess::NotRunning;
        },
        10000);
    if (!printed || !match.hasMatch())
        qFatal("no gateway URL printed: %s %s", seen.constData(),
               process.readAllStandardError().constData());
    return QUrl(match.captured(1));
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

CallResult call(const QUrl &gateway, const QString &method, const QByteArray &biz)
{
    GatewayClient client(loopbackConfig(gateway, 5000));
    std::optional<CallResult> result;
    QObject context;
    client.call(method, biz, &context, [&result](const CallResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        qFatal("no answer from the sandbox program");
    return *result;
}

QByteArray post(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const QByteArray answer = reply->readAll();
    delete reply;
    return answer;
}

} // namespace

void TestSandboxMain::ordersSurviveARestartOfTheProgram()
{
    QTemporaryDir dir;
    const QStringList arguments = {QStringLiteral("--state"),
                                   dir.filePath(QStringLiteral("state.sqlite")),
                                   QStringLiteral("--alipay-key"),
                                   vectorPath(QStringLiteral("keys/alipay_private_pkcs8.pem")),
                                   QStringLiteral("--app"),
                                   QStringLiteral("2021000000000001=") +
                                       vectorPath(QStringLiteral("keys/merchant_public.pem")),
                                   QStringLiteral("--port"),
                                   QStringLiteral("0")};
    QString authNo;
    {
        QProcess process;
        const QUrl gateway = start(process, arguments);
        const CallResult created = call(
            gateway, QStringLiteral("alipay.fund.auth.order.app.freeze"),
            R"({"out_order_no":"M1","out_request_no":"M1-R","order_title":"押金","amount":"88.00","product_code":"PREAUTH_PAY"})");
        QVERIFY2(created.succeeded(), qPrintable(created.message));
        authNo = created.field(u"auth_no");
        QUrl confirm = gateway;
        confirm.setPath(QStringLiteral("/sandbox/user/confirm"));
        const QByteArray answer =
            post(confirm, "auth_no=" + authNo.toLatin1() + "&credit_amount=8.00");
        QCOMPARE(QJsonDocument::fromJson(answer).object().value(u"order_status").toString(),
                 QStringLiteral("AUTHORIZED"));
        stop(process);
    }
    QProcess process;
    const QUrl gateway = start(process, arguments);
    const CallResult detail =
        call(gateway, QStringLiteral("alipay.fund.auth.operation.detail.query"),
             R"({"out_order_no":"M1","out_request_no":"M1-R"})");
    QVERIFY2(detail.succeeded(), qPrintable(detail.message));
    QCOMPARE(detail.field(u"auth_no"), authNo);
    QCOMPARE(detail.field(u"order_status"), QStringLiteral("AUTHORIZED"));
    QCOMPARE(detail.field(u"credit_amount"), QStringLiteral("8.00"));
    stop(process);
}

void TestSandboxMain::generatedKeysArePrivateAndNeverPrinted()
{
    QTemporaryDir dir;
    QProcess process;
    start(process, {QStringLiteral("--key-dir"), dir.path()});
    stop(process);
    const QByteArray printed = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY(!printed.contains("PRIVATE KEY"));
    for (const QString &name : {QStringLiteral("sandbox_alipay_private.pem"),
                                QStringLiteral("app_2021000000000001_private.pem")}) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.exists(), qPrintable(name));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(!printed.contains(pem.mid(28, 64)));
    }
    // A second start reuses the keys: clients configured once stay valid.
    const QByteArray before = [&dir] {
        QFile f(dir.filePath(QStringLiteral("sandbox_alipay_public.pem")));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QProcess again;
    start(again, {QStringLiteral("--key-dir"), dir.path()});
    stop(again);
    QFile f(dir.filePath(QStringLiteral("sandbox_alipay_public.pem")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestSandboxMain::commandLineIsChecked()
{
    QString error;
    const std::optional<Sandbox::Options> ok = Sandbox::CommandLine::parse(
        {QStringLiteral("depositdesk-sandbox"), QStringLiteral("--port"), QStringLiteral("8080"),
         QStringLiteral("--app"), QStringLiteral("2021=/k.pem"), QStringLiteral("--app"),
         QStringLiteral("2022=/l.pem"), QStringLiteral("--time-scale"), QStringLiteral("0.001"),
         QStringLiteral("--seed"), QStringLiteral("40"), QStringLiteral("--seed-value"),
         QStringLiteral("7")},
        &error);
    QVERIFY2(ok.has_value(), qPrintable(error));
    QCOMPARE(ok->port, quint16(8080));
    QCOMPARE(ok->apps.size(), 2);
    QCOMPARE(ok->apps[1].second, QStringLiteral("/l.pem"));
    QCOMPARE(ok->timeScale, 0.001);
    QCOMPARE(ok->seedCount, 40);
    QVERIFY(
        !Sandbox::CommandLine::parse({QStringLiteral("--port"), QStringLiteral("70000")}, &error));
    QVERIFY(
        !Sandbox::CommandLine::parse({QStringLiteral("--app"), QStringLiteral("nokey")}, &error));
    QVERIFY(!Sandbox::CommandLine::parse({QStringLiteral("--state")}, &error));
    QVERIFY(error.contains(u"Usage"));
    QProcess process;
    process.start(program(), {QStringLiteral("--nonsense"), QStringLiteral("1")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxMain)
#include "tst_sandboxmain.moc"
