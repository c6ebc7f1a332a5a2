// Demo mode with its notification intake: a freeze created with the console's notify_url and
// confirmed at the sandbox's /sandbox/user/confirm appears in the order list within 2 seconds,
// by notification alone. Without the intake the demo sends no notify_url.
#include "alipay/AlipayApi.h"
#include "alipay/FormEncoding.h"
#include "alipay/GatewayClient.h"
#include "demo/DemoEnvironment.h"
#include "store/OrderIndex.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;

namespace {

std::optional<OrderRecord> searched(const Store &store, const QString &text)
{
    OrderQuery query;
    query.text = text;
    query.match = OrderQuery::Match::Exact;
    const std::optional<OrderPage> page = OrderIndex(store).search(query);
    if (!page || page->orders.isEmpty())
        return std::nullopt;
    return page->orders.first();
}

} // namespace

class TestDemoIntake : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(5, QStringLiteral("3"), &error), qPrintable(error));
        QVERIFY(demo.summary().notifyUrl.isEmpty());
        QVERIFY(demo.gatewayConfig().notifyUrl.isEmpty());
    }

    void confirmedFreezeReachesTheOrderList()
    {
        DemoEnvironment demo;
        demo.setNotificationIntake(true);
        QString error;
        QVERIFY2(demo.start(10, QStringLiteral("4"), &error), qPrintable(error));
        const QUrl notifyUrl = demo.summary().notifyUrl;
        QCOMPARE(notifyUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(demo.gatewayConfig().notifyUrl, notifyUrl);

        // The merchant's back end creates a QR-code freeze with the demo's notify_url.
        GatewayClient client(demo.gatewayConfig());
        AlipayApi api(&client);
        FreezeRequest request;
        request.outOrderNo = QStringLiteral("DEMO-NOTIFY-1");
        request.outRequestNo = QStringLiteral("DEMO-NOTIFY-1-R");
        request.orderTitle = QStringLiteral("充电宝押金");
        request.amount = Money::fromFen(9900);
        std::optional<VoucherResult> voucher;
        QObject context;
        api.createFreezeVoucher(request, &context,
                                [&voucher](const VoucherResult &r) { voucher = r; });
        QVERIFY(QTest::qWaitFor([&] { return voucher.has_value(); }, 15000));
        QVERIFY2(voucher->call.succeeded(), qPrintable(voucher->call.message));
        QVERIFY(!searched(demo.store(), request.outOrderNo));

        // The customer confirms in "the Alipay app".
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        QUrl confirm = demo.gateway().baseUrl();
        confirm.setPath(QStringLiteral("/sandbox/user/confirm"));
        QNetworkRequest post(confirm);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = network.post(
            post, FormEncoding::encode({{QStringLiteral("app_id"), demo.summary().appId},
                                        {QStringLiteral("out_order_no"), request.outOrderNo}}));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QVERIFY(QTest::qWaitFor(
            [&] { return searched(demo.store(), request.outOrderNo).has_value(); }, 2000));
        QVERIFY(clock.elapsed() < 2000);
        const OrderRecord order = *searched(demo.store(), request.outOrderNo);
        QCOMPARE(order.status, OrderStatus::Authorized);
        QCOMPARE(order.total, Money::fromFen(9900));
        QVERIFY(!order.authNo.isEmpty());
        QVERIFY(searched(demo.store(), order.authNo));
    }
};

QTEST_GUILESS_MAIN(TestDemoIntake)
#include "tst_demointake.moc"
