#include "domain/Capability.h"

#include <QSet>
#include <QTest>

using namespace DepositDesk;

namespace {

using C = Capability;
using R = OperatorRole;

// The table, written out independently of the implementation.
QSet<C> expectedFor(R role)
{
    const QSet<C> agent = {C::Search,        C::View,         C::Unfreeze,      C::Charge,
                           C::RequestRefund, C::CancelFreeze, C::ReportToSesame};
    switch (role) {
    case R::Agent:
        return agent;
    case R::Finance:
        return {C::Search, C::View, C::RunReconciliation, C::ReadAuditLog, C::ViewRiskReport};
    case R::Supervisor:
        return agent + QSet<C>{C::ApproveRefund, C::ReadAuditLog, C::ViewRiskReport};
    case R::Risk:
        return {C::Search, C::View, C::ManageWaiverPolicy, C::ViewRiskReport};
    case R::Admin: {
        const QList<C> all = Permissions::allCapabilities();
        return QSet<C>(all.begin(), all.end());
    }
    }
    return {};
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void everyCapabilityIsListedOnceInOrder()
    {
        const QList<C> all = Permissions::allCapabilities();
        QCOMPARE(all.size(), int(C::ViewRiskReport) + 1);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(int(all.at(i)), i);
        QSet<QString> codes;
        for (C c : all) {
            QVERIFY(!capabilityCode(c).isEmpty());
            QVERIFY(!capabilityDisplayName(c).isEmpty());
            codes.insert(capabilityCode(c));
        }
        QCOMPARE(codes.size(), all.size());
        QCOMPARE(capabilityCode(C::ApproveRefund), u"approve_refund"_qs);
        QCOMPARE(capabilityCode(C::ManageWaiverPolicy), u"manage_waiver_policy"_qs);
    }

    void table_data()
    {
        QTest::addColumn<R>("role");
        QTest::newRow("agent") << R::Agent;
        QTest::newRow("finance") << R::Finance;
        QTest::newRow("supervisor") << R::Supervisor;
        QTest::newRow("risk") << R::Risk;
        QTest::newRow("admin") << R::Admin;
    }
    void table()
    {
        QFETCH(R, role);
        const QSet<C> expected = expectedFor(role);
        for (C c : Permissions::allCapabilities()) {
            const bool allowed = Permissions::allows(role, c);
            const QString reason = Permissions::deniedReason(role, c);
            const QByteArray where =
                (operatorRoleCode(role) + u" / "_qs + capabilityCode(c)).toUtf8();
            QVERIFY2(allowed == expected.contains(c), where.constData());
            // A denied path always says why; an allowed one never does.
            QVERIFY2(allowed == reason.isEmpty(), where.constData());
        }
    }

    void deniedReasonsSayWhoMay()
    {
        // Every denied cell of the table, with the words that tell the operator what to do.
        QVERIFY(Permissions::deniedReason(R::Agent, C::ApproveRefund).contains(u"supervisors"_qs));
        QVERIFY(
            Permissions::deniedReason(R::Finance, C::ApproveRefund).contains(u"supervisors"_qs));
        for (R r : {R::Agent, R::Supervisor})
            QVERIFY(Permissions::deniedReason(r, C::RunReconciliation).contains(u"finance"_qs));
        for (R r : {R::Agent, R::Finance, R::Supervisor}) {
            QVERIFY(
                Permissions::deniedReason(r, C::ManageOperators).contains(u"administrators"_qs));
            QVERIFY(Permissions::deniedReason(r, C::ManageCredentials).contains(u"credentials"_qs));
        }
        for (C c : {C::Unfreeze, C::Charge, C::RequestRefund, C::CancelFreeze, C::ReportToSesame}) {
            QVERIFY(Permissions::deniedReason(R::Finance, c).contains(u"not move money"_qs));
            QVERIFY(Permissions::deniedReason(R::Risk, c).contains(u"not move money"_qs));
            QVERIFY(Permissions::deniedReason(R::Risk, c).startsWith(u"Risk analysts"_qs));
        }
        for (R r : {R::Agent, R::Finance, R::Supervisor})
            QVERIFY(Permissions::deniedReason(r, C::ManageWaiverPolicy)
                        .contains(u"risk analysts and administrators"_qs));
        for (R r : {R::Risk})
            for (C c : {C::ApproveRefund, C::RunReconciliation, C::ManageOperators,
                        C::ManageCredentials, C::ReadAuditLog})
                QVERIFY(!Permissions::deniedReason(r, c).isEmpty());
        QVERIFY(Permissions::deniedReason(R::Agent, C::ReadAuditLog).contains(u"audit log"_qs));
    }

    void everyRoleIsListedOnceWithItsCode()
    {
        const QList<R> roles = allOperatorRoles();
        QCOMPARE(roles.size(), 5);
        QSet<QString> codes;
        for (R r : roles) {
            codes.insert(operatorRoleCode(r));
            QCOMPARE(operatorRoleFromCode(operatorRoleCode(r)), std::optional(r));
            QVERIFY(!operatorRoleDisplayName(r).isEmpty());
        }
        QCOMPARE(codes.size(), roles.size());
        QCOMPARE(operatorRoleCode(R::Risk), u"risk"_qs);
        QCOMPARE(operatorRoleDisplayName(R::Risk), u"Risk analyst"_qs);
        QCOMPARE(operatorRoleFromCode(u" RISK "), std::optional(R::Risk));
    }

    void chargeLimits()
    {
        QCOMPARE(Permissions::chargeLimit(R::Agent), std::optional(Money::fromFen(50000)));
        QCOMPARE(Permissions::chargeLimit(R::Finance), std::optional(Money::fromFen(0)));
        QCOMPARE(Permissions::chargeLimit(R::Risk), std::optional(Money::fromFen(0)));
        QVERIFY(!Permissions::chargeLimit(R::Supervisor));
        QVERIFY(!Permissions::chargeLimit(R::Admin));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
