// The notification intake under a burst: notifications per second that depositdesk-intake's
// IntakeServer verifies and commits, sent as real HTTP POSTs over loopback by many clients at
// once, on SQLite and on PostgreSQL (goal >= 2,000/s), next to the RSA limit: verifications per
// second of the same signatures with the same key on one thread (the intake verifies on one),
// measured in the same run, and the ratio.
//
// The burst holds freeze notifications of new orders, unfreeze notifications of some of them,
// and Alipay's re-sends (10 %): the same body again, some while the first is still in flight.
// It is 5,000 POSTs by default, so that a default run stays short at today's rate; the burst the
// intake must absorb is 50,000 (--notifications 50000, or DD_INTAKE_NOTIFICATIONS=50000 with
// scripts/bench.sh). Afterwards the bench counts what the database holds: every order once,
// every fact once (revision 1, nothing missing, nothing doubled), the unfrozen amounts moved once.
// Anything else exits non-zero with a message saying what is wrong.
//
//   bench_intake [--notifications N] [--resends PERCENT] [--concurrency N]
//                [--sqlite-only | --pg-only] [--pg "host=… port=… dbname=… …"]
// Without --pg (or $DD_BENCH_PG) a throw-away PostgreSQL server is started with
// tests/store/pg-server.sh and stopped at the end.

#include "BenchPgServer.h"
#include "GatewayAnswers.h"

#include "alipay/FormEncoding.h"
#include "alipay/SignContent.h"
#include "domain/ChinaTime.h"
#include "domain/Money.h"
#include "intake/IntakeServer.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <future>
#include <thread>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

const QString AppId = QStringLiteral("2021000000000001");
const QString SellerId = QStringLiteral("2088000000000001");
constexpr double GoalPerSecond = 2000;
constexpr qint64 UnfreezeFen = 1000; // each unfreeze releases ¥10.00

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString orderNo(int k)
{
    return QStringLiteral("NTF%1").arg(k, 8, 10, QLatin1Char('0'));
}

qint64 freezeFen(int k)
{
    return 10000 + qint64(k % 900) * 100; // ¥100.00 … ¥999.00
}

QString yuan(qint64 fen)
{
    return Money::fromFen(fen).toYuan();
}

// What Alipay sends for a confirmed freeze of order k (unfreeze == false), or for the unfreeze of
// ¥10.00 of it, without the signature.
ParameterList notification(int k, bool unfreeze, const QDateTime &at)
{
    const qint64 total = freezeFen(k);
    const QString no = QString::number(k);
    const QString authNo = QStringLiteral("2024050122001%1").arg(k, 10, 10, QLatin1Char('0'));
    ParameterList p = {
        {QStringLiteral("notify_time"), ChinaTime::format(at)},
        {QStringLiteral("notify_id"), (unfreeze ? u"u"_qs : u"f"_qs) + no + u"_bench"_qs},
        {QStringLiteral("app_id"), AppId},
        {QStringLiteral("auth_app_id"), AppId},
        {QStringLiteral("charset"), QStringLiteral("utf-8")},
        {QStringLiteral("version"), QStringLiteral("1.0")},
        {QStringLiteral("notify_type"),
         unfreeze ? QStringLiteral("fund_auth_unfreeze") : QStringLiteral("fund_auth_freeze")},
        {QStringLiteral("out_order_no"), orderNo(k)},
        {QStringLiteral("auth_no"), authNo},
        {QStringLiteral("operation_id"),
         QStringLiteral("2024050130%1%2").arg(unfreeze ? 2 : 1).arg(k, 10, 10, QLatin1Char('0'))},
        {QStringLiteral("out_request_no"), (unfreeze ? u"UNF-"_qs : u"FRZ-"_qs) + no},
        {QStringLiteral("operation_type"), unfreeze ? u"UNFREEZE"_qs : u"FREEZE"_qs},
        {QStringLiteral("amount"), yuan(unfreeze ? UnfreezeFen : total)},
        {QStringLiteral("status"), QStringLiteral("SUCCESS")},
        {QStringLiteral("gmt_create"), ChinaTime::format(at)},
        {QStringLiteral("gmt_trans"), ChinaTime::format(at)},
        {QStringLiteral("payer_logon_id"),
         QStringLiteral("138****%1").arg(k % 10000, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("payer_user_id"),
         QStringLiteral("2088%1").arg(k, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("payee_user_id"), SellerId},
        {QStringLiteral("total_freeze_amount"), yuan(total)},
        {QStringLiteral("total_unfreeze_amount"), yuan(unfreeze ? UnfreezeFen : 0)},
        {QStringLiteral("total_pay_amount"), yuan(0)},
        {QStringLiteral("rest_amount"), yuan(total - (unfreeze ? UnfreezeFen : 0))},
        {QStringLiteral("credit_amount"), yuan(0)},
        {QStringLiteral("fund_amount"), yuan(unfreeze ? UnfreezeFen : total)},
        {QStringLiteral("trans_currency"), QStringLiteral("CNY")},
    };
    return p;
}

struct Burst
{
    QList<QByteArray> unique; // signed bodies: freezes of orders 1..freezes, then unfreezes
    QList<int> sequence;      // indexes into unique in sending order (re-sends included)
    int freezes = 0;
    int unfreezes = 0;
    double signSeconds = 0;
    int signThreads = 1;
};

Burst makeBurst(int total, int resendPercent)
{
    Burst burst;
    const int resends = total * resendPercent / 100;
    const int unique = total - resends;
    burst.unfreezes = unique / 5;
    burst.freezes = unique - burst.unfreezes;
    const RsaPrivateKey key = loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-600);
    burst.unique.resize(unique);
    // Signing is the sender's cost, not the intake's: spread over every core, timed apart.
    burst.signThreads = std::max(1, QThread::idealThreadCount());
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int t = 0; t < burst.signThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = t; i < unique; i += burst.signThreads) {
                const bool unfreeze = i >= burst.freezes;
                ParameterList p =
                    notification(unfreeze ? i - burst.freezes + 1 : i + 1, unfreeze, at);
                const QByteArray content = SignContent::build(p, SignContent::Kind::Notification);
                p.append({QStringLiteral("sign_type"), QStringLiteral("RSA2")});
                p.append({QStringLiteral("sign"),
                          QString::fromLatin1(key.signSha256(content).toBase64())});
                burst.unique[i] = FormEncoding::encode(p);
            }
        });
    for (std::thread &t : threads)
        t.join();
    burst.signSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Freezes first, each order's unfreeze well after its freeze; every re-send after its
    // original, most of them soon (some still in flight with it), some much later.
    for (int i = 0; i < burst.freezes; ++i)
        burst.sequence.append(i);
    QRandomGenerator random(2024);
    QList<int> unfreezes;
    for (int i = burst.freezes; i < unique; ++i)
        unfreezes.append(i);
    std::shuffle(unfreezes.begin(), unfreezes.end(), random);
    const int firstUnfreeze = std::max<int>(0, burst.freezes - burst.unfreezes);
    for (int j = 0; j < unfreezes.size(); ++j)
        burst.sequence.insert(
            std::min<qsizetype>(burst.sequence.size(), qsizetype(firstUnfreeze) + 2 * j + 1 + 1000),
            unfreezes[j]);
    for (int r = 0; r < resends; ++r) {
        const int original = int(random.bounded(quint32(burst.sequence.size())));
        const int which = burst.sequence[original];
        const int gap = r % 2 == 0 ? int(random.bounded(64)) : int(random.bounded(20000));
        burst.sequence.insert(std::min<qsizetype>(burst.sequence.size(), original + 1 + gap),
                              which);
    }
    return burst;
}

// The RSA limit: verifications per second on one thread of these signatures with this key.
double verifyLimit(const Burst &burst, int samples)
{
    const RsaPublicKey key = loadPublicKey(QStringLiteral("alipay_public.pem"));
    QList<std::pair<QByteArray, QByteArray>> work;
    for (int i = 0; i < samples; ++i) {
        ParameterList p = *FormEncoding::decode(burst.unique[i % burst.unique.size()]);
        const QByteArray sign = QByteArray::fromBase64(p.takeLast().second.toLatin1());
        work.append({SignContent::build(p, SignContent::Kind::Notification), sign});
    }
    QElapsedTimer timer;
    timer.start();
    int bad = 0;
    for (const auto &[content, sign] : std::as_const(work))
        bad += key.verifySha256(content, sign) ? 0 : 1;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (bad > 0)
        print(QStringLiteral("  %1 signatures did not verify").arg(bad));
    return samples / seconds;
}

// depositdesk-intake's server on its own thread with its own event loop and connection.
class ServerThread : public QThread
{
public:
    ServerThread(const Store &store, const GatewayConfig &config)
        : m_store(store)
        , m_config(config)
    {}
    std::future<quint16> port() { return m_port.get_future(); }
    int handled() const { return m_handled; }

protected:
    void run() override
    {
        NotificationIntake intake(m_store, m_config);
        IntakeServer server(intake);
        QString error;
        const bool listening = server.listenOn(QHostAddress::LocalHost, 0, &error);
        if (!listening)
            print(error);
        m_port.set_value(listening ? server.port() : 0);
        if (listening)
            exec();
        m_handled = server.handled();
    }

private:
    const Store &m_store;
    GatewayConfig m_config;
    std::promise<quint16> m_port;
    int m_handled = 0;
};

// Many clients at once, one POST per connection (the intake answers Connection: close), a
// refused notification sent again (as Alipay does) up to 3 times.
class Sender
{
public:
    Sender(const Burst &burst, quint16 port, int concurrency)
        : m_burst(burst)
        , m_port(port)
        , m_concurrency(concurrency)
    {}

    struct Outcome
    {
        int success = 0;
        int refusals = 0; // answers other than 200 `success` (sent again)
        int failed = 0;   // never accepted
        double seconds = 0;
        QStringList examples;
    };

    Outcome run()
    {
        for (int i = 0; i < m_burst.sequence.size(); ++i)
            m_queue.append({m_burst.sequence[i], 0});
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < m_concurrency; ++i)
            next();
        m_loop.exec();
        m_outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
        return m_outcome;
    }

private:
    struct Item
    {
        int body;
        int attempt;
    };

    void next()
    {
        if (m_position >= m_queue.size()) {
            if (m_inFlight == 0)
                m_loop.quit();
            return;
        }
        const Item item = m_queue[m_position++];
        ++m_inFlight;
        auto *socket = new QTcpSocket;
        auto answer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket, item] {
            const QByteArray &body = m_burst.unique[item.body];
            socket->write(
                "POST /alipay/notify HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                "\r\nContent-Type: application/x-www-form-urlencoded;charset=utf-8\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [socket, answer] { answer->append(socket->readAll()); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, answer, item] {
            answer->append(socket->readAll());
            socket->deleteLater();
            finished(item, *answer);
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket,
                         [this, socket, answer, item](QAbstractSocket::SocketError error) {
                             if (error == QAbstractSocket::RemoteHostClosedError)
                                 return; // disconnected() follows
                             socket->disconnect();
                             socket->deleteLater();
                             finished(item, "socket: " + socket->errorString().toUtf8());
                         });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void finished(const Item &item, const QByteArray &answer)
    {
        --m_inFlight;
        const bool ok = answer.startsWith("HTTP/1.1 200 ") && answer.endsWith("\r\n\r\nsuccess");
        if (ok) {
            ++m_outcome.success;
        } else {
            ++m_outcome.refusals;
            if (m_outcome.examples.size() < 5)
                m_outcome.examples.append(QString::fromUtf8(answer.left(120)).simplified());
            if (item.attempt < 3)
                m_queue.append({item.body, item.attempt + 1});
            else
                ++m_outcome.failed;
        }
        next();
    }

    const Burst &m_burst;
    quint16 m_port;
    int m_concurrency;
    QList<Item> m_queue;
    qsizetype m_position = 0;
    int m_inFlight = 0;
    QEventLoop m_loop;
    Outcome m_outcome;
};

qint64 scalar(const Store &store, const QString &sql)
{
    StoreQuery q(store.database(), sql);
    return q.exec() && q.next() ? q.int64(0) : -1;
}

// Counts what the database holds against what the burst said; the problems found.
QStringList check(const Store &store, const Burst &burst)
{
    QStringList problems;
    const qint64 facts = burst.freezes + burst.unfreezes;
    const qint64 orders = scalar(store, QStringLiteral("SELECT COUNT(*) FROM orders"));
    const qint64 rows = scalar(
        store, QStringLiteral("SELECT COUNT(*) FROM ledger_facts WHERE source = 'notification'"));
    const qint64 distinct = scalar(
        store, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT out_order_no, kind, "
                              "fact_key FROM ledger_facts WHERE source = 'notification') d"));
    const qint64 revised =
        scalar(store, QStringLiteral("SELECT COUNT(*) FROM ledger_facts WHERE revision > 1"));
    if (orders != burst.freezes)
        problems << QStringLiteral("orders in the index: %1, expected %2 (%3)")
                        .arg(orders)
                        .arg(burst.freezes)
                        .arg(orders < burst.freezes ? u"MISSING"_qs : u"DOUBLED"_qs);
    if (distinct != facts)
        problems << QStringLiteral("distinct facts recorded: %1, expected %2 (%3 missing)")
                        .arg(distinct)
                        .arg(facts)
                        .arg(facts - distinct);
    if (rows != distinct || revised != 0)
        problems << QStringLiteral("facts recorded twice: %1 extra rows, %2 revisions "
                                   "(a re-send was not recognised: DOUBLED)")
                        .arg(rows - distinct)
                        .arg(revised);
    qint64 expectedTotal = 0;
    for (int k = 1; k <= burst.freezes; ++k)
        expectedTotal += freezeFen(k);
    const qint64 total = scalar(store, QStringLiteral("SELECT SUM(total_fen) FROM orders"));
    const qint64 unfrozen = scalar(store, QStringLiteral("SELECT SUM(unfrozen_fen) FROM orders"));
    if (total != expectedTotal)
        problems << QStringLiteral("sum of deposits %1, expected %2")
                        .arg(yuan(total), yuan(expectedTotal));
    if (unfrozen != burst.unfreezes * UnfreezeFen)
        problems << QStringLiteral("sum unfrozen %1, expected %2 (an unfreeze %3)")
                        .arg(yuan(unfrozen), yuan(burst.unfreezes * UnfreezeFen),
                             unfrozen > burst.unfreezes * UnfreezeFen ? u"applied twice"_qs
                                                                      : u"missing"_qs);
    return problems;
}

bool runOn(const StoreConfig &config, const QString &name, const Burst &burst, int concurrency,
           double limit)
{
    print(QStringLiteral("== %1: %2 POSTs (%3 freezes, %4 unfreezes, %5 re-sends), %6 clients "
                         "at once")
              .arg(name)
              .arg(burst.sequence.size())
              .arg(burst.freezes)
              .arg(burst.unfreezes)
              .arg(burst.sequence.size() - burst.unique.size())
              .arg(concurrency));
    Store store(config);
    if (const StoreResult opened = store.open(); !opened) {
        print(u"  cannot open the database: "_qs + opened.errorString);
        return false;
    }
    GatewayConfig gateway;
    gateway.appId = AppId;
    gateway.alipayPublicKey = loadPublicKey(QStringLiteral("alipay_public.pem"));
    gateway.sellerId = SellerId;
    ServerThread server(store, gateway);
    std::future<quint16> port = server.port();
    server.start();
    const quint16 listening = port.get();
    if (listening == 0)
        return false;
    const Sender::Outcome outcome = Sender(burst, listening, concurrency).run();
    server.quit();
    server.wait();

    const double rate = outcome.success / outcome.seconds;
    print(QStringLiteral("  %1 answered `success` in %2 s: %3 notifications/s verified and "
                         "committed")
              .arg(outcome.success)
              .arg(outcome.seconds, 0, 'f', 2)
              .arg(rate, 0, 'f', 0));
    print(QStringLiteral("  goal >= %1/s: ratio %2 %3")
              .arg(GoalPerSecond, 0, 'f', 0)
              .arg(rate / GoalPerSecond, 0, 'f', 2)
              .arg(rate >= GoalPerSecond ? u"(met)"_qs : u"(MISSED)"_qs));
    print(QStringLiteral("  RSA limit (one thread verifies): %1 verifications/s: intake / limit "
                         "%2")
              .arg(limit, 0, 'f', 0)
              .arg(rate / limit, 0, 'f', 2));
    if (outcome.refusals > 0)
        print(QStringLiteral("  %1 answers were not `success` and were sent again, e.g. %2")
                  .arg(outcome.refusals)
                  .arg(outcome.examples.join(u" | ")));

    QStringList problems = check(store, burst);
    if (outcome.failed > 0)
        problems << QStringLiteral("%1 notifications were never accepted").arg(outcome.failed);
    if (server.handled() < burst.sequence.size())
        problems << QStringLiteral("the server handled %1 of %2 POSTs")
                        .arg(server.handled())
                        .arg(burst.sequence.size());
    if (!problems.isEmpty()) {
        print(u"  EXACTLY-ONCE VIOLATED: "_qs + problems.join(u"; "));
        return false;
    }
    print(QStringLiteral("  exactly once: %1 orders and %2 facts, each recorded once; the %3 "
                         "re-sends changed nothing")
              .arg(burst.freezes)
              .arg(burst.freezes + burst.unfreezes)
              .arg(burst.sequence.size() - burst.unique.size()));
    return true;
}

// One log line per notification is the intake's real work; 50,000 of them are not the bench's
// output. Warnings still show.
void quietIntakeLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtInfoMsg && qstrcmp(context.category, "depositdesk.intake") == 0)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"notifications"_qs, u"POSTs in the burst."_qs, u"n"_qs,
                                         u"5000"_qs);
    const QCommandLineOption resendOption(u"resends"_qs, u"Share of re-sends, percent."_qs,
                                          u"percent"_qs, u"10"_qs);
    const QCommandLineOption concurrencyOption(u"concurrency"_qs, u"Clients at once."_qs, u"n"_qs,
                                               u"32"_qs);
    const QCommandLineOption sqliteOnly(u"sqlite-only"_qs, u"Skip PostgreSQL."_qs);
    const QCommandLineOption pgOnly(u"pg-only"_qs, u"Skip SQLite."_qs);
    const QCommandLineOption pgOption(u"pg"_qs, u"PostgreSQL connection string."_qs,
                                      u"conninfo"_qs);
    parser.addOptions({countOption, resendOption, concurrencyOption, sqliteOnly, pgOnly, pgOption});
    parser.addHelpOption();
    parser.process(app);
    qInstallMessageHandler(quietIntakeLog);
    const int total = std::max(10, parser.value(countOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());

    const Burst burst = makeBurst(total, std::clamp(parser.value(resendOption).toInt(), 0, 90));
    print(QStringLiteral("%1 notifications signed in %2 s on %3 threads (the sender's work, not "
                         "timed below)")
              .arg(burst.unique.size())
              .arg(burst.signSeconds, 0, 'f', 1)
              .arg(burst.signThreads));
    const double limit = verifyLimit(burst, std::min<int>(5000, int(burst.unique.size())));
    print(QStringLiteral("RSA-2048 verify of these signatures with the Alipay test key, one "
                         "thread: %1/s")
              .arg(limit, 0, 'f', 0));
    print(u"(The machine is shared: figures are noisy.)"_qs);

    bool ok = true;
    QTemporaryDir dir;
    if (!parser.isSet(pgOnly))
        ok = runOn(StoreConfig::sqlite(dir.filePath(u"intake.sqlite"_qs)), u"SQLite"_qs, burst,
                   concurrency, limit) &&
             ok;
    if (!parser.isSet(sqliteOnly)) {
        BenchPg::Server pg(parser.isSet(pgOption) ? parser.value(pgOption)
                                                  : qEnvironmentVariable("DD_BENCH_PG"));
        const auto config = StoreConfig::fromConnectionString(pg.connection());
        ok = config && runOn(*config, u"PostgreSQL"_qs, burst, concurrency, limit) && ok;
    }
    if (!ok)
        std::fprintf(stderr, "bench_intake: FAILED (see above)\n");
    return ok ? 0 : 1;
}
