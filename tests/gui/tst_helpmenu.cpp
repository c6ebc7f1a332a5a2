// Help: the user guide from the README that ships with the build, About with the versions and
// folders the desk uses, and the log folder — in Chinese and English.
#include "ui/MainWindow.h"
#include "ui/help/HelpMenu.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/OpenSslVersion.h"

#include "Screenshots.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

AboutInfo sampleInfo()
{
    AboutInfo info = AboutInfo::collect();
    info.environment = u"Local gateway"_qs;
    info.proxy = u"the system's proxy"_qs;
    info.settingsFile = u"/home/desk/.config/DepositDesk/DepositDesk.conf"_qs;
    info.database = u"/home/desk/.local/share/DepositDesk/DepositDesk/depositdesk.sqlite"_qs;
    info.dataDirectory = u"/home/desk/.local/share/DepositDesk/DepositDesk/bills"_qs;
    info.logFolder = u"/home/desk/.local/share/DepositDesk/DepositDesk/logs"_qs;
    return info;
}

template<typename T>
T *waitForTopLevel(const QString &name)
{
    T *found = nullptr;
    const auto look = [&] {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets)
            if (w->objectName() == name && w->isVisible())
                found = qobject_cast<T *>(w);
        return found != nullptr;
    };
    if (!QTest::qWaitFor(look, 5000))
        return nullptr;
    return found;
}

} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void guideIsTheReadmesUserPart()
    {
        const QString guide = HelpMenu::userGuide();
        QFile readme(QStringLiteral(DD_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(readme.readAll());
        QVERIFY(guide.startsWith(u"## "));
        QVERIFY(source.contains(guide)); // this build's README, one piece of it
        QVERIFY(guide.contains(u"## Using the console"));
        QVERIFY(guide.contains(u"## Money safety"));
        QVERIFY(!guide.contains(u"## Layout"));     // for developers
        QVERIFY(!guide.contains(u"## Benchmarks")); // from here on too
        QVERIFY(!guide.contains(u"## Building by hand"));
    }

    void aboutAndGuide_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("aboutTitle");
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"关于免押工作台"_qs;
        QTest::newRow("en") << u"en"_qs << u"About DepositDesk"_qs;
    }

    void aboutAndGuide()
    {
        QFETCH(QString, language);
        QFETCH(QString, aboutTitle);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(language));
        MainWindow window(languages);
        HelpMenu *help = window.helpMenu();
        QVERIFY(help);
        QVERIFY(!help->logFolderAction()->isEnabled()); // nothing to open yet
        window.setAboutInfo(sampleInfo());
        QVERIFY(help->logFolderAction()->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        help->aboutAction()->trigger();
        auto *about = waitForTopLevel<QDialog>(u"aboutDialog"_qs);
        QVERIFY(about);
        QCOMPARE(about->windowTitle(), aboutTitle);
        const QString details = about->findChild<QLabel *>(u"aboutDetails"_qs)->text();
        QVERIFY2(details.contains(QString::fromLatin1(qVersion())), qPrintable(details));
        QVERIFY2(details.contains(openSslVersion().toHtmlEscaped()), qPrintable(details));
        QVERIFY(openSslVersion().startsWith(u"OpenSSL 3"));
        for (const QString &path : {sampleInfo().settingsFile, sampleInfo().database,
                                    sampleInfo().dataDirectory, sampleInfo().logFolder})
            QVERIFY2(details.contains(path), qPrintable(path));
        saveScreenshot(*about, u"help_about_"_qs + language);
        about->close();

        help->guideAction()->trigger();
        auto *guide = waitForTopLevel<QDialog>(u"userGuideDialog"_qs);
        QVERIFY(guide);
        const QString text = guide->findChild<QTextBrowser *>(u"userGuideText"_qs)->toPlainText();
        QVERIFY(text.contains(u"Using the console"));
        QVERIFY(text.contains(u"Refunds need a supervisor"));
        saveScreenshot(*guide, u"help_guide_"_qs + language);
        guide->close();
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
