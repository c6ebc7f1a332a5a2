#pragma once

// Internal to BulkRunner.cpp: the part of a BulkRunner that lives on its worker thread.

#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/bulk/BulkActions.h"
#include "services/bulk/BulkRunner.h"
#include "services/orders/OrderFacts.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayConfig.h"
#include "alipay/RequestNumberGenerator.h"

#include <QObject>

#include <memory>

namespace DepositDesk {

class Store;

// Lives on the worker thread; its parts are made there on first use and deleted there when the
// thread's event loop has ended, before its database connection is given back.
class BulkRunnerWorker : public QObject
{
    Q_OBJECT

public:
    BulkRunnerWorker(const Store &store, const GatewayConfig &gateway, const QString &desk)
        : m_store(store)
        , m_gateway(gateway)
        , m_desk(desk)
    {}

    BulkActions &bulk(); // made on first use
    OrderActions *actions() { return m_parts ? &m_parts->actions : nullptr; }
    void setGatewayConfig(const GatewayConfig &config);
    void teardown();

Q_SIGNALS:
    void started(const QList<DepositDesk::BulkActions::Row> &rows);
    void rowChanged(int index, const DepositDesk::BulkActions::Row &row);
    void progress(int finished, int total);
    void finished(bool cancelled, const QList<DepositDesk::BulkActions::Row> &rows);
    void orderChanged(const QString &outOrderNo);
    void intentUnknown(qint64 intentId);

private:
    struct Parts
    {
        Parts(const Store &store, const GatewayConfig &gateway, const QString &desk,
              BulkRunnerWorker *worker);

        // Declaration order is construction order, as in ConsoleServices.
        GatewayClient client;
        AlipayApi api;
        RequestNumberGenerator numbers;
        OrderFacts facts;
        OrderActions actions;
        OutcomeResolver resolver;
        BulkActions bulk;
    };

    const Store &m_store;
    GatewayConfig m_gateway;
    QString m_desk;
    std::unique_ptr<Parts> m_parts;
};

} // namespace DepositDesk
