// The store's PostgreSQL connection over TLS, against real servers: the one of fixture dd_pg_tls
// (ssl=on, TCP only through "hostssl", its certificate issued by DIR/root.crt for the name
// "localhost" only) and the plain one of fixture dd_pg (no TLS at all). Every refusal says which
// mode and what failed, and no message or log line holds the password.

#include "StoreTestEnv.h"

#include "store/StoreQuery.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTest>

using namespace DepositDesk;

namespace {

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QString tlsDir()
{
    return qEnvironmentVariable("DD_TEST_PG_TLS_DIR");
}

std::optional<StoreConfig> tlsServer()
{
    QFile file(QDir(tlsDir()).filePath(QStringLiteral("connection")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return StoreConfig::fromConnectionString(QString::fromUtf8(file.readAll()).trimmed());
}

} // namespace

class TestStoreTls : public QObject
{
    Q_OBJECT

    StoreConfig m_server;

    StoreConfig withRoot(const QString &rootFile) const
    {
        StoreConfig config = m_server;
        config.sslMode = StoreConfig::SslMode::VerifyFull;
        config.sslRootCert = QDir(tlsDir()).filePath(rootFile);
        return config;
    }

    // Opens a store on config and expects a refusal; returns its message.
    QString refusal(const StoreConfig &config)
    {
        Store store(config);
        const StoreResult opened = store.open();
        if (opened.ok)
            return {};
        qInfo().noquote() << "refused:" << opened.errorString; // for the reader of the test log
        return opened.errorString;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::optional<StoreConfig> server = tlsServer();
        QVERIFY2(server, "no TLS server: run through ctest (fixture dd_pg_tls)");
        m_server = *server;
        QCOMPARE(m_server.host, QStringLiteral("localhost"));
        QVERIFY(!m_server.password.isEmpty());
        previousHandler = qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(logLines))
            QVERIFY2(!line.contains(m_server.password), "a log line holds the password");
    }

    void verifyFullWithTheRightRootConnectsEncrypted()
    {
        Store store(withRoot(QStringLiteral("root.crt")));
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        StoreQuery ssl(store.database(),
                       QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl.exec());
        QVERIFY(ssl.next());
        QCOMPARE(ssl.value(0).toBool(), true);
    }

    // No sslmode written but a root certificate given: verify-full, encrypted.
    void aRootCertificateAloneMeansVerifyFull()
    {
        StoreConfig config = withRoot(QStringLiteral("root.crt"));
        config.sslMode = StoreConfig::SslMode::Unset;
        QCOMPARE(config.effectiveSslMode(), StoreConfig::SslMode::VerifyFull);
        Store store(config);
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        StoreQuery ssl(store.database(),
                       QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
        QVERIFY(ssl.exec() && ssl.next());
        QCOMPARE(ssl.value(0).toBool(), true);

        // ...and the other host name of the same server is then refused too.
        config.host = QStringLiteral("127.0.0.1");
        QVERIFY(!refusal(config).isEmpty());
    }

    void verifyFullWithAnotherRootIsRefused()
    {
        const StoreConfig config = withRoot(QStringLiteral("other-root.crt"));
        const QString message = refusal(config);
        QVERIFY2(message.contains(QStringLiteral("not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sslmode=verify-full")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(config.sslRootCert)),
                 qPrintable(message));
        QVERIFY(!message.contains(config.password));
    }

    // The server's certificate names "localhost" only; 127.0.0.1 is the same server.
    void verifyFullAgainstAnotherHostNameIsRefused()
    {
        StoreConfig config = withRoot(QStringLiteral("root.crt"));
        config.host = QStringLiteral("127.0.0.1");
        const QString message = refusal(config);
        QVERIFY2(message.contains(QStringLiteral("not made out for the host name \"127.0.0.1\"")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sslmode=verify-full")), qPrintable(message));
        QVERIFY(!message.contains(config.password));
    }

    void disableAgainstHostsslOnlyIsRefused()
    {
        StoreConfig config = m_server;
        config.sslMode = StoreConfig::SslMode::Disable;
        const QString message = refusal(config);
        QVERIFY2(message.contains(QStringLiteral("accepts only encrypted connections")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sslmode=disable")), qPrintable(message));
        QVERIFY(!message.contains(config.password));
    }

    // The plain server has no TLS: a mode that needs TLS does not fall back to clear text.
    void requireAgainstAServerWithoutTlsIsRefused()
    {
        const std::optional<StoreConfig> plain = Testing::postgresServer();
        QVERIFY2(plain, "no plain server: run through ctest (fixture dd_pg)");
        StoreConfig config = *plain;
        config.sslMode = StoreConfig::SslMode::Require;
        const QString message = refusal(config);
        QVERIFY2(message.contains(QStringLiteral("does not offer TLS")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sslmode=require")), qPrintable(message));
        QVERIFY(!message.contains(config.password));

        // Loopback without a mode written: prefer, so the plain local server still connects.
        config.sslMode = StoreConfig::SslMode::Unset;
        Store store(config);
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
    }

    // A wrong password: refused, and neither the wrong nor the right password is echoed.
    void aWrongPasswordIsNotEchoed()
    {
        StoreConfig config = withRoot(QStringLiteral("root.crt"));
        config.password = m_server.password + QStringLiteral("-wrong");
        const QString message = refusal(config);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(m_server.password), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestStoreTls)
#include "tst_store_tls.moc"
