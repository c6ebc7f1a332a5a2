#pragma once

// An AlipayApi wired to a LoopbackResponder with the vectors' keys, a pinned clock, and a way
// to wait for a typed result.

#include "ClientFixtures.h"
#include "ManualClock.h"
#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"

#include <QTest>

#include <memory>
#include <optional>

namespace DepositDesk::Testing {

class ApiHarness
{
public:
    explicit ApiHarness(int timeoutMs = 2000)
        : clock(QDateTime(QDate(2024, 5, 1), QTime(4, 0), Qt::UTC)) // 12:00 in China
    {
        GatewayConfig config = loopbackConfig(gateway.url(), timeoutMs);
        config.notifyUrl = QUrl(QStringLiteral("https://merchant.example.com/alipay/notify"));
        client = std::make_unique<GatewayClient>(config);
        client->setClock(clock);
        api = std::make_unique<AlipayApi>(client.get());
    }

    // Queues a correctly signed answer for `method`.
    void answerNode(const QString &method, const QByteArray &node)
    {
        gateway.enqueue(CannedReply::answer(answers.signedBody(method, node)));
    }
    void answer(const QString &method, const QString &code, const QString &subCode = {},
                const QList<QPair<QString, QString>> &fields = {})
    {
        answerNode(method, GatewayAnswers::node(code, subCode, fields));
    }

    // Runs invoke(context, callback) and waits for the callback.
    template<typename Result, typename Invoke>
    Result await(Invoke invoke)
    {
        std::optional<Result> result;
        QObject context;
        invoke(&context, [&result](const Result &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            qFatal("no result within 10 s");
        return *result;
    }

    // The last request the gateway received.
    const RecordedRequest &last() const { return gateway.requests().last(); }

    LoopbackResponder gateway;
    GatewayAnswers answers;
    ManualClock clock;
    std::unique_ptr<GatewayClient> client;
    std::unique_ptr<AlipayApi> api;
};

} // namespace DepositDesk::Testing
