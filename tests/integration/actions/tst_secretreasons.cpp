// Free text that looks like a secret (a PEM private key, "password=hunter2" …) is refused where it
// is typed: the reason of an unfreeze, a charge, a refund request, a cancel or a Sesame report,
// the comment of a refund approval or rejection, the note of a resolved reconciliation
// difference. Refused before anything happens: no request number is made, no lock is left, no
// intent, refund request or audit entry is written, nothing reaches the sandbox, and the message
// says why without repeating the secret. The audit log refuses the same text (one shared test).
#include "ActionsFixture.h"

#include "domain/Clock.h"
#include "sandbox/Gateway.h"
#include "services/actions/OrderActionGuards.h"
#include "services/finance/ReconciliationService.h"
#include "services/orders/ChangeFeed.h"
#include "services/refunds/RefundApprovals.h"
#include "store/OrderLocks.h"

#include <QAtomicInteger>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;

namespace {

// The machine's clock, counting how often it was asked: the request numbers are dated by it, so
// the count says whether a number was made.
class CountingClock : public Clock
{
public:
    QDateTime now() const override
    {
        m_asked.fetchAndAddRelaxed(1);
        return Clock::system().now();
    }
    int asked() const { return m_asked.loadRelaxed(); }

private:
    mutable QAtomicInteger<int> m_asked;
};

const QString PemKey =
    QStringLiteral("-----BEGIN PRIVATE "
                   "KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n"
                   "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu\n"
                   "-----END PRIVATE KEY-----");

// Each: the secret, and a part of it the message must not repeat.
const QList<QPair<QString, QString>> Secrets{
    {PemKey, QStringLiteral("MIIEvQIBADANBg")},
    {QStringLiteral("-----BEGIN RSA PRIVATE KEY-----MIIEowIBAAKCAQEA"),
     QStringLiteral("MIIEowIBAAK")},
    {QStringLiteral("password=hunter2"), QStringLiteral("hunter2")},
    {QStringLiteral("Customer said PASSWORD: hunter2"), QStringLiteral("hunter2")},
    {QStringLiteral("api_key=sk_live_51HxQ"), QStringLiteral("sk_live")},
    {QStringLiteral("支付宝密码：135790"), QStringLiteral("135790")},
};

} // namespace

class TestSecretReasons : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    CountingClock clock;
    RequestNumberGenerator numbers{clock};
    std::unique_ptr<OrderActions> actions;
    std::unique_ptr<ChangeFeed> changes; // not started: this desk's own changes are enough here
    std::unique_ptr<RefundApprovals> approvals;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);
    QString outTradeNo; // a charge of `charged`, for refund requests and Sesame reports
    OrderRecord charged;
    OrderRecord waiting; // INIT, with its freeze request known: a cancel is offered

    // Everything a refused action must leave as it was.
    struct Snapshot
    {
        int numbersMade = 0;
        qint64 auditEntries = 0;
        int intents = 0;
        int refundRequests = 0;
        int requestsSent = 0;
    };
    int m_sent = 0;
    Snapshot snapshot(const QString &outOrderNo) const
    {
        return {clock.asked(), AuditLog(f.store()).verify().entries,
                int(IntentJournal(f.store()).forOrder(outOrderNo).size()),
                int(RefundRequests(f.store()).list().size()), m_sent};
    }

    void checkRefusedBeforeAnything(const ActionOutcome &out, const Snapshot &before,
                                    const QString &outOrderNo, const QString &expected,
                                    const QString &secretPart)
    {
        QTest::qWait(50); // a request sent anyway would be answered by now
        const Snapshot after = snapshot(outOrderNo);
        QCOMPARE(after.requestsSent, before.requestsSent);
        QCOMPARE(after.numbersMade, before.numbersMade);
        QCOMPARE(after.intents, before.intents);
        QCOMPARE(after.refundRequests, before.refundRequests);
        QCOMPARE(after.auditEntries, before.auditEntries);
        // No lock left behind: another desk takes the order at once.
        OrderLocks other(f.store(), u"desk-other"_qs);
        const OrderLockAttempt lock = other.acquire(outOrderNo, u"someone"_qs);
        QVERIFY2(lock.acquired, qPrintable(lock.errorString));
        QVERIFY(other.release(outOrderNo).ok);

        QCOMPARE(out.status, Status::Refused);
        QVERIFY(out.requestNo.isEmpty());
        QCOMPARE(out.intentId, qint64(0));
        // Refused for what it is, in words that do not repeat it.
        QVERIFY2(expected.contains(u"password, key or token"_qs), qPrintable(expected));
        QVERIFY2(out.message.contains(expected), qPrintable(out.message));
        QVERIFY(!out.message.contains(secretPart));
    }

    static QString reasonMessage() { return OrderActionGuards::reasonProblem(u"password=x"_qs); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        actions = std::make_unique<OrderActions>(f.store(), *f.console->api, numbers,
                                                 *f.console->facts, u"desk-secrets"_qs);
        changes = std::make_unique<ChangeFeed>(f.store());
        approvals = std::make_unique<RefundApprovals>(f.store(), *actions, *changes);
        connect(&f.demo->gateway(), &Sandbox::Gateway::requestHandled, this, [this] { ++m_sent; });

        const auto order = f.freshOrder(Money::fromFen(1000), true);
        QVERIFY(order);
        charged = *order;
        const ActionOutcome paid = f.run([&](QObject *c, auto done) {
            actions->charge(agent, {order->outOrderNo, Money::fromFen(400), u"Fee"_qs, u"Late"_qs},
                            c, done);
        });
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        outTradeNo = paid.requestNo;

        // A freeze made now (a cancel is allowed within 24 hours) and refreshed, so the console
        // knows its request number.
        const std::optional<OrderRecord> made = f.waitingFreeze(u"DDSECRET"_qs, &error);
        QVERIFY2(made, qPrintable(error));
        waiting = *made;
        const QString refreshed = f.refreshFreeze(waiting);
        QVERIFY2(refreshed.isEmpty(), qPrintable(refreshed));
    }

    void theMessageSaysWhyWithoutTheSecret()
    {
        QVERIFY2(reasonMessage().contains(u"password, key or token"_qs),
                 qPrintable(reasonMessage()));
        // An ordinary reason, also one with these words in it, is fine.
        for (const QString &fine :
             {u"Returned in good order"_qs, u"Customer forgot the password"_qs,
              u"Passport checked: OK"_qs, u"Bypass: none"_qs})
            QVERIFY2(OrderActionGuards::reasonProblem(fine).isEmpty(), qPrintable(fine));
    }

    // The same text that the services refuse, the audit log refuses: one test for both.
    void theAuditLogRefusesTheSameText()
    {
        for (const auto &[secret, part] : Secrets) {
            QVERIFY(AuditLog::looksLikeSecret(secret));
            const AuditEvent event{agent.login, u"order.unfreeze.requested"_qs, charged.outOrderNo,
                                   QJsonObject{{u"reason"_qs, secret}}};
            QVERIFY2(!AuditLog::secretProblem(event).isEmpty(), qPrintable(part));
        }
        QVERIFY(!AuditLog::looksLikeSecret(u"Returned in good order"_qs));
    }

    void actionsRefuseASecretReason_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("part");
        for (const char *action : {"unfreeze", "charge", "refund request", "cancel", "sesame"})
            for (const auto &[secret, part] : Secrets)
                QTest::addRow("%s: %s", action, qPrintable(part))
                    << QString::fromLatin1(action) << secret << part;
    }
    void actionsRefuseASecretReason()
    {
        QFETCH(QString, action);
        QFETCH(QString, secret);
        QFETCH(QString, part);
        const QString order = action == u"cancel" ? waiting.outOrderNo : charged.outOrderNo;
        const Snapshot before = snapshot(order);
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            if (action == u"unfreeze")
                actions->unfreeze(agent, {order, Money::fromFen(100), secret, true}, c, done);
            else if (action == u"charge")
                actions->charge(agent, {order, Money::fromFen(100), u"Fee"_qs, secret}, c, done);
            else if (action == u"refund request")
                actions->requestRefund(agent, {order, outTradeNo, Money::fromFen(100), secret}, c,
                                       done);
            else if (action == u"cancel")
                actions->cancelFreeze(agent, {order, secret}, c, done);
            else
                actions->reportToSesame(agent, {order, outTradeNo, false, secret}, c, done);
        });
        checkRefusedBeforeAnything(out, before, order, reasonMessage(), part);
    }

    void refundDecisionsRefuseASecretComment()
    {
        const ActionOutcome recorded = f.run([&](QObject *c, auto done) {
            actions->requestRefund(
                agent, {charged.outOrderNo, outTradeNo, Money::fromFen(50), u"Mistake"_qs}, c,
                done);
        });
        QCOMPARE(recorded.status, Status::Recorded);
        const QString expected = RefundApprovals::commentProblem(u"password=x"_qs);
        QVERIFY(expected.contains(u"password, key or token"_qs));
        for (const auto &[secretText, part] : Secrets) {
            // A lambda may not capture a structured binding before C++20: a plain reference.
            const QString &secret = secretText;
            Snapshot before = snapshot(charged.outOrderNo);
            const ActionOutcome approved = f.run([&](QObject *c, auto done) {
                approvals->approve(supervisor, recorded.refundRequestId, secret, c, done);
            });
            checkRefusedBeforeAnything(approved, before, charged.outOrderNo, expected, part);
            before = snapshot(charged.outOrderNo);
            const ActionOutcome rejected =
                approvals->reject(supervisor, recorded.refundRequestId, secret);
            QCOMPARE(rejected.status, Status::Refused);
            QVERIFY2(rejected.message.contains(expected), qPrintable(rejected.message));
            QVERIFY(!rejected.message.contains(part));
            QCOMPARE(snapshot(charged.outOrderNo).auditEntries, before.auditEntries);
            QCOMPARE(RefundRequests(f.store()).find(recorded.refundRequestId)->status,
                     RefundRequestRecord::Status::PendingApproval);
        }
        // Without the secret, the same decision goes through.
        const ActionOutcome rejected =
            approvals->reject(supervisor, recorded.refundRequestId, u"Not our mistake"_qs);
        QVERIFY2(rejected.status == Status::Recorded, qPrintable(rejected.message));
    }

    void aReconciliationNoteIsRefused()
    {
        ReconciliationService reconciliation(f.store());
        const OperatorSession accountant = sessionOf(OperatorRole::Finance);
        QVERIFY(accountant.can(Capability::RunReconciliation));
        const qint64 entries = AuditLog(f.store()).verify().entries;
        for (const auto &[secret, part] : Secrets) {
            // Refused for what it is, before the difference is even looked up.
            const StoreResult r = reconciliation.resolve(accountant, 1, secret);
            QVERIFY(!r.ok);
            QVERIFY2(r.errorString.contains(u"password, key or token"_qs),
                     qPrintable(r.errorString));
            QVERIFY(!r.errorString.contains(part));
        }
        QCOMPARE(AuditLog(f.store()).verify().entries, entries);
    }
};

QTEST_GUILESS_MAIN(TestSecretReasons)
#include "tst_secretreasons.moc"
