// The main window in Chinese and English, switched at run time through its Language menu.
#include "ui/MainWindow.h"
#include "ui/session/LanguageSwitcher.h"

#include <QAction>
#include <QDir>
#include <QGlyphRun>
#include <QLabel>
#include <QMenu>
#include <QRawFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>

using namespace DepositDesk;

namespace {

struct Texts
{
    QString title;
    QString purpose;
    QString environment;
    QString languageMenu;
};

Texts expectedTexts(const QString &language)
{
    if (language == u"zh_CN")
        return {QStringLiteral("免押工作台"),
                QStringLiteral(
                    "查找用户的押金订单，说明冻结情况，并通过支付宝办理解冻、转支付或退款。"),
                QStringLiteral("演示模式"), QStringLiteral("语言(&L)")};
    return {QStringLiteral("DepositDesk"),
            QStringLiteral("Find a customer's deposit order, explain its freeze, and unfreeze, "
                           "charge or refund it through Alipay."),
            QStringLiteral("Demo mode"), QStringLiteral("&Language")};
}

// Characters of `text` that `font` (with the fallbacks Qt picks for it) draws as a missing-glyph
// box, and the families that draw the rest.
QString missingGlyphs(const QString &text, const QFont &font, QStringList *families)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QString missing;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        families->append(run.rawFont().familyName());
        const QList<quint32> glyphs = run.glyphIndexes();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            if (glyphs.at(i) == 0)
                missing += QStringLiteral("#%1 ").arg(i);
        }
    }
    return missing;
}

QAction *languageAction(MainWindow &window, const QString &language)
{
    return window.findChild<QAction *>(QStringLiteral("languageAction_") + language);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTextsInLanguage_data();
    void showsTextsInLanguage();
    void switchesLanguageAtRunTime();
    void statusBarFollowsEnvironment();
};

void TestMainWindow::showsTextsInLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestMainWindow::showsTextsInLanguage()
{
    QFETCH(QString, language);
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(language));
    MainWindow window(languages);
    window.setEnvironment(Environment::Demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const Texts expected = expectedTexts(language);
    QCOMPARE(window.windowTitle(), expected.title);
    auto *product = window.findChild<QLabel *>(QStringLiteral("productLabel"));
    auto *purpose = window.findChild<QLabel *>(QStringLiteral("purposeLabel"));
    auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(product && purpose && environment && menu);
    QCOMPARE(product->text(), expected.title);
    QCOMPARE(purpose->text(), expected.purpose);
    QCOMPARE(environment->text(), expected.environment);
    QCOMPARE(menu->title(), expected.languageMenu);
    QVERIFY(languageAction(window, language)->isChecked());
    QVERIFY(environment->isVisible());

    // Every wrapped line of the labels is shown, not cut off by a too small height.
    for (QLabel *label : {product, purpose}) {
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 is %2 px high, its text needs %3")
                                .arg(label->objectName())
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))));
    }

    // Every character is drawn by some font: no missing-glyph boxes for Chinese.
    for (QLabel *label : {product, purpose, environment}) {
        QStringList families;
        const QString missing = missingGlyphs(label->text(), label->font(), &families);
        QVERIFY2(missing.isEmpty(), qPrintable(label->objectName() + QStringLiteral(": ") +
                                               missing + families.join(u',')));
        if (language == u"zh_CN") {
            // Han characters from a Simplified Chinese face, not a Japanese or Korean one.
            QVERIFY2(families.filter(QStringLiteral("CJK SC")).size() > 0 ||
                         families.filter(QStringLiteral("CN")).size() > 0,
                     qPrintable(families.join(u',')));
        }
    }

    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    const QString file = shots.filePath(QStringLiteral("mainwindow_%1.png").arg(language));
    QVERIFY2(window.grab().save(file), qPrintable(file));
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("zh_CN")));
    MainWindow window(languages);
    window.setEnvironment(Environment::Demo);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(environment);
    QSignalSpy changed(&languages, &LanguageSwitcher::languageChanged);

    // Through the menu, as a person would.
    languageAction(window, QStringLiteral("en"))->trigger();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(languages.language(), QStringLiteral("en"));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("DepositDesk"));
    QTRY_COMPARE(environment->text(), QStringLiteral("Demo mode"));
    QVERIFY(languageAction(window, QStringLiteral("en"))->isChecked());
    QVERIFY(!languageAction(window, QStringLiteral("zh_CN"))->isChecked());

    languageAction(window, QStringLiteral("zh_CN"))->trigger();
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("免押工作台"));
    QTRY_COMPARE(environment->text(), QStringLiteral("演示模式"));
    QVERIFY(languageAction(window, QStringLiteral("zh_CN"))->isChecked());
    // Qt's own strings follow too (qt6-translations-l10n): the standard Cancel button.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    // An unknown language changes nothing.
    QVERIFY(!languages.setLanguage(QStringLiteral("fr")));
    QCOMPARE(languages.language(), QStringLiteral("zh_CN"));
    QCOMPARE(changed.size(), 2);
}

void TestMainWindow::statusBarFollowsEnvironment()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(languages);
    auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(environment);
    QCOMPARE(environment->text(), QStringLiteral("Not connected"));
    window.setEnvironment(Environment::AlipaySandbox);
    QCOMPARE(environment->text(), QStringLiteral("Alipay sandbox"));
    window.setEnvironment(Environment::Production);
    QCOMPARE(environment->text(), QStringLiteral("Production"));
    window.setEnvironment(Environment::LocalUrl);
    QCOMPARE(environment->text(), QStringLiteral("Local gateway"));
    window.setEnvironment(std::nullopt);
    QCOMPARE(environment->text(), QStringLiteral("Not connected"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
