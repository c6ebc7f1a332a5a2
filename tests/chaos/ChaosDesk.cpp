#include "ChaosDesk.h"

#include "sandbox/GatewayConfig.h"
#include "sandbox/Keys.h"
#include "services/actions/OutcomeResolver.h"
#include "services/refunds/RefundApprovals.h"
#include "services/session/SignIn.h"
#include "store/OperatorDirectory.h"
#include "store/OrderImporter.h"
#include "store/StoreConfig.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace DepositDesk::Chaos {

ChaosDesk::ChaosDesk(const DeskOptions &options)
    : m_options(options)
{}

ChaosDesk::~ChaosDesk() = default;

bool ChaosDesk::openStore(QString *error)
{
    const std::optional<StoreConfig> config = StoreConfig::fromSetting(m_options.store, error);
    if (!config)
        return false;
    m_store = std::make_unique<Store>(*config);
    const StoreResult opened = m_store->open();
    if (!opened)
        *error = opened.errorString;
    return bool(opened);
}

bool ChaosDesk::initialise(const QString &ordersCsv, QString *error)
{
    const ImportReport imported = OrderImporter(*m_store).importFile(ordersCsv);
    if (!imported.committed || !imported.rejected.isEmpty()) {
        *error = QStringLiteral("import: %1 (%2 rejected)")
                     .arg(imported.errorString)
                     .arg(imported.rejected.size());
        return false;
    }
    const StoreResult operators = OperatorDirectory(*m_store).createDemoOperators();
    if (!operators)
        *error = operators.errorString;
    return bool(operators);
}

bool ChaosDesk::start(QString *error)
{
    GatewayConfig gateway;
    gateway.gateway = m_options.gateway;
    gateway.appId = m_options.appId;
    gateway.merchantKey = Sandbox::Keys::readPrivate(m_options.appKey, error);
    gateway.alipayPublicKey = Sandbox::Keys::readPublic(m_options.alipayKey, error);
    if (!gateway.merchantKey || !gateway.alipayPublicKey)
        return false;
    gateway.sellerId = Sandbox::App::defaultSellerId(m_options.appId);
    gateway.timeoutMs = m_options.timeoutMs;
    m_services = std::make_unique<ConsoleServices>(*m_store, gateway);
    m_services->resolver().setBackoff({50, 100, 200, 400});
    const SignIn::Result supervisor =
        m_services->signIn(SignIn::demoLogin(OperatorRole::Supervisor),
                           SignIn::demoPassword(OperatorRole::Supervisor));
    const SignIn::Result agent = m_services->operatorSignIn().check(
        SignIn::demoLogin(OperatorRole::Agent), SignIn::demoPassword(OperatorRole::Agent));
    if (!supervisor.ok() || !agent.ok()) {
        *error = QStringLiteral("sign-in: ") + supervisor.message + agent.message;
        return false;
    }
    m_agent = agent.session;
    // As at every start (ConsoleServices also starts it with the first session).
    m_services->resolver().resolveAll();
    return true;
}

OperatorSession ChaosDesk::approver()
{
    QString message;
    return m_services->approvals().signInApprover(
        m_agent.login, SignIn::demoLogin(OperatorRole::Supervisor),
        SignIn::demoPassword(OperatorRole::Supervisor), &message);
}

ActionOutcome ChaosDesk::wait(const Call &call, int timeoutMs)
{
    std::optional<ActionOutcome> outcome;
    QEventLoop loop;
    QObject context;
    call(&context, [&outcome, &loop](const ActionOutcome &o) {
        if (!outcome)
            outcome = o;
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (outcome)
        return *outcome;
    ActionOutcome none;
    none.technical = QStringLiteral("no answer");
    return none;
}

void ChaosDesk::idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace DepositDesk::Chaos
