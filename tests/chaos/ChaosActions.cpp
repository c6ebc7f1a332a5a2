#include "ChaosActions.h"

#include "ChaosDesk.h"

#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/orders/OrderRefresher.h"
#include "services/refunds/RefundApprovals.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace DepositDesk::Chaos {

namespace {

using Done = std::function<void(const ActionOutcome &)>;

Money fen(const QString &text)
{
    return Money::fromFen(text.toLongLong());
}

// A part of `most` (at least 1 fen), or all of it.
qint64 partOf(qint64 most, QRandomGenerator &rng)
{
    if (most <= 1 || rng.bounded(6) == 0)
        return most;
    return 1 + rng.bounded(most - 1);
}

QString methodOfKind(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return QStringLiteral("alipay.fund.auth.order.unfreeze");
    case IntentRecord::Kind::Pay:
        return QStringLiteral("alipay.trade.pay");
    case IntentRecord::Kind::Refund:
        return QStringLiteral("alipay.trade.refund");
    case IntentRecord::Kind::Cancel:
        return QStringLiteral("alipay.fund.auth.operation.cancel");
    case IntentRecord::Kind::OrderInfoSync:
        return QStringLiteral("alipay.trade.orderinfo.sync");
    }
    return {};
}

} // namespace

ChaosActions::ChaosActions(ChaosDesk &desk, const QStringList &orders)
    : m_desk(desk)
    , m_orders(orders)
{}

Decision ChaosActions::decide(const QString &id, int number, QRandomGenerator &rng) const
{
    Decision d;
    d.id = id;
    d.number = number;
    d.order = m_orders.at(rng.bounded(int(m_orders.size())));
    const OrderRecord o = OrderIndex(m_desk.store()).find(d.order).value_or(OrderRecord());
    const QList<TradeRecord> trades = Ledger(m_desk.store()).trades(d.order);
    QList<IntentRecord> notDone;
    for (const IntentRecord &i : IntentJournal(m_desk.store()).forOrder(d.order))
        if (i.outcome == IntentRecord::Outcome::NotDone)
            notDone << i;
    const int roll = rng.bounded(100);
    if (!notDone.isEmpty() && roll < 25) {
        d.kind = QStringLiteral("again");
        d.a = QString::number(notDone.at(rng.bounded(int(notDone.size()))).id);
    } else if (o.status == OrderStatus::Init) {
        d.kind = QStringLiteral("cancel");
    } else if (!trades.isEmpty() && roll < 45) {
        const TradeRecord &t = trades.at(rng.bounded(int(trades.size())));
        d.kind = QStringLiteral("refund");
        d.a = t.outTradeNo;
        d.b = QString::number(partOf(t.amount.fen(), rng));
    } else if (!trades.isEmpty() && o.credit.fen() > 0 && roll < 55) {
        d.kind = QStringLiteral("sesame");
        d.a = trades.at(rng.bounded(int(trades.size()))).outTradeNo;
        d.b = rng.bounded(2) ? QStringLiteral("1") : QStringLiteral("0");
    } else if (roll < 75) {
        d.kind = QStringLiteral("unfreeze");
        d.a = QString::number(partOf(qMax<qint64>(o.rest.fen(), 1), rng));
    } else {
        d.kind = QStringLiteral("charge");
        d.a = QString::number(partOf(qMax<qint64>(o.rest.fen(), 1), rng));
        d.b = rng.bounded(4) == 0 ? QStringLiteral("1") : QStringLiteral("0");
    }
    return d;
}

QString ChaosActions::methodOf(const Decision &d) const
{
    if (d.kind == u"again") {
        const auto intent = IntentJournal(m_desk.store()).find(d.a.toLongLong());
        return intent ? methodOfKind(intent->kind) : QString();
    }
    if (d.kind == u"unfreeze")
        return methodOfKind(IntentRecord::Kind::Unfreeze);
    if (d.kind == u"charge")
        return methodOfKind(IntentRecord::Kind::Pay);
    if (d.kind == u"refund")
        return methodOfKind(IntentRecord::Kind::Refund);
    if (d.kind == u"sesame")
        return methodOfKind(IntentRecord::Kind::OrderInfoSync);
    if (d.kind == u"cancel")
        return methodOfKind(IntentRecord::Kind::Cancel);
    return {};
}

QString ChaosActions::statusOf(const ActionOutcome &o)
{
    if (!o.ok())
        std::printf("  %s %s\n", qPrintable(o.message.left(120)), qPrintable(o.subCode));
    switch (o.status) {
    case ActionOutcome::Status::Done:
        return QStringLiteral("done");
    case ActionOutcome::Status::Recorded:
        return QStringLiteral("recorded");
    case ActionOutcome::Status::Refused:
        return o.technical == u"no answer" ? QStringLiteral("no-answer")
                                           : QStringLiteral("refused");
    case ActionOutcome::Status::Failed:
        return QStringLiteral("failed");
    case ActionOutcome::Status::AwaitingConfirmation:
        return QStringLiteral("unknown");
    }
    return {};
}

QString ChaosActions::perform(const Decision &d)
{
    if (d.kind == u"unfreeze")
        return unfreeze(d);
    if (d.kind == u"charge")
        return charge(d);
    if (d.kind == u"refund")
        return refund(d);
    if (d.kind == u"sesame")
        return sesame(d);
    if (d.kind == u"cancel")
        return cancel(d);
    if (d.kind == u"again")
        return again(d, d.a.toLongLong());
    return QStringLiteral("bad-kind");
}

QString ChaosActions::reattempt(const Decision &d, QRandomGenerator &rng)
{
    if (d.kind == u"again") {
        const auto intent = IntentJournal(m_desk.store()).find(d.a.toLongLong());
        return intent && intent->outcome == IntentRecord::Outcome::NotDone ? again(d, intent->id)
                                                                           : QStringLiteral("seen");
    }
    std::optional<IntentRecord> mine;
    for (const IntentRecord &i : IntentJournal(m_desk.store()).forOrder(d.order))
        if (i.reason == d.reason())
            mine = i; // the newest
    if (mine && (mine->outcome == IntentRecord::Outcome::Succeeded ||
                 mine->outcome == IntentRecord::Outcome::Failed))
        return QStringLiteral("seen");
    // What the operator saw, then what came of it: "unknown:refused", "not_done-send:done" ...
    const QString saw = mine ? intentOutcomeCode(mine->outcome).toLower() : QStringLiteral("none");
    if (mine && mine->outcome == IntentRecord::Outcome::NotDone && rng.bounded(2))
        return saw + QStringLiteral("-send:") + again(d, mine->id);
    return saw + u':' + perform(d);
}

QString ChaosActions::followUp(const Decision &d, QRandomGenerator &rng)
{
    const IntentJournal journal(m_desk.store());
    std::optional<IntentRecord> mine;
    if (d.kind == u"again") {
        mine = journal.find(d.a.toLongLong());
    } else {
        for (const IntentRecord &i : journal.forOrder(d.order))
            if (i.reason == d.reason())
                mine = i;
    }
    if (!mine || mine->outcome == IntentRecord::Outcome::Unknown)
        return {};
    return reattempt(d, rng);
}

QString ChaosActions::unfreeze(const Decision &d)
{
    OrderActions::UnfreezeInput in;
    in.outOrderNo = d.order;
    in.amount = fen(d.a);
    in.reason = d.reason();
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().actions().unfreeze(m_desk.supervisor(), in, c, done);
    }));
}

QString ChaosActions::charge(const Decision &d)
{
    OrderActions::ChargeInput in;
    in.outOrderNo = d.order;
    in.amount = fen(d.a);
    in.subject = QStringLiteral("chaos");
    in.reason = d.reason();
    in.releaseRest = d.b == u"1";
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().actions().charge(m_desk.supervisor(), in, c, done);
    }));
}

QString ChaosActions::refund(const Decision &d)
{
    // A request of this decision still pending (the desk died before the approval) is approved;
    // otherwise the agent asks anew.
    qint64 requestId = 0;
    for (const RefundRequestRecord &r : RefundRequests(m_desk.store()).forOrder(d.order))
        if (r.reason == d.reason() && r.status == RefundRequestRecord::Status::PendingApproval)
            requestId = r.id;
    if (requestId == 0) {
        OrderActions::RefundInput in;
        in.outOrderNo = d.order;
        in.outTradeNo = d.a;
        in.amount = fen(d.b);
        in.reason = d.reason();
        const ActionOutcome asked = m_desk.wait([&](const QObject *c, Done done) {
            m_desk.services().actions().requestRefund(m_desk.agent(), in, c, done);
        });
        if (asked.status != ActionOutcome::Status::Recorded)
            return statusOf(asked); // refused, or executed below the approval threshold
        requestId = asked.refundRequestId;
    }
    const OperatorSession approver = m_desk.approver();
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().approvals().approve(approver, requestId, QStringLiteral("chaos"), c,
                                              done);
    }));
}

QString ChaosActions::sesame(const Decision &d)
{
    OrderActions::SesameInput in;
    in.outOrderNo = d.order;
    in.outTradeNo = d.a;
    in.violated = d.b == u"1";
    in.reason = d.reason();
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().actions().reportToSesame(m_desk.supervisor(), in, c, done);
    }));
}

QString ChaosActions::cancel(const Decision &d)
{
    // The console learns the freeze request of an order it only imported from a refresh: the
    // operator refreshes the order first, as the refusal asks.
    bool refreshed = false;
    QEventLoop loop;
    QObject context;
    m_desk.services().refresher().refresh(m_desk.supervisor(), d.order, &context,
                                          [&](const OrderRefresher::Result &) {
                                              refreshed = true;
                                              loop.quit();
                                          });
    if (!refreshed) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    OrderActions::CancelInput in;
    in.outOrderNo = d.order;
    in.reason = d.reason();
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().actions().cancelFreeze(m_desk.supervisor(), in, c, done);
    }));
}

QString ChaosActions::again(const Decision &, qint64 intentId)
{
    return statusOf(m_desk.wait([&](const QObject *c, Done done) {
        m_desk.services().resolver().retry(m_desk.supervisor(), intentId, c, done);
    }));
}

} // namespace DepositDesk::Chaos
