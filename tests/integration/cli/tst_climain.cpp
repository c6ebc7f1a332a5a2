// The depositdesk command line as a process: an operator signs in with a password on a file
// descriptor, looks an order up and releases part of its deposit at the sandbox gateway over
// loopback HTTP, is refused what the console refuses (nothing changes at the sandbox), gets
// exit 3 for a lost answer that `resolve` then settles by query, and verifies the audit chain of
// the SQLite file before and after it is tampered with; runs a bulk file (preview, run, a lost
// answer, a stop by SIGTERM, re-runs that send nothing twice).
#include "../sandbox/SandboxLedgerFixture.h"
#include "GatewayAnswers.h"
#include "VectorFiles.h"

#include "domain/ChinaTime.h"
#include "domain/Environment.h"
#include "sandbox/Gateway.h"
#include "sandbox/GatewayConfig.h"
#include "sandbox/bills/Bills.h"
#include "sandbox/ledger/Ledger.h"
#include "store/IntentJournal.h"
#include "store/OperatorDirectory.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

const QString AgentPassword = QStringLiteral("Agent-Pass-7f3e9c");
const QString FinancePassword = QStringLiteral("Finance-Pass-2b8d4a");
const QString SupervisorPassword = QStringLiteral("Super-Pass-5c1e6f");
const QString RiskPassword = QStringLiteral("Risk-Pass-9a4c2e");

QString program()
{
    return QStringLiteral(DD_BINARY_DIR "/app/console/depositdesk");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + err; }
};

} // namespace

class TestCliMain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_settings;
    std::unique_ptr<Sandbox::Ledger> m_ledger;
    std::unique_ptr<Sandbox::Gateway> m_gateway;
    QString m_authNo;
    QString m_seen;                // everything every run printed
    QProcess *m_process = nullptr; // the run going on
    int m_unfreezeCalls = 0;       // unfreeze requests the sandbox executed
    // The bulk action's orders: BULK-1 .. BULK-11 and what each had frozen at first.
    QMap<QString, Money> m_bulkFrozen;

    // Runs `depositdesk ARGUMENTS` to its end, the password written on its standard input
    // (--password-fd 0) when given; the sandbox answers from this process meanwhile.
    Run run(const QStringList &arguments, const QString &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(program(), arguments);
        m_process = &process;
        const auto running = qScopeGuard([this] { m_process = nullptr; });
        if (!process.waitForStarted(10000))
            qFatal("%s did not start", qPrintable(program()));
        if (!password.isNull())
            process.write((password + u'\n').toUtf8());
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            qFatal("depositdesk %s did not finish", qPrintable(arguments.join(u' ')));
        Run result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
        m_seen += result.all();
        return result;
    }

    // A command of `login` with the common options: settings, keys from files, password on fd 0.
    Run as(const QString &login, const QString &password, const QStringList &command)
    {
        return run(
            command + QStringList{QStringLiteral("--user"), login, QStringLiteral("--password-fd"),
                                  QStringLiteral("0"), QStringLiteral("--settings"), m_settings,
                                  QStringLiteral("--no-keychain"), QStringLiteral("--merchant-key"),
                                  vectorPath(QStringLiteral("keys/merchant_private_pkcs8.pem")),
                                  QStringLiteral("--alipay-public-key"),
                                  vectorPath(QStringLiteral("keys/alipay_public.pem"))},
            password);
    }

    Sandbox::FundAuthOrder sandboxOrder() const
    {
        for (const Sandbox::FundAuthOrder &order : m_ledger->orders())
            if (order.authNo == m_authNo)
                return order;
        qFatal("the sandbox lost order %s", qPrintable(m_authNo));
    }

    std::optional<OrderRecord> deskOrder() const
    {
        Store store(StoreConfig::sqlite(m_database));
        if (!store.open())
            return std::nullopt;
        return OrderIndex(store).find(QStringLiteral("CLI-ORDER-1"));
    }

    // The sandbox's own record of an order: what is left frozen there and its unfreezes.
    Sandbox::FundAuthOrder sandboxOrderOf(const QString &outOrderNo) const
    {
        for (const Sandbox::FundAuthOrder &order : m_ledger->orders())
            if (order.outOrderNo == outOrderNo)
                return order;
        qFatal("the sandbox has no order %s", qPrintable(outOrderNo));
    }
    QList<Sandbox::FundAuthOperation> unfreezesAtAlipay(const QString &outOrderNo) const
    {
        QList<Sandbox::FundAuthOperation> list;
        for (const Sandbox::FundAuthOperation &op :
             m_ledger->operations(sandboxOrderOf(outOrderNo).authNo))
            if (op.type == Sandbox::AuthOperationType::Unfreeze)
                list << op;
        return list;
    }
    // Every bulk order as the sandbox holds it: "order rest unfreezes; ...".
    QString sandboxBulkState() const
    {
        QString state;
        for (auto it = m_bulkFrozen.cbegin(); it != m_bulkFrozen.cend(); ++it)
            state += QStringLiteral("%1 %2 %3; ")
                         .arg(it.key(), sandboxOrderOf(it.key()).restAmount().toYuan())
                         .arg(unfreezesAtAlipay(it.key()).size());
        return state;
    }
    std::optional<OrderRecord> deskOrderOf(const QString &outOrderNo) const
    {
        Store store(StoreConfig::sqlite(m_database));
        if (!store.open())
            return std::nullopt;
        return OrderIndex(store).find(outOrderNo);
    }
    // Every intent the desk ever wrote.
    qint64 intentCount() const
    {
        qint64 count = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(m_database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT COUNT(*) FROM intents")) && query.next())
                    count = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }
    QString writeList(const QString &name, const QStringList &orders) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write("\xEF\xBB\xBFout_order_no,customer\r\n");
        for (const QString &order : orders)
            file.write(order.toUtf8() + ",someone\r\n");
        return file.fileName();
    }
    // The desk looks the orders up at the sandbox (as an operator would) so that it knows them.
    bool lookUp(const QStringList &orders)
    {
        for (const QString &order : orders) {
            const Run r =
                as(QStringLiteral("agent"), AgentPassword, {QStringLiteral("lookup"), order});
            if (r.exitCode != 0) {
                qWarning("lookup %s: %s", qPrintable(order), qPrintable(r.all()));
                return false;
            }
        }
        return true;
    }
    static QJsonObject rowOf(const QJsonObject &document, int index)
    {
        return document.value(u"rows").toArray().at(index).toObject();
    }

    qsizetype unknownIntents() const
    {
        Store store(StoreConfig::sqlite(m_database));
        if (!store.open())
            return -1;
        return IntentJournal(store).unknown().size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Sandbox::GatewayConfig config;
        config.platformKey = loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"));
        config.addApp(appId(), loadPublicKey(QStringLiteral("merchant_public.pem")), payeeId());
        m_ledger = std::make_unique<Sandbox::Ledger>();
        m_gateway = std::make_unique<Sandbox::Gateway>(*m_ledger, config);
        QString error;
        QVERIFY2(m_gateway->listenLoopback(0, &error), qPrintable(error));
        // A deposit of ¥500.00, frozen now.
        const QDateTime now = QDateTime::currentDateTime();
        const Sandbox::FreezeOutcome created =
            m_ledger->createFreeze(freezeRequest(u"CLI-ORDER-1", 50000), now);
        m_authNo = created.order.authNo;
        QVERIFY(!m_authNo.isEmpty());
        QVERIFY(m_ledger->confirmFreeze(m_authNo, Money(), payer(), now).order.restAmount() >
                Money());
        QCOMPARE(sandboxOrder().restAmount(), Money::fromFen(50000));
        // The bulk action's orders, each frozen now.
        const qint64 bulkFen[] = {10000, 20050, 3333, 5000, 8000, 6000,
                                  6000,  6000,  6000, 6000, 6000};
        for (int i = 0; i < 11; ++i) {
            const QString order = QStringLiteral("BULK-ORDER-%1").arg(i + 1);
            const Sandbox::FreezeOutcome freeze =
                m_ledger->createFreeze(freezeRequest(order, bulkFen[i]), now);
            QVERIFY(m_ledger->confirmFreeze(freeze.order.authNo, Money(), payer(), now)
                        .order.restAmount() == Money::fromFen(bulkFen[i]));
            m_bulkFrozen.insert(order, Money::fromFen(bulkFen[i]));
        }
        connect(m_gateway.get(), &Sandbox::Gateway::requestHandled, this,
                [this](const QString &method) {
                    if (method == QLatin1String("alipay.fund.auth.order.unfreeze"))
                        ++m_unfreezeCalls;
                });

        // The desk's SQLite database with its operators, and its settings.
        m_database = m_dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Store store(StoreConfig::sqlite(m_database));
            QVERIFY(store.open());
            OperatorDirectory operators(store);
            QVERIFY(operators.create(QStringLiteral("agent"), QStringLiteral("Agent"),
                                     OperatorRole::Agent, AgentPassword));
            QVERIFY(operators.create(QStringLiteral("finance"), QStringLiteral("Finance"),
                                     OperatorRole::Finance, FinancePassword));
            QVERIFY(operators.create(QStringLiteral("supervisor"), QStringLiteral("Supervisor"),
                                     OperatorRole::Supervisor, SupervisorPassword));
            QVERIFY(operators.create(QStringLiteral("risk"), QStringLiteral("Risk"),
                                     OperatorRole::Risk, RiskPassword));
        }
        m_settings = m_dir.filePath(QStringLiteral("DepositDesk.conf"));
        QSettings settings(m_settings, QSettings::IniFormat);
        settings.setValue(QStringLiteral("gateway/environment"),
                          environmentKey(Environment::LocalUrl));
        settings.setValue(QStringLiteral("gateway/localUrl"), m_gateway->gatewayUrl().toString());
        settings.setValue(QStringLiteral("gateway/appId"), appId());
        settings.setValue(QStringLiteral("gateway/sellerId"), payeeId());
        settings.setValue(QStringLiteral("gateway/timeoutMs"), 3000);
        settings.setValue(QStringLiteral("store/database"), m_database);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    void badUsageExitsTwo()
    {
        Run r = run({QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1")}); // no amount
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Usage: depositdesk unfreeze ORDER AMOUNT")),
                 qPrintable(r.err));
        r = run({QStringLiteral("lookup"), QStringLiteral("CLI-ORDER-1")}); // no --user
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--user")));
        r = run({QStringLiteral("audit"), QStringLiteral("nothing")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a command")), qPrintable(r.err));
        r = run({QStringLiteral("lookup"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("--user"),
                 QStringLiteral("agent"), QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("1.234"),
                QStringLiteral("--reason"), QStringLiteral("test")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1.234")), qPrintable(r.err));
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("-5"),
                QStringLiteral("--reason"), QStringLiteral("test")});
        QCOMPARE(r.exitCode, 2);
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("5.00")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--reason")), qPrintable(r.err));
        QCOMPARE(sandboxOrder().restAmount(), Money::fromFen(50000));
    }

    void helpDescribesEveryCommand()
    {
        Run r = run({QStringLiteral("help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"lookup", "unfreeze", "charge", "refund-request", "cancel",
                                    "sync", "resolve", "audit verify", "bulk"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        r = run({QStringLiteral("unfreeze"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--password-fd")));
        QVERIFY(r.out.contains(QStringLiteral("--reason")));
    }

    void wrongPasswordDoesNothing()
    {
        const Run r =
            as(QStringLiteral("agent"), QStringLiteral("not-the-password"),
               {QStringLiteral("lookup"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("refused"));
        QVERIFY(!r.json().value(u"message").toString().isEmpty());
        QVERIFY(!deskOrder().has_value()); // not looked up
        QVERIFY(!r.all().contains(QStringLiteral("not-the-password")));
    }

    void lookupAddsTheOrder()
    {
        const Run r =
            as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("lookup"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"order").toString(), QStringLiteral("CLI-ORDER-1"));
        QCOMPARE(o.value(u"auth_no").toString(), m_authNo);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(o.value(u"rest").toObject().value(u"fen").toInteger(), 50000);
        QCOMPARE(o.value(u"added").toBool(), true);
        QVERIFY(deskOrder().has_value());
        // In words without --json.
        const Run words =
            as(QStringLiteral("agent"), AgentPassword, {QStringLiteral("lookup"), m_authNo});
        QCOMPARE(words.exitCode, 0);
        QVERIFY2(words.out.contains(QStringLiteral("500.00")), qPrintable(words.out));
    }

    void unfreezeIsDone()
    {
        const Run r = as(QStringLiteral("agent"), AgentPassword,
                         {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"),
                          QStringLiteral("100.00"), QStringLiteral("--reason"),
                          QStringLiteral("returned in good order"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("done"));
        QCOMPARE(o.value(u"action").toString(), QStringLiteral("unfreeze"));
        QCOMPARE(o.value(u"order").toString(), QStringLiteral("CLI-ORDER-1"));
        QCOMPARE(o.value(u"amount_fen").toInteger(), 10000);
        QCOMPARE(o.value(u"amount_yuan").toString(), QStringLiteral("100.00"));
        QVERIFY(!o.value(u"request_no").toString().isEmpty());
        QVERIFY(!o.value(u"message").toString().isEmpty());
        QCOMPARE(sandboxOrder().restAmount(), Money::fromFen(40000));
        QCOMPARE(deskOrder()->rest, Money::fromFen(40000));
    }

    void refusalsChangeNothing()
    {
        const Money before = sandboxOrder().restAmount();
        // More than is left.
        Run r = as(QStringLiteral("agent"), AgentPassword,
                   {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"),
                    QStringLiteral("9999.00"), QStringLiteral("--reason"),
                    QStringLiteral("too much"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("refused"));
        QVERIFY(!r.json().value(u"message").toString().isEmpty());
        QCOMPARE(sandboxOrder().restAmount(), before);
        // Finance moves no money.
        r = as(QStringLiteral("finance"), FinancePassword,
               {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("1.00"),
                QStringLiteral("--reason"), QStringLiteral("not mine"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("refused"));
        // An order the desk does not know.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("unfreeze"), QStringLiteral("NO-SUCH-ORDER"), QStringLiteral("1.00"),
                QStringLiteral("--reason"), QStringLiteral("nobody")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sandboxOrder().restAmount(), before);
        QCOMPARE(deskOrder()->rest, before);
    }

    void lostAnswerIsUnknownThenResolved()
    {
        // The unfreeze is executed, its answer lost (every time: the transport may send the same
        // request again on a fresh connection, which Alipay applies once).
        m_gateway->faults().add({Sandbox::Faults::Kind::ResetAfter,
                                 QStringLiteral("alipay.fund.auth.order.unfreeze"), -1, 0});
        const Run r = as(QStringLiteral("agent"), AgentPassword,
                         {QStringLiteral("unfreeze"), QStringLiteral("CLI-ORDER-1"),
                          QStringLiteral("50.00"), QStringLiteral("--reason"),
                          QStringLiteral("lost answer"), QStringLiteral("--json")});
        m_gateway->faults().clear();
        QVERIFY2(r.exitCode == 3, qPrintable(r.all()));
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("unknown"));
        QCOMPARE(sandboxOrder().restAmount(), Money::fromFen(35000)); // it did happen there
        QCOMPARE(deskOrder()->rest, Money::fromFen(40000));           // not known at the desk
        QCOMPARE(unknownIntents(), 1);

        const Run resolved = as(QStringLiteral("supervisor"), SupervisorPassword,
                                {QStringLiteral("resolve"), QStringLiteral("--json")});
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.all()));
        QCOMPARE(resolved.json().value(u"unknown").toInteger(), 0);
        QCOMPARE(resolved.json().value(u"outcome").toString(), QStringLiteral("done"));
        QCOMPARE(unknownIntents(), 0);
        QCOMPARE(deskOrder()->rest, Money::fromFen(35000));
        QCOMPARE(deskOrder()->unfrozen, Money::fromFen(15000));
    }

    void chargeThenReconcileTheSandboxBill()
    {
        // An agent charges ¥20.00 (within the agent's limit); the desk records it.
        Run r = as(QStringLiteral("agent"), AgentPassword,
                   {QStringLiteral("charge"), QStringLiteral("CLI-ORDER-1"),
                    QStringLiteral("20.00"), QStringLiteral("--reason"),
                    QStringLiteral("scratched case"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("done"));
        QCOMPARE(deskOrder()->paid, Money::fromFen(2000));
        const QString charged = r.json().value(u"request_no").toString();
        QVERIFY(!charged.isEmpty());
        // Over the agent's limit of ¥500.00 per charge: refused, nothing sent.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("charge"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("500.01"),
                QStringLiteral("--reason"), QStringLiteral("too much"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("refused"));
        QCOMPARE(sandboxOrder().totalPayAmount(), Money::fromFen(2000));
        // A refund of part of it is asked for: recorded for approval, or done by the desk policy.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("refund-request"), QStringLiteral("CLI-ORDER-1"), charged,
                QStringLiteral("5.00"), QStringLiteral("--reason"),
                QStringLiteral("partly our fault"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(QStringList({QStringLiteral("recorded"), QStringLiteral("done")})
                     .contains(r.json().value(u"outcome").toString()),
                 qPrintable(r.out));
        // Refreshed from Alipay: the order as Alipay signs it.
        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("sync"), QStringLiteral("CLI-ORDER-1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.json().value(u"order").toString(), QStringLiteral("CLI-ORDER-1"));
        QCOMPARE(r.json().value(u"paid").toObject().value(u"fen").toInteger(), 2000);
        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("sync"), QStringLiteral("NOT-AN-ORDER-9")});
        QCOMPARE(r.exitCode, 1);
        // A charge made outside the console: only the bill knows it.
        const QDateTime now = QDateTime::currentDateTime();
        const Sandbox::PayOutcome outside =
            m_ledger->pay(payRequest(sandboxOrder(), u"OUTSIDE-TRADE-1", 300), now);
        QVERIFY(!outside.trade.tradeNo.isEmpty());

        // Today's trade bill as the sandbox issues it (asked for once the day is over).
        Sandbox::Bills bills(*m_ledger);
        const QString day = ChinaTime::toChina(now).toString(QStringLiteral("yyyy-MM-dd"));
        const QDateTime later = now.addDays(2);
        const auto url =
            bills.downloadUrl(appId(), QStringLiteral("trade"), day, later, m_gateway->baseUrl());
        QVERIFY2(url.subCode.isEmpty(), qPrintable(url.subCode));
        const QUrl address(url.billDownloadUrl);
        const auto archive = bills.download(address.path().section(u'/', -1), {}, later);
        QCOMPARE(archive.httpStatus, 200);
        const QString billPath =
            m_dir.filePath(QUrlQuery(address).queryItemValue(QStringLiteral("downloadFileName")));
        QVERIFY(billPath.endsWith(QStringLiteral(".csv.zip")));
        QFile bill(billPath);
        QVERIFY(bill.open(QIODevice::WriteOnly));
        QCOMPARE(bill.write(archive.body), archive.body.size());
        bill.close();

        // Agents do not reconcile.
        r = as(QStringLiteral("agent"), AgentPassword, {QStringLiteral("reconcile"), billPath});
        QCOMPARE(r.exitCode, 1);

        const QString differences = m_dir.filePath(QStringLiteral("differences.csv"));
        r = as(QStringLiteral("finance"), FinancePassword,
               {QStringLiteral("reconcile"), billPath, QStringLiteral("--export"), differences,
                QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"period").toString(), day);
        QCOMPARE(o.value(u"matched").toInt(), 1);
        QCOMPARE(o.value(u"kinds").toObject().value(u"bill_only").toInt(), 1);
        QCOMPARE(o.value(u"bill").toObject().value(u"trades").toInt(), 2);
        QCOMPARE(o.value(u"ledger").toObject().value(u"trades").toInt(), 1);
        QCOMPARE(o.value(u"bill").toObject().value(u"income_fen").toInteger(), 2300);
        QFile exported(differences);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QStringLiteral("bill_only")), qPrintable(text));
        QVERIFY2(text.contains(outside.trade.tradeNo), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("3.00")), qPrintable(text));
        // In words too.
        r = as(QStringLiteral("finance"), FinancePassword, {QStringLiteral("reconcile"), billPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("1 matched")), qPrintable(r.out));
    }

    void bulkPreviewSendsNothingAndBadUsageChangesNothing()
    {
        QVERIFY(lookUp({QStringLiteral("BULK-ORDER-1"), QStringLiteral("BULK-ORDER-2"),
                        QStringLiteral("BULK-ORDER-3"), QStringLiteral("BULK-ORDER-4"),
                        QStringLiteral("BULK-ORDER-5")}));
        const QString list =
            writeList(QStringLiteral("bulk.csv"),
                      {QStringLiteral("BULK-ORDER-1"), QStringLiteral("BULK-ORDER-2"),
                       QStringLiteral("NO-SUCH-BULK"), QStringLiteral("BULK-ORDER-3"),
                       QStringLiteral("BULK-ORDER-4"), QStringLiteral("BULK-ORDER-5")});
        const int calls = m_unfreezeCalls;
        const qint64 intents = intentCount();
        QVERIFY(intents >= 0);
        const QString sandbox = sandboxBulkState();
        const auto unchanged = [&] {
            return m_unfreezeCalls == calls && intentCount() == intents &&
                   sandboxBulkState() == sandbox &&
                   deskOrderOf(u"BULK-ORDER-1"_qs)->rest == yuan(100);
        };

        // The preview in words: every row, the refused one says why; nothing is sent.
        Run r = as(QStringLiteral("agent"), AgentPassword,
                   {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                    QStringLiteral("unfreeze-rest"), QStringLiteral("--reason"),
                    QStringLiteral("returned")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(
                     u"Row 1, BULK-ORDER-1: Ready; frozen ¥100.00 → ¥0.00; amount ¥100.00"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Row 3, NO-SUCH-BULK: Refused; "_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Preview: 5 will be sent, 1 refused, 0 already handled"_qs),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"Nothing was sent"_qs));
        QVERIFY(r.out.contains(u"Refused rows are never sent"_qs));
        QVERIFY(unchanged());

        // As JSON, with an amount, exported as the dialog exports it.
        const QString exported = m_dir.filePath(QStringLiteral("bulk-preview.csv"));
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                QStringLiteral("unfreeze-amount"), QStringLiteral("--amount"),
                QStringLiteral("12.34"), QStringLiteral("--reason"), QStringLiteral("returned"),
                QStringLiteral("--json"), QStringLiteral("--export"), exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QJsonObject o = r.json();
        QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("preview"));
        QCOMPARE(o.value(u"run").toBool(), false);
        QCOMPARE(o.value(u"bulk_action").toString(), QStringLiteral("unfreeze-amount"));
        QCOMPARE(o.value(u"rows").toArray().size(), 6);
        QCOMPARE(o.value(u"counts").toObject().value(u"ready").toInt(), 5);
        QCOMPARE(o.value(u"counts").toObject().value(u"refused").toInt(), 1);
        QJsonObject row = rowOf(o, 0);
        QCOMPARE(row.value(u"row").toInt(), 1);
        QCOMPARE(row.value(u"out_order_no").toString(), QStringLiteral("BULK-ORDER-1"));
        QCOMPARE(row.value(u"state").toString(), QStringLiteral("ready"));
        QCOMPARE(row.value(u"rest_before").toString(), QStringLiteral("100.00"));
        QCOMPARE(row.value(u"amount").toString(), QStringLiteral("12.34"));
        QCOMPARE(row.value(u"rest_after").toString(), QStringLiteral("87.66"));
        QVERIFY(!row.value(u"request_no").toString().isEmpty());
        row = rowOf(o, 2);
        QCOMPARE(row.value(u"out_order_no").toString(), QStringLiteral("NO-SUCH-BULK"));
        QCOMPARE(row.value(u"state").toString(), QStringLiteral("refused"));
        QVERIFY(!row.value(u"message").toString().isEmpty());
        QVERIFY(row.value(u"rest_after").isNull());
        QCOMPARE(o.value(u"export").toString(), exported);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"Row,Order,Frozen before,Amount,Frozen after,Result,Details,"
                               u"Request number"_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u"NO-SUCH-BULK"_qs) && text.contains(u"12.34"_qs) &&
                     text.contains(rowOf(o, 0).value(u"request_no").toString()),
                 qPrintable(text));
        QVERIFY(unchanged());

        // An amount more than some orders have left: those rows are refused and say why; a
        // preview with refused rows is still a valid preview (exit 0).
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                QStringLiteral("unfreeze-amount"), QStringLiteral("--amount"),
                QStringLiteral("50.00"), QStringLiteral("--reason"), QStringLiteral("returned"),
                QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        o = r.json();
        QCOMPARE(o.value(u"counts").toObject().value(u"ready").toInt(), 4);
        QCOMPARE(o.value(u"counts").toObject().value(u"refused").toInt(), 2);
        row = rowOf(o, 3);
        QCOMPARE(row.value(u"out_order_no").toString(), QStringLiteral("BULK-ORDER-3"));
        QCOMPARE(row.value(u"state").toString(), QStringLiteral("refused"));
        QVERIFY2(row.value(u"message").toString().contains(u"33.33"),
                 qPrintable(row.value(u"message").toString()));
        QCOMPARE(rowOf(o, 4).value(u"rest_after").toString(), QStringLiteral("0.00"));
        // Sesame Credit is told about a charge: none of these orders has one, every row refused.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                QStringLiteral("sesame-complete"), QStringLiteral("--reason"),
                QStringLiteral("returned")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(u"Preview: 0 will be sent, 6 refused"_qs), qPrintable(r.out));
        QVERIFY(unchanged());
        // Refund requests, without an amount (all that is left of each order's latest charge):
        // these orders have no charge, so every row is refused with the single path's reason.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                QStringLiteral("refund-request"), QStringLiteral("--reason"),
                QStringLiteral("returned"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        o = r.json();
        QCOMPARE(o.value(u"counts").toObject().value(u"refused").toInt(), 6);
        QVERIFY2(!rowOf(o, 0).value(u"message").toString().isEmpty(), qPrintable(r.out));
        QVERIFY(unchanged());

        // Bad usage: exit 2, a sentence saying what is wrong, nothing sent or written.
        const QString badExport = m_dir.filePath(QStringLiteral("bulk-bad.pdf"));
        const QList<std::pair<QStringList, QString>> bad = {
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-everything"),
              QStringLiteral("--reason"), QStringLiteral("x")},
             QStringLiteral("is not a bulk action")},
            {{QStringLiteral("--reason"), QStringLiteral("x")}, QStringLiteral("--action")},
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-rest")},
             QStringLiteral("--reason")},
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-amount"),
              QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--yes")},
             QStringLiteral("--amount")},
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-amount"),
              QStringLiteral("--amount"), QStringLiteral("1.234"), QStringLiteral("--reason"),
              QStringLiteral("x"), QStringLiteral("--yes")},
             QStringLiteral("1.234")},
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-rest"),
              QStringLiteral("--amount"), QStringLiteral("5.00"), QStringLiteral("--reason"),
              QStringLiteral("x"), QStringLiteral("--yes")},
             QStringLiteral("--amount")},
            {{QStringLiteral("--action"), QStringLiteral("unfreeze-rest"),
              QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--yes"),
              QStringLiteral("--export"), badExport},
             QStringLiteral(".xlsx")},
            {{QStringLiteral("--action"), QStringLiteral("refund-request"),
              QStringLiteral("--amount"), QStringLiteral("-1"), QStringLiteral("--reason"),
              QStringLiteral("x"), QStringLiteral("--yes")},
             QStringLiteral("-1")},
        };
        for (const auto &[options, says] : bad) {
            r = as(QStringLiteral("agent"), AgentPassword,
                   QStringList{QStringLiteral("bulk"), list} + options);
            QVERIFY2(r.exitCode == 2, qPrintable(options.join(u' ') + u'\n' + r.all()));
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
        }
        const QString missing = m_dir.filePath(QStringLiteral("no-such-list.csv"));
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), missing, QStringLiteral("--action"),
                QStringLiteral("unfreeze-rest"), QStringLiteral("--reason"), QStringLiteral("x"),
                QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        r = run({QStringLiteral("bulk"), QStringLiteral("--action"),
                 QStringLiteral("unfreeze-rest")}); // no FILE
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"Usage: depositdesk bulk FILE"_qs), qPrintable(r.err));
        QVERIFY(!QFile::exists(badExport));
        QVERIFY(unchanged());

        r = run({QStringLiteral("bulk"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--action", "unfreeze-rest", "unfreeze-amount", "sesame-complete", "refund-request",
              "--amount", "--yes", "--export"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void bulkRunSendsEachRowOnce()
    {
        const QString list = m_dir.filePath(QStringLiteral("bulk.csv"));
        const int calls = m_unfreezeCalls;
        const Run r = as(QStringLiteral("agent"), AgentPassword,
                         {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                          QStringLiteral("unfreeze-amount"), QStringLiteral("--amount"),
                          QStringLiteral("12.34"), QStringLiteral("--reason"),
                          QStringLiteral("deposit partly returned"), QStringLiteral("--yes"),
                          QStringLiteral("--json")});
        // One row refused (an order the desk does not know): exit 1; the others are done.
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("refused"));
        QCOMPARE(o.value(u"run").toBool(), true);
        QCOMPARE(o.value(u"cancelled").toBool(), false);
        QCOMPARE(o.value(u"counts").toObject().value(u"done").toInt(), 5);
        QCOMPARE(o.value(u"counts").toObject().value(u"refused").toInt(), 1);
        QCOMPARE(o.value(u"rows").toArray().size(), 6);
        QCOMPARE(rowOf(o, 2).value(u"state").toString(), QStringLiteral("refused"));
        QCOMPARE(m_unfreezeCalls - calls, 5);
        const Money amount = Money::fromFen(1234);
        for (const int i : {0, 1, 3, 4, 5}) {
            const QJsonObject row = rowOf(o, i);
            const QString order = row.value(u"out_order_no").toString();
            const Money before = m_bulkFrozen.value(order);
            QVERIFY2(before.fen() > 0, qPrintable(order));
            QCOMPARE(row.value(u"row").toInt(), i + 1);
            QCOMPARE(row.value(u"state").toString(), QStringLiteral("done"));
            QCOMPARE(row.value(u"amount").toString(), QStringLiteral("12.34"));
            QCOMPARE(row.value(u"rest_before").toString(), before.toYuan());
            QCOMPARE(row.value(u"rest_after").toString(), (before - amount).toYuan());
            // At Alipay: unfrozen once, by the amount, under the row's request number.
            const auto ops = unfreezesAtAlipay(order);
            QCOMPARE(ops.size(), 1);
            QCOMPARE(ops.first().outRequestNo, row.value(u"request_no").toString());
            QCOMPARE(ops.first().amount, amount);
            QCOMPARE(sandboxOrderOf(order).restAmount(), before - amount);
            QCOMPARE(deskOrderOf(order)->rest, before - amount);
        }
    }

    void bulkLostAnswerIsUnknownAndNeverSentTwice()
    {
        const QString list = m_dir.filePath(QStringLiteral("bulk.csv"));
        const QStringList everything = {QStringLiteral("bulk"),     list,
                                        QStringLiteral("--action"), QStringLiteral("unfreeze-rest"),
                                        QStringLiteral("--reason"), QStringLiteral("returned"),
                                        QStringLiteral("--yes")};
        // Once the first unfreeze of the run is executed, the answer to the next one is held
        // past the client's timeout: Alipay does it, the desk does not learn it.
        bool faulted = false;
        const QMetaObject::Connection c = connect(
            m_gateway.get(), &Sandbox::Gateway::requestHandled, this, [&](const QString &method) {
                if (faulted || method != QLatin1String("alipay.fund.auth.order.unfreeze"))
                    return;
                faulted = true;
                m_gateway->faults().add({Sandbox::Faults::Kind::Delay, method, 1, 6000});
            });
        const QString exported = m_dir.filePath(QStringLiteral("bulk-results.xlsx"));
        const int calls = m_unfreezeCalls;
        Run r = as(QStringLiteral("agent"), AgentPassword,
                   everything + QStringList{QStringLiteral("--export"), exported});
        disconnect(c);
        m_gateway->faults().clear();
        QVERIFY(faulted);
        QVERIFY2(r.exitCode == 3, qPrintable(r.all()));
        QCOMPARE(m_unfreezeCalls - calls, 5);
        QVERIFY2(r.out.contains(u"Finished: 4 done, 1 refused, 0 failed, 1 awaiting confirmation, "
                                u"0 cancelled."_qs),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"depositdesk resolve"_qs));
        QString lost;
        for (const QString &line : r.out.split(u'\n'))
            if (line.startsWith(u"Row ") && line.contains(u": Awaiting confirmation"))
                lost = line.section(QStringLiteral(", "), 1).section(u':', 0, 0);
        QVERIFY2(m_bulkFrozen.contains(lost), qPrintable(r.out));
        QFile sheet(exported);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.read(2) == "PK");
        // At Alipay every order is unfrozen to zero, each by one more unfreeze, the lost one too.
        const auto atAlipay = [this] {
            for (int i = 1; i <= 5; ++i) {
                const QString order = QStringLiteral("BULK-ORDER-%1").arg(i);
                if (sandboxOrderOf(order).restAmount() != Money() ||
                    unfreezesAtAlipay(order).size() != 2)
                    return false;
            }
            return true;
        };
        QVERIFY2(atAlipay(), qPrintable(sandboxBulkState()));
        const QString sandbox = sandboxBulkState();

        // The same file again before anything settles the lost one: nothing is sent; the lost
        // row is still awaiting confirmation, or done if the query at sign-in got there first.
        r = as(QStringLiteral("agent"), AgentPassword, everything + QStringList{u"--json"_qs});
        QVERIFY2(r.exitCode == 3 || r.exitCode == 1, qPrintable(r.all()));
        QJsonObject o = r.json();
        for (const QJsonValue &value : o.value(u"rows").toArray()) {
            const QJsonObject row = value.toObject();
            const QString state = row.value(u"state").toString();
            if (row.value(u"out_order_no").toString() == u"NO-SUCH-BULK")
                QCOMPARE(state, QStringLiteral("refused"));
            else if (row.value(u"out_order_no").toString() == lost && state == u"unknown")
                QCOMPARE(r.exitCode, 3);
            else
                QVERIFY2(state == u"done" &&
                             row.value(u"message").toString().contains(u"earlier run"),
                         qPrintable(QString::fromUtf8(QJsonDocument(row).toJson())));
        }
        QCOMPARE(m_unfreezeCalls - calls, 5);
        QCOMPARE(sandboxBulkState(), sandbox);

        // `resolve` settles it by query; then the file finds every row done, and still sends
        // nothing: exit 1 for the refused row only.
        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("resolve"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(unknownIntents(), 0);
        r = as(QStringLiteral("agent"), AgentPassword, everything + QStringList{u"--json"_qs});
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        o = r.json();
        QCOMPARE(o.value(u"counts").toObject().value(u"done").toInt(), 5);
        QCOMPARE(o.value(u"counts").toObject().value(u"refused").toInt(), 1);
        for (const int i : {0, 1, 3, 4, 5}) {
            QVERIFY(rowOf(o, i).value(u"message").toString().contains(u"earlier run"));
            QCOMPARE(rowOf(o, i).value(u"amount").toString(), QStringLiteral("0.00"));
            QCOMPARE(deskOrderOf(rowOf(o, i).value(u"out_order_no").toString())->rest, Money());
        }
        // The earlier batch (the amount) again: done before, nothing sent either.
        r = as(QStringLiteral("agent"), AgentPassword,
               {QStringLiteral("bulk"), list, QStringLiteral("--action"),
                QStringLiteral("unfreeze-amount"), QStringLiteral("--amount"),
                QStringLiteral("12.34"), QStringLiteral("--reason"), QStringLiteral("again"),
                QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        QVERIFY2(r.out.contains(u"Finished: 5 done, 1 refused"_qs), qPrintable(r.out));
        QCOMPARE(m_unfreezeCalls - calls, 5);
        QCOMPARE(sandboxBulkState(), sandbox);
    }

    void bulkStopsOnSigtermAndTheRerunSendsTheRest()
    {
        const QStringList orders = {
            QStringLiteral("BULK-ORDER-6"),  QStringLiteral("BULK-ORDER-7"),
            QStringLiteral("BULK-ORDER-8"),  QStringLiteral("BULK-ORDER-9"),
            QStringLiteral("BULK-ORDER-10"), QStringLiteral("BULK-ORDER-11")};
        QVERIFY(lookUp(orders));
        const QStringList command = {
            QStringLiteral("bulk"),     writeList(QStringLiteral("bulk-stop.csv"), orders),
            QStringLiteral("--action"), QStringLiteral("unfreeze-rest"),
            QStringLiteral("--reason"), QStringLiteral("end of season"),
            QStringLiteral("--yes")};
        // Every unfreeze answers after 1 s (within the client's timeout); SIGTERM as soon as
        // the first is executed, while the run's first calls are out.
        m_gateway->faults().add({Sandbox::Faults::Kind::Delay,
                                 QStringLiteral("alipay.fund.auth.order.unfreeze"), -1, 1000});
        bool stopped = false;
        const QMetaObject::Connection c = connect(
            m_gateway.get(), &Sandbox::Gateway::requestHandled, this, [&](const QString &method) {
                if (stopped || !m_process ||
                    method != QLatin1String("alipay.fund.auth.order.unfreeze"))
                    return;
                stopped = true;
                m_process->terminate();
            });
        const int calls = m_unfreezeCalls;
        Run r = as(QStringLiteral("agent"), AgentPassword, command);
        disconnect(c);
        m_gateway->faults().clear();
        QVERIFY(stopped);
        // The calls out were waited for; the rows not sent yet are cancelled: exit 1.
        QVERIFY2(r.exitCode == 1, qPrintable(r.all()));
        QVERIFY2(r.err.contains(u"Stopping"_qs), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Cancelled: 4 done, 0 refused, 0 failed, 0 awaiting "
                                u"confirmation, 2 cancelled."_qs),
                 qPrintable(r.out));
        QCOMPARE(m_unfreezeCalls - calls, 4);
        int untouched = 0;
        for (const QString &order : orders) {
            const qsizetype unfreezes = unfreezesAtAlipay(order).size();
            QVERIFY(unfreezes <= 1);
            untouched += unfreezes == 0;
            if (unfreezes == 0)
                QVERIFY2(
                    r.out.contains(QStringLiteral(", %1: Cancelled; frozen ¥60.00;").arg(order)),
                    qPrintable(r.out));
            QCOMPARE(sandboxOrderOf(order).restAmount(),
                     unfreezes ? Money() : m_bulkFrozen.value(order));
        }
        QCOMPARE(untouched, 2);

        // The same file again sends the two cancelled rows only.
        r = as(QStringLiteral("agent"), AgentPassword, command + QStringList{u"--json"_qs});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(r.json().value(u"outcome").toString(), QStringLiteral("done"));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"done").toInt(), 6);
        QCOMPARE(m_unfreezeCalls - calls, 6);
        for (const QString &order : orders) {
            QCOMPARE(unfreezesAtAlipay(order).size(), 1);
            QCOMPARE(sandboxOrderOf(order).restAmount(), Money());
        }
    }

    void auditExportWritesTheEntries()
    {
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        // Agents do not read the audit trail.
        Run r = as(QStringLiteral("agent"), AgentPassword,
                   {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--output"), csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(csv));
        // Nor do risk analysts (Capability::ReadAuditLog).
        r = as(QStringLiteral("risk"), RiskPassword,
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--output"), csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(csv));
        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("--output"), csv});
        QCOMPARE(r.exitCode, 2);

        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--output"), csv, QStringLiteral("--order"),
                QStringLiteral("CLI-ORDER-1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 4, qPrintable(text));
        QVERIFY2(lines.takeFirst().endsWith(
                     QStringLiteral("seq,at,operator,action,order,detail,prev_hash,hash")),
                 qPrintable(text));
        QCOMPARE(r.json().value(u"entries").toInteger(), lines.size());
        for (const QString &line : lines)
            QVERIFY2(line.contains(QStringLiteral(",CLI-ORDER-1,")), qPrintable(line));
        QVERIFY(text.contains(QStringLiteral("order.lookup")));
        QVERIFY(text.contains(QStringLiteral("order.unfreeze.requested")));
        QVERIFY(text.contains(QStringLiteral(",agent,")));

        const QString xlsx = m_dir.filePath(QStringLiteral("audit.xlsx"));
        r = as(QStringLiteral("finance"), FinancePassword,
               {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx, QStringLiteral("--from"),
                QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QFile sheet(xlsx);
        QVERIFY(sheet.open(QIODevice::ReadOnly));
        QVERIFY(sheet.read(2) == "PK");
    }

    void auditChainVerifiesUntilTamperedWith()
    {
        Run r = as(QStringLiteral("supervisor"), SupervisorPassword,
                   {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("verifies")), qPrintable(r.out));

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral(
                         "UPDATE audit_log SET detail = '{}' WHERE seq = (SELECT MIN(seq) + 3 "
                         "FROM audit_log)")),
                     qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        r = as(QStringLiteral("supervisor"), SupervisorPassword,
               {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"verified").toBool(), false);
        QVERIFY(r.json().value(u"first_broken_seq").toInteger() > 0);
    }

    void passwordsNeverPrinted()
    {
        QVERIFY(!m_seen.isEmpty());
        for (const QString &password : {AgentPassword, FinancePassword, SupervisorPassword})
            QVERIFY(!m_seen.contains(password));
        // Nor in any file the runs left: the database (audit log, intents), exports, bills, logs.
        int files = 0;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &password : {AgentPassword, FinancePassword, SupervisorPassword})
                QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 5);
    }
};

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_climain.moc"
