#include "services/bulk/BulkActions.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/OrderActionGuards.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"

#include "alipay/RequestNumberGenerator.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace DepositDesk {

namespace {

RequestNumberGenerator::Kind numberKind(BulkActions::Action action)
{
    switch (action) {
    case BulkActions::Action::SesameComplete:
        return RequestNumberGenerator::Kind::OrderSync;
    case BulkActions::Action::RefundRequest:
        return RequestNumberGenerator::Kind::Refund;
    case BulkActions::Action::UnfreezeRest:
    case BulkActions::Action::UnfreezeAmount:
        break;
    }
    return RequestNumberGenerator::Kind::Unfreeze;
}

IntentRecord::Kind intentKind(BulkActions::Action action)
{
    return action == BulkActions::Action::SesameComplete ? IntentRecord::Kind::OrderInfoSync
                                                         : IntentRecord::Kind::Unfreeze;
}

OrderActions::Action orderAction(BulkActions::Action action)
{
    switch (action) {
    case BulkActions::Action::SesameComplete:
        return OrderActions::Action::ReportToSesame;
    case BulkActions::Action::RefundRequest:
        return OrderActions::Action::RequestRefund;
    case BulkActions::Action::UnfreezeRest:
    case BulkActions::Action::UnfreezeAmount:
        break;
    }
    return OrderActions::Action::Unfreeze;
}

QString actionCode(BulkActions::Action action)
{
    switch (action) {
    case BulkActions::Action::UnfreezeRest:
        return QStringLiteral("unfreeze-rest");
    case BulkActions::Action::UnfreezeAmount:
        return QStringLiteral("unfreeze-amount");
    case BulkActions::Action::SesameComplete:
        return QStringLiteral("sesame-complete");
    case BulkActions::Action::RefundRequest:
        return QStringLiteral("refund-request");
    }
    return {};
}

// The order's latest charge Alipay knows (a Sesame report names one).
const TradeRecord *latestCharge(const OrderActionState &state)
{
    const TradeRecord *latest = nullptr;
    for (const TradeRecord &t : state.trades)
        if (!t.tradeNo.isEmpty() && (!latest || latest->happened <= t.happened))
            latest = &t;
    return latest;
}

bool openRequest(RefundRequestRecord::Status status)
{
    using S = RefundRequestRecord::Status;
    return status == S::PendingApproval || status == S::Approved ||
           status == S::AwaitingConfirmation;
}

// The charge a bulk refund request is about: the latest paid one with something left to refund
// and no refund awaiting Alipay's confirmation (the single request refuses such a charge).
const TradeRecord *refundableCharge(const OrderActionState &state)
{
    const TradeRecord *latest = nullptr;
    for (const TradeRecord &t : state.trades)
        if (t.status == u"TRADE_SUCCESS" && state.refundable(t.outTradeNo).fen() > 0 &&
            !state.refundAwaiting(t.outTradeNo) && (!latest || latest->happened <= t.happened))
            latest = &t;
    return latest;
}

} // namespace

BulkActions::BulkActions(const Store &store, OrderActions &actions, OutcomeResolver *resolver,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actions(actions)
    , m_resolver(resolver)
{}

BulkActions::~BulkActions() = default;

QString BulkActions::actionName(Action action)
{
    switch (action) {
    case Action::UnfreezeRest:
        return tr("Unfreeze everything left");
    case Action::UnfreezeAmount:
        return tr("Unfreeze an amount");
    case Action::SesameComplete:
        return tr("Report to Sesame as complete");
    case Action::RefundRequest:
        return tr("Request a refund");
    }
    return {};
}

bool BulkActions::takesAmount(Action action)
{
    return action == Action::UnfreezeAmount || action == Action::RefundRequest;
}

bool BulkActions::amountRequired(Action action)
{
    return action == Action::UnfreezeAmount;
}

QString BulkActions::stateName(State state)
{
    switch (state) {
    case State::Ready:
        return tr("Ready");
    case State::Refused:
        return tr("Refused");
    case State::Pending:
        return tr("Waiting");
    case State::Running:
        return tr("Sending");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Unknown:
        return tr("Awaiting confirmation");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QByteArray BulkActions::batchId(const Request &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("depositdesk-bulk-1\n"));
    hash.addData(QByteArray(actionCode(request.action).toUtf8() + '\n'));
    const qint64 amount = takesAmount(request.action) ? request.amount.fen() : 0;
    hash.addData(QByteArray(QByteArray::number(amount) + '\n'));
    for (const QString &order : request.orders)
        hash.addData(QByteArray(order.trimmed().toUtf8() + '\n'));
    return hash.result().toHex();
}

QString BulkActions::requestNo(const Request &request, int index)
{
    return requestNo(batchId(request), request, index);
}

QString BulkActions::requestNo(const QByteArray &batch, const Request &request, int index)
{
    const QByteArray seed = batch + '/' + QByteArray::number(index + 1) + '/' +
                            request.orders.value(index).trimmed().toUtf8();
    return RequestNumberGenerator::derived(numberKind(request.action), seed);
}

QString BulkActions::requestProblem(const Request &request)
{
    if (request.orders.isEmpty())
        return tr("Choose at least one order.");
    if (amountRequired(request.action) && request.amount.fen() <= 0)
        return tr("Enter the amount to unfreeze of each order.");
    if (request.action == Action::RefundRequest && request.amount.fen() < 0)
        return tr("Enter the amount to refund of each order, or leave it empty to refund all "
                  "that is left of its latest charge.");
    return OrderActionGuards::reasonProblem(request.reason);
}

QList<BulkActions::Row> BulkActions::preview(const OperatorSession &session,
                                             const Request &request) const
{
    QList<Row> rows;
    rows.reserve(request.orders.size());
    QHash<QString, int> seen;
    const QByteArray batch = batchId(request); // once: it hashes the whole list
    for (int i = 0; i < request.orders.size(); ++i) {
        const QString order = request.orders.at(i).trimmed();
        const auto first = seen.constFind(order);
        Row row = previewRow(session, request, batch, i, first != seen.constEnd());
        if (first != seen.constEnd())
            row.message = tr("Listed before, in row %1: only that row is used.").arg(*first + 1);
        else
            seen.insert(order, i);
        rows << row;
    }
    return rows;
}

BulkActions::Row BulkActions::previewRow(const OperatorSession &session, const Request &request,
                                         const QByteArray &batch, int index, bool duplicate) const
{
    Row row;
    row.row = index + 1;
    row.outOrderNo = request.orders.value(index).trimmed();
    const auto refuse = [&row](const QString &why) {
        row.state = State::Refused;
        row.message = why;
        return row;
    };
    if (duplicate)
        return refuse({});
    if (const QString problem = requestProblem(request); !problem.isEmpty())
        return refuse(problem);
    row.requestNo = requestNo(batch, request, index);
    if (request.action == Action::RefundRequest) {
        // An earlier run of the same list recorded this row's request: what became of it.
        if (auto earlier = earlierRefundRequest(row))
            return *earlier;
    } else if (const auto earlier =
                   IntentJournal(m_store).find(intentKind(request.action), row.requestNo)) {
        // An earlier run of the same list sent this row already: what it came to, never sent
        // anew.
        // The amounts are this run's: what is frozen now, and nothing more moves (a NOT_DONE one
        // is sent again with the amount it was written with).
        row.intentId = earlier->id;
        if (const auto order = OrderIndex(m_store).find(row.outOrderNo))
            row.restBefore = row.restAfter = order->rest;
        switch (earlier->outcome) {
        case IntentRecord::Outcome::Succeeded:
            row.state = State::Done;
            row.message = tr("Done in an earlier run of this list; not sent again.");
            break;
        case IntentRecord::Outcome::Failed:
            row.state = State::Failed;
            row.message = tr("Alipay refused it in an earlier run of this list (%1); not sent "
                             "again.")
                              .arg(earlier->subCode.isEmpty() ? earlier->code : earlier->subCode);
            break;
        case IntentRecord::Outcome::Unknown:
            row.state = State::Unknown;
            row.message = tr("Sent in an earlier run of this list and awaiting Alipay's "
                             "confirmation; DepositDesk asks Alipay by itself. Not sent again.");
            break;
        case IntentRecord::Outcome::NotDone:
            if (!m_resolver)
                return refuse(tr("Sent in an earlier run of this list, and Alipay shows it was not "
                                 "done. Send it again from the order's page."));
            row.state = State::Ready;
            row.amount = earlier->amount;
            row.restAfter = row.restBefore - row.amount;
            row.message = tr("Sent in an earlier run of this list, and Alipay shows it was not "
                             "done: sent again with the same request number.");
            break;
        }
        return row;
    }

    const auto state = OrderActionGuards(m_store).load(row.outOrderNo);
    if (!state)
        return refuse(OrderActionGuards::orderMissing(row.outOrderNo));
    row.restBefore = row.restAfter = state->order.rest;
    const OrderActions::Availability available =
        m_actions.availabilityOf(orderAction(request.action), session, *state);
    if (!available.enabled)
        return refuse(available.reason);
    switch (request.action) {
    case Action::UnfreezeRest:
    case Action::UnfreezeAmount: {
        row.amount = request.action == Action::UnfreezeRest ? state->order.rest : request.amount;
        if (const QString problem = OrderActionGuards::amountProblem(
                row.amount, state->order.rest, OrderActions::tr("what is left frozen"));
            !problem.isEmpty())
            return refuse(problem);
        row.restAfter = state->order.rest - row.amount;
        break;
    }
    case Action::SesameComplete: {
        const TradeRecord *charge = latestCharge(*state);
        if (!charge)
            return refuse(tr("Sesame Credit is told about a charge: this order has none yet."));
        row.message = tr("About the charge %1.").arg(charge->outTradeNo);
        break;
    }
    case Action::RefundRequest: {
        for (const RefundRequestRecord &open : state->refundRequests)
            if (openRequest(open.status))
                return refuse(tr("The refund request %1 of %2 for this order is %3: decide it "
                                 "first; a bulk request is not added to it.")
                                  .arg(open.outRequestNo, ActionMessages::yuan(open.amount),
                                       refundRequestStatusDisplayName(open.status)));
        const TradeRecord *charge = refundableCharge(*state);
        if (!charge) // availability() let it through: a refund is awaiting confirmation
            return refuse(tr("No charge of this order can be refunded now."));
        const Money refundable = state->refundable(charge->outTradeNo);
        row.outTradeNo = charge->outTradeNo;
        row.restBefore = row.restAfter = refundable;
        row.amount = request.amount.fen() > 0 ? request.amount : refundable;
        // The sentence of the single request (OrderActions::requestRefund()).
        if (const QString problem = OrderActionGuards::amountProblem(
                row.amount, refundable,
                OrderActions::tr("what may still be refunded of this charge"));
            !problem.isEmpty())
            return refuse(problem);
        row.restAfter = refundable - row.amount;
        row.message = tr("Of the charge %1.").arg(charge->outTradeNo);
        break;
    }
    }
    row.state = State::Ready;
    return row;
}

std::optional<BulkActions::Row> BulkActions::earlierRefundRequest(Row row) const
{
    // The rest of the checks are previewRow()'s; this only finds what an earlier run recorded
    // under the row's number.
    std::optional<RefundRequestRecord> earlier;
    for (const RefundRequestRecord &r : RefundRequests(m_store).forOrder(row.outOrderNo))
        if (r.outRequestNo == row.requestNo)
            earlier = r;
    if (!earlier)
        return std::nullopt;
    row.state = State::Done;
    row.requestNo = earlier->outRequestNo;
    row.outTradeNo = earlier->outTradeNo;
    row.amount = Money(); // nothing is asked for in this run
    if (const auto state = OrderActionGuards(m_store).load(row.outOrderNo))
        row.restBefore = row.restAfter = state->refundable(earlier->outTradeNo);
    //: %1 the refund request's number, %2 its amount, %3 its status ("Pending approval")
    row.message = tr("Requested in an earlier run of this list (%1, %2, now %3); not asked "
                     "again.")
                      .arg(earlier->outRequestNo, ActionMessages::yuan(earlier->amount),
                           refundRequestStatusDisplayName(earlier->status));
    return row;
}

void BulkActions::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
}

bool BulkActions::run(const OperatorSession &session, const Request &request)
{
    if (m_running)
        return false;
    m_session = session;
    m_request = request;
    m_batchId = batchId(request);
    m_rows = preview(session, request);
    m_next = 0;
    m_starting.clear();
    m_startQueued = false;
    m_inFlight = 0;
    m_finished = 0;
    m_cancelled = false;
    m_running = true;
    m_context = std::make_unique<QObject>();
    for (Row &row : m_rows) {
        if (row.state == State::Ready)
            row.state = State::Pending;
        else
            ++m_finished;
    }
    Q_EMIT progress(m_finished, int(m_rows.size()));
    QTimer::singleShot(0, m_context.get(), [this] { pump(); });
    return true;
}

void BulkActions::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.state != State::Pending)
            continue;
        row.state = State::Cancelled;
        row.message = tr("Not sent: the run was cancelled. Run the same list again to send it.");
        ++m_finished;
        Q_EMIT rowChanged(i);
    }
    rowEnded();
}

void BulkActions::pump()
{
    while (!m_cancelled && m_inFlight < m_maxInFlight && m_next < m_rows.size()) {
        const int index = m_next++;
        if (m_rows.at(index).state != State::Pending)
            continue;
        ++m_inFlight;
        m_rows[index].state = State::Running;
        Q_EMIT rowChanged(index);
        m_starting << index;
    }
    // The rows whose turn came start together, between the event loop's other work.
    if (!m_starting.isEmpty() && !m_startQueued) {
        m_startQueued = true;
        m_actions.startInNextGroup(m_context.get(), [this] { startWaiting(); });
    }
    rowEnded();
}

void BulkActions::startWaiting()
{
    m_startQueued = false;
    const QList<int> starting = std::exchange(m_starting, {});
    // In OrderActions' group: their intents are committed together (one transaction, with the
    // answers that arrived meanwhile): no call of them leaves before all of them are on disk,
    // and none leaves when that commit fails.
    for (const int index : starting)
        start(index);
}

BulkActions::Row BulkActions::current(int index) const
{
    // An unfreeze of a fixed amount needs nothing of the order's state that OrderActions does not
    // read and check again under the order's lock (the role, the order's state and calls, the
    // amount against what is left, with the same sentences): only an earlier run's intent under
    // the row's number, and what is left frozen now, are read here.
    const Row &previewed = m_rows.at(index);
    if (m_request.action != Action::UnfreezeAmount ||
        IntentJournal(m_store).find(IntentRecord::Kind::Unfreeze, previewed.requestNo))
        return previewRow(m_session, m_request, m_batchId, index, false);
    Row now = previewed;
    const auto order = OrderIndex(m_store).find(now.outOrderNo);
    if (!order) {
        now.state = State::Refused;
        now.message = OrderActionGuards::orderMissing(now.outOrderNo);
        return now;
    }
    now.state = State::Ready;
    now.restBefore = order->rest;
    now.restAfter = order->rest - now.amount;
    return now;
}

void BulkActions::start(int index)
{
    Row &row = m_rows[index];
    // The order as it is now: the preview may be minutes old. OrderActions checks it again
    // under the order's lock.
    const Row now = current(index);
    const QObject *context = m_context.get();
    // Called only while the run's context lives (OrderActions, OutcomeResolver): never after this
    // object is gone.
    const auto done = [this, index](const ActionOutcome &outcome) {
        settle(index, outcome);
    };
    if (now.state != State::Ready) {
        const State state = now.state;
        row = now;
        row.state = state;
        ActionOutcome outcome;
        outcome.status = state == State::Done      ? ActionOutcome::Status::Done
                         : state == State::Failed  ? ActionOutcome::Status::Failed
                         : state == State::Unknown ? ActionOutcome::Status::AwaitingConfirmation
                                                   : ActionOutcome::Status::Refused;
        outcome.message = now.message;
        outcome.requestNo = now.requestNo;
        outcome.intentId = now.intentId;
        outcome.amount = now.amount;
        QTimer::singleShot(0, context, [done, outcome] { done(outcome); });
        return;
    }
    row.restBefore = now.restBefore;
    row.amount = now.amount;
    row.requestNo = now.requestNo;
    row.outTradeNo = now.outTradeNo;
    if (m_request.action == Action::RefundRequest) {
        OrderActions::RefundInput input;
        input.outOrderNo = row.outOrderNo;
        input.outTradeNo = row.outTradeNo;
        input.amount = row.amount;
        input.reason = m_request.reason;
        input.requestNo = row.requestNo;
        m_actions.requestRefund(m_session, input, context, done);
        return;
    }
    if (now.intentId != 0 && m_resolver) {
        // The resolver writes and sends on its own: after the rows' group is committed.
        QTimer::singleShot(0, context, [this, intentId = now.intentId, context, done] {
            m_resolver->retry(m_session, intentId, context, done);
        });
        return;
    }
    if (m_request.action == Action::SesameComplete) {
        const auto state = OrderActionGuards(m_store).load(row.outOrderNo);
        const TradeRecord *charge = state ? latestCharge(*state) : nullptr;
        OrderActions::SesameInput input;
        input.outOrderNo = row.outOrderNo;
        input.outTradeNo = charge ? charge->outTradeNo : QString();
        input.violated = false;
        input.reason = m_request.reason;
        input.requestNo = row.requestNo;
        m_actions.reportToSesame(m_session, input, context, done);
        return;
    }
    OrderActions::UnfreezeInput input;
    input.outOrderNo = row.outOrderNo;
    input.amount = row.amount;
    input.reason = m_request.reason;
    input.requestNo = row.requestNo;
    m_actions.unfreeze(m_session, input, context, done);
}

void BulkActions::settle(int index, const ActionOutcome &outcome)
{
    Row &row = m_rows[index];
    switch (outcome.status) {
    case ActionOutcome::Status::Done:
    case ActionOutcome::Status::Recorded:
        row.state = State::Done;
        break;
    case ActionOutcome::Status::Refused:
        row.state = State::Refused;
        break;
    case ActionOutcome::Status::Failed:
        row.state = State::Failed;
        break;
    case ActionOutcome::Status::AwaitingConfirmation:
        row.state = State::Unknown;
        break;
    }
    if (!outcome.message.isEmpty())
        row.message = outcome.message;
    if (outcome.intentId != 0)
        row.intentId = outcome.intentId;
    if (m_request.action == Action::RefundRequest) {
        if (!row.outTradeNo.isEmpty())
            if (const auto state = OrderActionGuards(m_store).load(row.outOrderNo))
                row.restAfter = state->refundable(row.outTradeNo);
    } else if (const auto order = OrderIndex(m_store).find(row.outOrderNo)) {
        row.restAfter = order->rest;
    }
    --m_inFlight;
    ++m_finished;
    Q_EMIT rowChanged(index);
    Q_EMIT progress(m_finished, int(m_rows.size()));
    pump();
}

void BulkActions::rowEnded()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_cancelled && m_next < m_rows.size())
        return;
    m_running = false;
    Q_EMIT progress(m_finished, int(m_rows.size()));
    Q_EMIT finished(m_cancelled);
}

} // namespace DepositDesk
