// The search page and the main window's shell over the demo environment: search by
// out_order_no, auth_no and phone tail; filters; sort; paging; the Alipay look-up offer for an
// unknown number; opening an order and coming back; live language switching; screenshots.
#include "ConsoleFixture.h"
#include "Screenshots.h"
#include "ui/MainWindow.h"
#include "ui/admin/SettingsPage.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "services/admin/ConsoleSettings.h"
#include "store/OrderIndex.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void saveShot(QWidget &widget, const QString &page, const QString &language)
{
    Testing::saveScreenshot(widget, QStringLiteral("tst_searchpage-%1-%2").arg(page, language));
}

QStringList column(const OrderTableModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

} // namespace

class TestSearchPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void findsByThreeKindsOfKey();
    void filtersByStatusDateAndAmount();
    void sortsInTheDatabase();
    void pagesWithMore();
    void offersTheAlipayLookupForAnUnknownNumber();
    void opensAnOrderAndComesBack();
    void switchesLanguageKeepingTheSearch();
    void settingsAreCheckedSavedAndSwitchLanguage();
    void screenshots_data();
    void screenshots();

private:
    void waitIdle();
    OrderRecord sampleOrder(bool withPhone) const;

    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    SearchPage *m_page = nullptr;
};

void TestSearchPage::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_console->start(OperatorRole::Supervisor), qPrintable(m_console->error));
}

void TestSearchPage::cleanupTestCase()
{
    m_console.reset();
}

void TestSearchPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
    m_window->setDemoDetails(m_console->demo().summary().gatewayUrl,
                             m_console->demo().summary().importedOrders);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSearch(); // View > Orders: the console opens on the work queue
    m_page = m_window->searchPage();
    QVERIFY(m_page);
    waitIdle();
}

void TestSearchPage::cleanup()
{
    m_window.reset();
    m_page = nullptr;
}

void TestSearchPage::waitIdle()
{
    // The typing pause is over and the latest search (and its exact→prefix follow-up) answered.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
}

OrderRecord TestSearchPage::sampleOrder(bool withPhone) const
{
    OrderQuery query;
    query.pageSize = 500;
    const auto page = OrderIndex(m_console->store()).search(query);
    for (const OrderRecord &o : page->orders) {
        if (!o.authNo.isEmpty() && (!withPhone || o.phoneTail.size() == 4))
            return o;
    }
    return {};
}

void TestSearchPage::findsByThreeKindsOfKey()
{
    auto *box = child<QLineEdit>(*m_page, "searchBox");
    OrderTableModel &model = *m_page->model();
    QVERIFY(model.rowCount() > 0); // the newest orders before anything is typed

    const OrderRecord order = sampleOrder(true);
    QVERIFY(!order.outOrderNo.isEmpty());

    // A pasted out_order_no: looked for at once, exactly.
    box->setText(order.outOrderNo);
    QCOMPARE(m_page->currentQuery().match, OrderQuery::Match::Exact);
    waitIdle();
    QCOMPARE(column(model, OrderTableModel::OutOrderNo), QStringList{order.outOrderNo});

    // A pasted auth_no.
    box->setText(order.authNo);
    waitIdle();
    QCOMPARE(column(model, OrderTableModel::AuthNo), QStringList{order.authNo});

    // A typed phone tail: searched by prefix after the pause.
    box->clear();
    QTest::keyClicks(box, order.phoneTail);
    waitIdle();
    QCOMPARE(m_page->currentQuery().match, OrderQuery::Match::Prefix);
    const QStringList tails = column(model, OrderTableModel::PhoneTail);
    QVERIFY(!tails.isEmpty());
    QVERIFY(column(model, OrderTableModel::OutOrderNo).contains(order.outOrderNo));
    for (const QString &tail : tails)
        QVERIFY2(tail.startsWith(order.phoneTail) || tail.isEmpty(), qPrintable(tail));

    auto *status = child<QLabel>(*m_page, "searchStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("ms")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("in the index")), qPrintable(status->text()));
}

void TestSearchPage::filtersByStatusDateAndAmount()
{
    OrderTableModel &model = *m_page->model();
    auto *statusFilter = child<QComboBox>(*m_page, "statusFilter");
    statusFilter->setCurrentIndex(statusFilter->findData(int(OrderStatus::Authorized)));
    waitIdle();
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.orderAt(row).status, OrderStatus::Authorized);

    // Orders still waiting for the customer have nothing frozen: a dash, not ¥0.00.
    statusFilter->setCurrentIndex(statusFilter->findData(int(OrderStatus::Init)));
    waitIdle();
    int awaiting = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.orderAt(row).status, OrderStatus::Init);
        if (!model.orderAt(row).total.isZero())
            continue;
        const QModelIndex total = model.index(row, OrderTableModel::Total);
        QCOMPARE(total.data().toString(), QStringLiteral("—"));
        QVERIFY(!total.data(Qt::ToolTipRole).toString().isEmpty());
        ++awaiting;
    }
    QVERIFY(awaiting > 0);

    statusFilter->setCurrentIndex(0);
    auto *minAmount = child<QLineEdit>(*m_page, "minAmountFilter");
    auto *maxAmount = child<QLineEdit>(*m_page, "maxAmountFilter");
    waitIdle();
    QList<qint64> totals;
    for (int row = 0; row < model.rowCount(); ++row)
        totals.append(model.orderAt(row).total.fen());
    std::sort(totals.begin(), totals.end());
    const Money low = Money::fromFen(totals.at(totals.size() / 4));
    const Money high = Money::fromFen(totals.at(totals.size() * 3 / 4));
    QTest::keyClicks(minAmount, low.toYuan());
    QTest::keyClicks(maxAmount, high.toYuan());
    waitIdle();
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.orderAt(row).total >= low);
        QVERIFY(model.orderAt(row).total <= high);
    }
    // A malformed amount is marked and ignored, not guessed.
    maxAmount->setText(QStringLiteral("12,5"));
    waitIdle();
    QVERIFY(!maxAmount->toolTip().isEmpty());
    QVERIFY(!m_page->currentQuery().maxTotal);
    minAmount->clear();
    maxAmount->clear();

    // Created on one day (China time) only.
    const OrderRecord order = sampleOrder(false);
    const QDate day = order.created.toOffsetFromUtc(8 * 3600).date();
    child<QDateEdit>(*m_page, "dateFromFilter")->setDate(day);
    child<QDateEdit>(*m_page, "dateToFilter")->setDate(day);
    waitIdle();
    QVERIFY(column(model, OrderTableModel::OutOrderNo).contains(order.outOrderNo));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.orderAt(row).created.toOffsetFromUtc(8 * 3600).date(), day);
}

void TestSearchPage::sortsInTheDatabase()
{
    auto *table = child<QTableView>(*m_page, "orderTable");
    OrderTableModel &model = *m_page->model();
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + 10, header->height() / 2));
        waitIdle();
    };
    const auto checkSorted = [&] {
        QCOMPARE(m_page->currentQuery().sortBy, OrderQuery::SortBy::Total);
        QVERIFY(model.rowCount() > 2);
        for (int row = 1; row < model.rowCount(); ++row) {
            const Money previous = model.orderAt(row - 1).total;
            const Money current = model.orderAt(row).total;
            QVERIFY(m_page->currentQuery().descending ? previous >= current : previous <= current);
        }
    };
    clickHeader(OrderTableModel::Total);
    checkSorted();
    const bool descending = m_page->currentQuery().descending;
    clickHeader(OrderTableModel::Total); // the other direction
    QCOMPARE(m_page->currentQuery().descending, !descending);
    checkSorted();
    // A column the database cannot sort by keeps the order shown.
    clickHeader(OrderTableModel::Payer);
    QCOMPARE(m_page->currentQuery().sortBy, OrderQuery::SortBy::Total);
    QCOMPARE(header->sortIndicatorSection(), int(OrderTableModel::Total));
}

void TestSearchPage::pagesWithMore()
{
    OrderTableModel &model = *m_page->model();
    QCOMPARE(model.rowCount(), 50); // one page of the 60 demo orders
    QVERIFY(model.hasMore());
    auto *more = child<QPushButton>(*m_page, "moreButton");
    QVERIFY(more->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    waitIdle();
    QCOMPARE(model.rowCount(), m_console->demo().summary().importedOrders);
    QVERIFY(!model.hasMore());
    QVERIFY(!more->isVisible());
    QStringList numbers = column(model, OrderTableModel::OutOrderNo);
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), model.rowCount());
}

void TestSearchPage::offersTheAlipayLookupForAnUnknownNumber()
{
    auto *box = child<QLineEdit>(*m_page, "searchBox");
    auto *lookup = child<QPushButton>(*m_page, "lookUpAtAlipayButton");
    QVERIFY(!lookup->isVisible());
    box->setText(QStringLiteral("2099010122001499990000000001"));
    waitIdle();
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(lookup->isVisible());
    QVERIFY(lookup->isEnabled());
    saveShot(*m_window, QStringLiteral("lookup"), QStringLiteral("en"));
    auto *status = child<QLabel>(*m_page, "searchStatusLabel");
    const QString before = status->text();
    QTest::mouseClick(lookup, Qt::LeftButton);
    QVERIFY(!lookup->isEnabled()); // one question at a time
    QTRY_VERIFY_WITH_TIMEOUT(lookup->isEnabled() || !lookup->isVisible(), 20000);
    QVERIFY2(status->text() != before, qPrintable(status->text()));

    // A short text is not an order number: no offer.
    box->setText(QStringLiteral("zz"));
    waitIdle();
    QVERIFY2(!lookup->isVisible(), qPrintable(status->text() + m_page->currentQuery().text));
}

void TestSearchPage::opensAnOrderAndComesBack()
{
    auto *box = child<QLineEdit>(*m_page, "searchBox");
    const OrderRecord order = sampleOrder(false);
    box->setText(order.authNo);
    waitIdle();
    auto *table = child<QTableView>(*m_page, "orderTable");
    QCOMPARE(m_page->model()->rowCount(), 1);
    table->setCurrentIndex(m_page->model()->index(0, 0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("orderDetailPage"));
    auto *back = stack->currentWidget()->findChild<QPushButton *>(QStringLiteral("backButton"));
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(stack->currentWidget(), m_page);
    QCOMPARE(box->text(), order.authNo); // the search is as it was
    QCOMPARE(m_page->model()->rowCount(), 1);

    auto *operatorLabel = m_window->findChild<QLabel *>(QStringLiteral("operatorLabel"));
    QVERIFY(operatorLabel->text().contains(operatorRoleDisplayName(OperatorRole::Supervisor)));
}

void TestSearchPage::switchesLanguageKeepingTheSearch()
{
    auto *box = child<QLineEdit>(*m_page, "searchBox");
    const QString prefix = sampleOrder(false).outOrderNo.left(4);
    QTest::keyClicks(box, prefix);
    auto *min = child<QLineEdit>(*m_page, "minAmountFilter");
    QTest::keyClicks(min, QStringLiteral("1.00"));
    waitIdle();
    QSignalSpy headers(m_page->model(), &QAbstractItemModel::headerDataChanged);
    auto *title = m_window->findChild<QLabel *>(QStringLiteral("environmentLabel"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(title->text().startsWith(QStringLiteral("演示模式")));
    QVERIFY(!headers.isEmpty());
    QCOMPARE(m_page->model()->headerData(OrderTableModel::Status, Qt::Horizontal).toString(),
             QCoreApplication::translate("DepositDesk::OrderTableModel", "Status"));
    QCOMPARE(box->text(), prefix);
    QVERIFY(m_page->model()->rowCount() > 0);
    QCOMPARE(min->text(), QStringLiteral("1.00"));
    QCOMPARE(m_page->model()->index(0, OrderTableModel::Status).data().toString(),
             orderStatusDisplayName(m_page->model()->orderAt(0).status));
}

void TestSearchPage::settingsAreCheckedSavedAndSwitchLanguage()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("console.ini"));
    ConsoleSettings settings(ini);
    m_window->setSettings(&settings);
    m_window->showSettings();
    SettingsPage *page = m_window->settingsPage();
    QVERIFY(page && page->isVisible());
    auto *environment = child<QComboBox>(*page, "settingsEnvironment");
    auto *localUrl = child<QLineEdit>(*page, "settingsLocalUrl");
    auto *message = child<QLabel>(*page, "settingsMessage");
    QVERIFY(!localUrl->isEnabled());
    environment->setCurrentIndex(environment->findData(int(Environment::LocalUrl)));
    QVERIFY(localUrl->isEnabled());
    localUrl->setText(QStringLiteral("http://192.0.2.7:8080/gateway.do"));
    QTest::mouseClick(child<QPushButton>(*page, "settingsSave"), Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("http")), qPrintable(message->text()));
    QCOMPARE(ConsoleSettings(ini).environment(), Environment::Production);

    localUrl->setText(QStringLiteral("http://127.0.0.1:8080/gateway.do"));
    child<QLineEdit>(*page, "settingsAppId")->setText(QStringLiteral("2021000000000001"));
    child<QSpinBox>(*page, "settingsTimeout")->setValue(20);
    QSignalSpy saved(page, &SettingsPage::saved);
    QTest::mouseClick(child<QPushButton>(*page, "settingsSave"), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const ConsoleSettings stored(ini);
    QCOMPARE(stored.environment(), Environment::LocalUrl);
    QCOMPARE(stored.gatewayUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/gateway.do")));
    QCOMPARE(stored.appId(), QStringLiteral("2021000000000001"));
    QCOMPARE(stored.callTimeoutMs(), 20000);

    // The language applies at once, keeping what is typed in the form.
    child<QLineEdit>(*page, "settingsDatabase")->setText(QStringLiteral("/tmp/typed.sqlite"));
    auto *language = child<QComboBox>(*page, "settingsLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    Q_EMIT language->activated(language->currentIndex());
    QCOMPARE(m_languages.language(), QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_window->windowTitle() == QStringLiteral("免押工作台"));
    QCOMPARE(child<QLineEdit>(*page, "settingsDatabase")->text(),
             QStringLiteral("/tmp/typed.sqlite"));
    // The menu's choice shows in the page too.
    m_window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    m_window.reset(); // before the settings it borrows
}

void TestSearchPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestSearchPage::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    // LanguageChange reaches the widgets through the event loop.
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title(),
                 QCoreApplication::translate("DepositDesk::MainWindow", "&Language"));
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    m_window->setSettings(&settings);
    waitIdle();
    saveShot(*m_window, QStringLiteral("search"), language);

    child<QComboBox>(*m_page, "statusFilter")->setCurrentIndex(2);
    waitIdle();
    saveShot(*m_window, QStringLiteral("filtered"), language);

    QSignalSpy loaded(m_window->detailPage(), &OrderDetailPage::orderLoaded);
    m_window->openOrder(m_page->model()->orderAt(0).outOrderNo);
    QVERIFY(loaded.wait(10000));
    saveShot(*m_window, QStringLiteral("detail"), language);

    m_window->showSettings();
    auto *settingsPage = m_window->settingsPage();
    QVERIFY(settingsPage && settingsPage->isVisible());
    saveShot(*m_window, QStringLiteral("settings"), language);
    m_window.reset(); // before the settings it borrows
}

QTEST_MAIN(TestSearchPage)
#include "tst_searchpage.moc"
