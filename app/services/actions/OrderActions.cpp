#include "services/actions/OrderActions.h"

#include "services/actions/OrderActionsPrivate.h"

#include "domain/Clock.h"

namespace DepositDesk {

Q_LOGGING_CATEGORY(lcOrderActions, "depositdesk.actions")

OrderActions::OrderActions(const Store &store, AlipayApi &api, RequestNumberGenerator &numbers,
                           OrderFacts &facts, const QString &desk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_numbers(numbers)
    , m_facts(facts)
    , m_leases(new LeaseKeeper(store, desk, this))
    , m_clock(&Clock::system())
{}

OrderActions::~OrderActions() = default;

OrderActions::IntentGroup::IntentGroup(OrderActions &actions)
    : m_actions(actions)
{
    Q_ASSERT(!actions.m_group);
    auto group = std::make_unique<Group>();
    // The audit chain's writer lock first, as every action's own transaction takes it.
    group->tx = std::make_unique<SqlTransaction>(
        actions.m_store.database(), actions.m_store.dialect(),
        SqlDialect::TransactionMode::Serialised, StoreLockKeys::AuditChain);
    if (group->tx->isActive()) {
        actions.m_group = std::move(group);
        m_open = true;
    } else { // each action then commits on its own, before its call leaves
        qCWarning(lcOrderActions, "intents not grouped: %s", qPrintable(group->tx->errorString()));
    }
}

bool OrderActions::IntentGroup::end(QString *error)
{
    if (!std::exchange(m_open, false))
        return true;
    const std::unique_ptr<Group> group = std::move(m_actions.m_group);
    // Every intent of the group, its lock and its "requested" entry, on disk before any call.
    const bool committed = group->tx->commit();
    if (!committed && error)
        *error = group->tx->errorString();
    for (Group::WaitingCall &call : group->waiting) {
        if (committed)
            call.send();
        else
            call.refuse(group->tx->errorString());
    }
    return committed;
}

void OrderActions::startInNextGroup(const QObject *context, std::function<void()> start)
{
    Private::pending(*this).starts.push_back({context, std::move(start)});
}

QString OrderActions::desk() const
{
    return m_leases->desk();
}

void OrderActions::setLeaseSeconds(int seconds)
{
    m_leases->setLeaseSeconds(seconds);
}

std::optional<OrderActions::Availability>
OrderActions::unavailableBeforeReading(Action action, const OperatorSession &session) const
{
    if (!session.isValid() || !session.can(OrderActionGuards::capabilityOf(action)))
        return OrderActionGuards::availability(action, session, {});
    if (const QString problem = gatewayProblem(action); !problem.isEmpty())
        return Availability{false, problem}; // before any read: the database may not answer
    return std::nullopt;
}

OrderActions::Availability OrderActions::availability(Action action, const OperatorSession &session,
                                                      const OrderRecord &order) const
{
    if (const auto unavailable = unavailableBeforeReading(action, session))
        return *unavailable;
    return OrderActionGuards::availability(action, session,
                                           OrderActionGuards(m_store).stateOf(order));
}

OrderActions::Availability OrderActions::availabilityOf(Action action,
                                                        const OperatorSession &session,
                                                        const OrderActionState &state) const
{
    if (const auto unavailable = unavailableBeforeReading(action, session))
        return *unavailable;
    return OrderActionGuards::availability(action, session, state);
}

QString OrderActions::gatewayProblem(Action action) const
{
    if (!m_databaseProblem.isEmpty())
        return m_databaseProblem;
    if (action == Action::RequestRefund)
        return {};
    if (const GatewayConfig &config = m_api.client()->config(); config.isValid()) {
        // A charge names the merchant to be paid (seller_id); Alipay is never asked to guess.
        if (action == Action::Charge && config.sellerId.isEmpty())
            return tr("No seller ID is set, so a charge cannot name the merchant to be paid. An "
                      "administrator enters the merchant's Alipay user ID (2088…) on the "
                      "Credentials page.");
        return {};
    }
    if (!m_credentialsProblem.isEmpty())
        return m_credentialsProblem;
    return tr("This desk has no usable Alipay credentials, so it can only search and read "
              "orders. Ask an administrator to set them up.");
}

void OrderActions::unfreeze(const OperatorSession &session, const UnfreezeInput &input,
                            const QObject *context, Done done)
{
    auto p = Private::prepare(*this, Action::Unfreeze, session, input.outOrderNo, input.reason,
                              Private::LockWrite::WithIntent);
    const OrderRecord &order = p.state.order;
    if (p.refusal.isEmpty())
        p.refusal =
            OrderActionGuards::amountProblem(input.amount, order.rest, tr("what is left frozen"));
    std::optional<QString> number;
    if (p.refusal.isEmpty())
        number = Private::number(*this, Private::Kind::Unfreeze, input.requestNo, &p.refusal);
    UnfreezeRequest request;
    std::optional<QByteArray> biz;
    if (p.refusal.isEmpty()) {
        request.authNo = order.authNo;
        request.outRequestNo = *number;
        request.amount = input.amount;
        request.remark = input.reason.trimmed();
        request.bizComplete =
            input.complete && order.credit.fen() > 0 && input.amount == order.rest;
        biz = request.bizContent(&p.refusal);
    }
    if (!biz)
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));
    Private::send(*this, session, p.lock, p.tx.get(),
                  Private::intentOf(IntentRecord::Kind::Unfreeze, session, order, *number,
                                    input.amount, input.reason, *biz),
                  {{QStringLiteral("biz_complete"), request.bizComplete},
                   {QStringLiteral("rest_before"), order.rest.toYuan()}},
                  context, std::move(done));
}

void OrderActions::charge(const OperatorSession &session, const ChargeInput &input,
                          const QObject *context, Done done)
{
    auto p = Private::prepare(*this, Action::Charge, session, input.outOrderNo, input.reason,
                              Private::LockWrite::WithIntent);
    const OrderRecord &order = p.state.order;
    if (p.refusal.isEmpty())
        p.refusal =
            OrderActionGuards::amountProblem(input.amount, order.rest, tr("what is left frozen"));
    if (p.refusal.isEmpty())
        p.refusal = OrderActionGuards::chargeLimitProblem(session, input.amount);
    std::optional<QString> number;
    if (p.refusal.isEmpty())
        number = Private::number(*this, Private::Kind::Pay, {}, &p.refusal);
    std::optional<QByteArray> biz;
    if (p.refusal.isEmpty()) {
        AuthPayRequest request;
        request.outTradeNo = *number;
        request.totalAmount = input.amount;
        request.subject = input.subject.trimmed().isEmpty()
                              ? (order.title.isEmpty() ? tr("Deposit charge") : order.title)
                              : input.subject.trimmed();
        request.authNo = order.authNo;
        request.buyerId = order.payerUserId;
        request.confirmMode = input.releaseRest ? AuthPayRequest::ConfirmMode::Complete
                                                : AuthPayRequest::ConfirmMode::NotComplete;
        biz = request.bizContent(m_api.client()->config(), &p.refusal);
    }
    if (!biz)
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));
    Private::send(*this, session, p.lock, p.tx.get(),
                  Private::intentOf(IntentRecord::Kind::Pay, session, order, *number, input.amount,
                                    input.reason, *biz),
                  {{QStringLiteral("release_rest"), input.releaseRest},
                   {QStringLiteral("rest_before"), order.rest.toYuan()},
                   {QStringLiteral("violation"), input.violation}},
                  context, std::move(done),
                  input.violation ? std::function<StoreResult(const IntentRecord &)>(
                                        [this, login = session.login](const IntentRecord &intent) {
                                            return Private::markViolated(*this, login, intent);
                                        })
                                  : std::function<StoreResult(const IntentRecord &)>());
}

void OrderActions::cancelFreeze(const OperatorSession &session, const CancelInput &input,
                                const QObject *context, Done done)
{
    auto p = Private::prepare(*this, Action::CancelFreeze, session, input.outOrderNo, input.reason,
                              Private::LockWrite::WithIntent);
    const auto freeze = p.state.freeze();
    if (p.refusal.isEmpty() && (!freeze || freeze->outRequestNo.isEmpty()))
        p.refusal = tr("The console does not know this order's freeze request yet. Refresh the "
                       "order, then cancel.");
    std::optional<QByteArray> biz;
    if (p.refusal.isEmpty()) {
        CancelRequest request;
        request.outOrderNo = p.state.order.outOrderNo;
        request.outRequestNo = freeze->outRequestNo;
        request.remark = input.reason.trimmed();
        biz = request.bizContent(&p.refusal);
    }
    if (!biz)
        return Private::deliver(context, done, ActionMessages::refused(p.refusal));
    // A cancel has no number of its own: it is the freeze's, and repeating it is safe (§6.4).
    Private::send(*this, session, p.lock, p.tx.get(),
                  Private::intentOf(IntentRecord::Kind::Cancel, session, p.state.order,
                                    freeze->outRequestNo, p.state.order.total, input.reason, *biz),
                  {}, context, std::move(done));
}

} // namespace DepositDesk
