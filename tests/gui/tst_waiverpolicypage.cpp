// View > Credit waiver policy over the demo environment (its first policy seeded by the demo):
// a risk analyst edits the bands and saves a new version with a reason, a bad cell is refused
// with nothing saved, earlier versions show read-only, the policy goes out and back in as CSV
// through the page's path methods, an agent sees it read-only with the reason why, and a demo
// order over the policy says so on its detail page. Screenshots in English and zh_CN.
#include "ConsoleFixture.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/risk/WaiverPolicyPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "services/risk/WaiverCheck.h"
#include "services/risk/WaiverPolicyService.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

class TestWaiverPolicyPage : public QObject
{
    Q_OBJECT

private:
    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    WaiverPolicyPage *m_page = nullptr;
    QTemporaryDir m_dir;

    QAction *policyAction() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionWaiverPolicy"));
    }
    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }
    QLabel *label(const char *name) const
    {
        return m_page->findChild<QLabel *>(QLatin1String(name));
    }
    int savedVersions() const
    {
        return int(WaiverPolicyService(m_console->store())
                       .versions(m_console->services().session())
                       .value_or(QList<WaiverPolicyVersion>())
                       .size());
    }
    // Switches the language and waits until the window's menus show it (the change reaches the
    // widgets from the event loop).
    void switchLanguage(const QString &language)
    {
        auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view);
        const QString before = view->title();
        QVERIFY(m_languages.setLanguage(language));
        QTRY_VERIFY(view->title() != before);
    }
    void openPage()
    {
        QVERIFY(policyAction() && policyAction()->isVisible());
        policyAction()->trigger();
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), m_page);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_console->start(OperatorRole::Risk), qPrintable(m_console->error));
        m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->waiverPolicyPage();
        QVERIFY(m_page);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
    }

    void riskAnalystSeesTheDemoPolicyEditable()
    {
        openPage();
        QCOMPARE(m_page->shownVersion(), 1);
        QVERIFY(m_page->isEditable());
        QTableWidget *bands = m_page->bandsTable();
        QCOMPARE(bands->rowCount(), 9);
        // Sorted by category: the first band is a camera one, its maximum in the money format.
        QCOMPARE(bands->item(0, WaiverPolicyPage::CategoryColumn)->text(), u"RENT_CAMERA"_qs);
        QCOMPARE(bands->item(0, WaiverPolicyPage::MaxColumn)->text(), u"¥4,000.00"_qs);
        QCOMPARE(bands->item(1, WaiverPolicyPage::ToColumn)->text(), QString()); // 700+
        QVERIFY(bands->item(0, WaiverPolicyPage::CategoryColumn)->flags() & Qt::ItemIsEditable);
        QCOMPARE(m_page->versionsTable()->rowCount(), 1);
        QCOMPARE(m_page->versionsTable()->item(0, 1)->text(),
                 SignIn::demoLogin(OperatorRole::Risk));
        QVERIFY(label("waiverReadOnlyLabel")->isHidden());
        QVERIFY(button("saveWaiverPolicyButton")->isEnabled());
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-en"));
        switchLanguage(QStringLiteral("zh_CN"));
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-zh_CN"));
        switchLanguage(QStringLiteral("en"));
        QCOMPARE(m_page->bandsTable()->rowCount(), 9);
    }

    void aDemoOrderOverThePolicySaysSo()
    {
        // Find the demo orders the seeded policy flags, as the detail page's reader checks them.
        StoreQuery q(m_console->store().database(),
                     QStringLiteral("SELECT out_order_no FROM orders ORDER BY out_order_no"));
        QVERIFY(q.exec());
        QStringList over;
        QString noBand;
        OrderIndex index(m_console->store());
        while (q.next()) {
            const auto order = index.find(q.text(0));
            QVERIFY(order);
            const auto check = WaiverCheck::read(m_console->store(), *order);
            QVERIFY(check);
            if (check->flagged())
                over << order->outOrderNo;
            else if (check->state == WaiverCheck::State::NoBand && noBand.isEmpty())
                noBand = order->outOrderNo;
        }
        QVERIFY2(over.size() >= 2, qPrintable(over.join(u',')));
        QVERIFY(!noBand.isEmpty());

        OrderDetailPage *detail = m_window->detailPage();
        QSignalSpy loaded(detail, &OrderDetailPage::orderLoaded);
        m_window->openOrder(over.first());
        QVERIFY(loaded.wait(10000));
        auto *waiver = detail->findChild<QLabel *>(QStringLiteral("waiverCheckLabel"));
        QVERIFY(waiver && waiver->isVisible());
        const WaiverCheck &check = detail->snapshot()->waiver;
        QVERIFY(check.flagged());
        QVERIFY2(waiver->text().startsWith(u"Waived by credit ¥"_qs), qPrintable(waiver->text()));
        QVERIFY2(waiver->text().endsWith(u"for %1: over the policy"_qs.arg(check.category)),
                 qPrintable(waiver->text()));
        QVERIFY(waiver->text().contains(u"policy v1 allows up to ¥"_qs));
        QVERIFY2(waiver->toolTip().contains(u"+: up to ¥"_qs), qPrintable(waiver->toolTip()));
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-order-over-en"));

        m_window->openOrder(noBand);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(waiver->text().contains(u"policy v1 has no band for RENT_OUTDOOR"_qs),
                 qPrintable(waiver->text()));
        openPage();
    }

    void editAndSave()
    {
        QTableWidget *bands = m_page->bandsTable();
        m_page->addBand();
        const int row = bands->rowCount() - 1;
        QCOMPARE(row, 9);
        bands->item(row, WaiverPolicyPage::CategoryColumn)->setText(u"RENT_OUTDOOR"_qs);
        bands->item(row, WaiverPolicyPage::FromColumn)->setText(u"600"_qs);
        bands->item(row, WaiverPolicyPage::ToColumn)->setText(QString());
        bands->item(row, WaiverPolicyPage::MaxColumn)->setText(u"¥1,500.00"_qs);
        bands->item(row, WaiverPolicyPage::PartialColumn)->setCheckState(Qt::Checked);

        // A bad amount: refused, nothing saved.
        bands->item(0, WaiverPolicyPage::MaxColumn)->setText(u"1.234"_qs);
        QVERIFY(!m_page->save(u"Outdoor gear"_qs));
        QVERIFY2(m_page->message().startsWith(u"Row 1: "_qs), qPrintable(m_page->message()));
        QCOMPARE(savedVersions(), 1);
        // An overlapping band: the service's words, nothing saved.
        bands->item(0, WaiverPolicyPage::MaxColumn)->setText(u"4000"_qs);
        bands->item(0, WaiverPolicyPage::ToColumn)->setText(u"750"_qs);
        QVERIFY(!m_page->save(u"Outdoor gear"_qs));
        QVERIFY2(m_page->message().contains(u"cover the same scores"_qs),
                 qPrintable(m_page->message()));
        QCOMPARE(savedVersions(), 1);
        bands->item(0, WaiverPolicyPage::ToColumn)->setText(u"699"_qs);
        // No reason: refused.
        QVERIFY(!m_page->save(u" "_qs));
        QCOMPARE(savedVersions(), 1);

        QSignalSpy saved(m_page, &WaiverPolicyPage::saved);
        QVERIFY2(m_page->save(u"Outdoor gear gets a band"_qs), qPrintable(m_page->message()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toInt(), 2);
        QCOMPARE(m_page->shownVersion(), 2);
        QCOMPARE(bands->rowCount(), 10);
        QCOMPARE(m_page->versionsTable()->rowCount(), 2);
        QCOMPARE(m_page->versionsTable()->item(0, 0)->text(), u"v2"_qs);
        QCOMPARE(m_page->versionsTable()->item(0, 3)->text(), u"Outdoor gear gets a band"_qs);
        const auto current =
            WaiverPolicyService(m_console->store()).current(m_console->services().session());
        QVERIFY(current);
        QVERIFY(current->bands.contains(
            WaiverBand{u"RENT_OUTDOOR"_qs, 600, std::nullopt, Money::fromFen(150000), true}));
    }

    void earlierVersionsAreReadOnly()
    {
        QTableWidget *versions = m_page->versionsTable();
        versions->selectRow(1); // v1
        QCOMPARE(m_page->shownVersion(), 1);
        QCOMPARE(m_page->bandsTable()->rowCount(), 9);
        QVERIFY(!m_page->isEditable());
        QVERIFY(!(m_page->bandsTable()->item(0, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(!label("waiverReadOnlyLabel")->isHidden());
        QVERIFY(label("waiverReadOnlyLabel")->text().contains(u"earlier version"_qs));
        QVERIFY(!button("saveWaiverPolicyButton")->isEnabled());
        QVERIFY(!button("addBandButton")->isEnabled());
        QVERIFY(button("exportWaiverPolicyButton")->isEnabled());
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-old-version-en"));
        versions->selectRow(0);
        QCOMPARE(m_page->shownVersion(), 2);
        QVERIFY(m_page->isEditable());
    }

    void exportAndImportThroughThePage()
    {
        const QString path = m_dir.filePath(QStringLiteral("policy.csv"));
        QVERIFY2(m_page->exportTo(path), qPrintable(m_page->message()));
        QVERIFY(QFile::exists(path));
        QVERIFY2(m_page->importFrom(path, u"Same again"_qs), qPrintable(m_page->message()));
        QCOMPARE(m_page->shownVersion(), 3);
        QCOMPARE(m_page->bandsTable()->rowCount(), 10);
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("category,score_min\nRENT_PHONE,600\n");
        file.close();
        QVERIFY(!m_page->importFrom(bad, u"Broken"_qs));
        QVERIFY2(m_page->message().contains(u"the column score_max is missing"_qs),
                 qPrintable(m_page->message()));
        QCOMPARE(savedVersions(), 3);
    }

    void agentSeesItReadOnly()
    {
        QVERIFY2(m_console->signIn(OperatorRole::Agent), qPrintable(m_console->error));
        QVERIFY(policyAction()->isVisible());
        openPage();
        QCOMPARE(m_page->shownVersion(), 3);
        QVERIFY(!m_page->isEditable());
        const QString denied =
            Permissions::deniedReason(OperatorRole::Agent, Capability::ManageWaiverPolicy);
        QVERIFY(!label("waiverReadOnlyLabel")->isHidden());
        QVERIFY(label("waiverReadOnlyLabel")->text().contains(denied));
        QCOMPARE(button("saveWaiverPolicyButton")->toolTip(), denied);
        QVERIFY(!button("importWaiverPolicyButton")->isEnabled());
        // The page's own methods are refused by the service too.
        QVERIFY(!m_page->save(u"Agent's policy"_qs));
        QCOMPARE(m_page->message(), denied);
        QCOMPARE(savedVersions(), 3);
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-agent-en"));
        switchLanguage(QStringLiteral("zh_CN"));
        Testing::saveScreenshot(*m_window, QStringLiteral("waiverpolicy-agent-zh_CN"));
        switchLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWaiverPolicyPage)
#include "tst_waiverpolicypage.moc"
