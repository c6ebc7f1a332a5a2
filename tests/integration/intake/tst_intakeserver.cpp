// End to end over real HTTP on loopback: the sandbox gateway's Notifier posts its notifications
// to a real IntakeServer over a real store (SQLite; PostgreSQL as tst_intakeserver_pg). A freeze
// confirmed at /sandbox/user/confirm becomes an order; a refused first delivery is retried by
// the sandbox and committed once; repeats change nothing.
#include "IntakeFixture.h"

#include "intake/IntakeServer.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

HttpResult send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &verb,
                const QByteArray &body, const QByteArray &type = FormType)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qFatal("no answer from the intake within 15 s");
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

} // namespace

class TestIntakeServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_server = std::make_unique<IntakeServer>(*m_fx.intake);
        QVERIFY2(m_server->listenOn(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(m_server->url().path(), QStringLiteral("/alipay/notify"));
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void confirmedFreezeBecomesAnOrder()
    {
        const Sandbox::FundAuthOrder order = pending(QStringLiteral("E2E-1"), 8000);
        QSignalSpy delivered(&m_fx.sandbox.gateway->notifier(), &Sandbox::Notifier::delivered);
        confirm(order.authNo);
        QVERIFY(delivered.count() > 0 || delivered.wait(10000));

        const auto row = m_fx.indexed(QStringLiteral("E2E-1"));
        QVERIFY(row);
        QCOMPARE(row->authNo, order.authNo);
        QCOMPARE(row->status, OrderStatus::Authorized);
        QCOMPARE(row->total, Money::fromFen(8000));
        QCOMPARE(row->rest, Money::fromFen(8000));
        QCOMPARE(row->payerUserId, payer().userId);
        const Sandbox::Notifier::Delivery d = delivery(order.outOrderNo);
        QVERIFY(d.delivered);
        QCOMPARE(d.attempts, 1);
        QCOMPARE(d.lastReply, QStringLiteral("success"));
    }

    void refusedDeliveryIsRetriedAndCommittedOnce()
    {
        int calls = 0;
        m_fx.intake->setStoreFault([&calls] {
            return ++calls == 1 ? QStringLiteral("the database is restarting") : QString();
        });
        QStringList outcomes;
        connect(m_server.get(), &IntakeServer::notificationHandled, this,
                [&outcomes](const QString &status) { outcomes << status; });
        const Sandbox::FundAuthOrder order = pending(QStringLiteral("E2E-2"), 6000);
        QSignalSpy delivered(&m_fx.sandbox.gateway->notifier(), &Sandbox::Notifier::delivered);
        confirm(order.authNo);
        QVERIFY(delivered.count() > 0 || delivered.wait(10000));
        m_fx.intake->setStoreFault({});
        disconnect(m_server.get(), &IntakeServer::notificationHandled, this, nullptr);

        QCOMPARE(outcomes,
                 (QStringList{QStringLiteral("store_failed"), QStringLiteral("accepted")}));
        const Sandbox::Notifier::Delivery d = delivery(order.outOrderNo);
        QCOMPARE(d.attempts, 2);
        QVERIFY(d.delivered);
        QCOMPARE(m_fx.facts(QStringLiteral("E2E-2")), 1);
        QCOMPARE(m_fx.indexed(QStringLiteral("E2E-2"))->total, Money::fromFen(6000));
    }

    void repeatsChangeNothing()
    {
        const Sandbox::FundAuthOrder order = pending(QStringLiteral("E2E-3"), 5000);
        QSignalSpy delivered(&m_fx.sandbox.gateway->notifier(), &Sandbox::Notifier::delivered);
        confirm(order.authNo);
        QVERIFY(delivered.count() > 0 || delivered.wait(10000));
        const Sandbox::Notifier::Delivery d = delivery(order.outOrderNo);
        const QString before = m_fx.snapshot();

        // The same body twice (same notify_id, as a redelivery carries it).
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = send(m_network, m_server->url(), "POST", d.lastBody);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("success"));
        }
        // The sandbox sending the same facts again.
        delivered.clear();
        m_fx.sandbox.gateway->notifier().send({m_server->url(), d.appId, d.fields});
        QVERIFY(delivered.wait(10000));
        QCOMPARE(m_fx.snapshot(), before);
        QCOMPARE(m_fx.facts(QStringLiteral("E2E-3")), 1);
    }

    void refusalsAreNotSuccess()
    {
        const QString before = m_fx.snapshot();
        HttpResult r = send(m_network, m_server->url(), "POST", "notify_id=1&sign=abc");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body, QByteArray("fail"));
        r = send(m_network, m_server->url(), "POST",
                 QByteArray(NotificationIntake::MaxBodyBytes + 1, 'a'));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.body, QByteArray("fail"));
        r = send(m_network, m_server->url(), "GET", {});
        QCOMPARE(r.status, 405);
        QUrl other = m_server->url();
        other.setPath(QStringLiteral("/elsewhere"));
        r = send(m_network, other, "POST", "a=b");
        QCOMPARE(r.status, 404);
        QCOMPARE(m_fx.snapshot(), before);
    }

private:
    // An order waiting for the user, whose freeze notifies the intake.
    Sandbox::FundAuthOrder pending(const QString &outOrderNo, qint64 fen)
    {
        Sandbox::FreezeRequest r = freezeRequest(outOrderNo, fen);
        r.notifyUrl = m_server->url().toString();
        return m_fx.ledger().createFreeze(r, t0()).order;
    }

    // The user confirms in "the Alipay app": the sandbox's own HTTP control.
    void confirm(const QString &authNo)
    {
        const HttpResult r = m_fx.sandbox.post(
            "/sandbox/user/confirm",
            FormEncoding::encode({{QStringLiteral("auth_no"), authNo},
                                  {QStringLiteral("payer_user_id"), payer().userId},
                                  {QStringLiteral("payer_logon_id"), payer().logonId}}));
        QCOMPARE(r.status, 200);
    }

    Sandbox::Notifier::Delivery delivery(const QString &outOrderNo) const
    {
        for (const Sandbox::Notifier::Delivery &d : m_fx.sandbox.gateway->notifier().deliveries())
            if (valueOf(d.fields, u"out_order_no") == outOrderNo)
                return d;
        return {};
    }

    IntakeFixture m_fx{0.0001};
    std::unique_ptr<IntakeServer> m_server;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "tst_intakeserver.moc"
