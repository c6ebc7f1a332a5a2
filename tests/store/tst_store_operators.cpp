#include "ManualClock.h"
#include "StoreTestEnv.h"

#include "store/OperatorDirectory.h"
#include "store/PasswordHasher.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

using namespace DepositDesk;

class TestStoreOperators : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;

    QString storedHash(const QString &login)
    {
        StoreQuery q(m_store->database(),
                     u"SELECT password_hash FROM operators WHERE login = :l"_qs);
        q.bind(u"l"_qs, login);
        return q.exec() && q.next() ? q.text(0) : QString();
    }

private slots:
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void firstStartCreatesTheAdministratorOnce()
    {
        OperatorDirectory directory(*m_store, m_clock);
        QCOMPARE(directory.isEmpty(), std::optional<bool>(true));
        QVERIFY(!directory.createFirstAdmin(u"root"_qs, u"Root"_qs, u"short"_qs).ok);
        QCOMPARE(directory.isEmpty(), std::optional<bool>(true));
        QVERIFY(directory.createFirstAdmin(u"Root"_qs, u"Root"_qs, u"correct horse"_qs).ok);
        QCOMPARE(directory.isEmpty(), std::optional<bool>(false));
        const auto root = directory.find(u"ROOT "_qs);
        QVERIFY(root);
        QCOMPARE(root->login, u"root"_qs);
        QCOMPARE(root->role, OperatorRole::Admin);
        QCOMPARE(root->created, m_clock.now());
        const StoreResult again =
            directory.createFirstAdmin(u"other"_qs, u"Other"_qs, u"correct horse"_qs);
        QVERIFY(!again.ok);
        QCOMPARE(directory.list().size(), 1);
    }

    void passwordsAreSaltedSlowHashes()
    {
        OperatorDirectory directory(*m_store, m_clock);
        const QString password = u"same password 1"_qs;
        QVERIFY(directory.create(u"a"_qs, u"A"_qs, OperatorRole::Agent, password).ok);
        QVERIFY(directory.create(u"b"_qs, u"B"_qs, OperatorRole::Agent, password).ok);
        const QString a = storedHash(u"a"_qs);
        const QString b = storedHash(u"b"_qs);
        QVERIFY(a.startsWith(u"scrypt$15$8$1$"_qs));
        QVERIFY(!a.contains(password));
        QVERIFY(!a.contains(QString::fromLatin1(password.toUtf8().toBase64())));
        QVERIFY(a != b); // per-user salt
        QVERIFY(PasswordHasher::verify(password, a));
        QVERIFY(!PasswordHasher::verify(u"same password 2"_qs, a));
        QVERIFY(!PasswordHasher::verify(password, u"scrypt$15$8$1$bad$bad"_qs));
        QVERIFY(!directory.create(u"A"_qs, u"A again"_qs, OperatorRole::Admin, password).ok);
    }

    void signInAndSameAnswerForUnknownLogin()
    {
        OperatorDirectory directory(*m_store, m_clock);
        QVERIFY(
            directory.create(u"agent"_qs, u"Li Lei"_qs, OperatorRole::Agent, u"agent pass"_qs).ok);
        const SignInResult ok = directory.signIn(u"Agent"_qs, u"agent pass"_qs);
        QVERIFY2(ok.ok(), qPrintable(ok.message));
        QCOMPARE(ok.account.displayName, u"Li Lei"_qs);
        QCOMPARE(ok.account.lastSignIn, m_clock.now());
        const SignInResult wrong = directory.signIn(u"agent"_qs, u"agent pasS"_qs);
        const SignInResult unknown = directory.signIn(u"nobody"_qs, u"agent pass"_qs);
        QCOMPARE(wrong.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(unknown.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(wrong.message, unknown.message);
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        OperatorDirectory directory(*m_store, m_clock);
        QVERIFY(
            directory.create(u"fin"_qs, u"Han Meimei"_qs, OperatorRole::Finance, u"finance pass"_qs)
                .ok);
        for (int i = 1; i < OperatorDirectory::MaxFailures; ++i) {
            QCOMPARE(directory.signIn(u"fin"_qs, u"guess"_qs).status,
                     SignInResult::Status::WrongCredentials);
            m_clock.advance(std::chrono::seconds(10));
        }
        QCOMPARE(directory.find(u"fin"_qs)->failedAttempts, 4);
        const SignInResult fifth = directory.signIn(u"fin"_qs, u"guess"_qs);
        QCOMPARE(fifth.status, SignInResult::Status::LockedOut);
        const QDateTime until = m_clock.now().addSecs(15 * 60);
        QCOMPARE(fifth.lockedUntil, until);
        // Locked: even the right password is refused.
        m_clock.advance(std::chrono::seconds(15 * 60 - 1));
        const SignInResult early = directory.signIn(u"fin"_qs, u"finance pass"_qs);
        QCOMPARE(early.status, SignInResult::Status::LockedOut);
        QCOMPARE(early.lockedUntil, until);
        m_clock.advance(std::chrono::seconds(1));
        QVERIFY(directory.signIn(u"fin"_qs, u"finance pass"_qs).ok());
        QCOMPARE(directory.find(u"fin"_qs)->failedAttempts, 0);
        // A success resets the count: four more failures do not lock.
        for (int i = 1; i < OperatorDirectory::MaxFailures; ++i)
            QCOMPARE(directory.signIn(u"fin"_qs, u"guess"_qs).status,
                     SignInResult::Status::WrongCredentials);
        QVERIFY(directory.signIn(u"fin"_qs, u"finance pass"_qs).ok());
    }

    void disabledAccountsCannotSignInAndStay()
    {
        OperatorDirectory directory(*m_store, m_clock);
        QVERIFY(
            directory.create(u"sup"_qs, u"Sup"_qs, OperatorRole::Supervisor, u"super pass"_qs).ok);
        QVERIFY(directory.setDisabled(u"sup"_qs, true).ok);
        QCOMPARE(directory.signIn(u"sup"_qs, u"super pass"_qs).status,
                 SignInResult::Status::Disabled);
        // A wrong password does not reveal that the account is disabled.
        QCOMPARE(directory.signIn(u"sup"_qs, u"nope nope"_qs).status,
                 SignInResult::Status::WrongCredentials);
        QCOMPARE(directory.list().size(), 1);
        QVERIFY(directory.find(u"sup"_qs)->disabled);
        QVERIFY(directory.setDisabled(u"sup"_qs, false).ok);
        QVERIFY(directory.signIn(u"sup"_qs, u"super pass"_qs).ok());
        QVERIFY(!directory.setDisabled(u"ghost"_qs, true).ok);
        QVERIFY(directory.changePassword(u"sup"_qs, u"new super pass"_qs).ok);
        QVERIFY(!directory.signIn(u"sup"_qs, u"super pass"_qs).ok());
        QVERIFY(directory.signIn(u"sup"_qs, u"new super pass"_qs).ok());
        QVERIFY(directory.setRole(u"sup"_qs, OperatorRole::Admin).ok);
        QCOMPARE(directory.find(u"sup"_qs)->role, OperatorRole::Admin);
    }

    void demoModeHasOneOperatorPerRole()
    {
        OperatorDirectory directory(*m_store, m_clock);
        QVERIFY(directory.createDemoOperators().ok);
        QVERIFY(directory.createDemoOperators().ok); // twice: nothing new
        QCOMPARE(directory.list().size(), 5);
        for (OperatorRole role :
             {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor,
              OperatorRole::Risk, OperatorRole::Admin}) {
            const SignInResult r = directory.signIn(OperatorDirectory::demoLogin(role),
                                                    OperatorDirectory::demoPassword(role));
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(r.account.role, role);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreOperators)
#include "tst_store_operators.moc"
