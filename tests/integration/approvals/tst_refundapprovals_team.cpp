// Team mode: two desks, each with its own Store and services, on one real PostgreSQL
// database. The refund queue is shared: what one desk records or decides reaches the other's
// queue through RefundApprovals::queueChanged (the change feed: PostgreSQL's NOTIFY).

#include "../../store/StoreTestEnv.h"

#include "alipay/GatewayConfig.h"
#include "services/ConsoleServices.h"
#include "services/orders/ChangeFeed.h"
#include "services/refunds/RefundApprovals.h"
#include "store/RefundRequests.h"

#include <QSignalSpy>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using RS = RefundRequestRecord::Status;

namespace {

OperatorSession sessionOf(const QString &login, OperatorRole role)
{
    return {login, login, role};
}

RefundRequestRecord newRequest(const QString &number)
{
    RefundRequestRecord r;
    r.outOrderNo = QStringLiteral("ORDER-") + number;
    r.tradeNo = QStringLiteral("2026112422001400") + number;
    r.outTradeNo = QStringLiteral("PAY-") + number;
    r.outRequestNo = QStringLiteral("RF-") + number;
    r.amount = Money::fromFen(1234);
    r.reason = QStringLiteral("Charged twice");
    r.requester = QStringLiteral("agent-a");
    return r;
}

} // namespace

class TestRefundApprovalsTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueIsSharedBetweenDesks()
    {
        QVERIFY2(usePostgres(), "run under ctest (DD_TEST_DB=pg, fixture dd_pg)");
        TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store storeA(db.config());
        Store storeB(db.sameDatabase());
        QVERIFY(storeA.open());
        QVERIFY(storeB.open());
        ConsoleServices deskA(storeA, GatewayConfig());
        ConsoleServices deskB(storeB, GatewayConfig());

        QSignalSpy changedA(&deskA.approvals(), &RefundApprovals::queueChanged);
        QSignalSpy changedB(&deskB.approvals(), &RefundApprovals::queueChanged);
        QTRY_VERIFY(deskB.approvals().isListening());
        QTRY_VERIFY(deskB.changes().isListening()); // desk B's LISTEN is up
        QTest::qWait(250); // both desks idle: nothing changed, nothing emitted
        QCOMPARE(changedB.count(), 0);

        // Desk A records a request (as its OrderActions does): desk B's queue shows it.
        RefundRequestRecord request = newRequest(QStringLiteral("0001"));
        QVERIFY(RefundRequests(storeA).create(request));
        QTRY_VERIFY_WITH_TIMEOUT(changedB.count() >= 1, 5000);
        const QList<RefundRequestRecord> pendingB = deskB.approvals().queue(RS::PendingApproval);
        QCOMPARE(pendingB.size(), 1);
        QCOMPARE(pendingB.first().outRequestNo, request.outRequestNo);
        QCOMPARE(deskB.approvals().pendingCount(), 1);

        // A supervisor at desk A rejects it: desk A hears at once, desk B through the feed.
        changedA.clear();
        changedB.clear();
        const ActionOutcome rejected = deskA.approvals().reject(
            sessionOf(QStringLiteral("supervisor-a"), OperatorRole::Supervisor), request.id,
            QStringLiteral("Duplicate"));
        QVERIFY2(rejected.ok(), qPrintable(rejected.message));
        QCOMPARE(changedA.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(changedB.count() >= 1, 5000);
        QCOMPARE(deskB.approvals().find(request.id)->status, RS::Rejected);
        QCOMPARE(deskB.approvals().pendingCount(), 0);
        QCOMPARE(deskB.approvals().queue(RS::Rejected).first().decidedBy, u"supervisor-a"_qs);

        // The threshold is the team's, not a desk's.
        QVERIFY(deskB.approvals().setThreshold(
            sessionOf(QStringLiteral("admin-b"), OperatorRole::Admin), Money::fromFen(2000)));
        QCOMPARE(deskA.approvals().threshold(), std::optional(Money::fromFen(2000)));

        // Nobody listening at desk B: it stops following the feed; a listener starts it again.
        QVERIFY(deskB.approvals().isListening());
        QVERIFY(QObject::disconnect(&deskB.approvals(), &RefundApprovals::queueChanged, nullptr,
                                    nullptr));
        QTRY_VERIFY(!deskB.approvals().isListening());
        QSignalSpy again(&deskB.approvals(), &RefundApprovals::queueChanged);
        QTRY_VERIFY(deskB.approvals().isListening());
        RefundRequestRecord second = newRequest(QStringLiteral("0002"));
        QVERIFY(RefundRequests(storeA).create(second));
        QTRY_VERIFY_WITH_TIMEOUT(again.count() >= 1, 5000);
        QCOMPARE(deskB.approvals().pendingCount(), 1);
    }
};

QTEST_MAIN(TestRefundApprovalsTeam)
#include "tst_refundapprovals_team.moc"
