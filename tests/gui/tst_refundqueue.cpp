// The supervisors' refund queue in the real window: an agent's request approved by a
// supervisor signing in inside the approval dialog (the refund executes once in the sandbox),
// the agent refused with their own credentials, every status listed, screenshots in both
// languages.

#include "ActionAnswer.h"
#include "DetailTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/refunds/ApproveRefundDialog.h"
#include "ui/refunds/RefundQueueModel.h"
#include "ui/refunds/RefundQueuePage.h"
#include "ui/session/LanguageSwitcher.h"

#include "alipay/AlipayApi.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/refunds/RefundApprovals.h"
#include "store/OperatorDirectory.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using RS = RefundRequestRecord::Status;

namespace {

OperatorSession demoSession(OperatorRole role)
{
    const QString login = OperatorDirectory::demoLogin(role);
    return {login, login, role};
}

template<typename T>
T *part(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

} // namespace

class TestRefundQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agentCannotApproveOwnSupervisorSignsInAndItExecutesOnce();
    void supervisorAtTheDeskConfirmsWithAComment();
    void queueShowsEveryStatus();
    void adminsSeeTheThreshold();
    void screenshots_data();
    void screenshots();
    void openOrderShowsItsDetail();

private:
    struct Request
    {
        QString outOrderNo;
        QString outTradeNo;
        qint64 id = 0;
        QString requestNo;
    };
    Request requestRefund(Money amount);
    ActionOutcome wait(const std::function<void(QObject *, OrderActions::Done)> &call);
    QList<Sandbox::Refund> sandboxRefunds(const Request &r);
    ApproveRefundDialog *openDialog(bool approve, qint64 id);

    LanguageSwitcher m_languages;
    ConsoleFixture m_console;
    std::unique_ptr<RefundQueuePage> m_page;
    QStringList m_taken;
    qint64 m_pendingForShots = 0;
};

void TestRefundQueue::initTestCase()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QVERIFY2(m_console.start(OperatorRole::Agent), qPrintable(m_console.error));
    m_console.services().resolver().setBackoff({50, 100, 200});
    // "Not found" settles NOT_DONE once the request is older than the client's timeout (15 s).
    m_console.services().resolver().setNotDoneMargin(0);
    m_page = std::make_unique<RefundQueuePage>(m_console.services());
    m_page->resize(1200, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

ActionOutcome TestRefundQueue::wait(const std::function<void(QObject *, OrderActions::Done)> &call)
{
    return waitForAnswer(call);
}

// The desk's agent asks for a refund of a fresh charge of 10.00 (charged by a supervisor).
TestRefundQueue::Request TestRefundQueue::requestRefund(Money amount)
{
    Request r;
    const auto order = authorizedOrder(
        m_console.store(),
        [](const OrderRecord &o) {
            return o.rest >= Money::fromFen(1500) && !o.payerUserId.isEmpty();
        },
        &m_taken);
    if (!order)
        qFatal("no order");
    r.outOrderNo = order->outOrderNo;
    const ActionOutcome paid = wait([&](QObject *c, OrderActions::Done done) {
        m_console.services().actions().charge(
            demoSession(OperatorRole::Supervisor),
            {r.outOrderNo, Money::fromFen(1000), u"Damage"_qs, u"Broken screen"_qs, false}, c,
            done);
    });
    if (paid.status != ActionOutcome::Status::Done)
        qFatal("charge: %s", qPrintable(paid.message));
    r.outTradeNo = paid.requestNo;
    const ActionOutcome recorded = wait([&](QObject *c, OrderActions::Done done) {
        m_console.services().actions().requestRefund(
            m_console.services().session(), {r.outOrderNo, r.outTradeNo, amount, u"客户投诉"_qs}, c,
            done);
    });
    if (recorded.status != ActionOutcome::Status::Recorded)
        qFatal("request: %s", qPrintable(recorded.message));
    r.id = recorded.refundRequestId;
    r.requestNo = recorded.requestNo;
    return r;
}

QList<Sandbox::Refund> TestRefundQueue::sandboxRefunds(const Request &r)
{
    QList<Sandbox::Refund> found;
    Sandbox::Ledger &ledger = m_console.demo().gateway().ledger();
    for (const Sandbox::Trade &t : ledger.trades())
        if (t.outTradeNo == r.outTradeNo)
            for (const Sandbox::Refund &refund : ledger.refunds(t.tradeNo))
                if (refund.outRequestNo == r.requestNo)
                    found << refund;
    return found;
}

ApproveRefundDialog *TestRefundQueue::openDialog(bool approve, qint64 id)
{
    RefundQueuePage *page = m_page.get();
    if (!page->selectRequest(id))
        qFatal("request %lld not listed", id);
    QTest::mouseClick(part<QPushButton>(page, approve ? "refundApprove" : "refundReject"),
                      Qt::LeftButton);
    auto *dialog = page->findChild<ApproveRefundDialog *>();
    if (!dialog || !dialog->isVisible())
        qFatal("no dialog");
    return dialog;
}

void TestRefundQueue::agentCannotApproveOwnSupervisorSignsInAndItExecutesOnce()
{
    const Request r = requestRefund(Money::fromFen(345));
    RefundQueuePage *page = m_page.get();
    QCOMPARE(page->statusFilter(), std::optional(RS::PendingApproval)); // the default
    QVERIFY(page->model()->rowOf(r.id) >= 0);
    QVERIFY(part<QLabel>(page, "refundPendingBadge")->text().contains(u"1"_qs));

    QPointer<ApproveRefundDialog> dialog = openDialog(true, r.id);
    QVERIFY(dialog->asksForSupervisor()); // the desk's operator is the agent who asked
    QVERIFY(part<QLabel>(dialog, "approveRequestNo")->text() == r.requestNo);
    QVERIFY(part<QLabel>(dialog, "approveAmount")->text().contains(u"3.45"_qs));
    auto *submit = part<QPushButton>(dialog, "approveSubmit");
    QVERIFY(!submit->isEnabled()); // nobody named yet

    // The agent's own credentials: signed in fine, but refused.
    QTest::keyClicks(part<QLineEdit>(dialog, "approverLogin"),
                     m_console.services().session().login);
    QTest::keyClicks(part<QLineEdit>(dialog, "approverPassword"),
                     OperatorDirectory::demoPassword(OperatorRole::Agent));
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(part<QLabel>(dialog, "approveOutcome")->isVisible());
    QVERIFY(!part<QLabel>(dialog, "approveOutcome")->text().isEmpty());
    QVERIFY(part<QLineEdit>(dialog, "approverPassword")->text().isEmpty()); // not kept
    QCOMPARE(m_console.services().approvals().find(r.id)->status, RS::PendingApproval);
    QVERIFY(sandboxRefunds(r).isEmpty());

    // A supervisor signs in inside the dialog: the refund is sent once, as recorded.
    auto *login = part<QLineEdit>(dialog, "approverLogin");
    login->clear();
    QTest::keyClicks(login, OperatorDirectory::demoLogin(OperatorRole::Supervisor));
    QTest::keyClicks(part<QLineEdit>(dialog, "approverPassword"),
                     OperatorDirectory::demoPassword(OperatorRole::Supervisor));
    part<QPlainTextEdit>(dialog, "approveComment")->setPlainText(u"核实无误"_qs);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(dialog->isSending());
    QVERIFY(!submit->isEnabled()); // no second click while it is sent
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 20000);
    QVERIFY2(part<QLabel>(dialog, "approveOutcome")->text().contains(u"refunded"_qs),
             qPrintable(part<QLabel>(dialog, "approveOutcome")->text()));
    QVERIFY(!submit->isEnabled());
    const QList<Sandbox::Refund> refunds = sandboxRefunds(r);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().amount, Money::fromFen(345));
    const RefundRequestRecord after = *m_console.services().approvals().find(r.id);
    QCOMPARE(after.status, RS::Executed);
    QCOMPARE(after.decidedBy, OperatorDirectory::demoLogin(OperatorRole::Supervisor));
    QCOMPARE(after.decisionComment, u"核实无误"_qs);
    QCOMPARE(m_console.services().session().role, OperatorRole::Agent); // desk unchanged
    QTRY_COMPARE(page->model()->rowOf(r.id), -1);                       // no longer pending
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestRefundQueue::supervisorAtTheDeskConfirmsWithAComment()
{
    const Request r = requestRefund(Money::fromFen(222));
    QVERIFY(m_console.signIn(OperatorRole::Supervisor));
    QPointer<ApproveRefundDialog> dialog = openDialog(false, r.id);
    QVERIFY(!dialog->asksForSupervisor());
    QVERIFY(!part<QWidget>(dialog, "approveSupervisorBox")->isVisible());
    auto *submit = part<QPushButton>(dialog, "approveSubmit");
    QVERIFY(!submit->isEnabled()); // a rejection says why
    part<QPlainTextEdit>(dialog, "approveComment")->setPlainText(u"Customer kept the item"_qs);
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(m_console.services().approvals().find(r.id)->status, RS::Rejected);
    QVERIFY(part<QLabel>(dialog, "approveOutcome")->text().contains(u"rejected"_qs));
    QVERIFY(sandboxRefunds(r).isEmpty());
    dialog->close();
    QVERIFY(m_console.signIn(OperatorRole::Agent));
}

void TestRefundQueue::openOrderShowsItsDetail()
{
    // The real window: View > Refund approvals shows the page; Open order shows the detail.
    MainWindow window(m_languages, &m_console.services());
    window.show();
    RefundQueuePage *page = window.refundQueuePage();
    QVERIFY(page);
    part<QAction>(&window, "actionRefundQueue")->trigger();
    QCOMPARE(part<QStackedWidget>(&window, "pages")->currentWidget(), page);
    page->setStatusFilter(std::nullopt);
    QVERIFY(page->model()->rowCount() > 0);
    const RefundRequestRecord first = page->model()->requestAt(0);
    QVERIFY(page->selectRequest(first.id));
    QTest::mouseClick(part<QPushButton>(page, "refundOpenOrder"), Qt::LeftButton);
    QCOMPARE(part<QStackedWidget>(&window, "pages")->currentWidget(), window.detailPage());
    QCOMPARE(window.detailPage()->currentOrder(), first.outOrderNo);
}

void TestRefundQueue::queueShowsEveryStatus()
{
    Sandbox::Faults &faults = m_console.demo().gateway().faults();
    const OperatorSession supervisor = demoSession(OperatorRole::Supervisor);
    RefundApprovals &approvals = m_console.services().approvals();
    // Approved, sent, Alipay answered 20000 and the query proved it was not done.
    const Request approved = requestRefund(Money::fromFen(101));
    faults.add({Sandbox::Faults::Kind::Code20000, AlipayApi::TradeRefund, 1, 0});
    const ActionOutcome sent = wait([&](QObject *c, OrderActions::Done d) {
        approvals.approve(supervisor, approved.id, {}, c, d);
    });
    QCOMPARE(sent.status, ActionOutcome::Status::AwaitingConfirmation);
    QTRY_COMPARE_WITH_TIMEOUT(approvals.find(approved.id)->status, RS::Approved, 40000);
    // Failed: the charge was refunded elsewhere in full.
    const Request failed = requestRefund(Money::fromFen(102));
    Sandbox::RefundRequest behind;
    behind.appId = m_console.demo().summary().appId;
    behind.outTradeNo = failed.outTradeNo;
    behind.refundAmount = Money::fromFen(1000);
    behind.outRequestNo = u"elsewhere"_qs;
    QVERIFY(
        m_console.demo().gateway().ledger().refund(behind, QDateTime::currentDateTimeUtc()).ok());
    const ActionOutcome refused = wait([&](QObject *c, OrderActions::Done d) {
        approvals.approve(supervisor, failed.id, {}, c, d);
    });
    QCOMPARE(refused.status, ActionOutcome::Status::Failed);
    QCOMPARE(approvals.find(failed.id)->status, RS::Failed);
    // Awaiting: the answer is lost and Alipay does not answer the queries either.
    const Request awaiting = requestRefund(Money::fromFen(103));
    faults.add({Sandbox::Faults::Kind::ResetAfter, AlipayApi::TradeRefund, 1, 0});
    faults.add({Sandbox::Faults::Kind::Code20000, AlipayApi::RefundQuery, -1, 0});
    const ActionOutcome lost = wait([&](QObject *c, OrderActions::Done d) {
        approvals.approve(supervisor, awaiting.id, {}, c, d);
    });
    QCOMPARE(lost.status, ActionOutcome::Status::AwaitingConfirmation);
    QCOMPARE(approvals.find(awaiting.id)->status, RS::AwaitingConfirmation);
    // And one left pending for the screenshots.
    m_pendingForShots = requestRefund(Money::fromFen(104)).id;

    RefundQueuePage *page = m_page.get();
    auto *filter = part<QComboBox>(page, "refundStatusFilter");
    QCOMPARE(filter->count(), 7);
    for (int i = 0; i < filter->count(); ++i) {
        filter->setCurrentIndex(i);
        const std::optional<RS> status = page->statusFilter();
        QVERIFY2(page->model()->rowCount() > 0, qPrintable(filter->currentText()));
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (status)
                QCOMPARE(page->model()->requestAt(row).status, *status);
        }
        if (status) {
            const QModelIndex cell = page->model()->index(0, RefundQueueModel::Status);
            QCOMPARE(cell.data().toString(), refundRequestStatusDisplayName(*status));
        }
    }
    // The blocked re-request says why in words.
    const ActionOutcome blocked = wait([&](QObject *c, OrderActions::Done d) {
        m_console.services().actions().requestRefund(
            m_console.services().session(),
            {awaiting.outOrderNo, awaiting.outTradeNo, Money::fromFen(1), u"again"_qs}, c, d);
    });
    QCOMPARE(blocked.status, ActionOutcome::Status::Refused);
    QVERIFY(blocked.message.contains(awaiting.requestNo));
    // The query fault stays: the screenshots show the refund still awaiting confirmation.
}

void TestRefundQueue::adminsSeeTheThreshold()
{
    RefundQueuePage *page = m_page.get();
    QVERIFY(!part<QCheckBox>(page, "refundUseThreshold")->isVisibleTo(page));
    QVERIFY(m_console.signIn(OperatorRole::Admin));
    QVERIFY(part<QCheckBox>(page, "refundUseThreshold")->isVisibleTo(page));
    part<QCheckBox>(page, "refundUseThreshold")->setChecked(true);
    part<QLineEdit>(page, "refundThreshold")->setText(u"50.00"_qs);
    QTest::mouseClick(part<QPushButton>(page, "refundSaveThreshold"), Qt::LeftButton);
    QCOMPARE(m_console.services().approvals().threshold(), std::optional(Money::fromFen(5000)));
    QVERIFY(part<QLabel>(page, "refundPolicyText")->text().contains(u"50.00"_qs));
    part<QCheckBox>(page, "refundUseThreshold")->setChecked(false);
    QTest::mouseClick(part<QPushButton>(page, "refundSaveThreshold"), Qt::LeftButton);
    QVERIFY(!m_console.services().approvals().threshold());
    QVERIFY(m_console.signIn(OperatorRole::Agent));
    QVERIFY(!part<QCheckBox>(page, "refundUseThreshold")->isVisibleTo(page));
}

void TestRefundQueue::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestRefundQueue::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_pendingForShots > 0);
    QVERIFY(m_languages.setLanguage(language));
    QCoreApplication::processEvents();
    RefundQueuePage *page = m_page.get();
    page->setStatusFilter(std::nullopt);
    saveScreenshot(page, "refundqueue", QStringLiteral("queue"), language);
    page->setStatusFilter(RS::PendingApproval);
    QPointer<ApproveRefundDialog> dialog = openDialog(true, m_pendingForShots);
    QTest::keyClicks(part<QLineEdit>(dialog, "approverLogin"),
                     OperatorDirectory::demoLogin(OperatorRole::Supervisor));
    QTest::keyClicks(part<QLineEdit>(dialog, "approverPassword"), u"secret-pw"_qs);
    saveScreenshot(dialog, "refundqueue", QStringLiteral("approve"), language);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestRefundQueue)
#include "tst_refundqueue.moc"
