// OperatorAdmin against a real SQLite store (the demo environment's file): an administrator
// creates, re-roles, disables, enables and resets operators, each change audited with who and
// whom but never the password; every other role is refused by the service with nothing changed;
// an administrator cannot disable or demote themselves; weak passwords are refused.
#include "ConsoleFixture.h"

#include "services/admin/OperatorAdmin.h"
#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

const QString NewLogin = QStringLiteral("clerk.wang");
const QString FirstPassword = QStringLiteral("Tea-garden-41");
const QString SecondPassword = QStringLiteral("Plum-rain-2026");

} // namespace

class TestOperatorAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminManagesOperators();
    void otherRolesAreRefused_data();
    void otherRolesAreRefused();
    void adminCannotDisableOrDemoteSelf();
    void weakPasswordAndDuplicatesRefused();

private:
    OperatorSession signedIn(OperatorRole role);
    QList<AuditEntry> audit(const QString &action = {}) const;
    int operatorsSignature() const;

    ConsoleFixture m_console;
};

void TestOperatorAdmin::initTestCase()
{
    QVERIFY2(m_console.start(OperatorRole::Admin, 2, QStringLiteral("operator-admin")),
             qPrintable(m_console.error));
}

OperatorSession TestOperatorAdmin::signedIn(OperatorRole role)
{
    if (!m_console.signIn(role))
        qWarning("sign-in failed: %s", qPrintable(m_console.error));
    return m_console.services().session();
}

QList<AuditEntry> TestOperatorAdmin::audit(const QString &action) const
{
    AuditFilter filter;
    filter.action = action;
    filter.limit = 100000;
    return AuditLog(m_console.store()).entries(filter);
}

void TestOperatorAdmin::adminManagesOperators()
{
    const OperatorSession admin = signedIn(OperatorRole::Admin);
    QCOMPARE(admin.role, OperatorRole::Admin);
    OperatorAdmin service(m_console.store());
    const int before = int(service.list().size());

    StoreResult r = service.create(admin, QStringLiteral("Clerk.Wang"), QStringLiteral("Wang Li"),
                                   OperatorRole::Agent, FirstPassword);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(service.list().size(), before + 1);
    OperatorDirectory directory(m_console.store());
    QVERIFY(directory.signIn(NewLogin, FirstPassword).ok());

    r = service.setRole(admin, NewLogin, OperatorRole::Supervisor);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(directory.find(NewLogin)->role, OperatorRole::Supervisor);

    r = service.resetPassword(admin, NewLogin, SecondPassword);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(!directory.signIn(NewLogin, FirstPassword).ok());
    QVERIFY(directory.signIn(NewLogin, SecondPassword).ok());

    r = service.setDisabled(admin, NewLogin, true);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(directory.find(NewLogin)->disabled);
    QCOMPARE(directory.signIn(NewLogin, SecondPassword).status, SignInResult::Status::Disabled);
    r = service.setDisabled(admin, NewLogin, false);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QVERIFY(directory.signIn(NewLogin, SecondPassword).ok());

    // Unknown operators are refused by the directory, and the refusal passes through.
    r = service.setRole(admin, QStringLiteral("nobody.here"), OperatorRole::Agent);
    QVERIFY(!r.ok);
    QVERIFY(r.errorString.contains(QStringLiteral("nobody.here")));

    const QStringList actions{
        QStringLiteral("operator.created"), QStringLiteral("operator.role_changed"),
        QStringLiteral("operator.password_reset"), QStringLiteral("operator.disabled"),
        QStringLiteral("operator.enabled")};
    for (const QString &action : actions) {
        // The demo operators' own creation is audited too (by the console): only the entries
        // about the new operator count here.
        QList<AuditEntry> entries = audit(action);
        entries.removeIf([](const AuditEntry &e) { return !e.detail.contains(NewLogin); });
        QVERIFY2(entries.size() == 1, qPrintable(action));
        const AuditEntry &e = entries.first();
        QCOMPARE(e.operatorLogin, admin.login);
        const QJsonObject details = QJsonDocument::fromJson(e.detail.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("target")).toString(), NewLogin);
        QVERIFY2(!e.detail.contains(FirstPassword) && !e.detail.contains(SecondPassword),
                 qPrintable(action));
        QVERIFY(!e.detail.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }
    const QJsonObject changed =
        QJsonDocument::fromJson(
            audit(QStringLiteral("operator.role_changed")).first().detail.toUtf8())
            .object();
    QCOMPARE(changed.value(QStringLiteral("from")).toString(), QStringLiteral("agent"));
    QCOMPARE(changed.value(QStringLiteral("to")).toString(), QStringLiteral("supervisor"));
    QVERIFY(AuditLog(m_console.store()).verify().ok);
}

void TestOperatorAdmin::otherRolesAreRefused_data()
{
    QTest::addColumn<int>("roleValue");
    QTest::newRow("agent") << int(OperatorRole::Agent);
    QTest::newRow("finance") << int(OperatorRole::Finance);
    QTest::newRow("supervisor") << int(OperatorRole::Supervisor);
}

int TestOperatorAdmin::operatorsSignature() const
{
    // Changes of any account field show up here.
    int sum = 0;
    for (const OperatorAccount &a : OperatorAdmin(m_console.store()).list())
        sum += int(qHash(a.login + a.displayName + operatorRoleCode(a.role)) % 100000) +
               (a.disabled ? 7 : 0);
    return sum;
}

void TestOperatorAdmin::otherRolesAreRefused()
{
    QFETCH(int, roleValue);
    const OperatorRole role = OperatorRole(roleValue);
    const OperatorSession who = signedIn(role);
    QCOMPARE(who.role, role);
    OperatorAdmin service(m_console.store());
    const QString target = OperatorDirectory::demoLogin(OperatorRole::Agent);
    const QString expected = Permissions::deniedReason(role, Capability::ManageOperators);
    QVERIFY(!expected.isEmpty());

    const int operators = operatorsSignature();
    const int count = int(service.list().size());
    const int audited = int(audit().size());
    const QList<StoreResult> results{
        service.create(who, QStringLiteral("sneaky"), QStringLiteral("Sneaky"), OperatorRole::Admin,
                       FirstPassword),
        service.setRole(who, target, OperatorRole::Admin),
        service.setRole(who, who.login, OperatorRole::Admin),
        service.setDisabled(who, target, true),
        service.resetPassword(who, target, SecondPassword),
    };
    for (const StoreResult &r : results) {
        QVERIFY(!r.ok);
        QCOMPARE(r.errorString, expected);
    }
    QCOMPARE(int(service.list().size()), count);
    QCOMPARE(operatorsSignature(), operators);
    QCOMPARE(int(audit().size()), audited);
    QVERIFY(!OperatorDirectory(m_console.store()).find(QStringLiteral("sneaky")));
    QVERIFY(OperatorDirectory(m_console.store())
                .signIn(target, OperatorDirectory::demoPassword(OperatorRole::Agent))
                .ok());

    // Nobody signed in: refused too.
    QVERIFY(!service.setDisabled(OperatorSession{}, target, true).ok);
}

void TestOperatorAdmin::adminCannotDisableOrDemoteSelf()
{
    const OperatorSession admin = signedIn(OperatorRole::Admin);
    OperatorAdmin service(m_console.store());
    const int audited = int(audit().size());
    for (OperatorRole role :
         {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor}) {
        const StoreResult r = service.setRole(admin, admin.login.toUpper(), role);
        QVERIFY(!r.ok);
        QVERIFY(!r.errorString.isEmpty());
    }
    QVERIFY(!service.setDisabled(admin, admin.login, true).ok);
    const auto self = OperatorDirectory(m_console.store()).find(admin.login);
    QVERIFY(self);
    QCOMPARE(self->role, OperatorRole::Admin);
    QVERIFY(!self->disabled);
    QCOMPARE(int(audit().size()), audited);
    // Keeping one's own role is harmless.
    QVERIFY(service.setRole(admin, admin.login, OperatorRole::Admin).ok);
}

void TestOperatorAdmin::weakPasswordAndDuplicatesRefused()
{
    const OperatorSession admin = signedIn(OperatorRole::Admin);
    OperatorAdmin service(m_console.store());
    const int count = int(service.list().size());
    const int audited = int(audit().size());
    const QString weak = QStringLiteral("short");
    const QString problem = OperatorDirectory::passwordProblem(weak);
    QVERIFY(!problem.isEmpty());

    StoreResult r = service.create(admin, QStringLiteral("weak.one"), QStringLiteral("Weak"),
                                   OperatorRole::Agent, weak);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorString, problem);
    r = service.resetPassword(admin, OperatorDirectory::demoLogin(OperatorRole::Agent), weak);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorString, problem);
    r = service.create(admin, OperatorDirectory::demoLogin(OperatorRole::Finance),
                       QStringLiteral("Again"), OperatorRole::Admin, SecondPassword);
    QVERIFY(!r.ok);
    QCOMPARE(OperatorDirectory(m_console.store())
                 .find(OperatorDirectory::demoLogin(OperatorRole::Finance))
                 ->role,
             OperatorRole::Finance);
    // The console's own signing names are not logins.
    for (const QString &reserved :
         {QStringLiteral("policy"), QStringLiteral("DepositDesk.Resolver")}) {
        r = service.create(admin, reserved, QStringLiteral("Reserved"), OperatorRole::Supervisor,
                           SecondPassword);
        QVERIFY(!r.ok);
        QVERIFY2(r.errorString.contains(reserved), qPrintable(r.errorString));
    }
    QCOMPARE(int(service.list().size()), count);
    QCOMPARE(int(audit().size()), audited);
    QVERIFY(OperatorDirectory(m_console.store())
                .signIn(OperatorDirectory::demoLogin(OperatorRole::Agent),
                        OperatorDirectory::demoPassword(OperatorRole::Agent))
                .ok());
}

QTEST_MAIN(TestOperatorAdmin)
#include "tst_operatoradmin.moc"
