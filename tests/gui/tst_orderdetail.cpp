// The freeze detail page over the real demo sandbox: figures as the index has them, actions
// through its buttons and dialogs, guards per role, Refresh after changes made at Alipay behind
// the console's back, an unknown outcome shown until the resolver settles it, screenshots.
#include "DetailTestSupport.h"
#include "TestValues.h"
#include "domain/YuanText.h"

#include "ui/actions/ActionDialog.h"
#include "ui/actions/UnfreezeDialog.h"
#include "ui/orders/CustomerScriptPanel.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/widgets/ProportionBar.h"

#include "sandbox/Faults.h"
#include "sandbox/Requests.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

using Testing::yuan;

QString figure(Money amount)
{
    return yuanText(amount);
}

} // namespace

class TestOrderDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheOrderAsTheIndexHasIt();
    void unfreezesPartThroughItsDialog();
    void financeSeesWhyActionsAreDisabled();
    void refreshShowsChangesMadeAtAlipay();
    void copiesTheWordsForTheCustomer();
    void showsWhatAwaitsConfirmationUntilSettled();
    void offersToSendAgainWhatNeverArrived();
    void screenshots_data();
    void screenshots();

private:
    bool open(const QString &outOrderNo);
    QString text(const char *name) const;
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    ActionDialog *openDialog(const char *button, const char *dialog);
    bool sendFrom(ActionDialog *dialog, const QString &amount, const QString &reason);

    LanguageSwitcher m_languages;
    ConsoleFixture m_console;
    QStringList m_taken;
    std::unique_ptr<OrderDetailPage> m_page;
};

void TestOrderDetail::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY2(m_console.start(OperatorRole::Agent), qPrintable(m_console.error));
}

void TestOrderDetail::init()
{
    m_page = std::make_unique<OrderDetailPage>(m_console.services());
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOrderDetail::cleanup()
{
    m_page.reset();
    m_console.demo().gateway().faults().clear();
}

bool TestOrderDetail::open(const QString &outOrderNo)
{
    QSignalSpy loaded(m_page.get(), &OrderDetailPage::orderLoaded);
    m_page->showOrder(outOrderNo);
    return loaded.wait(10000) && m_page->snapshot().has_value();
}

QString TestOrderDetail::text(const char *name) const
{
    const QLabel *label = child<QLabel>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

ActionDialog *TestOrderDetail::openDialog(const char *button, const char *dialog)
{
    auto *pushButton = child<QPushButton>(button);
    if (!pushButton || !pushButton->isEnabled()) {
        qWarning("%s is not there or disabled: %s", button,
                 pushButton ? qPrintable(pushButton->toolTip()) : "");
        return nullptr;
    }
    QTest::mouseClick(pushButton, Qt::LeftButton);
    auto *opened = child<ActionDialog>(dialog);
    return opened && opened->isVisible() ? opened : nullptr;
}

bool TestOrderDetail::sendFrom(ActionDialog *dialog, const QString &amount, const QString &reason)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("actionAmount")), amount);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("actionReason")), reason);
    QSignalSpy outcome(dialog, &ActionDialog::outcomeShown);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionSubmit")),
                      Qt::LeftButton);
    return outcome.count() == 1 || outcome.wait(20000);
}

void TestOrderDetail::showsTheOrderAsTheIndexHasIt()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.credit > Money(); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));
    QCOMPARE(m_page->currentOrder(), order->outOrderNo);
    QCOMPARE(text("authNoLabel"), order->authNo);
    QVERIFY(text("statusLabel").contains(orderStatusCode(order->status)));
    QVERIFY(text("payerLabel").contains(order->payerLogonId));
    QCOMPARE(text("amountTotal"), figure(order->total));
    QCOMPARE(text("amountCredit"), figure(order->credit));
    QCOMPARE(text("amountFund"), figure(order->fund));
    QCOMPARE(text("amountRest"), figure(order->rest));
    QCOMPARE(text("amountUnfrozen"), figure(order->unfrozen));
    QCOMPARE(text("amountCharged"), figure(order->paid));
    QCOMPARE(text("amountRefunded"), figure(order->refunded));

    auto *bar = child<ProportionBar>("proportionBar");
    QVERIFY(bar);
    QCOMPARE(bar->amounts().rest, order->rest);
    QVERIFY(bar->accessibleName().contains(yuanDigits(order->total)));
    QVERIFY(!text("sesameStateLabel").isEmpty()); // a credit order has a Sesame state
    QVERIFY(child<QTreeWidget>("auditView"));
    QVERIFY(!child<CustomerScriptPanel>("customerScriptPanel")->currentText().isEmpty());
    QVERIFY(!child<QLabel>("awaitingBanner")->isVisible());
    QVERIFY(child<QPushButton>("unfreezeButton")->isEnabled());
}

void TestOrderDetail::unfreezesPartThroughItsDialog()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.rest >= yuan("10.00"); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));

    QPointer<ActionDialog> dialog = openDialog("unfreezeButton", "unfreezeDialog");
    QVERIFY(dialog);
    QSignalSpy reloaded(m_page.get(), &OrderDetailPage::orderLoaded);
    QVERIFY(sendFrom(dialog, QStringLiteral("3.00"), QStringLiteral("Returned early")));
    QCOMPARE(dialog->outcome()->status, ActionOutcome::Status::Done);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("actionClose")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and deleted

    // The page reloads itself on OrderActions::orderChanged.
    QTRY_COMPARE(text("amountRest"), figure(order->rest - yuan("3.00")));
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(text("amountUnfrozen"), figure(order->unfrozen + yuan("3.00")));
    // The new unfreeze is on the timeline (imported orders start with an empty one).
    auto *timeline = child<QTreeWidget>("timelineView");
    const QList<QTreeWidgetItem *> unfrozen =
        timeline->findItems(QStringLiteral("3.00"), Qt::MatchContains, 1);
    QVERIFY(!unfrozen.isEmpty());
    // Its status is said in words; Alipay's or the journal's code stays in the tooltip.
    for (const QTreeWidgetItem *item : unfrozen) {
        QVERIFY2(!item->text(2).contains(u'_') && item->text(2) != item->toolTip(2),
                 qPrintable(item->text(2)));
        QVERIFY(!item->toolTip(2).isEmpty());
    }
    auto *audit = child<QTreeWidget>("auditView");
    const QList<QTreeWidgetItem *> succeeded =
        audit->findItems(QStringLiteral("order.unfreeze.succeeded"), Qt::MatchExactly, 4);
    QCOMPARE(succeeded.size(), 1);
    // In words, as on the audit log page.
    QCOMPARE(
        succeeded.first()->text(3),
        QStringLiteral("Unfreeze of ¥3.00 on order %1 succeeded (request %2)")
            .arg(order->outOrderNo, QJsonDocument::fromJson(succeeded.first()->text(5).toUtf8())
                                        .object()
                                        .value(QStringLiteral("request_no"))
                                        .toString()));
    QCOMPARE(
        sandboxOperations(m_console.demo(), order->authNo, Sandbox::AuthOperationType::Unfreeze)
            .size(),
        1);
}

void TestOrderDetail::financeSeesWhyActionsAreDisabled()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.rest >= yuan("1.00"); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));
    QVERIFY(child<QPushButton>("chargeButton")->isEnabled());

    QVERIFY2(m_console.signIn(OperatorRole::Finance), qPrintable(m_console.error));
    auto *charge = child<QPushButton>("chargeButton");
    QVERIFY(!charge->isEnabled());
    const OrderActions::Availability expected = m_console.services().actions().availability(
        OrderActions::Action::Charge, m_console.services().session(), m_page->snapshot()->order);
    QVERIFY(!expected.reason.isEmpty());
    QCOMPARE(charge->toolTip(), expected.reason);

    QVERIFY2(m_console.signIn(OperatorRole::Agent), qPrintable(m_console.error));
    QVERIFY(charge->isEnabled());
}

void TestOrderDetail::refreshShowsChangesMadeAtAlipay()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.rest >= yuan("10.00"); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));

    // Someone unfreezes at Alipay directly (another system, the merchant portal).
    Sandbox::UnfreezeRequest behind;
    behind.appId = m_console.demo().summary().appId;
    behind.authNo = order->authNo;
    behind.outRequestNo = QStringLiteral("BEHIND") + order->authNo.right(8);
    behind.amount = yuan("4.00");
    behind.remark = QStringLiteral("unfrozen in the merchant portal");
    QVERIFY(
        m_console.demo().gateway().ledger().unfreeze(behind, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(text("amountRest"), figure(order->rest)); // the console does not know yet

    QSignalSpy refreshed(m_page.get(), &OrderDetailPage::refreshFinished);
    QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>("refreshButton")->isEnabled()); // once at a time
    QVERIFY(refreshed.wait(20000));
    const QString changes = text("refreshStatusLabel");
    QVERIFY2(changes.contains(QStringLiteral("What changed")), qPrintable(changes));
    QVERIFY(!child<QWidget>("errorBanner")->isVisible());
    QTRY_COMPARE(text("amountRest"), figure(order->rest - yuan("4.00")));

    QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(text("refreshStatusLabel").contains(QStringLiteral("nothing changed")),
             qPrintable(text("refreshStatusLabel")));
}

void TestOrderDetail::copiesTheWordsForTheCustomer()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &) { return true; }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));
    auto *panel = child<CustomerScriptPanel>("customerScriptPanel");
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copyScriptButton"), Qt::LeftButton);
    QVERIFY(!panel->currentText().isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), panel->currentText());
    QVERIFY(!text("copyScriptConfirmation").isEmpty());
}

void TestOrderDetail::showsWhatAwaitsConfirmationUntilSettled()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.rest >= yuan("10.00"); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));
    // The unfreeze is applied and its answer cannot be trusted (bad signature); the resolver's
    // first query is unclear too, so the page shows the awaiting state until the second query
    // settles it. (A reset connection is not used here: the network stack may resend a request
    // on a reused connection by itself, which Alipay's idempotence makes harmless.)
    Sandbox::Faults &faults = m_console.demo().gateway().faults();
    faults.add({Sandbox::Faults::Kind::BadSignature,
                QStringLiteral("alipay.fund.auth.order.unfreeze"), 1});
    faults.add({Sandbox::Faults::Kind::Code20000,
                QStringLiteral("alipay.fund.auth.operation.detail.query"), 1});
    OutcomeResolver &resolver = m_console.services().resolver();
    const QList<int> backoff = resolver.backoff();
    resolver.setBackoff({1500});

    ActionDialog *dialog = openDialog("unfreezeButton", "unfreezeDialog");
    QVERIFY(dialog);
    QVERIFY(sendFrom(dialog, QStringLiteral("2.50"), QStringLiteral("Lost answer")));
    QCOMPARE(dialog->outcome()->status, ActionOutcome::Status::AwaitingConfirmation);
    // The expert's details are one click away: the request number and what went wrong.
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    auto *details = dialog->findChild<QLabel *>(QStringLiteral("errorBannerDetails"));
    QVERIFY(!details->isVisible());
    QTest::mouseClick(
        dialog->findChild<QAbstractButton *>(QStringLiteral("errorBannerDetailsButton")),
        Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY2(details->text().contains(dialog->outcome()->requestNo), qPrintable(details->text()));
    QVERIFY(details->textInteractionFlags() & Qt::TextSelectableByMouse);
    saveScreenshot(dialog, "orderdetail", QStringLiteral("unfreeze-awaiting"),
                   QStringLiteral("en"));
    dialog->close();

    auto *banner = child<QLabel>("awaitingBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("2.50")), qPrintable(banner->text()));
    QVERIFY(!child<QPushButton>("unfreezeButton")->isEnabled());
    saveScreenshot(m_page.get(), "orderdetail", QStringLiteral("awaiting"), QStringLiteral("en"));

    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    resolver.setBackoff(backoff);
    QTRY_COMPARE(text("amountRest"), figure(order->rest - yuan("2.50")));
    QCOMPARE(
        sandboxOperations(m_console.demo(), order->authNo, Sandbox::AuthOperationType::Unfreeze)
            .size(),
        1);
}

void TestOrderDetail::offersToSendAgainWhatNeverArrived()
{
    const auto order = authorizedOrder(
        m_console.store(), [](const OrderRecord &o) { return o.rest >= yuan("10.00"); }, &m_taken);
    QVERIFY(order);
    QVERIFY(open(order->outOrderNo));
    // The charge gets no answer (20000) and the queries find no such trade: NOT_DONE.
    m_console.demo().gateway().faults().add(
        {Sandbox::Faults::Kind::Code20000, QStringLiteral("alipay.trade.pay"), 1});
    OutcomeResolver &resolver = m_console.services().resolver();
    const QList<int> backoff = resolver.backoff();
    resolver.setBackoff({300});
    // "Not found" settles NOT_DONE once the request is older than the client's timeout (15 s).
    resolver.setNotDoneMargin(0);
    const int tradesBefore = sandboxTrades(m_console.demo(), order->authNo).size();

    ActionDialog *dialog = openDialog("chargeButton", "chargeDialog");
    QVERIFY(dialog);
    QVERIFY(sendFrom(dialog, QStringLiteral("4.00"), QStringLiteral("Damaged strap")));
    QCOMPARE(dialog->outcome()->status, ActionOutcome::Status::AwaitingConfirmation);
    const QString requestNo = dialog->outcome()->requestNo;
    dialog->close();

    auto *banner = child<QFrame>("notDoneBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 40000);
    resolver.setBackoff(backoff);
    resolver.setNotDoneMargin(OutcomeResolver::DefaultNotDoneMarginMs);
    QVERIFY2(child<QLabel>("notDoneText")->text().contains(requestNo),
             qPrintable(child<QLabel>("notDoneText")->text()));
    QCOMPARE(sandboxTrades(m_console.demo(), order->authNo).size(), tradesBefore);
    saveScreenshot(m_page.get(), "orderdetail", QStringLiteral("not-done"), QStringLiteral("en"));

    // Send again: the confirmation names the same number; the charge is made once.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->text().contains(u"4.00"))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>("sendAgainButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    QTRY_COMPARE(text("amountCharged"), figure(order->paid + yuan("4.00")));
    const QList<Sandbox::Trade> trades = sandboxTrades(m_console.demo(), order->authNo);
    QCOMPARE(trades.size(), tradesBefore + 1);
    QCOMPARE(trades.constLast().outTradeNo, requestNo);
}

void TestOrderDetail::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestOrderDetail::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    // An order with a story: the one unfrozen through the dialog above.
    QVERIFY(m_taken.size() >= 2);
    QVERIFY(open(m_taken.at(1)));
    saveScreenshot(m_page.get(), "orderdetail", QStringLiteral("detail"), language);
    child<QTabWidget>("detailTabs")->setCurrentIndex(2); // timeline, notes, audit log
    saveScreenshot(m_page.get(), "orderdetail", QStringLiteral("audit"), language);

    // Live switch with the page open: the words follow, the order stays.
    QVERIFY(m_languages.setLanguage(language == u"en" ? QStringLiteral("zh_CN")
                                                      : QStringLiteral("en")));
    QTRY_COMPARE(m_page->currentOrder(), m_taken.at(1));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestOrderDetail)
#include "tst_orderdetail.moc"
