// The console end to end over the real MainWindow and the demo environment (embedded sandbox,
// demo database), as a customer-service agent works: sign in as demo-agent, find an order by
// three kinds of key, open it, unfreeze part (after seeing the inline error for more than is
// left), charge, request a refund, and an unfreeze whose answer is lost: the order shows it
// awaiting confirmation until the resolver settles it, applied once. Screenshots of every step
// in zh_CN and en: ${DD_BINARY_DIR}/screenshots/tst_console_flow-<step>-<language>.png.
#include "ConsoleFixture.h"
#include "Screenshots.h"
#include "TestValues.h"
#include "ui/MainWindow.h"
#include "ui/actions/ActionDialog.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/AlipayApi.h"
#include "sandbox/ledger/Ledger.h"
#include "services/actions/OutcomeResolver.h"
#include "store/OperatorDirectory.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

constexpr int CallTimeoutMs = 30000;

using Testing::yuan;

template<typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

// The visible one of the widgets named so (a closed dialog may linger until deleted).
template<typename T>
T *visibleChild(const QObject &parent, const char *name)
{
    const QList<T *> all = parent.findChildren<T *>(QString::fromLatin1(name));
    for (T *widget : all)
        if (widget->isVisible())
            return widget;
    return nullptr;
}

void saveShot(QWidget &widget, const QString &step, const QString &language)
{
    Testing::saveScreenshot(widget, QStringLiteral("tst_console_flow-%1-%2").arg(step, language));
}

// Rows of the order table whose cells contain `text`, and whether every row does.
struct TableMatch
{
    int rows = 0;
    int matching = 0;
    bool hasOrder = false;
};

TableMatch matchTable(const QTableView &table, const QString &text, const QString &outOrderNo)
{
    TableMatch m;
    const QAbstractItemModel *model = table.model();
    m.rows = model->rowCount();
    for (int row = 0; row < m.rows; ++row) {
        bool contains = false;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString cell = model->index(row, column).data().toString();
            contains = contains || cell.contains(text);
            m.hasOrder = m.hasOrder || cell == outOrderNo;
        }
        m.matching += contains ? 1 : 0;
    }
    return m;
}

int rowOf(const QTableView &table, const QString &outOrderNo)
{
    const QAbstractItemModel *model = table.model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->index(row, column).data().toString() == outOrderNo)
                return row;
    return -1;
}

} // namespace

class TestConsoleFlow : public QObject
{
    Q_OBJECT

private slots:
    void agentDay_data();
    void agentDay();

private:
    void signIn();
    void searchBy(const QString &key, const QString &step);
    void openOrder();
    // Opens the action dialog of `button`, returns it once shown.
    ActionDialog *openDialog(const char *button, const char *dialogName);
    void fill(ActionDialog &dialog, const char *field, const QString &text);
    // Submits and waits for the outcome shown in the dialog.
    void submit(ActionDialog &dialog, ActionOutcome::Status expected, const QString &step);
    void closeDialog(ActionDialog &dialog);
    OrderRecord indexed() const;

    void unfreezePart();
    void charge();
    void requestRefund();
    void lostAnswerUnfreezeSettles();

    QString m_language;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
    OrderRecord m_order;
};

void TestConsoleFlow::agentDay_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestConsoleFlow::agentDay()
{
    QFETCH(QString, language);
    m_language = language;
    m_languages = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_languages->setLanguage(language));
    m_console = std::make_unique<ConsoleFixture>();
    m_console->startWithoutSession();
    QVERIFY2(m_console->start(OperatorRole::Agent), qPrintable(m_console->error));
    // A settling query that gets no answer is tried again 1 s later (the window's default: 2 s).
    m_console->services().resolver().setBackoff({1000});

    // An authorized, fully frozen order (no credit part) with room for every step.
    OrderQuery all;
    all.pageSize = 500;
    const auto page = OrderIndex(m_console->store()).search(all);
    QVERIFY(page);
    for (const OrderRecord &o : page->orders) {
        if (o.status == OrderStatus::Authorized && o.credit.isZero() && o.rest >= yuan("20.00") &&
            o.unfrozen.isZero() && o.paid.isZero() && !o.phoneTail.isEmpty()) {
            m_order = o;
            break;
        }
    }
    QVERIFY2(!m_order.outOrderNo.isEmpty(), "no untouched authorized order in the demo data");

    m_window = std::make_unique<MainWindow>(*m_languages, &m_console->services());
    m_window->setEnvironment(Environment::Demo);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    signIn();
    if (QTest::currentTestFailed())
        return;
    searchBy(m_order.outOrderNo, QStringLiteral("search-out-order-no"));
    searchBy(m_order.authNo, QStringLiteral("search-auth-no"));
    searchBy(m_order.phoneTail, QStringLiteral("search-phone-tail"));
    if (QTest::currentTestFailed())
        return;
    openOrder();
    if (QTest::currentTestFailed())
        return;
    unfreezePart();
    if (QTest::currentTestFailed())
        return;
    charge();
    if (QTest::currentTestFailed())
        return;
    requestRefund();
    if (QTest::currentTestFailed())
        return;
    lostAnswerUnfreezeSettles();

    m_window.reset();
    m_console.reset();
    m_languages.reset();
}

void TestConsoleFlow::signIn()
{
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != u"signInDialog")
            return;
        auto *login = child<QLineEdit>(*dialog, "signInLogin");
        auto *password = child<QLineEdit>(*dialog, "signInPassword");
        auto *button = child<QPushButton>(*dialog, "signInButton");
        if (!login || !password || !button)
            return;
        login->setText(OperatorDirectory::demoLogin(OperatorRole::Agent));
        QTest::keyClicks(password, OperatorDirectory::demoPassword(OperatorRole::Agent));
        saveShot(*dialog, QStringLiteral("sign-in"), m_language);
        driven = true;
        QTest::mouseClick(button, Qt::LeftButton);
        if (dialog->isVisible()) // refused: end the modal loop so the test can report it
            static_cast<QDialog *>(dialog)->reject();
    });
    const bool signedIn = m_window->promptSignIn();
    QVERIFY2(driven, "the sign-in dialog did not come up as the modal window");
    QVERIFY(signedIn);
    const OperatorSession &session = m_console->services().session();
    QCOMPARE(session.login, OperatorDirectory::demoLogin(OperatorRole::Agent));
    QCOMPARE(session.role, OperatorRole::Agent);
}

void TestConsoleFlow::searchBy(const QString &key, const QString &step)
{
    // The console opens on the work queue: the agent goes to View > Orders.
    if (auto *orders = child<QAction>(*m_window, "searchAction"))
        orders->trigger();
    auto *box = child<QLineEdit>(*m_window, "searchBox");
    auto *table = child<QTableView>(*m_window, "orderTable");
    QVERIFY(box && table);
    QTRY_VERIFY(box->isVisible());
    QSignalSpy loaded(table->model(), SIGNAL(pageLoaded(bool, int, qint64)));
    QVERIFY(loaded.isValid());
    box->clear();
    QTest::keyClicks(box, key);
    QTest::keyClick(box, Qt::Key_Return);
    // Only this key's answer: every row shows the key, and the order is among them.
    const auto answered = [&] {
        const TableMatch m = matchTable(*table, key, m_order.outOrderNo);
        return !loaded.isEmpty() && m.rows > 0 && m.matching == m.rows && m.hasOrder;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(), CallTimeoutMs);
    QVERIFY(!child<QLabel>(*m_window, "searchStatusLabel")->text().isEmpty());
    saveShot(*m_window, step, m_language);
}

void TestConsoleFlow::openOrder()
{
    auto *table = child<QTableView>(*m_window, "orderTable");
    const int row = rowOf(*table, m_order.outOrderNo);
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    OrderDetailPage *detail = m_window->detailPage();
    QVERIFY(detail);
    QTRY_VERIFY(detail->isVisible());
    QCOMPARE(detail->currentOrder(), m_order.outOrderNo);
    auto *unfreeze = child<QPushButton>(*detail, "unfreezeButton");
    QVERIFY(unfreeze);
    QTRY_VERIFY(unfreeze->isEnabled());
    QVERIFY(!child<QWidget>(*detail, "awaitingBanner")->isVisible());
    saveShot(*m_window, QStringLiteral("detail"), m_language);
}

ActionDialog *TestConsoleFlow::openDialog(const char *button, const char *dialogName)
{
    OrderDetailPage *detail = m_window->detailPage();
    auto *push = child<QPushButton>(*detail, button);
    if (!push || !QTest::qWaitFor([&] { return push->isEnabled(); }, CallTimeoutMs))
        return nullptr;
    QTest::mouseClick(push, Qt::LeftButton);
    ActionDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = visibleChild<ActionDialog>(*m_window, dialogName);
            return dialog != nullptr;
        },
        5000);
    return dialog;
}

void TestConsoleFlow::fill(ActionDialog &dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    QVERIFY2(edit, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestConsoleFlow::submit(ActionDialog &dialog, ActionOutcome::Status expected,
                             const QString &step)
{
    auto *button = child<QPushButton>(dialog, "actionSubmit");
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.outcome().has_value(), CallTimeoutMs);
    QVERIFY2(dialog.outcome()->status == expected, qPrintable(dialog.outcome()->message));
    auto *outcome = child<QLabel>(dialog, "actionOutcome");
    QVERIFY(outcome && outcome->isVisible() && !outcome->text().isEmpty());
    saveShot(dialog, step, m_language);
}

void TestConsoleFlow::closeDialog(ActionDialog &dialog)
{
    QPointer<ActionDialog> open(&dialog);
    auto *close = child<QPushButton>(dialog, "actionClose");
    if (close && close->isVisible())
        QTest::mouseClick(close, Qt::LeftButton);
    else
        dialog.reject();
    QTRY_VERIFY(!open || !open->isVisible());
}

OrderRecord TestConsoleFlow::indexed() const
{
    return OrderIndex(m_console->store()).find(m_order.outOrderNo).value_or(OrderRecord());
}

void TestConsoleFlow::unfreezePart()
{
    ActionDialog *dialog = openDialog("unfreezeButton", "unfreezeDialog");
    QVERIFY(dialog);
    // More than is left: said at once, under the field, and nothing can be sent.
    fill(*dialog, "actionAmount", (m_order.rest + Money::fromFen(1)).toYuan());
    fill(*dialog, "actionReason", QStringLiteral("Customer returned the power bank"));
    auto *validation = child<QLabel>(*dialog, "actionValidation");
    QVERIFY(validation);
    QTRY_VERIFY(validation->isVisible() && !validation->text().isEmpty());
    QVERIFY(!child<QPushButton>(*dialog, "actionSubmit")->isEnabled());
    saveShot(*dialog, QStringLiteral("unfreeze-too-much"), m_language);

    fill(*dialog, "actionAmount", QStringLiteral("5.00"));
    QTRY_VERIFY(!validation->isVisible() || validation->text().isEmpty());
    submit(*dialog, ActionOutcome::Status::Done, QStringLiteral("unfreeze-done"));
    if (QTest::currentTestFailed())
        return;
    closeDialog(*dialog);
    const OrderRecord after = indexed();
    QCOMPARE(after.unfrozen, yuan("5.00"));
    QCOMPARE(after.rest, m_order.rest - yuan("5.00"));
    saveShot(*m_window, QStringLiteral("detail-after-unfreeze"), m_language);
}

void TestConsoleFlow::charge()
{
    ActionDialog *dialog = openDialog("chargeButton", "chargeDialog");
    QVERIFY(dialog);
    fill(*dialog, "actionAmount", QStringLiteral("3.00"));
    fill(*dialog, "actionSubject", QStringLiteral("Cable not returned"));
    fill(*dialog, "actionReason", QStringLiteral("The cable was missing at return"));
    auto *releaseRest = child<QCheckBox>(*dialog, "actionReleaseRest");
    QVERIFY(releaseRest);
    releaseRest->setChecked(false); // the rest stays frozen
    submit(*dialog, ActionOutcome::Status::Done, QStringLiteral("charge-done"));
    if (QTest::currentTestFailed())
        return;
    closeDialog(*dialog);
    const OrderRecord after = indexed();
    QCOMPARE(after.paid, yuan("3.00"));
    QCOMPARE(after.rest, m_order.rest - yuan("8.00"));
    QCOMPARE(after.status, OrderStatus::Authorized);
}

void TestConsoleFlow::requestRefund()
{
    ActionDialog *dialog = openDialog("refundButton", "refundRequestDialog");
    QVERIFY(dialog);
    auto *trade = child<QComboBox>(*dialog, "actionTrade");
    QVERIFY(trade && trade->count() >= 1);
    fill(*dialog, "actionAmount", QStringLiteral("1.50"));
    fill(*dialog, "actionReason", QStringLiteral("The cable was found in the store"));
    submit(*dialog, ActionOutcome::Status::Recorded, QStringLiteral("refund-requested"));
    if (QTest::currentTestFailed())
        return;
    closeDialog(*dialog);
    const QList<RefundRequestRecord> requests =
        RefundRequests(m_console->store()).forOrder(m_order.outOrderNo);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().amount, yuan("1.50"));
    QCOMPARE(requests.constFirst().status, RefundRequestRecord::Status::PendingApproval);
    QCOMPARE(indexed().refunded, Money()); // nothing moves before a supervisor approves
}

void TestConsoleFlow::lostAnswerUnfreezeSettles()
{
    // The sandbox applies the unfreeze and then resets the connection: the answer is lost (for
    // every attempt: Qt resends a request once when a kept-alive connection is reset). Its
    // queries get no answer either, until the network "comes back": the order stays awaiting
    // confirmation until then, and the resolver settles it on its next try.
    Sandbox::Faults &faults = m_console->demo().gateway().faults();
    faults.add({Sandbox::Faults::Kind::ResetAfter, AlipayApi::Unfreeze, -1, 0});
    faults.add({Sandbox::Faults::Kind::ResetBefore, AlipayApi::OperationDetailQuery, -1, 0});
    OrderDetailPage *detail = m_window->detailPage();
    auto *banner = child<QWidget>(*detail, "awaitingBanner");
    QVERIFY(banner);
    QSignalSpy settled(&m_console->services().resolver(), &OutcomeResolver::settled);

    ActionDialog *dialog = openDialog("unfreezeButton", "unfreezeDialog");
    QVERIFY(dialog);
    fill(*dialog, "actionAmount", QStringLiteral("2.00"));
    fill(*dialog, "actionReason", QStringLiteral("Second item returned"));
    submit(*dialog, ActionOutcome::Status::AwaitingConfirmation,
           QStringLiteral("unfreeze-lost-answer"));
    if (QTest::currentTestFailed())
        return;
    const QString requestNo = dialog->outcome()->requestNo;
    QVERIFY(!requestNo.isEmpty());
    closeDialog(*dialog);

    QTRY_VERIFY(banner->isVisible());
    QVERIFY(settled.isEmpty());
    QVERIFY(!child<QPushButton>(*detail, "chargeButton")->isEnabled()); // nothing new meanwhile
    saveShot(*m_window, QStringLiteral("detail-awaiting"), m_language);

    faults.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), CallTimeoutMs);
    QCOMPARE(settled.constFirst().at(1).toString(), m_order.outOrderNo);
    QTRY_VERIFY(!banner->isVisible());
    saveShot(*m_window, QStringLiteral("detail-settled"), m_language);

    // Applied exactly once, at Alipay and in the ledger.
    int unfreezes = 0;
    const QList<Sandbox::FundAuthOperation> operations =
        m_console->demo().gateway().ledger().operations(m_order.authNo);
    for (const Sandbox::FundAuthOperation &operation : operations)
        unfreezes += operation.outRequestNo == requestNo ? 1 : 0;
    QCOMPARE(unfreezes, 1);
    const OrderRecord after = indexed();
    QCOMPARE(after.unfrozen, yuan("7.00"));
    QCOMPARE(after.rest, m_order.rest - yuan("10.00"));
    QCOMPARE(m_console->services().resolver().pending(), 0);
}

QTEST_MAIN(TestConsoleFlow)
#include "tst_console_flow.moc"
