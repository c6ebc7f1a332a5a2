// Every capability-guarded service call, for every role the Permissions table denies it: the
// service itself refuses (whatever a window shows), and nothing changes — no intent, no refund
// request, no audit entry, no money moved in the sandbox, no threshold, bill or run. The table
// of calls is checked against Permissions::allCapabilities(): a capability some role lacks but
// no call here covers fails the test (add its service check and its row here).
#include "ConsoleFixture.h"

#include "sandbox/ledger/Ledger.h"
#include "services/actions/OrderActions.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/OperatorAdmin.h"
#include "services/audit/AuditService.h"
#include "services/finance/BillDownloader.h"
#include "services/finance/ReconciliationService.h"
#include "services/refunds/RefundApprovals.h"
#include "services/risk/RiskReport.h"
#include "services/risk/WaiverPolicyService.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OperatorDirectory.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

const QList<OperatorRole> Roles = allOperatorRoles();

// What a refused call must leave as it was.
struct Snapshot
{
    int audit = 0;
    int intents = 0;
    int requests = 0;
    int pending = 0;
    int trades = 0;
    int operations = 0;
    int runs = 0;
    std::optional<Money> threshold;

    bool operator==(const Snapshot &o) const
    {
        return audit == o.audit && intents == o.intents && requests == o.requests &&
               pending == o.pending && trades == o.trades && operations == o.operations &&
               runs == o.runs && threshold == o.threshold;
    }
    QString describe() const
    {
        return QStringLiteral("audit %1 intents %2 requests %3 pending %4 trades %5 ops %6 runs %7")
            .arg(audit)
            .arg(intents)
            .arg(requests)
            .arg(pending)
            .arg(trades)
            .arg(operations)
            .arg(runs);
    }
};

// A call returns its refusal (translated), or nullopt when it was not refused.
using Refusal = std::optional<QString>;
struct GuardedCall
{
    const char *name;
    Capability capability;
    std::function<Refusal(const OperatorSession &)> call;
};

} // namespace

class TestDeniedPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyDeniedCapabilityHasAGuardedCall();
    void deniedCallsChangeNothing_data();
    void deniedCallsChangeNothing();

private:
    Refusal action(const std::function<void(const QObject *, OrderActions::Done)> &call);
    Snapshot snapshot();
    QList<GuardedCall> calls();

    ConsoleFixture m_console;
    std::unique_ptr<CredentialsAdmin> m_credentials;
    OrderRecord m_order;
    QString m_outTradeNo;
    qint64 m_requestId = 0;
};

void TestDeniedPaths::initTestCase()
{
    QVERIFY2(m_console.start(OperatorRole::Agent, 20, QStringLiteral("denied")),
             qPrintable(m_console.error));
    OrderQuery query;
    query.statuses = {OrderStatus::Authorized};
    const auto page = OrderIndex(m_console.store()).search(query);
    QVERIFY(page);
    for (const OrderRecord &o : page->orders)
        if (o.rest.fen() >= 500 && !o.payerUserId.isEmpty()) {
            m_order = o;
            break;
        }
    QVERIFY2(!m_order.outOrderNo.isEmpty(), "no authorized order with ¥5.00 left");

    // A real charge and a pending refund request of it, so that approving and rejecting are
    // refused for the role, not for a missing request.
    ConsoleServices &s = m_console.services();
    OrderActions::ChargeInput charge{
        m_order.outOrderNo, Money::fromFen(200), {}, QStringLiteral("setup"), false};
    const Refusal charged = action([&](const QObject *c, OrderActions::Done d) {
        s.actions().charge(s.session(), charge, c, std::move(d));
    });
    QVERIFY2(!charged, qPrintable(charged.value_or(QString())));
    const auto trades = Ledger(m_console.store()).trades(m_order.outOrderNo);
    QVERIFY(!trades.isEmpty());
    m_outTradeNo = trades.last().outTradeNo;
    OrderActions::RefundInput refund{m_order.outOrderNo, m_outTradeNo, Money::fromFen(100),
                                     QStringLiteral("setup")};
    const Refusal requested = action([&](const QObject *c, OrderActions::Done d) {
        s.actions().requestRefund(s.session(), refund, c, std::move(d));
    });
    QVERIFY2(!requested, qPrintable(requested.value_or(QString())));
    const auto requests = RefundRequests(m_console.store()).forOrder(m_order.outOrderNo);
    QCOMPARE(requests.size(), 1);
    m_requestId = requests.first().id;
    m_credentials = std::make_unique<CredentialsAdmin>(s, QStringLiteral("denied-paths-test"));
}

void TestDeniedPaths::cleanupTestCase()
{
    m_credentials.reset();
}

Refusal
TestDeniedPaths::action(const std::function<void(const QObject *, OrderActions::Done)> &call)
{
    std::optional<ActionOutcome> outcome;
    QObject context;
    call(&context, [&](const ActionOutcome &o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return QStringLiteral("no answer within 20 s");
    if (outcome->status == ActionOutcome::Status::Refused)
        return outcome->message;
    return std::nullopt;
}

Snapshot TestDeniedPaths::snapshot()
{
    const Store &store = m_console.store();
    Snapshot s;
    AuditFilter all;
    all.limit = 1000000;
    s.audit = int(AuditLog(store).entries(all).size());
    s.intents = int(IntentJournal(store).forOrder(m_order.outOrderNo).size());
    const auto requests = RefundRequests(store).forOrder(m_order.outOrderNo);
    s.requests = int(requests.size());
    for (const auto &r : requests)
        s.pending += r.status == RefundRequestRecord::Status::PendingApproval ? 1 : 0;
    Sandbox::Ledger &ledger = m_console.demo().gateway().ledger();
    s.trades = int(ledger.trades().size());
    s.operations = int(ledger.operations(m_order.authNo).size());
    s.runs = int(m_console.services().reconciliation().runs().size());
    s.threshold = m_console.services().approvals().threshold();
    return s;
}

QList<GuardedCall> TestDeniedPaths::calls()
{
    ConsoleServices &s = m_console.services();
    const QString order = m_order.outOrderNo;
    const QString why = QStringLiteral("denied path test");
    auto byAction = [this](auto run) {
        return action(run);
    };
    auto fromBool = [](bool ok, const QString &refusal) -> Refusal {
        return ok ? Refusal() : Refusal(refusal.isEmpty() ? QStringLiteral("refused") : refusal);
    };
    return {
        {"unfreeze", Capability::Unfreeze,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().unfreeze(who, {order, Money::fromFen(1), why, true}, c, d);
             });
         }},
        {"charge", Capability::Charge,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().charge(who, {order, Money::fromFen(1), {}, why, false}, c, d);
             });
         }},
        {"requestRefund", Capability::RequestRefund,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().requestRefund(who, {order, m_outTradeNo, Money::fromFen(1), why}, c,
                                           d);
             });
         }},
        {"executeRefund", Capability::ApproveRefund,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().executeRefund(who, m_requestId, c, d);
             });
         }},
        {"cancelFreeze", Capability::CancelFreeze,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().cancelFreeze(who, {order, why}, c, d);
             });
         }},
        {"reportToSesame", Capability::ReportToSesame,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.actions().reportToSesame(who, {order, m_outTradeNo, false, why}, c, d);
             });
         }},
        {"approvals.approve", Capability::ApproveRefund,
         [=, &s](const OperatorSession &who) {
             return byAction([&](const QObject *c, OrderActions::Done d) {
                 s.approvals().approve(who, m_requestId, why, c, d);
             });
         }},
        {"approvals.reject", Capability::ApproveRefund,
         [=, &s](const OperatorSession &who) -> Refusal {
             const ActionOutcome o = s.approvals().reject(who, m_requestId, why);
             return o.status == ActionOutcome::Status::Refused ? Refusal(o.message) : Refusal();
         }},
        {"approvals.setThreshold", Capability::ManageOperators,
         [=, &s](const OperatorSession &who) -> Refusal {
             const StoreResult r = s.approvals().setThreshold(who, Money::fromFen(5000));
             return fromBool(r.ok, r.errorString);
         }},
        {"operators.create", Capability::ManageOperators,
         [this](const OperatorSession &who) -> Refusal {
             const StoreResult r =
                 OperatorAdmin(m_console.store())
                     .create(who, QStringLiteral("denied.new"), QStringLiteral("Denied"),
                             OperatorRole::Admin, QStringLiteral("Denied-path-2026"));
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"operators.setRole", Capability::ManageOperators,
         [this](const OperatorSession &who) -> Refusal {
             const StoreResult r =
                 OperatorAdmin(m_console.store()).setRole(who, who.login, OperatorRole::Admin);
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"operators.setDisabled", Capability::ManageOperators,
         [this](const OperatorSession &who) -> Refusal {
             const StoreResult r =
                 OperatorAdmin(m_console.store())
                     .setDisabled(who, OperatorDirectory::demoLogin(OperatorRole::Admin), true);
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"operators.resetPassword", Capability::ManageOperators,
         [this](const OperatorSession &who) -> Refusal {
             const StoreResult r =
                 OperatorAdmin(m_console.store())
                     .resetPassword(who, OperatorDirectory::demoLogin(OperatorRole::Admin),
                                    QStringLiteral("Denied-path-2026"));
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"credentials.setPendingAppId", Capability::ManageCredentials,
         [this](const OperatorSession &) {
             QString e;
             const bool ok = m_credentials->setPendingAppId(QStringLiteral("2021000000000001"), &e);
             return Refusal(ok ? Refusal() : Refusal(e));
         }},
        {"credentials.save", Capability::ManageCredentials,
         [this](const OperatorSession &) {
             QString e;
             const bool ok = m_credentials->save(&e);
             return Refusal(ok ? Refusal() : Refusal(e));
         }},
        {"credentials.remove", Capability::ManageCredentials,
         [this](const OperatorSession &) {
             QString e;
             const bool ok = m_credentials->remove(&e);
             return Refusal(ok ? Refusal() : Refusal(e));
         }},
        {"credentials.testConnection", Capability::ManageCredentials,
         [this](const OperatorSession &) {
             QString e;
             const bool ok = m_credentials->testConnection(CredentialsAdmin::Source::Stored, &e);
             return Refusal(ok ? Refusal() : Refusal(e));
         }},
        {"bills.start", Capability::RunReconciliation,
         [&s](const OperatorSession &who) -> Refusal {
             // Refused at once (false) or by the one finished() that follows.
             std::optional<BillDownloader::Result> result;
             QObject context;
             QObject::connect(&s.bills(), &BillDownloader::finished, &context,
                              [&](const BillDownloader::Result &r) { result = r; });
             if (!s.bills().start(who, QStringLiteral("trade"), QStringLiteral("2026-11-01")))
                 return QStringLiteral("refused");
             if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
                 return std::nullopt;
             if (result->status == BillDownloader::Status::Refused)
                 return result->message;
             return std::nullopt;
         }},
        {"reconciliation.start", Capability::RunReconciliation,
         [&s](const OperatorSession &who) -> Refusal {
             if (!s.reconciliation().start(who, 1))
                 return QStringLiteral("refused");
             s.reconciliation().cancel();
             return std::nullopt;
         }},
        {"auditLog.page", Capability::ReadAuditLog,
         [&s](const OperatorSession &who) -> Refusal {
             const QString refused = s.auditLog().page(
                 who, {}, &s, [](const QList<AuditEntry> &, bool, const QString &) {});
             return refused.isEmpty() ? Refusal() : Refusal(refused);
         }},
        {"auditLog.verify", Capability::ReadAuditLog,
         [&s](const OperatorSession &who) -> Refusal {
             const QString refused =
                 s.auditLog().verify(who, &s, [](const AuditService::Verdict &) {});
             return refused.isEmpty() ? Refusal() : Refusal(refused);
         }},
        {"auditLog.export", Capability::ReadAuditLog,
         [&s](const OperatorSession &who) -> Refusal {
             const QString refused = s.auditLog().exportTo(
                 who, {}, AuditService::Format::Csv,
                 QDir::temp().filePath(QStringLiteral("denied-audit-export.csv")), &s,
                 [](const AuditService::Exported &) {});
             return refused.isEmpty() ? Refusal() : Refusal(refused);
         }},
        {"waiverPolicy.save", Capability::ManageWaiverPolicy,
         [this](const OperatorSession &who) -> Refusal {
             const StoreResult r = WaiverPolicyService(m_console.store())
                                       .save(who,
                                             {WaiverBand{QStringLiteral("RENT_PHONE"), 600,
                                                         std::nullopt, Money::fromFen(100), true}},
                                             QStringLiteral("denied path test"));
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"waiverPolicy.importCsv", Capability::ManageWaiverPolicy,
         [this](const OperatorSession &who) -> Refusal {
             const QString path = QDir::temp().filePath(QStringLiteral("denied-policy.csv"));
             QFile file(path);
             if (!file.open(QIODevice::WriteOnly) ||
                 file.write(WaiverPolicyService::toCsv(
                     {WaiverBand{QStringLiteral("RENT_PHONE"), 600, std::nullopt,
                                 Money::fromFen(100), true}})) < 0)
                 return std::nullopt;
             file.close();
             const StoreResult r = WaiverPolicyService(m_console.store())
                                       .importCsv(who, path, QStringLiteral("denied path test"));
             QFile::remove(path);
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
        {"riskReport.load", Capability::ViewRiskReport,
         [&s](const OperatorSession &who) -> Refusal {
             const RiskReport::Query query{QDate(2026, 11, 1), QDate(2026, 11, 30),
                                           RiskReport::Grouping::Category};
             const QString refused =
                 s.riskReport().load(who, query, &s, [](const RiskReport::Result &) {});
             return refused.isEmpty() ? Refusal() : Refusal(refused);
         }},
        {"reconciliation.resolve", Capability::RunReconciliation,
         [&s](const OperatorSession &who) -> Refusal {
             const StoreResult r = s.reconciliation().resolve(who, 1, QStringLiteral("note"));
             return r.ok ? Refusal() : Refusal(r.errorString);
         }},
    };
}

void TestDeniedPaths::everyDeniedCapabilityHasAGuardedCall()
{
    const QList<GuardedCall> guarded = calls();
    for (Capability capability : Permissions::allCapabilities()) {
        bool covered = false;
        for (const GuardedCall &c : guarded)
            covered = covered || c.capability == capability;
        for (OperatorRole role : Roles)
            QVERIFY2(covered || Permissions::allows(role, capability),
                     qPrintable(QStringLiteral("%1 is denied to %2 but no service call here "
                                               "checks it")
                                    .arg(capabilityCode(capability), operatorRoleCode(role))));
    }
}

void TestDeniedPaths::deniedCallsChangeNothing_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("roleValue");
    const QList<GuardedCall> guarded = calls();
    for (int i = 0; i < guarded.size(); ++i)
        for (OperatorRole role : Roles)
            if (!Permissions::allows(role, guarded.at(i).capability))
                QTest::addRow("%s-%s", guarded.at(i).name, qPrintable(operatorRoleCode(role)))
                    << i << int(role);
}

void TestDeniedPaths::deniedCallsChangeNothing()
{
    QFETCH(int, call);
    QFETCH(int, roleValue);
    const OperatorRole role = OperatorRole(roleValue);
    const GuardedCall guarded = calls().at(call);
    QVERIFY2(m_console.signIn(role), qPrintable(m_console.error));
    const OperatorSession session = m_console.services().session();
    QCOMPARE(session.role, role);

    const Snapshot before = snapshot();
    const Refusal refusal = guarded.call(session);
    QTest::qWait(0);
    QVERIFY2(refusal.has_value(), "the service did not refuse the call");
    QVERIFY(!refusal->isEmpty());
    const Snapshot after = snapshot();
    QVERIFY2(after == before,
             qPrintable(
                 QStringLiteral("before: %1; after: %2").arg(before.describe(), after.describe())));
}

QTEST_MAIN(TestDeniedPaths)
#include "tst_denied_paths.moc"
