// The Credentials page of the real window, in a throw-away keychain, against the sandbox
// gateway: only administrators see it; files are imported through the page's file pickers and
// shown as "loaded: <file>, RSA 2048" (never their content); Check, Test connection and Save
// answer inline; screenshots in both languages (DD_BINARY_DIR/screenshots).
#include "CredentialsFixture.h"
#include "KeyringSession.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/admin/CredentialsPage.h"
#include "ui/session/LanguageSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

using Part = Credentials::Part;

void saveScreenshot(QWidget *widget, const QString &name)
{
    Testing::saveScreenshot(*widget, name);
}

QLabel *label(QWidget *page, const QString &name)
{
    auto *found = page->findChild<QLabel *>(name);
    if (!found)
        qFatal("no label %s", qPrintable(name));
    return found;
}

QPushButton *button(QWidget *page, const QString &name)
{
    auto *found = page->findChild<QPushButton *>(name);
    if (!found)
        qFatal("no button %s", qPrintable(name));
    return found;
}

} // namespace

class TestCredentialsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<CredentialsOutcome>(); }

    void onlyAdministratorsSeeThePage()
    {
        CredentialsFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.services->setSession(CredentialsFixture::session(OperatorRole::Agent));
        LanguageSwitcher languages;
        MainWindow window(languages, f.services.get());
        auto *action = window.findChild<QAction *>(QStringLiteral("actionCredentials"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        window.showCredentials();
        QVERIFY(!window.credentialsPage());
        f.services->setSession(CredentialsFixture::session(OperatorRole::Admin));
        QVERIFY(action->isVisible());
        action->trigger();
        QVERIFY(window.credentialsPage());
        QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
                 window.credentialsPage());
        f.services->setSession(CredentialsFixture::session(OperatorRole::Agent));
        QVERIFY(!action->isVisible());
        QVERIFY(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget() !=
                window.credentialsPage());
    }

    void sellerIdIsSavedOnThePage()
    {
        CredentialsFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.services->setSession(CredentialsFixture::session(OperatorRole::Admin));
        CredentialsPage page(f.admin());
        page.resize(900, 720);
        page.show();
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("sellerIdEdit"));
        QVERIFY(edit);
        QVERIFY(edit->text().isEmpty());
        // The app_id typed where the seller ID belongs: refused on the page, nothing changed.
        QTest::keyClicks(edit, TestAppId);
        QTest::mouseClick(button(&page, QStringLiteral("sellerIdSaveButton")), Qt::LeftButton);
        QVERIFY2(page.resultText().contains(u"2088"), qPrintable(page.resultText()));
        QVERIFY(f.admin().sellerId().isEmpty());
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("2088102146225135"));
        QTest::mouseClick(button(&page, QStringLiteral("sellerIdSaveButton")), Qt::LeftButton);
        QCOMPARE(f.admin().sellerId(), QStringLiteral("2088102146225135"));
        QVERIFY2(page.resultText().contains(u"2088102146225135"), qPrintable(page.resultText()));
        saveScreenshot(&page, QStringLiteral("credentialspage-sellerid-en"));
    }

    void importCheckTestAndSave_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void importCheckTestAndSave()
    {
        QFETCH(QString, language);
        CredentialsFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.services->setSession(CredentialsFixture::session(OperatorRole::Admin));
        f.admin().loadStored();
        LanguageSwitcher languages;
        languages.setLanguage(language);
        CredentialsPage page_(f.admin()); // the page alone: the window's part is tested above
        CredentialsPage *page = &page_;
        QWidget &window = page_;
        window.resize(900, 620);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(int(f.admin().state().presence),
                                  int(StoredCredentialsState::Presence::Absent), 30000);
        QVERIFY(!button(page, QStringLiteral("deleteButton"))->isEnabled());
        const QString stateBefore = label(page, QStringLiteral("stateLabel"))->text();
        QVERIFY(stateBefore.contains(TestAppId));
        saveScreenshot(&window, QStringLiteral("credentialspage-empty-") + language);

        const QHash<Part, QString> files = {
            {Part::MerchantPrivateKey, keyFilePath(QStringLiteral("merchant_private_pkcs8.pem"))},
            {Part::AppPublicKey, keyFilePath(QStringLiteral("merchant_public.pem"))},
            {Part::AlipayPublicKey, keyFilePath(QStringLiteral("alipay_public.b64.txt"))}};
        page->setFileChooser([&files](Part part) { return files.value(part); });
        for (Part part : files.keys())
            QTest::mouseClick(button(page, QStringLiteral("choose_") + partCode(part)),
                              Qt::LeftButton);
        const QString keyShown = label(page, QStringLiteral("file_merchant_private_key"))->text();
        QVERIFY2(keyShown.contains(u"merchant_private_pkcs8.pem") && keyShown.contains(u"RSA 2048"),
                 qPrintable(keyShown));
        QVERIFY(label(page, QStringLiteral("file_alipay_public_key"))
                    ->text()
                    .contains(u"alipay_public.b64.txt"));

        QTest::mouseClick(button(page, QStringLiteral("checkButton")), Qt::LeftButton);
        QCOMPARE(page->resultText(), f.admin().check().message);
        QVERIFY(f.admin().check().ok);

        QTest::mouseClick(button(page, QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.admin().busy(), 20000);
        QVERIFY2(page->resultText().contains(TestAppId), qPrintable(page->resultText()));
        saveScreenshot(&window, QStringLiteral("credentialspage-tested-") + language);

        QString asked;
        page->setConfirmer([&asked](const QString &question) {
            asked = question;
            return true;
        });
        QTest::mouseClick(button(page, QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(asked.contains(TestAppId));
        QTRY_VERIFY_WITH_TIMEOUT(f.services->canCallAlipay(), 30000);
        QTRY_VERIFY(!f.admin().busy());
        QVERIFY(label(page, QStringLiteral("stateLabel"))->text() != stateBefore);
        QVERIFY(label(page, QStringLiteral("stateLabel"))->text().contains(TestAppId));
        QVERIFY(button(page, QStringLiteral("deleteButton"))->isEnabled());
        // The pending parts are wiped after the save.
        QVERIFY(!label(page, QStringLiteral("file_merchant_private_key"))->text().contains(u"pem"));
        // Nothing on the page shows key text.
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (QLabel *shown : labels)
            for (const QByteArray &key : privateKeyTexts())
                QVERIFY(findSecret(shown->text().toUtf8(), key).isEmpty());
        saveScreenshot(&window, QStringLiteral("credentialspage-saved-") + language);

        // Delete, refused once by the confirmation, then confirmed.
        page->setConfirmer([](const QString &) { return false; });
        QTest::mouseClick(button(page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QVERIFY(f.services->canCallAlipay());
        page->setConfirmer([](const QString &) { return true; });
        QTest::mouseClick(button(page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!f.services->canCallAlipay(), 30000);
        QTRY_COMPARE(int(f.admin().state().presence),
                     int(StoredCredentialsState::Presence::Absent));
    }
};

int main(int argc, char **argv)
{
    DepositDesk::Testing::ensureKeyringSession(argc, argv, "keyring");
    QApplication app(argc, argv);
    TestCredentialsPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialspage.moc"
