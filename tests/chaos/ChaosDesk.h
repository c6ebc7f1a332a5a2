#pragma once

// One headless console (the real ConsoleServices, no widgets) over a store and a running
// sandbox, with the operators it signs in: the desk's supervisor, an agent who requests refunds.

#include "alipay/GatewayConfig.h"
#include "domain/OperatorSession.h"
#include "services/ConsoleServices.h"
#include "services/actions/ActionOutcome.h"
#include "store/Store.h"

#include <QString>

#include <functional>
#include <memory>

namespace DepositDesk::Chaos {

struct DeskOptions
{
    QString store;     // SQLite path or a PostgreSQL connection string
    QUrl gateway;      // http://127.0.0.1:<port>/gateway.do
    QString appKey;    // the app private key file
    QString alipayKey; // the sandbox's public key file
    QString appId = QStringLiteral("2021000000000001");
    int timeoutMs = 800;
};

class ChaosDesk
{
public:
    explicit ChaosDesk(const DeskOptions &options);
    ~ChaosDesk();

    // Opens the store; without services (init, report).
    bool openStore(QString *error);
    // Imports the sandbox's order list and creates the operators (first run only).
    bool initialise(const QString &ordersCsv, QString *error);
    // Builds the services with a short timeout and backoff and signs the supervisor in, which
    // starts OutcomeResolver::resolveAll() as at every console start.
    bool start(QString *error);

    const Store &store() const { return *m_store; }
    ConsoleServices &services() { return *m_services; }
    const OperatorSession &supervisor() const { return m_services->session(); }
    const OperatorSession &agent() const { return m_agent; }
    // The approver of refunds, signed in through the approval dialog's path.
    OperatorSession approver();
    const DeskOptions &options() const { return m_options; }

    // Runs one asynchronous service call and waits (event loop) for its answer; a refusal with
    // `technical` "no answer" after timeoutMs.
    using Call = std::function<void(const QObject *, std::function<void(const ActionOutcome &)>)>;
    ActionOutcome wait(const Call &call, int timeoutMs = 60000);
    // Lets timers (the resolver's) run for `ms`.
    static void idle(int ms);

private:
    DeskOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ConsoleServices> m_services;
    OperatorSession m_agent;
};

} // namespace DepositDesk::Chaos
