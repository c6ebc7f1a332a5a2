// View > Risk report over the real window and the demo's database, with orders, charges, failed
// charges and a VIOLATED report added through the store classes: who sees the page, the table
// (money grouped with ¥ and two decimals, the rate with one decimal, the total row), the charts
// (a bar per group), the grouping choice, loading off the UI thread, the exports (CSV, Excel, PNG)
// driven without dialogs. Screenshots in English and Chinese in the build's screenshots folder.
#include "ConsoleFixture.h"
#include "ManualClock.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/risk/RiskReportModel.h"
#include "ui/risk/RiskReportPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "store/IntentJournal.h"
#include "store/OrderIndex.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

const QTimeZone China(8 * 3600);
const QDate Day(2031, 6, 15); // far from the demo's own orders

void addOrder(const Store &store, const QString &no, const QString &category, qint64 total,
              qint64 credit, int hour)
{
    OrderRecord r;
    r.outOrderNo = no;
    r.authNo = QStringLiteral("AUTH-") + no;
    r.status = OrderStatus::Authorized;
    r.total = Money::fromFen(total);
    r.credit = Money::fromFen(credit);
    r.fund = Money::fromFen(total - credit);
    r.rest = r.fund;
    r.category = category;
    r.store = QStringLiteral("门店 %1").arg(category.size() % 3);
    r.created = QDateTime(Day, QTime(hour, 0), China);
    r.updated = r.created;
    QVERIFY(OrderIndex(store).upsert(r).ok);
}

void addIntent(IntentJournal &journal, IntentRecord::Kind kind, const QString &no,
               const QString &request, qint64 fen, IntentRecord::Outcome outcome,
               const QString &subCode = {}, const QString &sesame = {})
{
    IntentRecord i;
    i.kind = kind;
    i.outOrderNo = no;
    i.requestNo = request;
    i.amount = Money::fromFen(fen);
    i.operatorLogin = QStringLiteral("agent.li");
    i.reason = QStringLiteral("Damage");
    i.desk = QStringLiteral("desk-1");
    i.parameters = sesame.isEmpty()
                       ? QJsonObject{{QStringLiteral("out_trade_no"), request}}
                       : QJsonObject{{QStringLiteral("order_biz_info"),
                                      QJsonObject{{QStringLiteral("status"), sesame}}}};
    QVERIFY(journal.begin(i).ok);
    QVERIFY(journal.settle(i.id, outcome, QStringLiteral("40004"), subCode).ok);
}

} // namespace

class TestRiskReportPage : public QObject
{
    Q_OBJECT

private:
    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    RiskReportPage *m_page = nullptr;

    bool load(const std::function<void()> &change)
    {
        QSignalSpy loaded(m_page, &RiskReportPage::loaded);
        change();
        return loaded.count() > 0 || loaded.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_console = std::make_unique<ConsoleFixture>();
        QVERIFY2(m_console->start(OperatorRole::Finance, 5), qPrintable(m_console->error));
        const Store &store = m_console->store();
        // Three categories: phones (one defaulted after a charge it could not pay), cameras
        // (a failed charge charged again later), power banks (nothing waived, nothing charged).
        addOrder(store, QStringLiteral("RISK-P1"), QStringLiteral("RENT_PHONE"), 1234567, 1234567,
                 9);
        addOrder(store, QStringLiteral("RISK-P2"), QStringLiteral("RENT_PHONE"), 300000, 100000,
                 10);
        addOrder(store, QStringLiteral("RISK-C1"), QStringLiteral("RENT_CAMERA"), 500000, 250000,
                 11);
        addOrder(store, QStringLiteral("RISK-B1"), QStringLiteral("POWER_BANK"), 9900, 0, 12);
        Testing::ManualClock clock(QDateTime(Day.addDays(1), QTime(9, 0), China));
        IntentJournal journal(store, clock);
        using K = IntentRecord::Kind;
        using O = IntentRecord::Outcome;
        addIntent(journal, K::Pay, QStringLiteral("RISK-P1"), QStringLiteral("PAY-P1"), 80000,
                  O::Failed, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
        clock.advance(std::chrono::hours(24 * 16));
        addIntent(journal, K::OrderInfoSync, QStringLiteral("RISK-P1"), QStringLiteral("SYNC-P1"),
                  0, O::Succeeded, {}, QStringLiteral("VIOLATED"));
        addIntent(journal, K::Pay, QStringLiteral("RISK-C1"), QStringLiteral("PAY-C1"), 20000,
                  O::Failed, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
        clock.advance(std::chrono::hours(1));
        addIntent(journal, K::Pay, QStringLiteral("RISK-C1"), QStringLiteral("PAY-C1B"), 20000,
                  O::Succeeded);

        m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_page = m_window->riskReportPage();
        QVERIFY(m_page);
        m_page->setPeriod(Day, Day);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_console.reset();
    }

    void onlyRolesThatMayViewItSeeIt()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRiskReport"));
        QVERIFY(action);
        QVERIFY(action->isVisible()); // finance
        QVERIFY(m_console->signIn(OperatorRole::Agent));
        QVERIFY(!action->isVisible());
        QVERIFY(m_console->signIn(OperatorRole::Supervisor));
        QVERIFY(action->isVisible());
        QVERIFY(m_console->signIn(OperatorRole::Finance));
    }

    void showsTheFiguresAndCharts()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionRiskReport"));
        QVERIFY(load([action] { action->trigger(); }));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(stack->currentWidget(), m_page);
        QVERIFY(!m_page->isLoading());
        const RiskReportModel &model = *m_page->model();
        QCOMPARE(model.rowCount(), 4); // three categories and the total
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        // Categories in order: POWER_BANK, RENT_CAMERA, RENT_PHONE.
        QCOMPARE(cell(2, RiskReportModel::Group), u"RENT_PHONE"_qs);
        QCOMPARE(cell(2, RiskReportModel::Orders), u"2"_qs);
        QCOMPARE(cell(2, RiskReportModel::Deposits), u"¥15,345.67"_qs);
        QCOMPARE(cell(2, RiskReportModel::Waived), u"¥13,345.67"_qs);
        QCOMPARE(cell(2, RiskReportModel::FailedAmount), u"¥800.00"_qs);
        QCOMPARE(cell(2, RiskReportModel::Lost), u"¥800.00"_qs);
        QCOMPARE(cell(2, RiskReportModel::Defaults), u"1"_qs);
        QCOMPARE(cell(2, RiskReportModel::DefaultRate), u"50.0%"_qs);
        QCOMPARE(cell(1, RiskReportModel::Charges), u"1"_qs);
        QCOMPARE(cell(1, RiskReportModel::Charged), u"¥200.00"_qs);
        QCOMPARE(cell(1, RiskReportModel::Lost), u"¥0.00"_qs); // charged again later
        QCOMPARE(cell(3, RiskReportModel::Group), u"Total"_qs);
        QCOMPARE(cell(3, RiskReportModel::Orders), u"4"_qs);
        QCOMPARE(cell(3, RiskReportModel::FailedCharges), u"2"_qs);
        QCOMPARE(cell(3, RiskReportModel::DefaultRate), u"25.0%"_qs);

        const auto bars = [](QChart *chart) {
            const auto series = chart->series();
            return series.isEmpty() ? QList<QBarSet *>()
                                    : qobject_cast<QBarSeries *>(series.first())->barSets();
        };
        QCOMPARE(bars(m_page->rateChart()).size(), 1);
        QCOMPARE(bars(m_page->rateChart()).first()->count(), 3);
        QCOMPARE(bars(m_page->rateChart()).first()->at(2), 50.0);
        QCOMPARE(bars(m_page->amountChart()).size(), 2);
        QCOMPARE(bars(m_page->amountChart()).at(1)->at(2), 800.0);
        Testing::saveScreenshot(*m_window, QStringLiteral("riskreport-en"));

        // The window's words change from the event loop; the figures stay.
        auto *viewMenu = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(viewMenu);
        const QString english = viewMenu->title();
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
        QTRY_VERIFY(viewMenu->title() != english);
        Testing::saveScreenshot(*m_window, QStringLiteral("riskreport-zh_CN"));
        QCOMPARE(cell(2, RiskReportModel::Deposits), u"¥15,345.67"_qs);
        QCOMPARE(cell(2, RiskReportModel::DefaultRate), u"50.0%"_qs);
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(viewMenu->title(), english);
    }

    void groupsByWaivedShare()
    {
        m_page->setGrouping(RiskReport::Grouping::WaivedShare);
        QVERIFY(load([this] { m_page->reload(); }));
        const RiskReportModel &model = *m_page->model();
        QCOMPARE(model.rowCount(), RiskReport::ShareBands + 1);
        const auto orders = [&model](int row) {
            return model.rowAt(row).orders;
        };
        QCOMPARE(orders(0), 1); // 0%: the power bank
        QCOMPARE(orders(2), 1); // 1/3: [25%, 50%)
        QCOMPARE(orders(3), 1); // exactly 50%: [50%, 75%)
        QCOMPARE(orders(5), 1); // all waived
        Testing::saveScreenshot(*m_window, QStringLiteral("riskreport-bands-en"));
        m_page->setGrouping(RiskReport::Grouping::Category);
        QVERIFY(load([this] { m_page->reload(); }));
    }

    void exportsWithoutDialogs()
    {
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("risk.csv"));
        QVERIFY2(m_page->exportTable(TableExportMenu::Format::Csv, csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"Defaults reported"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"RENT_PHONE,2,15345.67,13345.67"_qs), qPrintable(text));
        const QString xlsx = dir.filePath(QStringLiteral("risk.xlsx"));
        QVERIFY2(m_page->exportTable(TableExportMenu::Format::Xlsx, xlsx, &error),
                 qPrintable(error));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        const QString png = dir.filePath(QStringLiteral("charts.png"));
        QVERIFY2(m_page->exportChartsPng(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(image.width() > 400 && image.height() > 200);
        QVERIFY(
            !m_page->exportChartsPng(dir.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void agentsAreRefused()
    {
        QVERIFY(m_console->signIn(OperatorRole::Agent));
        QSignalSpy failed(m_page, &RiskReportPage::loadFailed);
        m_page->reload();
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_page->statusText().contains(u"risk report"_qs));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(m_console->signIn(OperatorRole::Finance));
    }
};

QTEST_MAIN(TestRiskReportPage)
#include "tst_riskreportpage.moc"
