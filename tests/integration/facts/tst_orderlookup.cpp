// OrderLookup against the demo sandbox: an order that exists only at Alipay is added to the
// index (audited), a known one is not asked about again, a number Alipay does not know is
// NotFound, an unanswered question is Failed.
#include "FactsFixture.h"

#include "services/orders/OrderFacts.h"
#include "services/orders/OrderLookup.h"
#include "store/AuditLog.h"
#include "store/Ledger.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestOrderLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(20, QStringLiteral("53"), &error), qPrintable(error));
        m_facts = std::make_unique<OrderFacts>(m_fx.store());
        m_lookup = std::make_unique<OrderLookup>(m_fx.store(), *m_fx.api, *m_facts);
        m_session.login = QStringLiteral("demo-agent");
    }

    void recognisesOrderNumbers()
    {
        QVERIFY(OrderLookup::looksLikeOrderNumber(QStringLiteral("2024050110002001230000012345")));
        QVERIFY(OrderLookup::looksLikeOrderNumber(QStringLiteral(" DD20240501_0007 ")));
        QVERIFY(OrderLookup::looksLikeOrderNumber(QStringLiteral("rent-2024-000123")));
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QStringLiteral("5678")));        // phone tail
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QStringLiteral("13812345678"))); // a phone
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QStringLiteral("Zhang San")));
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QStringLiteral("charger-deposit")));
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QStringLiteral("138****5678")));
        QVERIFY(!OrderLookup::looksLikeOrderNumber(QString(65, u'1')));
    }

    void orderKnownOnlyAtAlipayIsAdded()
    {
        const Sandbox::FundAuthOrder created = createAtAlipay(QStringLiteral("H2LOOK0001"), 9900);
        QVERIFY(!m_fx.indexed(created.outOrderNo));

        const auto byAuthNo = lookUp(created.authNo);
        QVERIFY(byAuthNo);
        QCOMPARE(byAuthNo->status, OrderLookup::Result::Status::Added);
        QVERIFY(!byAuthNo->message.isEmpty());
        QCOMPARE(byAuthNo->order.outOrderNo, created.outOrderNo);
        const auto row = m_fx.indexed(created.outOrderNo);
        QVERIFY(row);
        QCOMPARE(row->authNo, created.authNo);
        QCOMPARE(row->status, OrderStatus::Authorized);
        QCOMPARE(row->total, Money::fromFen(9900));
        QCOMPARE(row->rest, Money::fromFen(9900));
        QCOMPARE(row->payerUserId, QStringLiteral("2088000000004321"));
        QCOMPARE(Ledger(m_fx.store()).operations(created.outOrderNo).size(), 1);

        // Searchable by its auth_no now, and audited once.
        OrderQuery query;
        query.text = created.authNo;
        query.match = OrderQuery::Match::Exact;
        const auto page = OrderIndex(m_fx.store()).search(query);
        QVERIFY(page && page->orders.size() == 1);
        AuditFilter filter;
        filter.action = QStringLiteral("order.lookup");
        filter.outOrderNo = created.outOrderNo;
        const auto audit = AuditLog(m_fx.store()).entries(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().operatorLogin, m_session.login);

        const auto again = lookUp(created.outOrderNo);
        QVERIFY(again);
        QCOMPARE(again->status, OrderLookup::Result::Status::AlreadyKnown);
        QCOMPARE(again->order.authNo, created.authNo);
        QCOMPARE(AuditLog(m_fx.store()).entries(filter).size(), 1);
    }

    void byMerchantNumberToo()
    {
        const Sandbox::FundAuthOrder created = createAtAlipay(QStringLiteral("H2LOOK0002"), 5000);
        const auto result = lookUp(created.outOrderNo);
        QVERIFY(result);
        QCOMPARE(result->status, OrderLookup::Result::Status::Added);
        QCOMPARE(m_fx.indexed(created.outOrderNo)->authNo, created.authNo);
    }

    void numberAlipayDoesNotKnowIsNotFound()
    {
        const qint64 before = OrderIndex(m_fx.store()).count();
        const auto result = lookUp(QStringLiteral("2099010199999999999999"));
        QVERIFY(result);
        QCOMPARE(result->status, OrderLookup::Result::Status::NotFound);
        QCOMPARE(result->subCode, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
        QVERIFY(result->message.contains(QStringLiteral("2099010199999999999999")));
        QCOMPARE(OrderIndex(m_fx.store()).count(), before);
    }

    void unansweredQuestionFails()
    {
        const Sandbox::FundAuthOrder created = createAtAlipay(QStringLiteral("H2LOOK0003"), 3000);
        m_fx.demo.gateway().faults().add(
            {Sandbox::Faults::Kind::Code20000, AlipayApi::OperationDetailQuery, 1, 0});
        const auto result = lookUp(created.authNo);
        QVERIFY(result);
        QCOMPARE(result->status, OrderLookup::Result::Status::Failed);
        QCOMPARE(result->code, QStringLiteral("20000"));
        QVERIFY(!m_fx.indexed(created.outOrderNo));
        QVERIFY(Ledger(m_fx.store()).history(created.outOrderNo).isEmpty());
    }

    void somethingElseIsNotSent()
    {
        const auto result = lookUp(QStringLiteral("5678"));
        QVERIFY(result);
        QCOMPARE(result->status, OrderLookup::Result::Status::Failed);
        QVERIFY(result->code.isEmpty());
    }

private:
    // A freeze the customer authorized at Alipay that the console never heard of.
    Sandbox::FundAuthOrder createAtAlipay(const QString &outOrderNo, qint64 fen)
    {
        const auto any = m_fx.findOrder([](const OrderRecord &) { return true; });
        Sandbox::FreezeRequest request;
        request.appId = m_fx.appId();
        request.outOrderNo = outOrderNo;
        request.outRequestNo = outOrderNo + QStringLiteral("_F");
        request.orderTitle = QStringLiteral("Power bank deposit");
        request.amount = Money::fromFen(fen);
        request.productCode = QStringLiteral("PREAUTH_PAY");
        request.payeeUserId = m_fx.sandboxOrder(*any).payeeUserId;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Sandbox::FreezeOutcome created = m_fx.sandbox().createFreeze(request, now);
        if (!created.ok())
            qFatal("createFreeze: %s", qPrintable(created.subMsg));
        Sandbox::Payer payer{QStringLiteral("2088000000004321"), QStringLiteral("13900004321"),
                             QStringLiteral("Li Si")};
        const Sandbox::FreezeOutcome confirmed =
            m_fx.sandbox().confirmFreeze(created.order.authNo, Money(), payer, now);
        if (!confirmed.ok())
            qFatal("confirmFreeze: %s", qPrintable(confirmed.subMsg));
        return confirmed.order;
    }

    std::optional<OrderLookup::Result> lookUp(const QString &text)
    {
        std::optional<OrderLookup::Result> result;
        m_lookup->lookUp(m_session, text, this, [&](const OrderLookup::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

    FactsFixture m_fx;
    std::unique_ptr<OrderFacts> m_facts;
    std::unique_ptr<OrderLookup> m_lookup;
    OperatorSession m_session;
};

QTEST_GUILESS_MAIN(TestOrderLookup)
#include "tst_orderlookup.moc"
