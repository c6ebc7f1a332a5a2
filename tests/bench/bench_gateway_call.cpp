// Cost of one OpenAPI call through GatewayClient (build biz_content, sign, POST over loopback,
// read, verify the response signature, classify) against an in-process loopback gateway,
// next to the cost of one RSA-2048 sign + verify as `openssl speed` measures it in this run.
// Goal: client / openssl ≤ 1.2, i.e. everything but the two RSA operations costs ≤ 20 %.

#include "ClientFixtures.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayRequest.h"
#include "alipay/JsonWriter.h"
#include "alipay/ResponseClassifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>
#include <ctime>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

const QString Method = QStringLiteral("alipay.trade.query");

struct OpensslFigures
{
    double signSeconds = 0;
    double verifySeconds = 0;
    QString version;
};

// `openssl speed -seconds 2 rsa2048`: "rsa 2048 bits 0.000316s 0.000017s 3162.5 58176.9".
std::optional<OpensslFigures> measureOpenssl()
{
    QProcess process;
    process.start(QStringLiteral("openssl"), {QStringLiteral("speed"), QStringLiteral("-seconds"),
                                              QStringLiteral("2"), QStringLiteral("rsa2048")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return std::nullopt;
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QRegularExpression line(QStringLiteral(R"(^rsa\s+2048 bits\s+([0-9.]+)s\s+([0-9.]+)s)"),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(out);
    if (!match.hasMatch())
        return std::nullopt;
    OpensslFigures figures;
    figures.signSeconds = match.captured(1).toDouble();
    figures.verifySeconds = match.captured(2).toDouble();
    QProcess version;
    version.start(QStringLiteral("openssl"), {QStringLiteral("version")});
    version.waitForFinished(10000);
    figures.version = QString::fromLocal8Bit(version.readAllStandardOutput()).trimmed();
    return figures;
}

QByteArray bizContent(int i)
{
    JsonWriter w;
    w.beginObject()
        .string(u"out_trade_no", QStringLiteral("PAY_20240501_%1").arg(i))
        .beginArray(u"query_options")
        .string(u"fund_bill_list")
        .endArray()
        .endObject();
    return w.text();
}

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now); // all threads: Qt's HTTP thread too
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct PerCall
{
    double wall = -1; // seconds per call; -1 if a call did not succeed
    double cpu = -1;
};

// Runs `count` operations one after the other: start(i, done) begins operation i, which calls
// done(ok) when it is over; the next one starts from there.
PerCall measureSequential(int count,
                          const std::function<void(int, std::function<void(bool)>)> &start)
{
    QEventLoop loop;
    int done = 0;
    bool allOk = true;
    std::function<void(bool)> finished;
    finished = [&](bool ok) {
        allOk = allOk && ok;
        if (++done == count)
            loop.quit();
        else
            start(done, finished);
    };
    QElapsedTimer timer;
    const double cpuStart = cpuSeconds();
    timer.start();
    start(0, finished);
    loop.exec();
    PerCall perCall;
    if (allOk) {
        perCall.wall = timer.nsecsElapsed() / 1e9 / count;
        perCall.cpu = (cpuSeconds() - cpuStart) / count;
    }
    return perCall;
}

PerCall measureClient(GatewayClient &client, int count)
{
    QObject context;
    return measureSequential(count, [&](int i, std::function<void(bool)> done) {
        client.call(Method, bizContent(i), &context,
                    [done](const CallResult &result) { done(result.succeeded()); });
    });
}

// The same exchange (a request of the same size, the same answer) through a bare
// QNetworkAccessManager: no signing, no verification. What the network part costs here.
PerCall measureBareHttp(const QUrl &url, const QByteArray &query, int count)
{
    QNetworkAccessManager network;
    QUrl target = url;
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return measureSequential(count, [&](int i, std::function<void(bool)> done) {
        QNetworkRequest request(target);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
        QNetworkReply *reply = network.post(request, "biz_content=" + bizContent(i));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            reply->deleteLater();
            done(reply->error() == QNetworkReply::NoError && !reply->readAll().isEmpty());
        });
    });
}

// Seconds per run of `work`, by CPU time over `count` runs.
template<typename Work>
double cpuPerRun(int count, Work work)
{
    const double start = cpuSeconds();
    for (int i = 0; i < count; ++i)
        work(i);
    return (cpuSeconds() - start) / count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 3000;

    LoopbackResponder gateway;
    const GatewayAnswers answers;
    // The answer is signed once: the gateway's own signing is not the client's cost.
    const QByteArray answer = answers.signedBody(
        Method,
        GatewayAnswers::node(QStringLiteral("10000"), {},
                             {{QStringLiteral("trade_no"), QStringLiteral("2024T")},
                              {QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS")},
                              {QStringLiteral("total_amount"), QStringLiteral("88.80")}}));
    gateway.setHandler([&answer](const RecordedRequest &) { return CannedReply::answer(answer); });
    GatewayClient client(loopbackConfig(gateway.url(), 15000));

    if (measureClient(client, 100).wall < 0) { // warm-up: connection, caches
        std::fprintf(stderr, "calls failed; is the loopback gateway reachable?\n");
        return 1;
    }
    const auto openssl = measureOpenssl();
    if (!openssl) {
        std::fprintf(stderr, "could not run or parse `openssl speed -seconds 2 rsa2048`\n");
        return 1;
    }
    PerCall best;
    for (int round = 0; round < 3; ++round) {
        gateway.clear();
        const PerCall perCall = measureClient(client, calls);
        if (perCall.wall < 0) {
            std::fprintf(stderr, "calls failed\n");
            return 1;
        }
        if (best.wall < 0 || perCall.wall < best.wall)
            best.wall = perCall.wall;
        if (best.cpu < 0 || perCall.cpu < best.cpu)
            best.cpu = perCall.cpu;
    }
    // The parts without the network, and the network without the rest, for the breakdown.
    PerCall bare;
    for (int round = 0; round < 3; ++round) {
        const PerCall perCall = measureBareHttp(
            gateway.url(), client.signedRequest(Method, bizContent(0))->query(), calls);
        if (bare.wall < 0 || perCall.wall < bare.wall)
            bare.wall = perCall.wall;
        if (bare.cpu < 0 || perCall.cpu < bare.cpu)
            bare.cpu = perCall.cpu;
    }
    const double signing =
        cpuPerRun(calls, [&](int i) { client.signedRequest(Method, bizContent(i)); });
    ResponseClassifier::Expectation expect;
    expect.method = Method;
    expect.alipayKey = client.config().alipayPublicKey;
    int unverified = 0;
    const double verifying = cpuPerRun(calls, [&](int) {
        unverified += ResponseClassifier::fromBody(expect, answer).signatureVerified ? 0 : 1;
    });
    if (unverified > 0) {
        std::fprintf(stderr, "%d answers did not verify\n", unverified);
        return 1;
    }

    const double peer = openssl->signSeconds + openssl->verifySeconds;
    std::printf("GatewayClient call (sign, POST over loopback, verify, classify), best of 3 rounds "
                "of %d sequential calls:\n  wall %.1f us/call, CPU %.1f us/call (whole process: "
                "client, Qt's HTTP thread and the in-process gateway)\n",
                calls, best.wall * 1e6, best.cpu * 1e6);
    std::printf("  of which without network: build+sign %.1f us, verify+classify %.1f us (CPU)\n",
                signing * 1e6, verifying * 1e6);
    std::printf("  the same POST through a bare QNetworkAccessManager (no crypto): wall %.1f us, "
                "CPU %.1f us\n",
                bare.wall * 1e6, bare.cpu * 1e6);
    std::printf("peer: %s, openssl speed -seconds 2 rsa2048: sign %.1f us + verify %.1f us = "
                "%.1f us\n",
                qPrintable(openssl->version), openssl->signSeconds * 1e6,
                openssl->verifySeconds * 1e6, peer * 1e6);
    std::printf("  connections opened to the gateway: %d (keep-alive)\n",
                gateway.connectionsAccepted());
    std::printf("ratio client/openssl: wall %.2f, CPU %.2f (goal <= 1.20): %s\n", best.wall / peer,
                best.cpu / peer, best.wall / peer <= 1.2 ? "met" : "NOT met");
    std::printf("ratio client without network/openssl: %.2f (build, sign, verify, classify)\n",
                (signing + verifying) / peer);
    return 0;
}
