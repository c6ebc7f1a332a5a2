// The real depositdesk executable picks its language from the system locale (LANG and friends,
// read by Qt itself) unless --lang says otherwise. Its --help text shows which one it chose.
#include <QProcess>
#include <QProcessEnvironment>
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
    const QStringList help{QStringLiteral("--help")};
    QTest::newRow("LANG=zh_CN") << QStringLiteral("zh_CN.UTF-8") << help << true;
    QTest::newRow("LANG=zh_TW") << QStringLiteral("zh_TW.UTF-8") << help << true;
    QTest::newRow("LANG=en_US") << QStringLiteral("en_US.UTF-8") << help << false;
    QTest::newRow("LANG=de_DE") << QStringLiteral("de_DE.UTF-8") << help << false;
    QTest::newRow("LANG=C") << QStringLiteral("C.UTF-8") << help << false;
    QTest::newRow("zh_CN, --lang en")
        << QStringLiteral("zh_CN.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << false;
    QTest::newRow("en_US, --lang=zh_CN")
        << QStringLiteral("en_US.UTF-8")
        << QStringList{QStringLiteral("--lang=zh_CN"), QStringLiteral("--help")} << true;
}

void TestStartupLanguage::choosesLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, arguments);
    QFETCH(bool, chinese);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
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
