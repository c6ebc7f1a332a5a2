// An operator's access changed behind the console's back, directly in the database: a raised
// role, an account enabled again, an account inserted by hand. Against the real SQLite store of
// the demo environment: sign-in, the unlock of a locked desk and a supervisor's approval sign-in
// refuse such an account with the reason, audit "operator.access_mismatch", and sign nobody in;
// the operators page lists it; an administrator setting the access on the page makes it usable
// again. Changes made through the console are audited in their own transaction with the whole
// access after them.
#include "ConsoleFixture.h"

#include "services/admin/OperatorAdmin.h"
#include "services/refunds/RefundApprovals.h"
#include "services/session/SessionLock.h"
#include "store/AuditLog.h"
#include "store/OperatorAccess.h"
#include "store/OperatorDirectory.h"
#include "store/StoreQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

const QString Password = QStringLiteral("Quiet-harbour-77");

} // namespace

class TestOperatorAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void changesCarryTheWholeAccess();
    void aRoleRaisedInTheDatabaseIsRefused();
    void anAccountEnabledInTheDatabaseIsRefused();
    void anAccountInsertedInTheDatabaseIsRefused();
    void unlockAndApprovalSignInRefuseItToo();
    void aChangeWhoseEntryCannotBeWrittenIsNotMade();

private:
    OperatorSession admin();
    void createClerk(const QString &login, OperatorRole role);
    void tamper(const QString &sql);
    QList<AuditEntry> entries(const QString &action) const;
    QJsonObject lastDetails(const QString &action) const;

    ConsoleFixture m_console;
    int m_clerks = 0;
    QString m_clerk;
};

void TestOperatorAccess::initTestCase()
{
    m_console.startWithoutSession();
    QVERIFY2(m_console.start(OperatorRole::Admin, 2, QStringLiteral("operator-access")),
             qPrintable(m_console.error));
}

void TestOperatorAccess::init()
{
    m_clerk = QStringLiteral("clerk%1").arg(++m_clerks);
}

OperatorSession TestOperatorAccess::admin()
{
    if (!m_console.signIn(OperatorRole::Admin))
        qWarning("admin sign-in failed: %s", qPrintable(m_console.error));
    return m_console.services().session();
}

void TestOperatorAccess::createClerk(const QString &login, OperatorRole role)
{
    const StoreResult created =
        OperatorAdmin(m_console.store()).create(admin(), login, login, role, Password);
    QVERIFY2(created.ok, qPrintable(created.errorString));
    m_console.services().signOut();
}

void TestOperatorAccess::tamper(const QString &sql)
{
    StoreQuery q(m_console.store().database(), sql);
    QVERIFY2(q.exec(), qPrintable(q.errorString()));
}

QList<AuditEntry> TestOperatorAccess::entries(const QString &action) const
{
    AuditFilter filter;
    filter.action = action;
    filter.limit = 100000;
    return AuditLog(m_console.store()).entries(filter);
}

QJsonObject TestOperatorAccess::lastDetails(const QString &action) const
{
    const QList<AuditEntry> list = entries(action);
    if (list.isEmpty())
        return {};
    const AuditEntry &newest =
        *std::max_element(list.cbegin(), list.cend(),
                          [](const AuditEntry &a, const AuditEntry &b) { return a.seq < b.seq; });
    return QJsonDocument::fromJson(newest.detail.toUtf8()).object();
}

void TestOperatorAccess::changesCarryTheWholeAccess()
{
    // The demo operators were made by the console itself, each with its entry.
    const QHash<QString, AuditedAccess> all =
        OperatorAccess(m_console.store()).auditedAccessOfAll();
    for (OperatorRole role : allOperatorRoles()) {
        QVERIFY(all.contains(SignIn::demoLogin(role)));
        QCOMPARE(all.value(SignIn::demoLogin(role)).role, role);
    }

    createClerk(m_clerk, OperatorRole::Agent);
    QJsonObject d = lastDetails(QStringLiteral("operator.created"));
    QCOMPARE(d.value(u"target").toString(), m_clerk);
    QCOMPARE(d.value(u"role").toString(), QStringLiteral("agent"));
    QCOMPARE(d.value(u"disabled").toBool(true), false);

    OperatorAdmin service(m_console.store());
    QVERIFY(service.setDisabled(admin(), m_clerk, true).ok);
    d = lastDetails(QStringLiteral("operator.disabled"));
    QCOMPARE(d.value(u"role").toString(), QStringLiteral("agent"));
    QCOMPARE(d.value(u"disabled").toBool(false), true);
    QVERIFY(service.setRole(admin(), m_clerk, OperatorRole::Finance).ok);
    d = lastDetails(QStringLiteral("operator.role_changed"));
    QCOMPARE(d.value(u"from").toString(), QStringLiteral("agent"));
    QCOMPARE(d.value(u"role").toString(), QStringLiteral("finance"));
    QCOMPARE(d.value(u"disabled").toBool(false), true); // still disabled
    const std::optional<AuditedAccess> audited =
        OperatorAccess(m_console.store()).auditedAccess(m_clerk);
    QVERIFY(audited);
    QCOMPARE(audited->role, OperatorRole::Finance);
    QVERIFY(audited->disabled);
    QVERIFY(service.accessProblems().isEmpty());
    QVERIFY(AuditLog(m_console.store()).verify().ok);
}

void TestOperatorAccess::aRoleRaisedInTheDatabaseIsRefused()
{
    createClerk(m_clerk, OperatorRole::Agent);
    const int mismatchesBefore = int(entries(QStringLiteral("operator.access_mismatch")).size());
    tamper(QStringLiteral("UPDATE operators SET role = 'admin' WHERE login = '%1'").arg(m_clerk));

    const SignIn::Result refused = m_console.services().signIn(m_clerk, Password);
    QCOMPARE(refused.status, SignInResult::Status::AccessChanged);
    QVERIFY2(refused.message.contains(m_clerk), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("outside DepositDesk")),
             qPrintable(refused.message));
    QVERIFY(!m_console.services().session().isValid());
    QCOMPARE(int(entries(QStringLiteral("operator.access_mismatch")).size()), mismatchesBefore + 1);
    const QJsonObject d = lastDetails(QStringLiteral("operator.access_mismatch"));
    QCOMPARE(d.value(u"target").toString(), m_clerk);
    QCOMPARE(d.value(u"role").toString(), QStringLiteral("admin"));
    QCOMPARE(d.value(u"audited").toObject().value(u"role").toString(), QStringLiteral("agent"));

    OperatorAdmin service(m_console.store());
    QVERIFY(service.accessProblems().contains(m_clerk));
    // An administrator who looked at it sets the role on the page: the account works again,
    // with the role the administrator chose.
    QVERIFY(service.setRole(admin(), m_clerk, OperatorRole::Agent).ok);
    m_console.services().signOut();
    QVERIFY(!service.accessProblems().contains(m_clerk));
    const SignIn::Result signedIn = m_console.services().signIn(m_clerk, Password);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
    QCOMPARE(m_console.services().session().role, OperatorRole::Agent);
    m_console.services().signOut();
}

void TestOperatorAccess::anAccountEnabledInTheDatabaseIsRefused()
{
    createClerk(m_clerk, OperatorRole::Supervisor);
    OperatorAdmin service(m_console.store());
    QVERIFY(service.setDisabled(admin(), m_clerk, true).ok);
    m_console.services().signOut();
    QCOMPARE(m_console.services().signIn(m_clerk, Password).status, SignInResult::Status::Disabled);
    tamper(QStringLiteral("UPDATE operators SET disabled = 0 WHERE login = '%1'").arg(m_clerk));

    const SignIn::Result refused = m_console.services().signIn(m_clerk, Password);
    QCOMPARE(refused.status, SignInResult::Status::AccessChanged);
    QVERIFY2(refused.message.contains(QStringLiteral("enabled outside DepositDesk")),
             qPrintable(refused.message));
    QVERIFY(!m_console.services().session().isValid());

    // Disabled directly in the database: refused as disabled, and shown on the page.
    const QString other = m_clerk + QStringLiteral("b");
    createClerk(other, OperatorRole::Agent);
    tamper(QStringLiteral("UPDATE operators SET disabled = 1 WHERE login = '%1'").arg(other));
    QCOMPARE(m_console.services().signIn(other, Password).status, SignInResult::Status::Disabled);
    QVERIFY(service.accessProblems().value(other).contains(QStringLiteral("disabled outside")));
}

void TestOperatorAccess::anAccountInsertedInTheDatabaseIsRefused()
{
    // A copy of a real account's row (its password hash too) under a new login, as someone with
    // write access to the database would add an administrator.
    createClerk(m_clerk, OperatorRole::Agent);
    const QString forged = m_clerk + QStringLiteral("x");
    tamper(QStringLiteral("INSERT INTO operators (login, display_name, role, password_hash, "
                          "created_at, updated_at) SELECT '%1', '%1', 'admin', password_hash, "
                          "created_at, updated_at FROM operators WHERE login = '%2'")
               .arg(forged, m_clerk));
    const SignIn::Result refused = m_console.services().signIn(forged, Password);
    QCOMPARE(refused.status, SignInResult::Status::AccessChanged);
    QVERIFY2(refused.message.contains(QStringLiteral("not in the audit log")),
             qPrintable(refused.message));
    QVERIFY(!m_console.services().session().isValid());
    QVERIFY(OperatorAdmin(m_console.store()).accessProblems().contains(forged));
}

void TestOperatorAccess::unlockAndApprovalSignInRefuseItToo()
{
    createClerk(m_clerk, OperatorRole::Supervisor);
    QVERIFY(m_console.signIn(OperatorRole::Agent));
    SessionLock lock(m_console.services());
    QVERIFY(lock.lock(0));
    tamper(QStringLiteral("UPDATE operators SET role = 'admin' WHERE login = '%1'").arg(m_clerk));

    const SignIn::Result unlocked = lock.unlock(m_clerk, Password);
    QCOMPARE(unlocked.status, SignInResult::Status::AccessChanged);
    QVERIFY(lock.isLocked());
    QCOMPARE(m_console.services().session().login, SignIn::demoLogin(OperatorRole::Agent));
    // The locked operator, whose access is as recorded, opens the desk as before.
    QVERIFY(lock.unlock(SignIn::demoLogin(OperatorRole::Agent),
                        SignIn::demoPassword(OperatorRole::Agent))
                .ok());

    QString message;
    const OperatorSession approver = m_console.services().approvals().signInApprover(
        SignIn::demoLogin(OperatorRole::Agent), m_clerk, Password, &message);
    QVERIFY(!approver.isValid());
    QVERIFY2(message.contains(QStringLiteral("outside DepositDesk")), qPrintable(message));
    QCOMPARE(lastDetails(QStringLiteral("refund.approval_sign_in")).value(u"result").toString(),
             QStringLiteral("access_changed"));
    m_console.services().signOut();
}

void TestOperatorAccess::aChangeWhoseEntryCannotBeWrittenIsNotMade()
{
    createClerk(m_clerk, OperatorRole::Agent);
    // A display name that looks like a secret cannot be audited: the operator is not created.
    const QString secretName = QStringLiteral("password=hunter2hunter2");
    const StoreResult refused = OperatorAdmin(m_console.store())
                                    .create(admin(), m_clerk + QStringLiteral("s"), secretName,
                                            OperatorRole::Agent, Password);
    m_console.services().signOut();
    QVERIFY(!refused.ok);
    QVERIFY(!OperatorDirectory(m_console.store()).find(m_clerk + QStringLiteral("s")));
}

QTEST_GUILESS_MAIN(TestOperatorAccess)
#include "tst_operatoraccess.moc"
