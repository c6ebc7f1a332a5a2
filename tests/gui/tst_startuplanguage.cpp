// The real depositdesk executable picks its language from the system locale (LANG and friends,
// read by Qt itself) unless --lang says otherwise. Its --help text shows which one it chose.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestStartupLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choosesLanguage_data();
    void choosesLanguage();
};

void TestStartupLanguage::choosesLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("saved"); // language saved in the settings ("" = none)
    const QStringList help{QStringLiteral("--help")};
    QTest::newRow("LANG=zh_CN") << QStringLiteral("zh_CN.UTF-8") << help << true << QString();
    QTest::newRow("LANG=zh_TW") << QStringLiteral("zh_TW.UTF-8") << help << true << QString();
    QTest::newRow("LANG=en_US") << QStringLiteral("en_US.UTF-8") << help << false << QString();
    QTest::newRow("LANG=de_DE") << QStringLiteral("de_DE.UTF-8") << help << false << QString();
    QTest::newRow("LANG=C") << QStringLiteral("C.UTF-8") << help << false << QString();
    QTest::newRow("zh_CN, --lang en")
        << QStringLiteral("zh_CN.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << false << QString();
    QTest::newRow("en_US, --lang=zh_CN")
        << QStringLiteral("en_US.UTF-8")
        << QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")} << true
        << QString();
    // A language chosen in the settings wins over the system; --lang wins over both.
    QTest::newRow("en_US, saved zh_CN")
        << QStringLiteral("en_US.UTF-8") << help << true << QStringLiteral("zh_CN");
    QTest::newRow("zh_CN, saved en")
        << QStringLiteral("zh_CN.UTF-8") << help << false << QStringLiteral("en");
    QTest::newRow("en_US, saved zh_CN, --lang en")
        << QStringLiteral("en_US.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << false << QStringLiteral("zh_CN");
}

void TestStartupLanguage::choosesLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(bool, chinese);
    QFETCH(QString, saved);

    // The program reads the user's settings: give it a settings folder of its own, so that a
    // developer's saved language neither breaks this test nor gets changed by it.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    if (!saved.isEmpty()) {
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("DepositDesk")));
        QFile file(config.filePath(QStringLiteral("DepositDesk/DepositDesk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=" + saved.toLatin1() + "\n");
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(DD_APP_EXECUTABLE), arguments);
    QVERIFY2(app.waitForFinished(30000), qPrintable(app.errorString()));
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(app.exitCode() == 0, qPrintable(out + QString::fromUtf8(app.readAllStandardError())));

    const QString chineseLine = QStringLiteral("免押业务工作台");
    const QString englishLine = QStringLiteral("Deposit-free operations console");
    QVERIFY2(out.contains(chinese ? chineseLine : englishLine), qPrintable(out));
    QVERIFY2(!out.contains(chinese ? englishLine : chineseLine), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestStartupLanguage)
#include "tst_startuplanguage.moc"
