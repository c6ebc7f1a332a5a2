// Unfreeze requests per second the sandbox gateway sustains with our own client (AlipayApi over
// GatewayClient) driving it, many calls in flight, next to the RSA limit measured in the same
// run: each unfreeze costs a client sign, a server verify, a server sign and a client verify
// (RSA-2048, RsaPrivateKey / RsaPublicKey), so no gateway can beat
// cores / (2 sign + 2 verify). Printed as a ratio.
//
//   bench_sandbox_unfreeze [calls=4000] [in-flight=64]

#include "BenchUnfreeze.h"
#include "ClientFixtures.h"
#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/SignContent.h"
#include "domain/ChinaTime.h"
#include "sandbox/Gateway.h"
#include "sandbox/ledger/Ledger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <openssl/opensslv.h>

#include <cstdio>
#include <ctime>
#include <future>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using BenchUnfreeze::cpuSeconds;
using BenchUnfreeze::drive;
using BenchUnfreeze::Run;

namespace {

const QString AppId = QStringLiteral("2021000000000001");
const QString SellerId = QStringLiteral("2088000000000001");
constexpr int Orders = 64;
const Money Deposit = Money::fromFen(90000000LL * 100); // 90,000,000.00 each: never runs out
const Money Step = Money::fromFen(1);                   // each unfreeze releases 0.01

// The sandbox on its own thread (its ledger's SQLite connection and its HTTP server live there),
// seeded with authorized orders, so that client and gateway use separate cores.
class SandboxThread : public QThread
{
public:
    struct Ready
    {
        QUrl gatewayUrl;
        QStringList authNos;
    };
    std::future<Ready> ready() { return m_ready.get_future(); }
    Money totalUnfrozen() const { return m_totalUnfrozen; }
    int unfreezeOperations() const { return m_operations; }

protected:
    void run() override
    {
        Sandbox::Ledger ledger;
        Sandbox::GatewayConfig config;
        config.platformKey = loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"));
        config.addApp(AppId, loadPublicKey(QStringLiteral("merchant_public.pem")), SellerId);
        Ready ready;
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < Orders; ++i) {
            Sandbox::FreezeRequest freeze;
            freeze.appId = AppId;
            freeze.outOrderNo = QStringLiteral("BENCH%1").arg(i);
            freeze.outRequestNo = freeze.outOrderNo + QStringLiteral("_F");
            freeze.orderTitle = QStringLiteral("压测押金");
            freeze.amount = Deposit;
            freeze.productCode = QStringLiteral("PREAUTH_PAY");
            freeze.payeeUserId = SellerId;
            const Sandbox::FreezeOutcome created = ledger.createFreeze(freeze, at);
            const Sandbox::FreezeOutcome confirmed =
                ledger.confirmFreeze(created.order.authNo, Money(), {}, at.addSecs(1));
            if (!confirmed.ok())
                qFatal("seeding refused: %s", qPrintable(confirmed.subCode));
            ready.authNos << created.order.authNo;
        }
        Sandbox::Gateway gateway(ledger, config);
        QString error;
        if (!gateway.listenLoopback(0, &error))
            qFatal("%s", qPrintable(error));
        ready.gatewayUrl = gateway.gatewayUrl();
        m_ready.set_value(ready);
        exec();
        for (const Sandbox::FundAuthOrder &order : ledger.orders(AppId)) {
            m_totalUnfrozen += order.totalUnfreezeAmount();
            for (const Sandbox::FundAuthOperation &operation : ledger.operations(order.authNo))
                m_operations += operation.type == Sandbox::AuthOperationType::Unfreeze;
        }
    }

private:
    std::promise<Ready> m_ready;
    Money m_totalUnfrozen;
    int m_operations = 0;
};

// CPU seconds of one unfreeze's RSA work: client sign + server verify + server sign + client
// verify, over texts of the real sizes, best of three rounds of `count`.
double rsaPerUnfreeze(int count)
{
    const RsaPrivateKey merchant = loadPrivateKey(QStringLiteral("merchant_private_pkcs8.pem"));
    const RsaPublicKey merchantPublic = loadPublicKey(QStringLiteral("merchant_public.pem"));
    const RsaPrivateKey alipay = loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"));
    const RsaPublicKey alipayPublic = loadPublicKey(QStringLiteral("alipay_public.pem"));
    const ParameterList request = {
        {QStringLiteral("app_id"), AppId},
        {QStringLiteral("biz_content"),
         QStringLiteral(R"({"auth_no":"2024050110002001000000000001","out_request_no":"UNF_1",)"
                        R"("amount":"0.01","remark":"押金退还"})")},
        {QStringLiteral("charset"), QStringLiteral("utf-8")},
        {QStringLiteral("method"), QStringLiteral("alipay.fund.auth.order.unfreeze")},
        {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
        {QStringLiteral("timestamp"), ChinaTime::format(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("version"), QStringLiteral("1.0")}};
    const QByteArray requestText = SignContent::build(request, SignContent::Kind::Request);
    const QByteArray answerText = QByteArrayLiteral(
        R"({"code":"10000","msg":"Success","auth_no":"2024050110002001000000000001",)"
        R"("out_order_no":"BENCH1","operation_id":"2024050110005001000000000099",)"
        R"("out_request_no":"UNF_1","amount":"0.01","credit_amount":"0.00",)"
        R"("fund_amount":"0.01","status":"SUCCESS","gmt_trans":"2024-05-01 12:00:00"})");
    double best = -1;
    for (int round = 0; round < 3; ++round) {
        const double start = cpuSeconds();
        bool ok = true;
        for (int i = 0; i < count; ++i) {
            const QByteArray requestSign = merchant.signSha256(requestText);
            ok = ok && merchantPublic.verifySha256(requestText, requestSign);
            const QByteArray answerSign = alipay.signSha256(answerText);
            ok = ok && alipayPublic.verifySha256(answerText, answerSign);
        }
        if (!ok)
            qFatal("an RSA signature did not verify");
        const double perUnfreeze = (cpuSeconds() - start) / count;
        best = best < 0 ? perUnfreeze : std::min(best, perUnfreeze);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 4000;
    const int inFlight = argc > 2 ? QByteArray(argv[2]).toInt() : 64;
    if (calls <= 0 || inFlight <= 0) {
        std::fprintf(stderr, "usage: bench_sandbox_unfreeze [calls>0] [in-flight>0]\n");
        return 2;
    }

    SandboxThread sandbox;
    auto readyFuture = sandbox.ready();
    sandbox.start();
    const SandboxThread::Ready ready = readyFuture.get();

    GatewayConfig config = loopbackConfig(ready.gatewayUrl, 60000); // the vectors' keys
    config.sellerId = SellerId;
    GatewayClient client(config);
    AlipayApi api(&client);

    const Run warmUp = drive(api, ready.authNos, QStringLiteral("WARM"), 200, inFlight, Step);
    if (warmUp.failed > 0) {
        std::fprintf(stderr, "unfreezes failed: %s\n", qPrintable(warmUp.firstFailure));
        return 1;
    }
    const Run run = drive(api, ready.authNos, QStringLiteral("RUN"), calls, inFlight, Step);
    const double rsa = rsaPerUnfreeze(500);

    sandbox.quit();
    sandbox.wait();
    if (run.failed > 0) {
        std::fprintf(stderr, "%d of %d unfreezes failed, first: %s\n", run.failed, calls,
                     qPrintable(run.firstFailure));
        return 1;
    }
    // Every answered unfreeze happened exactly once in the ledger.
    const int expected = warmUp.succeeded + run.succeeded;
    if (sandbox.unfreezeOperations() != expected ||
        sandbox.totalUnfrozen() != Money::fromFen(Step.fen() * expected)) {
        std::fprintf(stderr, "the ledger holds %d unfreezes (%s), expected %d\n",
                     sandbox.unfreezeOperations(), qPrintable(sandbox.totalUnfrozen().toYuan()),
                     expected);
        return 1;
    }

    const int cores = std::max(1, std::min(QThread::idealThreadCount(), 2));
    const double rate = run.succeeded / run.wallSeconds;
    const double limit = cores / rsa;
    std::printf(
        "sandbox unfreeze throughput (AlipayApi -> loopback HTTP -> Sandbox::Gateway on its "
        "own thread -> SQLite ledger):\n  %d unfreezes, %d in flight, %.2f s: %.0f "
        "unfreezes/s; CPU %.0f us per unfreeze (client + Qt HTTP thread + sandbox)\n",
        run.succeeded, inFlight, run.wallSeconds, rate, run.cpuSeconds / run.succeeded * 1e6);
    std::printf("peer: RSA-2048 with RsaPrivateKey/RsaPublicKey (OpenSSL %s), per unfreeze "
                "2 sign + 2 verify = %.0f us CPU;\n  limit on the %d core(s) client and sandbox "
                "share here: %.0f unfreezes/s\n",
                OPENSSL_VERSION_STR, rsa * 1e6, cores, limit);
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadFile.open(QIODevice::ReadOnly) ? loadFile.readLine().trimmed()
                                                               : QByteArrayLiteral("unknown");
    std::printf("ratio sandbox/RSA limit: %.2f by wall time (load average during the run: %s); "
                "by CPU %.2f\n  (RSA's share of the CPU one unfreeze costs: what the wall ratio "
                "would be on otherwise idle cores)\n",
                rate / limit, load.constData(), rsa / (run.cpuSeconds / run.succeeded));
    return 0;
}
