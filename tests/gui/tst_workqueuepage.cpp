// The work queue page in the real window over the demo: the console opens on it, each group
// shows the count of what waits for the role (checked against the database), an entry opens its
// order and Back comes back, another desk's new freeze shows without a click; screenshots in
// both languages.
#include "ConsoleFixture.h"
#include "Screenshots.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/queue/WorkQueuePage.h"
#include "ui/session/LanguageSwitcher.h"

#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

qint64 countIn(const Store &store, const QString &sql)
{
    StoreQuery query(store.database(), sql);
    if (!query.exec() || !query.next())
        return -1;
    return query.int64(0);
}

QTreeWidgetItem *groupOf(QTreeWidget *tree, WorkKind kind)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        if (group->text(0).startsWith(WorkQueue::title(kind)))
            return group;
    }
    return nullptr;
}

QWidget *currentPage(MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

} // namespace

class TestWorkQueuePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnWhatWaits_data();
    void opensOnWhatWaits();
    void agentSeesNoApprovals();
};

void TestWorkQueuePage::opensOnWhatWaits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestWorkQueuePage::opensOnWhatWaits()
{
    QFETCH(QString, language);
    ConsoleFixture console;
    QVERIFY2(console.start(OperatorRole::Supervisor), qPrintable(console.error));
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(language));
    MainWindow window(languages, &console.services());
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    WorkQueuePage *page = window.workQueuePage();
    QVERIFY(page);
    QCOMPARE(currentPage(window), page);
    QTreeWidget *tree = page->tree();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && tree->topLevelItemCount() > 0, 20000);

    // The counts are what the database holds.
    const qint64 waiting = countIn(
        console.store(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'INIT'"));
    QVERIFY(waiting > 0); // the demo seeds freezes its customers have not confirmed yet
    QCOMPARE(page->countOf(WorkKind::WaitingForUser), int(waiting));
    const qint64 pending = countIn(
        console.store(),
        QStringLiteral("SELECT COUNT(*) FROM refund_requests WHERE status = 'PENDING_APPROVAL'"));
    QCOMPARE(page->countOf(WorkKind::RefundApprovals), int(pending));
    QTreeWidgetItem *group = groupOf(tree, WorkKind::WaitingForUser);
    QVERIFY(group);
    QVERIFY2(group->text(0).contains(QString::number(waiting)), qPrintable(group->text(0)));
    QCOMPARE(group->childCount(), int(qMin<qint64>(waiting, WorkQueue::MaxEntries)));
    QVERIFY(groupOf(tree, WorkKind::FrozenNeverReleased));
    QCOMPARE(page->countOf(WorkKind::OpenDifferences), -1); // finance's, not a supervisor's
    saveScreenshot(window, QStringLiteral("workqueue-supervisor-%1").arg(language));

    // An entry opens its order; Back comes back to the queue.
    QTreeWidgetItem *first = group->child(0);
    const QString order = first->text(1);
    QVERIFY(!order.isEmpty());
    Q_EMIT tree->itemActivated(first, 0);
    QCOMPARE(currentPage(window), window.detailPage());
    QCOMPARE(window.detailPage()->currentOrder(), order);
    Q_EMIT window.detailPage()->backRequested();
    QCOMPARE(currentPage(window), page);

    // Another desk on the same database: a new freeze waiting for its customer shows by itself.
    Store other(console.store().config());
    QVERIFY(other.open());
    OrderRecord fresh;
    fresh.outOrderNo = QStringLiteral("QUEUE-LIVE-1");
    fresh.authNo = QStringLiteral("2026120710009001");
    fresh.status = OrderStatus::Init;
    fresh.total = fresh.rest = Money::fromFen(9900);
    fresh.fund = fresh.total;
    fresh.created = fresh.updated = QDateTime::currentDateTimeUtc();
    QVERIFY(OrderIndex(other).upsert(fresh));
    QTRY_COMPARE_WITH_TIMEOUT(page->countOf(WorkKind::WaitingForUser), int(waiting) + 1, 15000);
}

void TestWorkQueuePage::agentSeesNoApprovals()
{
    ConsoleFixture console;
    QVERIFY2(console.start(OperatorRole::Agent), qPrintable(console.error));
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(languages, &console.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WorkQueuePage *page = window.workQueuePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->tree()->topLevelItemCount() > 0, 20000);
    QVERIFY(!groupOf(page->tree(), WorkKind::RefundApprovals));
    QVERIFY(groupOf(page->tree(), WorkKind::AwaitingConfirmation));
    QCOMPARE(page->countOf(WorkKind::RefundApprovals), -1);

    // Signing in as finance at the same desk shows finance's groups.
    QVERIFY2(console.signIn(OperatorRole::Finance), qPrintable(console.error));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && groupOf(page->tree(), WorkKind::OpenDifferences),
                             20000);
    QVERIFY(!groupOf(page->tree(), WorkKind::AwaitingConfirmation));
}

QTEST_MAIN(TestWorkQueuePage)
#include "tst_workqueuepage.moc"
