// NotificationIntake over a real store (SQLite; PostgreSQL as tst_notificationintake_pg) with
// notifications the sandbox builds and signs: a freeze notification creates the order, unfreeze,
// charge, refund and cancel notifications move it, a repeat changes nothing, and every refusal
// says why, answers something other than `success` and writes nothing.
#include "IntakeFixture.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestNotificationIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void freezeNotificationCreatesTheOrder()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-F1"), 10000, 3000);
        QVERIFY(out.ok());
        QVERIFY(!m_fx.indexed(QStringLiteral("IN-F1")));
        const QString before = m_fx.snapshot();
        const IntakeResult r =
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                              out.order, out.freeze, {}),
                                   QStringLiteral("N-F1")));
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        QCOMPARE(r.answer(), QByteArray("success"));
        QCOMPARE(r.notifyId, QStringLiteral("N-F1"));
        QCOMPARE(r.notifyType, QStringLiteral("fund_auth_freeze"));
        QCOMPARE(r.outOrderNo, QStringLiteral("IN-F1"));
        QVERIFY(!r.changes.isEmpty());
        QVERIFY(m_fx.snapshot() != before);

        const auto row = m_fx.indexed(QStringLiteral("IN-F1"));
        QVERIFY(row);
        QCOMPARE(row->authNo, out.order.authNo);
        QCOMPARE(row->status, OrderStatus::Authorized);
        QCOMPARE(row->total, Money::fromFen(10000));
        QCOMPARE(row->credit, Money::fromFen(3000));
        QCOMPARE(row->fund, Money::fromFen(7000));
        QCOMPARE(row->rest, Money::fromFen(10000));
        QCOMPARE(row->unfrozen, Money());
        QCOMPARE(row->paid, Money());
        QCOMPARE(row->payerUserId, payer().userId);
        QVERIFY(!row->payerLogonId.isEmpty());
        QCOMPARE(row->created, out.freeze.transAt);

        const QList<LedgerEntry> history = Ledger(*m_fx.store).history(QStringLiteral("IN-F1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().type, QStringLiteral("FREEZE"));
        QCOMPARE(history.first().status, QStringLiteral("SUCCESS"));
        QCOMPARE(history.first().amount, Money::fromFen(10000));
        QCOMPARE(history.first().source, factSourceCode(FactSource::Notification));
        // Searchable like any order: by the auth number and the payer.
        OrderQuery query;
        query.text = out.order.authNo;
        query.match = OrderQuery::Match::Exact;
        const auto page = OrderIndex(*m_fx.store).search(query);
        QVERIFY(page && page->orders.size() == 1);
    }

    void theSameNotificationAgainChangesNothing()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-F2"), 5000);
        const Sandbox::Notification n = Sandbox::Notices::fundAuth(
            QStringLiteral("fund_auth_freeze"), out.order, out.freeze, {});
        const QByteArray body = m_fx.body(n, QStringLiteral("N-F2"));
        QVERIFY(m_fx.receive(body).accepted());
        const QString before = m_fx.snapshot();
        const OrderRecord row = *m_fx.indexed(QStringLiteral("IN-F2"));

        // The same bytes (a redelivery Alipay made before our answer reached it) ...
        const IntakeResult again = m_fx.receive(body);
        QVERIFY2(again.accepted(), qPrintable(again.reason));
        QCOMPARE(again.answer(), QByteArray("success"));
        QVERIFY2(again.changes.isEmpty(), qPrintable(again.changes.join(u'|')));
        // ... and a later redelivery: same notify_id, new notify_time, signed again ...
        m_fx.sandbox.clock.advance(std::chrono::seconds(240));
        QVERIFY(m_fx.receive(m_fx.body(n, QStringLiteral("N-F2"))).accepted());
        // ... and the same facts under another notify_id.
        QVERIFY(m_fx.receive(m_fx.body(n, QStringLiteral("N-F2-other"))).accepted());
        QCOMPARE(m_fx.snapshot(), before);
        QCOMPARE(m_fx.facts(QStringLiteral("IN-F2")), 1);
        QCOMPARE(m_fx.indexed(QStringLiteral("IN-F2"))->updated, row.updated);
    }

    void unfreezeNotificationMovesTheAmounts()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-U1"), 10000);
        QVERIFY(
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                              out.order, out.freeze, {}),
                                   QStringLiteral("N-U1F")))
                .accepted());
        const Sandbox::UnfreezeOutcome released =
            m_fx.ledger().unfreeze(unfreezeRequest(out.order, u"IN-U1-1", 3000), t0());
        QVERIFY(released.ok());
        const QByteArray body =
            m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_unfreeze"),
                                                 released.order, released.operation, {}),
                      QStringLiteral("N-U1"));
        const IntakeResult r = m_fx.receive(body);
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        QCOMPARE(r.changes, QStringList{QStringLiteral("Unfrozen ¥30.00")});
        const OrderRecord row = *m_fx.indexed(QStringLiteral("IN-U1"));
        QCOMPARE(row.unfrozen, Money::fromFen(3000));
        QCOMPARE(row.rest, Money::fromFen(7000));
        QCOMPARE(row.rest, released.order.restAmount());
        QCOMPARE(row.status, OrderStatus::Authorized);

        const QString before = m_fx.snapshot();
        QVERIFY(m_fx.receive(body).accepted());
        QCOMPARE(m_fx.snapshot(), before);

        // The rest released: the order is closed.
        const Sandbox::UnfreezeOutcome rest =
            m_fx.ledger().unfreeze(unfreezeRequest(out.order, u"IN-U1-2", 7000), t0());
        QVERIFY(rest.ok());
        QVERIFY(
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_unfreeze"),
                                                              rest.order, rest.operation, {}),
                                   QStringLiteral("N-U2")))
                .accepted());
        const OrderRecord closed = *m_fx.indexed(QStringLiteral("IN-U1"));
        QCOMPARE(closed.unfrozen, Money::fromFen(10000));
        QCOMPARE(closed.rest, Money());
        QCOMPARE(closed.status, OrderStatus::Closed);
    }

    void chargeAndRefundNotificationsMoveTheAmounts()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-T1"), 10000);
        QVERIFY(
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                              out.order, out.freeze, {}),
                                   QStringLiteral("N-T1F")))
                .accepted());
        // The desk's charge: its intent is written before the call, so a notification that
        // comes before the answer still finds the order.
        QVERIFY(m_fx.intend(IntentRecord::Kind::Pay, QStringLiteral("IN-T1"),
                            QStringLiteral("IN-T1-P"), Money::fromFen(2500)));
        const Sandbox::PayOutcome paid =
            m_fx.ledger().pay(payRequest(out.order, u"IN-T1-P", 2500), t0());
        QVERIFY(paid.ok());
        const QByteArray charge = m_fx.body(
            Sandbox::Notices::trade(paid.trade, paid.order, std::nullopt), QStringLiteral("N-T1"));
        const IntakeResult r = m_fx.receive(charge);
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        QCOMPARE(r.outOrderNo, QStringLiteral("IN-T1"));
        OrderRecord row = *m_fx.indexed(QStringLiteral("IN-T1"));
        QCOMPARE(row.paid, Money::fromFen(2500));
        QCOMPARE(row.rest, Money::fromFen(7500));
        const QString afterCharge = m_fx.snapshot();
        QVERIFY(m_fx.receive(charge).accepted());
        QCOMPARE(m_fx.snapshot(), afterCharge);

        QVERIFY(m_fx.intend(IntentRecord::Kind::Refund, QStringLiteral("IN-T1"),
                            QStringLiteral("IN-T1-RF"), Money::fromFen(1000)));
        const Sandbox::RefundOutcome refunded =
            m_fx.ledger().refund(refundRequest(paid.trade, u"IN-T1-RF", 1000), t0());
        QVERIFY(refunded.ok());
        const QByteArray refund =
            m_fx.body(Sandbox::Notices::trade(refunded.trade, paid.order, refunded.refund),
                      QStringLiteral("N-T1-RF"));
        const IntakeResult rr = m_fx.receive(refund);
        QVERIFY2(rr.accepted(), qPrintable(rr.reason));
        row = *m_fx.indexed(QStringLiteral("IN-T1"));
        QCOMPARE(row.refunded, Money::fromFen(1000));
        QCOMPARE(row.paid, Money::fromFen(2500));
        const QString afterRefund = m_fx.snapshot();
        QVERIFY(m_fx.receive(refund).accepted());
        QCOMPARE(m_fx.snapshot(), afterRefund);
    }

    void chargeTheIndexKnowsIsFoundWithoutAnIntent()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-T3"), 10000);
        QVERIFY(
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                              out.order, out.freeze, {}),
                                   QStringLiteral("N-T3F")))
                .accepted());
        const Sandbox::PayOutcome paid =
            m_fx.ledger().pay(payRequest(out.order, u"IN-T3-P", 1500), t0());
        QVERIFY(paid.ok());
        // Another desk's query saw the charge still waiting: the index has its numbers.
        QVERIFY(Ledger(*m_fx.store)
                    .recordTrade({QStringLiteral("IN-T3"), paid.trade.tradeNo,
                                  QStringLiteral("IN-T3-P"), QStringLiteral("WAIT_BUYER_PAY"),
                                  Money::fromFen(1500), QDateTime()},
                                 FactSource::Query));
        QCOMPARE(m_fx.indexed(QStringLiteral("IN-T3"))->paid, Money());
        const IntakeResult r = m_fx.receive(m_fx.body(
            Sandbox::Notices::trade(paid.trade, paid.order, std::nullopt), QStringLiteral("N-T3")));
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        QCOMPARE(r.outOrderNo, QStringLiteral("IN-T3"));
        QCOMPARE(m_fx.indexed(QStringLiteral("IN-T3"))->paid, Money::fromFen(1500));
        QCOMPARE(m_fx.indexed(QStringLiteral("IN-T3"))->rest, Money::fromFen(8500));
    }

    void chargeOfNoKnownOrderIsRefusedForLater()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-T2"), 10000);
        const Sandbox::PayOutcome paid =
            m_fx.ledger().pay(payRequest(out.order, u"IN-T2-P", 1000), t0());
        QVERIFY(paid.ok());
        const QString before = m_fx.snapshot();
        const IntakeResult r = m_fx.receive(m_fx.body(
            Sandbox::Notices::trade(paid.trade, paid.order, std::nullopt), QStringLiteral("N-T2")));
        QCOMPARE(r.status, IntakeResult::Status::UnknownOrder);
        QVERIFY(r.answer() != "success");
        QVERIFY(r.reason.contains(u"IN-T2-P"));
        QCOMPARE(m_fx.snapshot(), before);
    }

    void cancelNotificationClosesTheOrder()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-C1"), 4000);
        QVERIFY(
            m_fx.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                              out.order, out.freeze, {}),
                                   QStringLiteral("N-C1F")))
                .accepted());
        const Sandbox::CancelOutcome cancelled =
            m_fx.ledger().cancel(cancelOf(m_fx.ledger(), out.order), t0());
        QVERIFY(cancelled.ok());
        const IntakeResult r = m_fx.receive(
            m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_operation_cancel"),
                                                 cancelled.order, cancelled.freeze, {}),
                      QStringLiteral("N-C1")));
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        const OrderRecord row = *m_fx.indexed(QStringLiteral("IN-C1"));
        QCOMPARE(row.status, OrderStatus::Closed);
        QCOMPARE(row.rest, Money());
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reasonPart");

        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-X1"), 6000);
        const Sandbox::Notification n = Sandbox::Notices::fundAuth(
            QStringLiteral("fund_auth_freeze"), out.order, out.freeze, {});
        const ParameterList good = m_fx.signedParameters(n, QStringLiteral("N-X1"));
        const QString sign = valueOf(good, u"sign");
        using S = IntakeResult::Status;
        const auto row = [](const char *name, const QByteArray &body, S status, const QString &part,
                            const QByteArray &type = FormType) {
            QTest::newRow(name) << body << type << int(status) << part;
        };

        QString flipped = sign;
        flipped[10] = flipped[10] == u'A' ? u'B' : u'A';
        row("bad signature", FormEncoding::encode(with(good, QStringLiteral("sign"), flipped)),
            S::BadSignature, QStringLiteral("signature"));
        row("tampered amount",
            FormEncoding::encode(with(good, QStringLiteral("amount"), QStringLiteral("6000.00"))),
            S::BadSignature, QStringLiteral("signature"));
        row("tampered order number",
            FormEncoding::encode(with(good, QStringLiteral("out_order_no"), QStringLiteral("X"))),
            S::BadSignature, QStringLiteral("signature"));
        row("no signature", FormEncoding::encode(with(good, QStringLiteral("sign"), QString())),
            S::BadSignature, QStringLiteral("sign"));
        row("signed by another key", FormEncoding::encode([&] {
                ParameterList p = with(good, QStringLiteral("sign"), QString());
                p = with(p, QStringLiteral("sign_type"), QString());
                const QByteArray content = SignContent::build(p, SignContent::Kind::Notification);
                p.append({QStringLiteral("sign_type"), QStringLiteral("RSA2")});
                p.append({QStringLiteral("sign"),
                          QString::fromLatin1(
                              loadPrivateKey(QStringLiteral("merchant_private_pkcs8.pem"))
                                  .signSha256(content)
                                  .toBase64())});
                return p;
            }()),
            S::BadSignature, QStringLiteral("signature"));
        row("unknown app_id",
            FormEncoding::encode(m_fx.signedParameters(n, QStringLiteral("N-X2"), secondAppId())),
            S::UnknownApp, secondAppId());
        row("malformed escape", QByteArray("notify_id=N&amount=%ZZ"), S::Malformed,
            QStringLiteral("form"));
        row("not UTF-8", QByteArray("notify_id=%FF%FE"), S::Malformed, QStringLiteral("form"));
        row("empty body", QByteArray(), S::Malformed, QStringLiteral("form"));
        row("json body", QByteArray("{\"notify_id\":\"N\"}"), S::Malformed,
            QStringLiteral("application/json"), QByteArrayLiteral("application/json"));
        row("gbk charset", FormEncoding::encode(good), S::Malformed, QStringLiteral("gbk"),
            QByteArrayLiteral("application/x-www-form-urlencoded; charset=GBK"));
        row("parameter twice", FormEncoding::encode(good) + "&out_order_no=IN-X1", S::Malformed,
            QStringLiteral("out_order_no"));
        row("oversized body",
            FormEncoding::encode(with(good, QStringLiteral("body"),
                                      QString(NotificationIntake::MaxBodyBytes, u'x'))),
            S::TooLarge, QString::number(NotificationIntake::MaxBodyBytes));

        // Correctly signed, but without what the facts need.
        for (const char *field : {"out_order_no", "auth_no", "amount", "status", "notify_id"}) {
            Sandbox::Notification lacking = n;
            lacking.fields = with(n.fields, QString::fromLatin1(field), QString());
            ParameterList p = m_fx.signedParameters(lacking, QStringLiteral("N-X3"));
            if (qstrcmp(field, "notify_id") == 0) {
                // notify_id is added by the notifier: sign again without it.
                p = with(with(with(p, QStringLiteral("sign"), QString()),
                              QStringLiteral("sign_type"), QString()),
                         QStringLiteral("notify_id"), QString());
                const QByteArray content = SignContent::build(p, SignContent::Kind::Notification);
                p.append(
                    {QStringLiteral("sign"),
                     QString::fromLatin1(loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"))
                                             .signSha256(content)
                                             .toBase64())});
            }
            QTest::newRow(qPrintable(QStringLiteral("missing %1").arg(QLatin1String(field))))
                << FormEncoding::encode(p) << FormType << int(S::Malformed)
                << QString::fromLatin1(field);
        }
        Sandbox::Notification badAmount = n;
        badAmount.fields = with(n.fields, QStringLiteral("amount"), QStringLiteral("60,00"));
        row("amount not an amount",
            FormEncoding::encode(m_fx.signedParameters(badAmount, QStringLiteral("N-X4"))),
            S::Malformed, QStringLiteral("amount"));
        Sandbox::Notification unknownType = n;
        unknownType.fields =
            with(n.fields, QStringLiteral("notify_type"), QStringLiteral("fund_auth_mystery"));
        row("unknown notify_type",
            FormEncoding::encode(m_fx.signedParameters(unknownType, QStringLiteral("N-X5"))),
            S::UnsupportedType, QStringLiteral("fund_auth_mystery"));
        Sandbox::Notification otherPayee = n;
        otherPayee.fields =
            with(n.fields, QStringLiteral("payee_user_id"), QStringLiteral("2088000000000009"));
        row("another merchant's payee",
            FormEncoding::encode(m_fx.signedParameters(otherPayee, QStringLiteral("N-X6"))),
            S::UnknownApp, QStringLiteral("2088000000000009"));
    }

    void refusalsWriteNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(int, status);
        QFETCH(QString, reasonPart);
        const QString before = m_fx.snapshot();
        const IntakeResult r = m_fx.receive(body, type);
        QCOMPARE(IntakeResult::statusCode(r.status),
                 IntakeResult::statusCode(IntakeResult::Status(status)));
        QVERIFY(!r.accepted());
        QCOMPARE(r.answer(), QByteArray("fail"));
        QVERIFY2(r.reason.contains(reasonPart, Qt::CaseInsensitive), qPrintable(r.reason));
        QVERIFY(r.changes.isEmpty());
        QCOMPARE(m_fx.snapshot(), before);
        QVERIFY(!m_fx.indexed(QStringLiteral("IN-X1")));
        // The reason never carries the signature or the body.
        for (const Parameter &p : FormEncoding::decode(body).value_or(ParameterList()))
            if (p.first == u"sign" && p.second.size() > 8)
                QVERIFY(!r.reason.contains(p.second.left(24)));
        QVERIFY(r.reason.size() < 600);
    }

    void storeFailureIsRefusedAndWritesNothing()
    {
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-S1"), 3000);
        const QByteArray body =
            m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"), out.order,
                                                 out.freeze, {}),
                      QStringLiteral("N-S1"));
        const QString before = m_fx.snapshot();
        m_fx.intake->setStoreFault([] { return QStringLiteral("database unavailable"); });
        const IntakeResult r = m_fx.receive(body);
        m_fx.intake->setStoreFault({});
        QCOMPARE(r.status, IntakeResult::Status::StoreFailed);
        QCOMPARE(r.answer(), QByteArray("fail"));
        QCOMPARE(m_fx.snapshot(), before);
        // Alipay's next delivery is recorded once.
        QVERIFY(m_fx.receive(body).accepted());
        QCOMPARE(m_fx.facts(QStringLiteral("IN-S1")), 1);
    }

    void withoutTheAlipayKeyNothingIsAccepted()
    {
        GatewayConfig config = IntakeFixture::config();
        config.alipayPublicKey.reset();
        const NotificationIntake intake(*m_fx.store, config);
        QVERIFY(!intake.canVerify());
        QVERIFY(intake.problem().contains(appId()));
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-K1"), 3000);
        const QString before = m_fx.snapshot();
        const IntakeResult r =
            intake.receive(m_fx.body(Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                                out.order, out.freeze, {}),
                                     QStringLiteral("N-K1")),
                           FormType);
        QCOMPARE(r.status, IntakeResult::Status::NotConfigured);
        QCOMPARE(m_fx.snapshot(), before);
    }

    void certificateModeChecksTheCertificateNamed()
    {
        GatewayConfig config = IntakeFixture::config();
        config.appCertSn = QStringLiteral("a1");
        config.alipayRootCertSn = QStringLiteral("r1");
        config.alipayCertSn = QStringLiteral("c0ffee");
        const NotificationIntake intake(*m_fx.store, config);
        const Sandbox::FreezeOutcome out = m_fx.freeze(QStringLiteral("IN-CM1"), 3000);
        Sandbox::Notification n = Sandbox::Notices::fundAuth(QStringLiteral("fund_auth_freeze"),
                                                             out.order, out.freeze, {});
        Sandbox::Notification renewed = n;
        renewed.fields.append({QStringLiteral("alipay_cert_sn"), QStringLiteral("beef01")});
        const QString before = m_fx.snapshot();
        const IntakeResult refusedResult =
            intake.receive(m_fx.body(renewed, QStringLiteral("N-CM0")), FormType);
        QCOMPARE(refusedResult.status, IntakeResult::Status::CertificateChanged);
        QVERIFY(refusedResult.reason.contains(u"beef01"));
        QCOMPARE(m_fx.snapshot(), before);

        n.fields.append({QStringLiteral("alipay_cert_sn"), QStringLiteral("c0ffee")});
        const IntakeResult r = intake.receive(m_fx.body(n, QStringLiteral("N-CM1")), FormType);
        QVERIFY2(r.accepted(), qPrintable(r.reason));
        QVERIFY(m_fx.indexed(QStringLiteral("IN-CM1")));
    }

private:
    IntakeFixture m_fx;
};

QTEST_GUILESS_MAIN(TestNotificationIntake)
#include "tst_notificationintake.moc"
