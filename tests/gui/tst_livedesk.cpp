// Live desks: two desks on one database. What one desk does shows at the other without a click
// (the open order's detail, the search list keeping its selection and scroll position), and a
// desk whose database cannot be reached shows a banner, refuses money actions and reconnects.
// SQLite: the demo's real database file, a second Store on it for desk B. PostgreSQL
// (tst_livedesk_pg, fixture dd_pg): a test database cut off and given back (PgOutage.h) while the
// desk runs and at its start (the waiting dialog); screenshots of the banner and the dialog.

#include "../store/PgOutage.h"
#include "../store/StoreTestEnv.h"
#include "ConsoleFixture.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/DatabaseWaitDialog.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/widgets/ErrorBanner.h"

#include "services/actions/OrderActions.h"
#include "services/admin/StoreOpener.h"
#include "services/orders/ChangeFeed.h"
#include "store/OrderIndex.h"
#include "store/StoreQuery.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

const OperatorSession SupervisorB{QStringLiteral("supervisor-b"), QStringLiteral("supervisor-b"),
                                  OperatorRole::Supervisor};

// Desk B: its own Store on desk A's database and its own services.
struct OtherDesk
{
    explicit OtherDesk(const StoreConfig &config, const GatewayConfig &gateway)
        : store(config)
    {
        opened = store.open().ok;
        services = std::make_unique<ConsoleServices>(store, gateway);
    }
    // Unfreezes `amount` of the order at desk B (through Alipay, the sandbox) and waits for it.
    bool unfreeze(const QString &outOrderNo, Money amount)
    {
        std::optional<ActionOutcome> outcome;
        QObject context;
        services->actions().unfreeze(SupervisorB,
                                     {outOrderNo, amount, QStringLiteral("deposit back"), false},
                                     &context, [&](const ActionOutcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return false;
        if (!outcome->ok())
            qWarning("%s", qPrintable(outcome->message));
        return outcome->ok();
    }
    Store store;
    bool opened = false;
    std::unique_ptr<ConsoleServices> services; // destroyed before the store
};

// Authorized orders without credit and with at least ¥5 left, newest first.
QList<OrderRecord> unfreezable(const Store &store)
{
    OrderQuery query;
    query.pageSize = 500;
    QList<OrderRecord> list;
    if (const auto page = OrderIndex(store).search(query)) {
        for (const OrderRecord &o : page->orders) {
            if (o.status == OrderStatus::Authorized && o.credit.isZero() &&
                o.rest >= Money::fromFen(500))
                list << o;
        }
    }
    return list;
}

} // namespace

class TestLiveDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openOrderFollowsAnotherDesk()
    {
        if (usePostgres())
            QSKIP("SQLite: the demo's database file");
        ConsoleFixture console;
        QVERIFY2(console.start(OperatorRole::Agent), qPrintable(console.error));
        OtherDesk deskB(console.store().config(), console.gatewayConfig());
        QVERIFY(deskB.opened);
        const QList<OrderRecord> orders = unfreezable(console.store());
        QVERIFY(!orders.isEmpty());
        const OrderRecord order = orders.first();

        OrderDetailPage page(console.services());
        page.resize(1100, 700);
        page.show();
        QSignalSpy loaded(&page, &OrderDetailPage::orderLoaded);
        page.showOrder(order.outOrderNo);
        QTRY_VERIFY(page.snapshot().has_value());
        QTRY_VERIFY(console.services().changes().isListening());
        QCOMPARE(page.snapshot()->order.rest, order.rest);
        QTest::qWait(1000); // nothing changes: nothing is read again
        const int reads = int(loaded.count());
        QCOMPARE(reads, 1);

        QVERIFY(deskB.unfreeze(order.outOrderNo, Money::fromFen(123)));
        // Desk A's page shows it without a click, read from the database.
        QTRY_VERIFY_WITH_TIMEOUT(page.snapshot() && page.snapshot()->order.rest ==
                                                        order.rest - Money::fromFen(123),
                                 5000);
        QVERIFY(loaded.count() > reads);
    }

    void searchListFollowsAnotherDeskKeepingItsPlace()
    {
        if (usePostgres())
            QSKIP("SQLite: the demo's database file");
        ConsoleFixture console;
        QVERIFY2(console.start(OperatorRole::Agent, 150), qPrintable(console.error));
        OtherDesk deskB(console.store().config(), console.gatewayConfig());
        QVERIFY(deskB.opened);

        SearchPage page(console.services());
        page.resize(1100, 500); // fewer rows than the page holds: the table scrolls
        page.show();
        QTRY_VERIFY(!page.isBusy());
        QTableView *table = page.table();
        OrderTableModel *model = page.model();
        QVERIFY(model->rowCount() >= 40);
        // "More": the second page's rows stay after a refresh too.
        model->fetchMore();
        QTRY_VERIFY(!page.isBusy());
        const int rows = model->rowCount();
        QVERIFY(rows > 50);

        // An order to change, far enough down to need the scroll bar.
        int row = -1;
        for (int r = 30; r < rows && row < 0; ++r) {
            const OrderRecord o = model->orderAt(r);
            if (o.status == OrderStatus::Authorized && o.credit.isZero() &&
                o.rest >= Money::fromFen(500))
                row = r;
        }
        QVERIFY2(row >= 0, "an unfreezable order below the first screen");
        const OrderRecord order = model->orderAt(row);
        table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        table->selectRow(row);
        const int scroll = table->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QTRY_VERIFY(console.services().changes().isListening());

        QVERIFY(deskB.unfreeze(order.outOrderNo, Money::fromFen(200)));
        const auto shownRest = [&] {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->orderAt(r).outOrderNo == order.outOrderNo)
                    return model->orderAt(r).rest;
            }
            return Money();
        };
        QTRY_VERIFY_WITH_TIMEOUT(shownRest() == order.rest - Money::fromFen(200), 5000);
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->orderAt(table->currentIndex().row()).outOrderNo, order.outOrderNo);
        QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
    }

    void unreachableDatabaseShowsBannerAndReconnects()
    {
        if (!usePostgres())
            QSKIP("PostgreSQL: a server that goes away");
        TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store store(db.config());
        QVERIFY(store.open());
        StoreQuery insert(store.database(),
                          QStringLiteral("INSERT INTO orders (out_order_no, auth_no, status, "
                                         "total_fen, fund_fen, rest_fen, created_at, updated_at) "
                                         "VALUES ('ORDER-LIVE-1', '2026120710002001', "
                                         "'AUTHORIZED', 5000, 5000, 5000, 1, 1)"));
        QVERIFY(insert.exec());
        GatewayConfig gateway;
        gateway.gateway = QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do"));
        ConsoleServices services(store, gateway);
        services.setSession(SupervisorB);

        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        MainWindow window(languages, &services);
        window.resize(1200, 760);
        window.show();
        auto *banner = window.findChild<ErrorBanner *>(QStringLiteral("databaseBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(services.changes().isListening());
        QVERIFY(!banner->isVisible());
        OrderDetailPage detail(services);
        detail.show();
        detail.showOrder(QStringLiteral("ORDER-LIVE-1"));
        QTRY_VERIFY(detail.snapshot().has_value());
        auto *unfreeze = detail.findChild<QPushButton *>(QStringLiteral("unfreezeButton"));
        QVERIFY(unfreeze);

        QVERIFY(cutOffDatabase(db.config().database));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        const QString problem = services.databaseProblem();
        QCOMPARE(banner->message(), problem);
        QVERIFY2(problem.startsWith(u"The database cannot be reached since "_qs),
                 qPrintable(problem));
        QVERIFY(problem.contains(u"Money actions are off"_qs));
        // The read-only banner for credentials does not repeat it; the status bar says why.
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("environmentLabel"))
                    ->text()
                    .endsWith(u"read-only, database unreachable"_qs));
        // The open order stays shown; its money actions are off and say why.
        QTRY_VERIFY(!unfreeze->isEnabled());
        QCOMPARE(unfreeze->toolTip(), problem);
        QVERIFY(detail.snapshot().has_value());
        // Asked all the same (as a click on a stale button would), the action is refused.
        std::optional<ActionOutcome> outcome;
        services.actions().unfreeze(
            SupervisorB,
            {QStringLiteral("ORDER-LIVE-1"), Money::fromFen(100), QStringLiteral("back"), true},
            this, [&](const ActionOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->status, ActionOutcome::Status::Refused);
        QCOMPARE(outcome->message, problem);
        saveScreenshot(window, QStringLiteral("livedesk-database-unreachable-en"));

        QVERIFY(reconnectDatabase(db.config().database));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QVERIFY(services.databaseReachable());
        QTRY_VERIFY(detail.snapshot().has_value());
        saveScreenshot(window, QStringLiteral("livedesk-database-reconnected-en"));
    }

    void startWaitsForTheDatabase()
    {
        if (!usePostgres())
            QSKIP("PostgreSQL: a server that does not answer at start");
        TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        {
            Store first(db.config()); // the schema, as an earlier start left it
            QVERIFY(first.open());
        }
        // A wrong password is not waited for.
        StoreConfig wrong = db.config();
        wrong.password = QStringLiteral("not-the-password");
        Store refused(wrong);
        const StoreResult denied = refused.open();
        QVERIFY(!denied.ok);
        QVERIFY(!denied.unreachable);

        QVERIFY(cutOffDatabase(db.config().database));
        Store store(db.config());
        const StoreResult down = store.open();
        QVERIFY(!down.ok);
        QVERIFY2(down.unreachable, qPrintable(down.errorString));

        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        StoreOpener opener(store);
        opener.setRetryLimits(200, 1000);
        DatabaseWaitDialog wait(opener);
        QSignalSpy attempted(&opener, &StoreOpener::attempted);
        QSignalSpy finished(&opener, &StoreOpener::finished);
        opener.start(down);
        wait.show();
        QTRY_VERIFY_WITH_TIMEOUT(attempted.count() >= 2, 10000); // retried, still down
        QCOMPARE(finished.count(), 0);
        auto *message = wait.findChild<QLabel *>(QStringLiteral("databaseWaitMessage"));
        QVERIFY(message->text().startsWith(u"The database cannot be reached since "_qs));
        QVERIFY(wait.findChild<QLabel *>(QStringLiteral("databaseWaitDetails"))
                    ->text()
                    .contains(u"not currently accepting connections"_qs));
        saveScreenshot(wait, QStringLiteral("livedesk-waiting-for-database-en"));

        QVERIFY(reconnectDatabase(db.config().database));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 10000);
        QVERIFY(opener.result().ok);
        QCOMPARE(wait.result(), int(QDialog::Accepted));
        QVERIFY(OrderIndex(store).search(OrderQuery()).has_value());
    }
};

QTEST_MAIN(TestLiveDesk)
#include "tst_livedesk.moc"
