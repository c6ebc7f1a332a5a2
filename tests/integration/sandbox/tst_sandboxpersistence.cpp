// The sandbox state survives a restart when it has a state file (SQLite), and only then.
#include "SandboxLedgerFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private slots:
    void everythingSurvivesARestart();
    void repeatsAfterRestartReturnEarlierResults();
    void payerWhoCannotPaySurvivesARestart();
    void stateFileOfTheFirstVersionIsUpgraded();
    void inMemoryLedgerStartsEmpty();
    void unwritableStateFileIsReported();
};

namespace {

struct History
{
    Sandbox::FundAuthOrder credit;
    Sandbox::FundAuthOrder pending;
    Sandbox::Trade trade;
    QStringList refused; // the steps the ledger refused, with their sub_code: none expected
};

History buildHistory(Sandbox::Ledger &ledger)
{
    History h;
    const auto keep = [&h](const Sandbox::LedgerOutcome &outcome, const char *step) {
        if (!outcome.ok())
            h.refused << QStringLiteral("%1: %2").arg(QLatin1String(step), outcome.subCode);
    };
    h.credit = authorize(ledger, u"O1", 10000, 6000, t0().addDays(-10));
    keep(ledger.unfreeze(unfreezeRequest(h.credit, u"U1", 1000), t0().addDays(-9)), "unfreeze");
    Sandbox::PayRequest pay = payRequest(h.credit, u"T1", 3000);
    pay.storeId = QStringLiteral("S001");
    h.trade = ledger.pay(pay, t0().addDays(-8)).trade;
    keep(ledger.refund(refundRequest(h.trade, u"R1", 500), t0().addDays(-7)), "refund");
    keep(ledger.syncOrderInfo(syncRequest(h.trade, u"S1", u"COMPLETE"), t0().addDays(-7)), "sync");
    h.pending = ledger.createFreeze(freezeRequest(u"O2", 2000), t0()).order;
    return h;
}

} // namespace

void TestSandboxPersistence::everythingSurvivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    History h;
    QList<Sandbox::FundAuthOperation> operationsBefore;
    {
        Sandbox::Ledger ledger;
        QString error;
        QVERIFY2(ledger.open(file, &error), qPrintable(error));
        h = buildHistory(ledger);
        QVERIFY2(h.refused.isEmpty(), qPrintable(h.refused.join(u", ")));
        operationsBefore = ledger.operations(h.credit.authNo);
    }
    QVERIFY(QFile::exists(file));
    Sandbox::Ledger ledger;
    QVERIFY(ledger.open(file));
    QCOMPARE(ledger.orders().size(), 2);
    const Sandbox::FundAuthOrder o = *ledger.findOrder(appId(), h.credit.authNo, {}, t0());
    QCOMPARE(o.outOrderNo, QStringLiteral("O1"));
    QCOMPARE(o.status, Sandbox::AuthOrderStatus::Authorized);
    QCOMPARE(o.totalFreezeCreditAmount, yuan(60));
    QCOMPARE(o.restAmount(), yuan(60));
    QCOMPARE(o.totalPayFundAmount, yuan(30));
    QCOMPARE(o.payerLogonId, QStringLiteral("138****5678"));
    QCOMPARE(o.payerName, QStringLiteral("张小明"));
    QCOMPARE(o.authorizedAt, t0().addDays(-10));
    QCOMPARE(o.expiresAt, t0().addDays(-10).addSecs(15 * 60));
    const QList<Sandbox::FundAuthOperation> operations = ledger.operations(h.credit.authNo);
    QCOMPARE(operations.size(), operationsBefore.size());
    for (int i = 0; i < operations.size(); ++i) {
        QCOMPARE(operations[i].operationId, operationsBefore[i].operationId);
        QCOMPARE(operations[i].type, operationsBefore[i].type);
        QCOMPARE(operations[i].amount, operationsBefore[i].amount);
        QCOMPARE(operations[i].creditAmount, operationsBefore[i].creditAmount);
        QCOMPARE(operations[i].transAt, operationsBefore[i].transAt);
    }
    const Sandbox::Trade t = *ledger.findTrade(appId(), {}, QStringLiteral("T1"), t0());
    QCOMPARE(t.tradeNo, h.trade.tradeNo);
    QCOMPARE(t.refundFee, yuan(5));
    QCOMPARE(t.storeId, QStringLiteral("S001"));
    QCOMPARE(t.paidAt, t0().addDays(-8));
    QCOMPARE(ledger.refunds(t.tradeNo).size(), 1);
    QCOMPARE(ledger.syncs(t.tradeNo).size(), 1);
    QCOMPARE(ledger.syncs(t.tradeNo).first().status, QStringLiteral("COMPLETE"));
    QCOMPARE(ledger.findOrder(appId(), h.pending.authNo, {}, t0())->status,
             Sandbox::AuthOrderStatus::Init);

    // Numbering continues: new ids never repeat old ones.
    const Sandbox::FundAuthOrder next = authorize(ledger, u"O3", 100, 0);
    QVERIFY(next.authNo != h.credit.authNo && next.authNo != h.pending.authNo);
    // Time-driven transitions happen after a restart too.
    QCOMPARE(ledger.findOrder(appId(), h.pending.authNo, {}, t0().addSecs(3600))->status,
             Sandbox::AuthOrderStatus::Closed);
}

void TestSandboxPersistence::repeatsAfterRestartReturnEarlierResults()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    History h;
    {
        Sandbox::Ledger ledger;
        QVERIFY(ledger.open(file));
        h = buildHistory(ledger);
        QVERIFY2(h.refused.isEmpty(), qPrintable(h.refused.join(u", ")));
    }
    Sandbox::Ledger ledger;
    QVERIFY(ledger.open(file));
    QVERIFY(ledger.unfreeze(unfreezeRequest(h.credit, u"U1", 1000), t0()).repeated);
    QVERIFY(ledger.pay(payRequest(h.credit, u"T1", 3000), t0()).repeated);
    QVERIFY(!ledger.refund(refundRequest(h.trade, u"R1", 500), t0()).fundChange);
    QCOMPARE(ledger.findOrder(appId(), h.credit.authNo, {}, t0())->restAmount(), yuan(60));
}

void TestSandboxPersistence::payerWhoCannotPaySurvivesARestart()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    Sandbox::FundAuthOrder unable, able;
    {
        Sandbox::Ledger ledger;
        QVERIFY(ledger.open(file));
        Sandbox::Payer cannot = payer();
        cannot.canPay = false;
        const Sandbox::FreezeOutcome created =
            ledger.createFreeze(freezeRequest(u"O1", 10000), t0().addDays(-3));
        unable =
            ledger.confirmFreeze(created.order.authNo, yuan(60), cannot, t0().addDays(-3)).order;
        QVERIFY(!unable.payerCanPay);
        const Sandbox::PayOutcome failed =
            ledger.pay(payRequest(unable, u"T1", 5000), t0().addDays(-2));
        QCOMPARE(failed.subCode, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
        able = authorize(ledger, u"O2", 10000, 6000, t0().addDays(-3));
        QVERIFY(able.payerCanPay);
        QVERIFY(!ledger.setPayerCanPay(able.authNo, false, t0().addDays(-2)).order.payerCanPay);
        QVERIFY(ledger.setPayerCanPay(able.authNo, true, t0().addDays(-1)).order.payerCanPay);
    }
    Sandbox::Ledger ledger;
    QVERIFY(ledger.open(file));
    QVERIFY(!ledger.findOrder(appId(), unable.authNo, {}, t0())->payerCanPay);
    QVERIFY(ledger.findOrder(appId(), able.authNo, {}, t0())->payerCanPay);
    const Sandbox::Trade closed = *ledger.findTrade(appId(), {}, QStringLiteral("T1"), t0());
    QCOMPARE(closed.status, Sandbox::TradeStatus::Closed);
    QVERIFY(!closed.paidAt.isValid());
    QCOMPARE(closed.closedAt, t0().addDays(-2));
    // After the restart the same number still fails the same way, and still changes nothing.
    QCOMPARE(ledger.pay(payRequest(unable, u"T1", 5000), t0()).subCode,
             QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    QCOMPARE(ledger.pay(payRequest(unable, u"T2", 5000), t0()).subCode,
             QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    QCOMPARE(ledger.findOrder(appId(), unable.authNo, {}, t0())->restAmount(), yuan(100));
    QVERIFY(ledger.pay(payRequest(able, u"T3", 5000), t0()).ok());
}

void TestSandboxPersistence::stateFileOfTheFirstVersionIsUpgraded()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("state.sqlite"));
    Sandbox::FundAuthOrder order;
    {
        Sandbox::Ledger ledger;
        QVERIFY(ledger.open(file));
        order = authorize(ledger, u"O1", 10000, 6000, t0().addDays(-1));
    }
    {
        // What a file of the first version looks like: no payer_can_pay, user_version 1.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE auth_order DROP COLUMN payer_can_pay")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=1")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Sandbox::Ledger ledger;
    QString error;
    QVERIFY2(ledger.open(file, &error), qPrintable(error));
    const Sandbox::FundAuthOrder loaded = *ledger.findOrder(appId(), order.authNo, {}, t0());
    QVERIFY(loaded.payerCanPay);
    QCOMPARE(loaded.restAmount(), yuan(100));
    QVERIFY(!ledger.setPayerCanPay(order.authNo, false, t0()).order.payerCanPay);
    QCOMPARE(ledger.pay(payRequest(loaded, u"T1", 5000), t0()).subCode,
             QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
}

void TestSandboxPersistence::inMemoryLedgerStartsEmpty()
{
    {
        Sandbox::Ledger ledger;
        QVERIFY(buildHistory(ledger).refused.isEmpty());
        QCOMPARE(ledger.orders().size(), 2);
    }
    Sandbox::Ledger fresh;
    QVERIFY(fresh.orders().isEmpty());
    QVERIFY(fresh.stateFile().isEmpty());
}

void TestSandboxPersistence::unwritableStateFileIsReported()
{
    QTemporaryDir dir;
    Sandbox::Ledger ledger;
    QString error;
    QVERIFY(!ledger.open(dir.filePath(QStringLiteral("missing/dir/state.sqlite")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "tst_sandboxpersistence.moc"
