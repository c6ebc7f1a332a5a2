#pragma once

// The console's services over the demo environment, for GUI tests: the embedded sandbox with
// seeded orders, the demo database with the same orders and the demo operators, ConsoleServices
// signing with the demo app key, and a signed-in session for the role asked for.
//
//   ConsoleFixture console;
//   QVERIFY2(console.start(OperatorRole::Agent), qPrintable(console.error));
//   MainWindow window(languages, &console.services());
//
// Link dd_services (and depositdesk_ui for widgets).

#include "alipay/GatewayConfig.h"
#include "demo/DemoEnvironment.h"
#include "services/ConsoleServices.h"

#include <memory>

namespace DepositDesk::Testing {

class ConsoleFixture
{
public:
    static constexpr int DefaultOrders = 60;

    // Starts the demo environment (`orders` seeded and imported orders; `seed` makes them the
    // same every run) and signs in the demo operator of `role` through ConsoleServices::signIn.
    // False and `error` when any step failed.
    bool start(OperatorRole role = OperatorRole::Agent, int orders = DefaultOrders,
               const QString &seed = QStringLiteral("console-fixture"))
    {
        if (!m_demo.start(orders, seed, &error))
            return false;
        m_services = std::make_unique<ConsoleServices>(m_demo.store(), gatewayConfig());
        m_services->setDemo(true);
        m_services->setDataDirectory(m_demo.dataDirectory());
        return m_noSession || signIn(role);
    }

    // Signs in (or switches to) the demo operator of `role`, as the sign-in dialog does.
    bool signIn(OperatorRole role)
    {
        const SignIn::Result result =
            m_services->signIn(SignIn::demoLogin(role), SignIn::demoPassword(role));
        if (!result.ok())
            error = result.message;
        return result.ok();
    }

    // start() leaves nobody signed in (for sign-in tests).
    void startWithoutSession() { m_noSession = true; }

    GatewayConfig gatewayConfig() const { return m_demo.gatewayConfig(); }

    ConsoleServices &services() { return *m_services; }
    DemoEnvironment &demo() { return m_demo; }
    const Store &store() const { return m_demo.store(); }

    QString error;

private:
    DemoEnvironment m_demo;
    std::unique_ptr<ConsoleServices> m_services; // destroyed before the demo it borrows
    bool m_noSession = false;
};

} // namespace DepositDesk::Testing
