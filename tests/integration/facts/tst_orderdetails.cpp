// OrderDetailsReader and CustomerScripts against the demo sandbox: the snapshot of an order with
// facts, intents, refund requests and audit entries; its timeline newest first with translated
// titles; the Sesame state from orderinfo.sync intents; the customer scripts per state.
#include "FactsFixture.h"
#include "domain/YuanText.h"

#include "services/orders/CustomerScripts.h"
#include "services/orders/OrderDetailsReader.h"
#include "services/orders/OrderFacts.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/RefundRequests.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

// Marks every text of one translation context, to show that it goes through tr().
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr,
                      int = -1) const override
    {
        return qstrcmp(context, m_context) == 0 ? u"«" + QString::fromUtf8(source) + u"»"
                                                : QString();
    }

private:
    const char *m_context;
};

} // namespace

class TestOrderDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(40, QStringLiteral("54"), &error), qPrintable(error));
        m_facts = std::make_unique<OrderFacts>(m_fx.store());
    }

    void snapshotHasEverythingNewestFirst()
    {
        const auto order = m_fx.authorizedOrder(yuan("3.00"));
        QVERIFY(order);
        const auto detail = m_fx.detail(*order);
        QVERIFY(detail && m_facts->applyDetail(*detail, FactSource::Query));
        const auto unfrozen = m_fx.unfreeze(*order, yuan("1.00"), QStringLiteral("H2D-UF"));
        QVERIFY(unfrozen && m_facts->applyUnfreeze(order->outOrderNo, *unfrozen));
        const auto paid = m_fx.pay(*order, yuan("0.80"), QStringLiteral("H2D-PAY"));
        QVERIFY(paid && m_facts->applyPay(order->outOrderNo, *paid));

        // A refund asked for (pending approval), then an unfreeze whose answer is unknown.
        RefundRequestRecord request;
        request.outOrderNo = order->outOrderNo;
        request.tradeNo = paid->tradeNo;
        request.outTradeNo = QStringLiteral("H2D-PAY");
        request.outRequestNo = QStringLiteral("H2D-RF");
        request.amount = yuan("0.30");
        request.reason = QStringLiteral("scratch was there before");
        request.requester = QStringLiteral("demo-agent");
        QVERIFY(RefundRequests(m_fx.store()).create(request));
        IntentRecord intent;
        intent.kind = IntentRecord::Kind::Unfreeze;
        intent.outOrderNo = order->outOrderNo;
        intent.requestNo = QStringLiteral("H2D-UF2");
        intent.amount = yuan("0.40");
        intent.operatorLogin = QStringLiteral("demo-agent");
        intent.reason = QStringLiteral("customer returned it");
        QVERIFY(IntentJournal(m_fx.store()).begin(intent));
        AuditEvent event{QStringLiteral("demo-agent"),
                         QStringLiteral("order.unfreeze.unknown"),
                         order->outOrderNo,
                         {}};
        QVERIFY(AuditLog(m_fx.store()).append(event));

        QString error;
        const auto snapshot = OrderDetailsReader(m_fx.store()).read(order->outOrderNo, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->order.outOrderNo, order->outOrderNo);
        QCOMPARE(snapshot->operations.size(), 2); // FREEZE, UNFREEZE
        QCOMPARE(snapshot->trades.size(), 1);
        QCOMPARE(snapshot->intents.size(), 1);
        QCOMPARE(snapshot->awaiting().size(), 1);
        QCOMPARE(snapshot->refundRequests.size(), 1);
        QCOMPARE(snapshot->audit.size(), 1);
        QCOMPARE(snapshot->audit.first().action, QStringLiteral("order.unfreeze.unknown"));
        QCOMPARE(snapshot->refundableOf(QStringLiteral("H2D-PAY")), yuan("0.50"));
        QCOMPARE(snapshot->refundableOf(QStringLiteral("NO-SUCH-CHARGE")), Money());

        const QList<TimelineEntry> &timeline = snapshot->timeline;
        QCOMPARE(timeline.size(), 5);
        for (qsizetype i = 1; i < timeline.size(); ++i)
            QVERIFY2(timeline[i - 1].at >= timeline[i].at, qPrintable(timeline[i].title));
        QStringList titles;
        for (const TimelineEntry &e : timeline)
            titles << e.title;
        // Written in this order within the same second or two: newest first.
        QCOMPARE(titles.first(), QStringLiteral("Unfreeze ¥0.40 (awaiting confirmation)"));
        QVERIFY(timeline.first().awaitingConfirmation);
        QCOMPARE(timeline.first().kind, TimelineEntry::Kind::Intent);
        QVERIFY(timeline.first().detail.contains(QStringLiteral("H2D-UF2")));
        QCOMPARE(titles.at(1), QStringLiteral("Refund request ¥0.30: Waiting for approval"));
        QVERIFY(titles.contains(QStringLiteral("Charged ¥0.80")));
        QVERIFY(titles.contains(QStringLiteral("Unfrozen ¥1.00")));
        QCOMPARE(titles.last(), QStringLiteral("Deposit frozen ¥%1").arg(yuanDigits(order->total)));
        QCOMPARE(snapshot->sesame.state, SesameState::State::NotCredit);
    }

    void missingOrderIsAnError()
    {
        QString error;
        QVERIFY(!OrderDetailsReader(m_fx.store()).read(QStringLiteral("NOPE-0001"), &error));
        QVERIFY(error.contains(QStringLiteral("NOPE-0001")));
    }

    void sesameStateFollowsTheReports()
    {
        const auto order = m_fx.findOrder([](const OrderRecord &o) {
            return o.status == OrderStatus::Authorized && !o.credit.isZero();
        });
        QVERIFY2(order, "the seeded demo has credit orders");
        const OrderDetailsReader reader(m_fx.store());
        QCOMPARE(reader.read(order->outOrderNo)->sesame.state, SesameState::State::NotReported);

        IntentJournal journal(m_fx.store());
        IntentRecord sync;
        sync.kind = IntentRecord::Kind::OrderInfoSync;
        sync.outOrderNo = order->outOrderNo;
        sync.requestNo = QStringLiteral("H2D-SYNC1");
        sync.operatorLogin = QStringLiteral("demo-supervisor");
        sync.parameters = {
            {QStringLiteral("trade_no"), QStringLiteral("2024TRADE")},
            {QStringLiteral("out_request_no"), QStringLiteral("H2D-SYNC1")},
            {QStringLiteral("biz_type"), QStringLiteral("CREDIT_AUTH")},
            {QStringLiteral("order_biz_info"), QStringLiteral("{\"status\":\"COMPLETE\"}")}};
        QVERIFY(journal.begin(sync));
        SesameState state = reader.read(order->outOrderNo)->sesame;
        QCOMPARE(state.state, SesameState::State::AwaitingConfirmation);
        QCOMPARE(state.reportedStatus, QStringLiteral("COMPLETE"));
        QVERIFY(state.text.contains(QStringLiteral("awaiting confirmation")));

        QVERIFY(journal.settle(sync.id, IntentRecord::Outcome::Succeeded, QStringLiteral("10000")));
        state = reader.read(order->outOrderNo)->sesame;
        QCOMPARE(state.state, SesameState::State::Reported);
        QCOMPARE(state.reportedStatus, QStringLiteral("COMPLETE"));
        QVERIFY(state.at.isValid());
        QVERIFY(state.text.startsWith(QStringLiteral("fulfilled (COMPLETE), confirmed on ")));
        QVERIFY(!state.text.contains(QStringLiteral("Sesame"))); // the page's label says it
    }

    void scriptsFitTheStateWithItsAmounts()
    {
        OrderSnapshot s;
        s.order.outOrderNo = QStringLiteral("SCRIPT1");
        s.order.status = OrderStatus::Authorized;
        s.order.total = yuan("99.00");
        s.order.fund = yuan("99.00");
        s.order.rest = yuan("99.00");
        s.order.created = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        s.order.updated = s.order.created;
        QCOMPARE(onlyTitle(s), QStringLiteral("Deposit frozen"));
        QVERIFY(text(s).contains(QStringLiteral("¥99.00")));
        QVERIFY(text(s).contains(QStringLiteral("2024-05-01")));

        s.order.credit = yuan("60.00");
        s.order.fund = yuan("39.00");
        QVERIFY(text(s).contains(QStringLiteral("¥60.00 of it was waived by your Sesame credit, "
                                                "so only ¥39.00 is actually frozen.")));

        s.order.unfrozen = yuan("20.00");
        s.order.rest = yuan("79.00");
        s.operations << OperationRecord{s.order.outOrderNo,
                                        {},
                                        QStringLiteral("OP1"),
                                        QStringLiteral("UF1"),
                                        QStringLiteral("UNFREEZE"),
                                        QStringLiteral("SUCCESS"),
                                        yuan("20.00"),
                                        {},
                                        {},
                                        QDateTime(QDate(2024, 5, 3), QTime(9, 0), Qt::UTC)};
        QCOMPARE(onlyTitle(s), QStringLiteral("Deposit partly released"));
        QCOMPARE(text(s), QStringLiteral("On 2024-05-03 we released ¥20.00 of your deposit of "
                                         "¥99.00 back to your Alipay account. ¥79.00 remains "
                                         "frozen and will be released when the rental ends."));

        s.order.paid = yuan("12.00");
        s.order.rest = yuan("67.00");
        s.trades << TradeRecord{
            s.order.outOrderNo,   QStringLiteral("T1"),
            QStringLiteral("P1"), QStringLiteral("TRADE_SUCCESS"),
            yuan("12.00"),        QDateTime(QDate(2024, 5, 4), QTime(9, 0), Qt::UTC)};
        QCOMPARE(onlyTitle(s), QStringLiteral("Charged from the deposit"));
        QCOMPARE(text(s), QStringLiteral("On 2024-05-04 we charged ¥12.00 from your deposit of "
                                         "¥99.00 (¥12.00 in total so far). ¥67.00 remains frozen "
                                         "and will be released when the rental ends."));

        // A refund waiting for approval comes first, with its amount.
        RefundRequestRecord refund;
        refund.amount = yuan("5.00");
        refund.requested = QDateTime(QDate(2024, 5, 5), QTime(9, 0), Qt::UTC);
        s.refundRequests << refund;
        QCOMPARE(CustomerScripts::forOrder(s).first().title, QStringLiteral("Refund requested"));
        QVERIFY(CustomerScripts::forOrder(s).first().text.contains(QStringLiteral("¥5.00")));
        s.refundRequests.clear();

        // An unfreeze awaiting confirmation: tell the customer not to pay again.
        IntentRecord waiting;
        waiting.kind = IntentRecord::Kind::Unfreeze;
        waiting.amount = yuan("67.00");
        s.intents << waiting;
        const auto awaiting = CustomerScripts::forOrder(s).first();
        QCOMPARE(awaiting.title, QStringLiteral("Confirming with Alipay"));
        QVERIFY(awaiting.text.contains(QStringLiteral("the release of ¥67.00 of your deposit")));
        QVERIFY(awaiting.text.contains(QStringLiteral("Please do not pay again")));
        s.intents.clear();

        s.order.status = OrderStatus::Finish;
        s.order.unfrozen = yuan("87.00");
        s.order.rest = Money();
        s.order.refunded = yuan("2.00");
        QCOMPARE(onlyTitle(s), QStringLiteral("Order finished"));
        QCOMPARE(text(s), QStringLiteral("Your order is finished: ¥12.00 was charged from your "
                                         "deposit of ¥99.00 and ¥87.00 was released back to your "
                                         "Alipay account. Nothing remains frozen. ¥2.00 of the "
                                         "charges has been refunded to you."));

        s.order.status = OrderStatus::Closed;
        s.order.paid = Money();
        s.order.refunded = Money();
        s.order.unfrozen = yuan("99.00");
        QCOMPARE(onlyTitle(s), QStringLiteral("Deposit released"));
        QVERIFY(text(s).contains(QStringLiteral("¥99.00 has been released in full")));

        s.order.unfrozen = Money();
        QCOMPARE(onlyTitle(s), QStringLiteral("Authorization closed"));
        s.order.status = OrderStatus::Init;
        QCOMPARE(onlyTitle(s), QStringLiteral("Waiting for your authorization"));
    }

    void scriptsGoThroughTranslation()
    {
        OrderSnapshot s;
        s.order.status = OrderStatus::Authorized;
        s.order.total = yuan("99.00");
        s.order.unfrozen = yuan("20.00");
        s.order.rest = yuan("79.00");
        MarkingTranslator marking("DepositDesk::CustomerScripts");
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const auto scripts = CustomerScripts::forOrder(s);
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(scripts.size(), 1);
        QCOMPARE(scripts.first().title, QStringLiteral("«Deposit partly released»"));
        QVERIFY(scripts.first().text.startsWith(u"«On "));
        QVERIFY(scripts.first().text.contains(QStringLiteral("¥20.00")));
    }

private:
    static QString onlyTitle(const OrderSnapshot &s)
    {
        const auto scripts = CustomerScripts::forOrder(s);
        return scripts.size() == 1 ? scripts.first().title
                                   : QStringLiteral("(%1 scripts)").arg(scripts.size());
    }
    static QString text(const OrderSnapshot &s)
    {
        return CustomerScripts::forOrder(s).value(0).text;
    }

    FactsFixture m_fx;
    std::unique_ptr<OrderFacts> m_facts;
};

QTEST_GUILESS_MAIN(TestOrderDetails)
#include "tst_orderdetails.moc"
