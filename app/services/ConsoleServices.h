#pragma once

#include "OperatorSession.h"

#include <QObject>

#include <memory>

namespace DepositDesk {

class AlipayApi;
class GatewayClient;
class OrderActions;
class OrderDetailsReader;
class OrderFacts;
class OrderLookup;
class OrderRefresher;
class OutcomeResolver;
class RequestNumberGenerator;
class SearchService;
class Store;
struct GatewayConfig;

// The composition of every service the window uses, over one Store and one gateway: built by
// main.cpp (demo or configured environment) and by the GUI tests. Owns all services; the Store
// is borrowed and must outlive it. Holds the signed-in operator.
class ConsoleServices : public QObject
{
    Q_OBJECT

public:
    ConsoleServices(const Store &store, const GatewayConfig &gateway, QObject *parent = nullptr);
    ~ConsoleServices() override;

    const Store &store() const { return m_store; }
    GatewayClient &client();
    AlipayApi &api();
    OrderFacts &facts();
    OrderActions &actions();
    OutcomeResolver &resolver();
    OrderRefresher &refresher();
    OrderLookup &lookup();
    SearchService &search();
    const OrderDetailsReader &details() const;

    // Demo mode: the sign-in dialog lists the demo operators with their passwords.
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }

    const OperatorSession &session() const { return m_session; }
    void setSession(const OperatorSession &session); // audited sign-in / sign-out
    void signOut();

Q_SIGNALS:
    void sessionChanged(const DepositDesk::OperatorSession &session);

private:
    const Store &m_store;
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    OperatorSession m_session;
    bool m_demo = false;
};

} // namespace DepositDesk
