// The guarded action dialogs over the real demo sandbox: typed with QTest, sent through
// OrderActions over loopback HTTP, checked against what the sandbox (Alipay's side) did.
#include "DetailTestSupport.h"
#include "TestValues.h"
#include "domain/YuanText.h"

#include "ui/actions/CancelFreezeDialog.h"
#include "ui/actions/ChargeDialog.h"
#include "ui/actions/RefundRequestDialog.h"
#include "ui/actions/SesameReportDialog.h"
#include "ui/actions/UnfreezeDialog.h"
#include "ui/session/LanguageSwitcher.h"

#include "services/actions/OrderActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

template<typename T>
T *part(QWidget *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no %s in %s", name, qPrintable(dialog->objectName()));
    return widget;
}

QLineEdit *amountOf(QWidget *dialog)
{
    return part<QLineEdit>(dialog, "actionAmount");
}
QLineEdit *reasonOf(QWidget *dialog)
{
    return part<QLineEdit>(dialog, "actionReason");
}
QPushButton *submitOf(QWidget *dialog)
{
    return part<QPushButton>(dialog, "actionSubmit");
}
QLabel *labelOf(QWidget *dialog, const char *name)
{
    return part<QLabel>(dialog, name);
}

using Testing::yuan;

} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unfreezesPartOfWhatIsLeft();
    void amountAboveRestIsShownInlineAndNotSent();
    void doubleClickSendsOnce();
    void chargesAndKeepsTheRestFrozen();
    void chargeAboveTheRoleLimitIsShownInline();
    void refundRequestIsRecordedAsPendingApproval();
    void sesameViolatedWarns();
    void languageSwitchKeepsTypedText();
    void screenshots_data();
    void screenshots();

private:
    std::optional<OrderSnapshot> takeOrder(Money minRest);
    bool send(ActionDialog *dialog);

    LanguageSwitcher m_languages;
    ConsoleFixture m_console;
    QStringList m_taken;
    QString m_chargedOrder; // charged by chargesAndKeepsTheRestFrozen
};

void TestActionDialogs::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY2(m_console.start(OperatorRole::Agent), qPrintable(m_console.error));
}

std::optional<OrderSnapshot> TestActionDialogs::takeOrder(Money minRest)
{
    const std::optional<OrderRecord> order = authorizedOrder(
        m_console.store(),
        [minRest](const OrderRecord &o) { return o.rest >= minRest && o.paid.isZero(); }, &m_taken);
    if (!order) {
        qWarning("no authorized demo order with ¥%s left", qPrintable(minRest.toYuan()));
        return std::nullopt;
    }
    return readSnapshot(m_console.services(), order->outOrderNo);
}

// Clicks submit and waits for the outcome; false when none came.
bool TestActionDialogs::send(ActionDialog *dialog)
{
    QSignalSpy outcome(dialog, &ActionDialog::outcomeShown);
    QTest::mouseClick(submitOf(dialog), Qt::LeftButton);
    return outcome.count() == 1 || outcome.wait(20000);
}

void TestActionDialogs::unfreezesPartOfWhatIsLeft()
{
    const auto snapshot = takeOrder(yuan("10.00"));
    QVERIFY(snapshot);
    const OrderRecord order = snapshot->order;
    UnfreezeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.objectName(), QStringLiteral("unfreezeDialog"));
    QVERIFY(!submitOf(&dialog)->isEnabled());

    const qsizetype unfreezesBefore =
        sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
            .size();
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("3.50"));
    QVERIFY(labelOf(&dialog, "actionBefore")->text().contains(yuanDigits(order.rest)));
    QVERIFY2(
        labelOf(&dialog, "actionAfter")->text().contains(yuanDigits(order.rest - yuan("3.50"))),
        qPrintable(labelOf(&dialog, "actionAfter")->text()));
    QVERIFY2(!submitOf(&dialog)->isEnabled(), "a reason is required");
    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("Customer returned the bike early"));
    QVERIFY(submitOf(&dialog)->isEnabled());

    QVERIFY(send(&dialog));
    QVERIFY2(dialog.outcome()->status == ActionOutcome::Status::Done,
             qPrintable(dialog.outcome()->message));
    QVERIFY(dialog.isFinished());
    QVERIFY(!labelOf(&dialog, "actionOutcome")->text().isEmpty());
    QVERIFY(!submitOf(&dialog)->isVisible());
    QVERIFY(dialog.isVisible()); // stays open on the outcome

    const QList<Sandbox::FundAuthOperation> unfreezes =
        sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze);
    QCOMPARE(unfreezes.size(), unfreezesBefore + 1);
    QCOMPARE(unfreezes.last().amount, yuan("3.50"));
    QCOMPARE(unfreezes.last().remark, QStringLiteral("Customer returned the bike early"));
    const auto after = OrderIndex(m_console.store()).find(order.outOrderNo);
    QVERIFY(after);
    QCOMPARE(after->rest, order.rest - yuan("3.50"));
}

void TestActionDialogs::amountAboveRestIsShownInlineAndNotSent()
{
    const auto snapshot = takeOrder(yuan("1.00"));
    QVERIFY(snapshot);
    const OrderRecord order = snapshot->order;
    UnfreezeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    const qsizetype unfreezesBefore =
        sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
            .size();
    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("test"));
    QLabel *validation = labelOf(&dialog, "actionValidation");

    QTest::keyClicks(amountOf(&dialog), (order.rest + Money::fromFen(1)).toYuan());
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(yuanDigits(order.rest)), qPrintable(validation->text()));
    QVERIFY(!submitOf(&dialog)->isEnabled());
    QTest::mouseClick(submitOf(&dialog), Qt::LeftButton);
    QVERIFY(!dialog.isSending());

    // Format errors come from Money's parser, as the user types.
    amountOf(&dialog)->clear();
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("1.234"));
    QVERIFY(validation->isVisible());
    QVERIFY(!validation->text().isEmpty());
    QVERIFY(!submitOf(&dialog)->isEnabled());

    // Everything that is left is fine, via the "all" button.
    amountOf(&dialog)->clear();
    QTest::mouseClick(part<QPushButton>(&dialog, "actionAllButton"), Qt::LeftButton);
    QCOMPARE(amountOf(&dialog)->text(), order.rest.toYuan());
    QVERIFY(!validation->isVisible());
    QVERIFY(submitOf(&dialog)->isEnabled());
    QCOMPARE(sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
                 .size(),
             unfreezesBefore);
}

void TestActionDialogs::doubleClickSendsOnce()
{
    const auto snapshot = takeOrder(yuan("5.00"));
    QVERIFY(snapshot);
    const OrderRecord order = snapshot->order;
    UnfreezeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("1.00"));
    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("double click"));
    const qsizetype unfreezesBefore =
        sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
            .size();
    QSignalSpy outcome(&dialog, &ActionDialog::outcomeShown);
    QTest::mouseDClick(submitOf(&dialog), Qt::LeftButton);
    QTest::mouseClick(submitOf(&dialog), Qt::LeftButton); // and a third, impatient click
    QVERIFY(dialog.isSending() || outcome.count() == 1);
    QVERIFY(outcome.count() == 1 || outcome.wait(20000));
    QVERIFY2(dialog.outcome()->status == ActionOutcome::Status::Done,
             qPrintable(dialog.outcome()->message));
    QCOMPARE(sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
                 .size(),
             unfreezesBefore + 1);
    QVERIFY(!outcome.wait(300)); // no second outcome arrives later either
    QCOMPARE(sandboxOperations(m_console.demo(), order.authNo, Sandbox::AuthOperationType::Unfreeze)
                 .size(),
             unfreezesBefore + 1);
}

void TestActionDialogs::chargesAndKeepsTheRestFrozen()
{
    const auto snapshot = takeOrder(yuan("20.00"));
    QVERIFY(snapshot);
    const OrderRecord order = snapshot->order;
    ChargeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QCOMPARE(dialog.objectName(), QStringLiteral("chargeDialog"));
    QLineEdit *subject = part<QLineEdit>(&dialog, "actionSubject");
    subject->clear();
    QTest::keyClicks(subject, QStringLiteral("Scratched frame"));
    QVERIFY(!part<QCheckBox>(&dialog, "actionReleaseRest")->isChecked());
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("12.00"));
    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("Damage reported by the store"));
    QVERIFY2(
        labelOf(&dialog, "actionAfter")->text().contains(yuanDigits(order.rest - yuan("12.00"))),
        qPrintable(labelOf(&dialog, "actionAfter")->text()));
    QVERIFY(send(&dialog));
    QVERIFY2(dialog.outcome()->status == ActionOutcome::Status::Done,
             qPrintable(dialog.outcome()->message));

    const QList<Sandbox::Trade> trades = sandboxTrades(m_console.demo(), order.authNo);
    QCOMPARE(trades.size(), 1);
    QCOMPARE(trades.first().totalAmount, yuan("12.00"));
    QCOMPARE(trades.first().subject, QStringLiteral("Scratched frame"));
    QVERIFY(!trades.first().completeMode);
    const auto after = OrderIndex(m_console.store()).find(order.outOrderNo);
    QCOMPARE(after->status, OrderStatus::Authorized);
    QCOMPARE(after->rest, order.rest - yuan("12.00"));
    QCOMPARE(after->paid, yuan("12.00"));
    m_chargedOrder = order.outOrderNo;
}

void TestActionDialogs::chargeAboveTheRoleLimitIsShownInline()
{
    // An agent may charge at most Permissions::chargeLimit(Agent) at once; build the snapshot
    // of an order with more left than that (the figures only, nothing is sent).
    const Money limit = *Permissions::chargeLimit(OperatorRole::Agent);
    std::optional<OrderSnapshot> snapshot = takeOrder(yuan("0.01"));
    QVERIFY(snapshot);
    snapshot->order.rest = limit + yuan("100.00");
    ChargeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("limit"));
    QTest::keyClicks(amountOf(&dialog), (limit + Money::fromFen(1)).toYuan());
    QLabel *validation = labelOf(&dialog, "actionValidation");
    QVERIFY(validation->isVisible());
    QVERIFY2(validation->text().contains(yuanDigits(limit)), qPrintable(validation->text()));
    QVERIFY(!submitOf(&dialog)->isEnabled());
    amountOf(&dialog)->setText(limit.toYuan());
    QVERIFY(!validation->isVisible());
}

void TestActionDialogs::refundRequestIsRecordedAsPendingApproval()
{
    QVERIFY2(!m_chargedOrder.isEmpty(), "runs after chargesAndKeepsTheRestFrozen");
    const QString outOrderNo = m_chargedOrder;
    const auto snapshot = readSnapshot(m_console.services(), outOrderNo);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->trades.size(), 1);
    RefundRequestDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QComboBox *trade = part<QComboBox>(&dialog, "actionTrade");
    QCOMPARE(trade->count(), 1);
    QCOMPARE(trade->currentData().toString(), snapshot->trades.first().outTradeNo);

    QTest::keyClicks(reasonOf(&dialog), QStringLiteral("Store waived half of the damage"));
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("12.01"));
    QVERIFY(labelOf(&dialog, "actionValidation")->isVisible());
    QVERIFY(!submitOf(&dialog)->isEnabled());
    amountOf(&dialog)->setText(QStringLiteral("6.00"));
    QVERIFY(submitOf(&dialog)->isEnabled());
    QVERIFY(send(&dialog));
    QCOMPARE(dialog.outcome()->status, ActionOutcome::Status::Recorded);
    QVERIFY(dialog.outcome()->refundRequestId > 0);

    const auto after = readSnapshot(m_console.services(), outOrderNo);
    QCOMPARE(after->refundRequests.size(), 1);
    QCOMPARE(after->refundRequests.first().status, RefundRequestRecord::Status::PendingApproval);
    QCOMPARE(after->refundRequests.first().amount, yuan("6.00"));
    QCOMPARE(after->refundRequests.first().requester, m_console.services().session().login);
    // Nothing reached Alipay: the sandbox's trade has no refund.
    const QList<Sandbox::Trade> trades = sandboxTrades(m_console.demo(), after->order.authNo);
    QCOMPARE(trades.first().refundFee, Money());
}

void TestActionDialogs::sesameViolatedWarns()
{
    const auto snapshot = takeOrder(yuan("0.01"));
    QVERIFY(snapshot);
    SesameReportDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QLabel *warning = labelOf(&dialog, "actionSesameWarning");
    QComboBox *status = part<QComboBox>(&dialog, "actionSesameStatus");
    QCOMPARE(status->currentData().toString(), QStringLiteral("COMPLETE"));
    QVERIFY(!warning->isVisible());
    status->setCurrentIndex(status->findData(QStringLiteral("VIOLATED")));
    QVERIFY(warning->isVisible());
    QVERIFY(!warning->text().isEmpty());
}

void TestActionDialogs::languageSwitchKeepsTypedText()
{
    const auto snapshot = takeOrder(yuan("2.00"));
    QVERIFY(snapshot);
    const OrderRecord order = snapshot->order;
    UnfreezeDialog dialog(m_console.services(), *snapshot);
    dialog.show();
    QTest::keyClicks(amountOf(&dialog), QStringLiteral("1.50"));
    reasonOf(&dialog)->insert(QStringLiteral("客户提前归还")); // typed through an input method
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(amountOf(&dialog)->text(), QStringLiteral("1.50"));
    QCOMPARE(reasonOf(&dialog)->text(), QStringLiteral("客户提前归还"));
    QVERIFY(
        labelOf(&dialog, "actionAfter")->text().contains(yuanDigits(order.rest - yuan("1.50"))));
    QVERIFY(submitOf(&dialog)->isEnabled());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(amountOf(&dialog)->text(), QStringLiteral("1.50"));
}

void TestActionDialogs::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestActionDialogs::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    QVERIFY(!m_chargedOrder.isEmpty());
    // The charged order, with a pending refund request.
    const OrderSnapshot snapshot = *readSnapshot(m_console.services(), m_chargedOrder);

    UnfreezeDialog unfreeze(m_console.services(), snapshot);
    unfreeze.show();
    QTest::keyClicks(amountOf(&unfreeze), (snapshot.order.rest + yuan("1.00")).toYuan());
    reasonOf(&unfreeze)->insert(QStringLiteral("客户提前归还")); // typed through an input method
    saveScreenshot(&unfreeze, "actiondialogs", QStringLiteral("unfreeze-invalid"), language);
    amountOf(&unfreeze)->setText(QStringLiteral("2.00"));
    saveScreenshot(&unfreeze, "actiondialogs", QStringLiteral("unfreeze"), language);

    ChargeDialog charge(m_console.services(), snapshot);
    charge.show();
    QTest::keyClicks(amountOf(&charge), QStringLiteral("8.00"));
    part<QCheckBox>(&charge, "actionReleaseRest")->setChecked(true);
    saveScreenshot(&charge, "actiondialogs", QStringLiteral("charge"), language);

    RefundRequestDialog refund(m_console.services(), snapshot);
    refund.show();
    QTest::keyClicks(amountOf(&refund), QStringLiteral("2.00"));
    QTest::keyClicks(reasonOf(&refund), QStringLiteral("Goodwill"));
    saveScreenshot(&refund, "actiondialogs", QStringLiteral("refund"), language);

    CancelFreezeDialog cancel(m_console.services(), snapshot);
    cancel.show();
    saveScreenshot(&cancel, "actiondialogs", QStringLiteral("cancel"), language);

    SesameReportDialog sesame(m_console.services(), snapshot);
    sesame.show();
    auto *status = part<QComboBox>(&sesame, "actionSesameStatus");
    status->setCurrentIndex(1);
    saveScreenshot(&sesame, "actiondialogs", QStringLiteral("sesame"), language);

    // A real outcome: a small unfreeze, shown in the dialog that stays open.
    reasonOf(&unfreeze)->insert(QStringLiteral(" (截图)")); // typed through an input method
    amountOf(&unfreeze)->setText(QStringLiteral("0.10"));
    QVERIFY(send(&unfreeze));
    QVERIFY(unfreeze.outcome()->ok());
    saveScreenshot(&unfreeze, "actiondialogs", QStringLiteral("unfreeze-done"), language);
}

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
