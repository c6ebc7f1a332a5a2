#include "services/bulk/BulkRunnerWorker.h"

namespace DepositDesk {

BulkRunnerWorker::Parts::Parts(const Store &store, const GatewayConfig &gateway,
                               const QString &desk, BulkRunnerWorker *w)
    : client(gateway)
    , api(&client)
    , facts(store)
    , actions(store, api, numbers, facts, desk)
    , resolver(store, api, facts)
    , bulk(store, actions, &resolver)
{
    resolver.setDesk(desk);
    QObject::connect(&bulk, &BulkActions::rowChanged, w, [this, w](int index) {
        Q_EMIT w->rowChanged(index, bulk.rows().value(index));
    });
    QObject::connect(&bulk, &BulkActions::progress, w, &BulkRunnerWorker::progress);
    QObject::connect(&bulk, &BulkActions::finished, w,
                     [this, w](bool cancelled) { Q_EMIT w->finished(cancelled, bulk.rows()); });
    QObject::connect(&actions, &OrderActions::orderChanged, w, &BulkRunnerWorker::orderChanged);
    QObject::connect(&actions, &OrderActions::intentUnknown, w, &BulkRunnerWorker::intentUnknown);
    // A row sent again whose answer was lost is settled by this resolver, on this thread.
    QObject::connect(
        &resolver, &OutcomeResolver::settled, w,
        [w](qint64, const QString &outOrderNo) { Q_EMIT w->orderChanged(outOrderNo); });
}

BulkActions &BulkRunnerWorker::bulk()
{
    if (!m_parts)
        m_parts = std::make_unique<Parts>(m_store, m_gateway, m_desk, this);
    return m_parts->bulk;
}

void BulkRunnerWorker::setGatewayConfig(const GatewayConfig &config)
{
    m_gateway = config;
    if (m_parts)
        m_parts->client.setConfig(config);
}

void BulkRunnerWorker::teardown()
{
    m_parts.reset();
}

} // namespace DepositDesk
