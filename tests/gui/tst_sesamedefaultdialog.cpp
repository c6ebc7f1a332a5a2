// The Sesame report dialog for a customer's default (VIOLATED) over the demo, whose history has
// charges the customer could not pay: before the 15 days it says from when and sends nothing; after
// them an agent asks for it, and a supervisor who did not ask approves it in the same dialog, which
// reports VIOLATED to the sandbox once. Screenshots in both languages.
#include "ConsoleFixture.h"
#include "DetailTestSupport.h"
#include "Screenshots.h"

#include "services/ConsoleServices.h"
#include "services/queue/WorkQueue.h"
#include "store/SesameDefaultRequests.h"
#include "ui/actions/SesameReportDialog.h"
#include "ui/session/LanguageSwitcher.h"

#include "sandbox/Gateway.h"
#include "sandbox/ledger/Ledger.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *part(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

// The first order of a work-queue line.
QString firstOf(const Store &store, WorkKind kind)
{
    const WorkSnapshot s = WorkQueue::read(store, {kind}, QDateTime::currentDateTimeUtc());
    return s.lines.isEmpty() || s.lines.first().entries.isEmpty()
               ? QString()
               : s.lines.first().entries.first().outOrderNo;
}

bool send(SesameReportDialog *dialog)
{
    QSignalSpy outcome(dialog, &ActionDialog::outcomeShown);
    QTest::mouseClick(part<QPushButton>(dialog, "actionSubmit"), Qt::LeftButton);
    return outcome.count() == 1 || outcome.wait(20000);
}

} // namespace

class TestSesameDefaultDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void askedThenApproved_data();
    void askedThenApproved();
};

void TestSesameDefaultDialog::askedThenApproved_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestSesameDefaultDialog::askedThenApproved()
{
    QFETCH(QString, language);
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(language));
    ConsoleFixture console;
    console.demo().setRecordHistory(true);
    QVERIFY2(console.start(OperatorRole::Agent), qPrintable(console.error));

    // Not yet 15 days since the charge failed: the dialog says from when; nothing can be sent.
    const QString early = firstOf(console.store(), WorkKind::FailedCharges);
    QVERIFY(!early.isEmpty());
    {
        const auto snapshot = readSnapshot(console.services(), early);
        QVERIFY(snapshot);
        SesameReportDialog dialog(console.services(), *snapshot);
        dialog.resize(640, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *status = part<QComboBox>(&dialog, "actionSesameStatus");
        status->setCurrentIndex(status->findData(u"VIOLATED"_qs));
        part<QLineEdit>(&dialog, "actionReason")->setText(u"Item not returned"_qs);
        QVERIFY(!part<QPushButton>(&dialog, "actionSubmit")->isEnabled());
        const QString says = part<QLabel>(&dialog, "actionValidation")->text();
        QVERIFY2(says.contains(u"15"_qs), qPrintable(says));
        saveScreenshot(dialog, u"sesame-default-early-"_qs + language);
    }

    // Due: the agent asks for the report; it waits for a supervisor.
    const QString due = firstOf(console.store(), WorkKind::DefaultsDue);
    QVERIFY(!due.isEmpty());
    {
        const auto snapshot = readSnapshot(console.services(), due);
        QVERIFY(snapshot);
        SesameReportDialog dialog(console.services(), *snapshot);
        dialog.resize(640, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *status = part<QComboBox>(&dialog, "actionSesameStatus");
        status->setCurrentIndex(status->findData(u"VIOLATED"_qs));
        QTest::keyClicks(part<QLineEdit>(&dialog, "actionReason"), u"Camera never returned"_qs);
        QVERIFY(part<QPushButton>(&dialog, "actionSubmit")->isEnabled());
        QVERIFY(send(&dialog));
        QVERIFY2(dialog.outcome()->status == ActionOutcome::Status::Recorded,
                 qPrintable(dialog.outcome()->message));
        saveScreenshot(dialog, u"sesame-default-asked-"_qs + language);
    }
    const QList<SesameDefaultRequest> asked = SesameDefaultRequests(console.store()).forOrder(due);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().status, SesameDefaultRequest::Status::PendingApproval);

    // A supervisor opens the same dialog on the order: it approves or rejects the request.
    QVERIFY(console.signIn(OperatorRole::Supervisor));
    const auto snapshot = readSnapshot(console.services(), due);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->sesame.pendingDefault.id, asked.first().id);
    SesameReportDialog dialog(console.services(), *snapshot);
    dialog.resize(640, 460);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *status = part<QComboBox>(&dialog, "actionSesameStatus");
    QCOMPARE(status->currentData().toString(), u"VIOLATED"_qs);
    QVERIFY(!status->isEnabled());
    QVERIFY(part<QComboBox>(&dialog, "actionDefaultDecision")->isVisible());
    QTest::keyClicks(part<QLineEdit>(&dialog, "actionReason"), u"Checked the call log"_qs);
    saveScreenshot(dialog, u"sesame-default-approve-"_qs + language);
    QVERIFY(send(&dialog));
    QVERIFY2(dialog.outcome()->status == ActionOutcome::Status::Done,
             qPrintable(dialog.outcome()->message));
    const SesameDefaultRequest approved =
        *SesameDefaultRequests(console.store()).find(asked.first().id);
    QCOMPARE(approved.status, SesameDefaultRequest::Status::Approved);
    // Alipay's side holds one VIOLATED report of the failed charge, under the request's number.
    Sandbox::Ledger &ledger = console.demo().gateway().ledger();
    QString tradeNo;
    for (const Sandbox::Trade &t : ledger.trades())
        if (t.outTradeNo == approved.outTradeNo)
            tradeNo = t.tradeNo;
    const QList<Sandbox::OrderInfoSyncRecord> syncs = ledger.syncs(tradeNo);
    QCOMPARE(syncs.size(), 1);
    QCOMPARE(syncs.first().status, u"VIOLATED"_qs);
    QCOMPARE(syncs.first().outRequestNo, approved.outRequestNo);
}

QTEST_MAIN(TestSesameDefaultDialog)
#include "tst_sesamedefaultdialog.moc"
