// The Bulk action dialog over the real demo sandbox: opened from the search page with a
// selection and from "Load order list…"; a 50-order list unfrozen with one refused row and one
// lost answer in the middle, then the same file loaded and run again — nothing moves twice at
// the sandbox, the lost one is settled by query; screenshots of the preview and the result; a
// fifty-order run whose rows are stuck on the database while the UI thread goes on.
#include "DetailTestSupport.h"

#include "ui/actions/BulkActionDialog.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/AlipayApi.h"
#include "sandbox/Faults.h"
#include "sandbox/Gateway.h"
#include "services/bulk/BulkRowsModel.h"
#include "services/bulk/BulkRunner.h"
#include "store/IntentJournal.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using State = BulkActions::State;

namespace {

template<typename T>
T *part(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s in %s", name, qPrintable(dialog->objectName()));
    return widget;
}

} // namespace

class TestBulkDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectionOpensTheDialogOnTheSelectedOrders();
    void fiftyOrdersFromAFileThenTheSameFileAgain();
    void theRunLeavesTheUiThreadFree();

private:
    QMap<QString, int> unfreezesAtAlipay(const QStringList &orders);

    LanguageSwitcher m_languages;
    ConsoleFixture m_console;
    QTemporaryDir m_dir;
};

void TestBulkDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    // Enough authorized orders for the fifty-order list on any day (the demo's mix of states
    // depends on the day it is seeded).
    QVERIFY2(m_console.start(OperatorRole::Agent, 300, QStringLiteral("bulk-dialog")),
             qPrintable(m_console.error));
    // A short transport timeout, so that a delayed answer is a lost one within seconds.
    GatewayConfig config = m_console.gatewayConfig();
    config.timeoutMs = 4000;
    m_console.services().setGatewayConfig(config);
}

QMap<QString, int> TestBulkDialog::unfreezesAtAlipay(const QStringList &orders)
{
    QMap<QString, int> counts;
    for (const QString &o : orders) {
        const OrderRecord order = OrderIndex(m_console.store()).find(o).value_or(OrderRecord());
        counts.insert(o, int(sandboxOperations(m_console.demo(), order.authNo,
                                               Sandbox::AuthOperationType::Unfreeze)
                                 .size()));
    }
    return counts;
}

void TestBulkDialog::selectionOpensTheDialogOnTheSelectedOrders()
{
    SearchPage page(m_console.services());
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.model()->rowCount() >= 5, 15000);
    auto *bulkButton = part<QPushButton>(&page, "bulkActionButton");
    QVERIFY(bulkButton && bulkButton->isVisible());
    QVERIFY2(!bulkButton->isEnabled(), "nothing selected yet");

    // Ctrl+click rows 3, 1 and 4: the dialog gets them in the table's order.
    QTableView *table = page.table();
    const auto clickRow = [table](int row, Qt::KeyboardModifiers modifiers) {
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, cell.center());
    };
    clickRow(3, Qt::NoModifier);
    clickRow(1, Qt::ControlModifier);
    clickRow(4, Qt::ControlModifier);
    const QStringList expected = {page.model()->orderAt(1).outOrderNo,
                                  page.model()->orderAt(3).outOrderNo,
                                  page.model()->orderAt(4).outOrderNo};
    QCOMPARE(page.selectedOrders(), expected);
    QVERIFY(bulkButton->isEnabled());
    QTest::mouseClick(bulkButton, Qt::LeftButton);
    auto *dialog = page.findChild<BulkActionDialog *>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->request().orders, expected);
    QVERIFY2(!part<QPushButton>(dialog, "bulkRunButton")->isEnabled(), "run only after preview");

    // A refund request is in the action list; its amount may be left empty, but an amount that
    // does not read is never taken for "all that is left".
    auto *action = part<QComboBox>(dialog, "bulkAction");
    auto *amount = part<QLineEdit>(dialog, "bulkAmount");
    const int refund = action->findData(int(BulkActions::Action::RefundRequest));
    QVERIFY(refund >= 0);
    QCOMPARE(action->itemText(refund), BulkActions::actionName(BulkActions::Action::RefundRequest));
    action->setCurrentIndex(refund);
    QVERIFY(amount->isVisible());
    QCOMPARE(dialog->model()->headerData(BulkRowsModel::BeforeColumn, Qt::Horizontal).toString(),
             u"Refundable before"_qs);
    QTest::keyClicks(part<QLineEdit>(dialog, "bulkReason"), QStringLiteral("Charged twice"));
    QTest::keyClicks(amount, QStringLiteral("12,5x"));
    QTest::mouseClick(part<QPushButton>(dialog, "bulkPreviewButton"), Qt::LeftButton);
    QVERIFY(!dialog->hasPreview());
    QVERIFY(!part<QLabel>(dialog, "bulkProblem")->text().isEmpty());
    amount->clear();
    QTest::mouseClick(part<QPushButton>(dialog, "bulkPreviewButton"), Qt::LeftButton);
    QVERIFY(dialog->hasPreview());
    QCOMPARE(dialog->request().amount, Money());
    QCOMPARE(dialog->model()->rowCount(), 3);
    dialog->close();
}

void TestBulkDialog::fiftyOrdersFromAFileThenTheSameFileAgain()
{
    // 49 authorized orders with something frozen and, in the middle, one closed order.
    QStringList taken;
    QStringList list;
    for (int i = 0; i < 49; ++i) {
        const auto o = authorizedOrder(
            m_console.store(), [](const OrderRecord &r) { return r.rest.fen() > 0; }, &taken);
        QVERIFY2(o, "not enough authorized demo orders");
        list << o->outOrderNo;
    }
    OrderQuery closedQuery;
    closedQuery.statuses = {OrderStatus::Closed, OrderStatus::Finish};
    const auto closedPage = OrderIndex(m_console.store()).search(closedQuery);
    QVERIFY(closedPage && !closedPage->orders.isEmpty());
    const QString closed = closedPage->orders.first().outOrderNo;
    list.insert(20, closed);
    const QString path = m_dir.filePath(QStringLiteral("returned-today.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("out_order_no\r\n" + list.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    }
    const QMap<QString, int> before = unfreezesAtAlipay(list);

    SearchPage page(m_console.services());
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setOrderListChooser([path] { return path; });
    QTest::mouseClick(part<QPushButton>(&page, "loadOrderListButton"), Qt::LeftButton);
    auto *dialog = page.findChild<BulkActionDialog *>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->request().orders, list);
    QCOMPARE(dialog->request().action, BulkActions::Action::UnfreezeRest);

    // Preview: 49 to be sent, each from what is left to zero; the closed one refused.
    auto *preview = part<QPushButton>(dialog, "bulkPreviewButton");
    auto *run = part<QPushButton>(dialog, "bulkRunButton");
    QTest::keyClicks(part<QLineEdit>(dialog, "bulkReason"), QStringLiteral("Rentals returned"));
    QTest::mouseClick(preview, Qt::LeftButton);
    BulkRowsModel *model = dialog->model();
    QCOMPARE(model->rowCount(), 50);
    QCOMPARE(model->count(State::Ready), 49);
    QCOMPARE(model->rows().at(20).state, State::Refused);
    QVERIFY(!model->rows().at(20).message.isEmpty());
    QVERIFY(run->isEnabled());
    QVERIFY(part<QLabel>(dialog, "bulkSummary")->text().contains(u"49 will be sent"));
    QCoreApplication::processEvents();
    dialog->table()->scrollTo(model->index(20, 0), QAbstractItemView::PositionAtCenter);
    saveScreenshot(dialog, "bulk", QStringLiteral("preview"), QStringLiteral("en"));
    // The same preview in Chinese: the summary and the rows' words follow the language.
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!part<QLabel>(dialog, "bulkSummary")->text().contains(u"will be sent"));
    QVERIFY(part<QLabel>(dialog, "bulkSummary")->text().contains(u"49"));
    saveScreenshot(dialog, "bulk", QStringLiteral("preview"), QStringLiteral("zh_CN"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(part<QLabel>(dialog, "bulkSummary")->text().contains(u"49 will be sent"));

    // Run; the answer to a call in the middle is lost (Alipay does the work, answers too late).
    Sandbox::Faults &faults = m_console.demo().gateway().faults();
    bool faultAdded = false;
    const auto c = connect(
        &m_console.services().bulkRunner(), &BulkRunner::progress, this, [&](int finished, int) {
            if (!faultAdded && finished >= 25) {
                faultAdded = true;
                faults.add({Sandbox::Faults::Kind::Delay, AlipayApi::Unfreeze, 1, 6000});
            }
        });
    QSignalSpy finished(dialog, &BulkActionDialog::runFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(part<QPushButton>(dialog, "bulkCancelButton")->isEnabled());
    QVERIFY(finished.wait(120000));
    disconnect(c);
    faults.clear();
    QVERIFY(faultAdded);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(model->count(State::Done), 48);
    QCOMPARE(model->count(State::Refused), 1);
    QCOMPARE(model->count(State::Unknown), 1);
    QVERIFY(part<QLabel>(dialog, "bulkSummary")->text().contains(u"48 done"));
    qint64 lostIntent = 0;
    int lostRow = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->rows().at(i).state == State::Unknown) {
            lostIntent = model->rows().at(i).intentId;
            lostRow = i;
        }
    QVERIFY(lostIntent != 0);
    QVERIFY(lostRow > 20); // after the refused row, in the middle of the list
    dialog->table()->scrollTo(model->index(lostRow, 0), QAbstractItemView::PositionAtCenter);
    saveScreenshot(dialog, "bulk", QStringLiteral("result"), QStringLiteral("en"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!part<QLabel>(dialog, "bulkSummary")->text().contains(u"48 done"));
    saveScreenshot(dialog, "bulk", QStringLiteral("result"), QStringLiteral("zh_CN"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(part<QLabel>(dialog, "bulkSummary")->text().contains(u"48 done"));

    // At Alipay every one of the 49 was unfrozen once — the lost one too — the closed one not.
    QMap<QString, int> after = unfreezesAtAlipay(list);
    for (const QString &o : list)
        QCOMPARE(after.value(o), before.value(o) + (o == closed ? 0 : 1));
    QTest::mouseClick(part<QPushButton>(dialog, "bulkCloseButton"), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<BulkActionDialog *>(QStringLiteral("bulkActionDialog")));

    // The resolver settles the lost one by query by itself.
    QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(m_console.store()).find(lostIntent)->outcome,
                              IntentRecord::Outcome::Succeeded, 30000);

    // The same file again: every row already handled; Run sends nothing.
    QSignalSpy handled(&m_console.demo().gateway(), &Sandbox::Gateway::requestHandled);
    QTest::mouseClick(part<QPushButton>(&page, "loadOrderListButton"), Qt::LeftButton);
    dialog = page.findChild<BulkActionDialog *>(QStringLiteral("bulkActionDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(part<QLineEdit>(dialog, "bulkReason"), QStringLiteral("Rentals returned"));
    QTest::mouseClick(part<QPushButton>(dialog, "bulkPreviewButton"), Qt::LeftButton);
    model = dialog->model();
    QCOMPARE(model->count(State::Ready), 0);
    QCOMPARE(model->count(State::Done), 49);
    QSignalSpy again(dialog, &BulkActionDialog::runFinished);
    QTest::mouseClick(part<QPushButton>(dialog, "bulkRunButton"), Qt::LeftButton);
    QVERIFY(again.count() == 1 || again.wait(30000));
    QCOMPARE(model->count(State::Done), 49);
    QCOMPARE(model->rows().at(20).state, State::Refused);
    dialog->table()->scrollTo(model->index(lostRow, 0), QAbstractItemView::PositionAtCenter);
    saveScreenshot(dialog, "bulk", QStringLiteral("rerun"), QStringLiteral("en"));
    QCOMPARE(handled.count(), 0);
    QCOMPARE(unfreezesAtAlipay(list), after);
    dialog->close();
}

// The run's reads and writes are on the runner's thread: while another connection holds the
// database's write lock, every row waits for it, and the UI thread goes on all the same (its
// timer fires, the dialog shows the run). Released, the fifty rows end, calls delayed by the
// sandbox among them.
void TestBulkDialog::theRunLeavesTheUiThreadFree()
{
    const StoreConfig &config = m_console.store().config();
    if (config.driver != StoreConfig::Driver::Sqlite)
        QSKIP("the write lock is taken on the SQLite file");
    QStringList taken;
    QStringList list;
    QMap<QString, Money> restBefore;
    for (int i = 0; i < 50; ++i) {
        const auto o = authorizedOrder(
            m_console.store(), [](const OrderRecord &r) { return r.rest.fen() > 1; }, &taken);
        QVERIFY2(o, "not enough authorized demo orders");
        list << o->outOrderNo;
        restBefore.insert(o->outOrderNo, o->rest);
    }
    BulkActionDialog dialog(m_console.services(), list, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *action = part<QComboBox>(&dialog, "bulkAction");
    action->setCurrentIndex(action->findData(int(BulkActions::Action::UnfreezeAmount)));
    QTest::keyClicks(part<QLineEdit>(&dialog, "bulkAmount"), QStringLiteral("0.01"));
    QTest::keyClicks(part<QLineEdit>(&dialog, "bulkReason"), QStringLiteral("Part returned"));
    QTest::mouseClick(part<QPushButton>(&dialog, "bulkPreviewButton"), Qt::LeftButton);
    BulkRowsModel *model = dialog.model();
    QCOMPARE(model->count(State::Ready), 50);

    // Another connection takes the write lock: no row can take its order's lock now.
    const QString blockerName = QStringLiteral("bulk-dialog-blocker");
    {
        QSqlDatabase blocker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), blockerName);
        blocker.setDatabaseName(config.path);
        QVERIFY2(blocker.open(), qPrintable(blocker.lastError().text()));
        QSqlQuery begin(blocker);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")),
                 qPrintable(begin.lastError().text()));
    }
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(10);
    BulkRunner &runner = m_console.services().bulkRunner();
    QSignalSpy finished(&dialog, &BulkActionDialog::runFinished);
    QTest::mouseClick(part<QPushButton>(&dialog, "bulkRunButton"), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QVERIFY(runner.workerThread() && runner.workerThread() != QThread::currentThread());
    // A row is out on the worker, stuck on the lock; the UI thread's timer goes on firing.
    QTRY_VERIFY_WITH_TIMEOUT(model->count(State::Running) > 0, 15000);
    const int ticksThen = ticks;
    QTRY_VERIFY_WITH_TIMEOUT(ticks >= ticksThen + 20, 15000);
    QCOMPARE(model->count(State::Running) + model->count(State::Pending), 50); // none ended
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.isEmpty());

    // Some calls are slow at Alipay; the lock is given back, and the run ends.
    Sandbox::Faults &faults = m_console.demo().gateway().faults();
    faults.add({Sandbox::Faults::Kind::Delay, AlipayApi::Unfreeze, 10, 500});
    {
        QSqlDatabase blocker = QSqlDatabase::database(blockerName, false);
        QSqlQuery rollback(blocker);
        QVERIFY2(rollback.exec(QStringLiteral("ROLLBACK")),
                 qPrintable(rollback.lastError().text()));
        blocker.close();
    }
    QSqlDatabase::removeDatabase(blockerName);
    QVERIFY(finished.count() == 1 || finished.wait(120000));
    faults.clear();
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(model->count(State::Done), 50);
    for (const QString &o : list)
        QCOMPARE(OrderIndex(m_console.store()).find(o)->rest,
                 restBefore.value(o) - Money::fromFen(1));
    QVERIFY(ticks > ticksThen + 20);
}

QTEST_MAIN(TestBulkDialog)
#include "tst_bulkdialog.moc"
