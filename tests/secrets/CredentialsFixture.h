#pragma once

// A desk whose credentials live in the (test) keychain: a SQLite store in a temporary folder,
// the sandbox gateway on loopback that knows the test app (tests/data keys: the merchant key
// signs, the "alipay" key answers; certificate mode answers with the SN of the test Alipay
// certificate), and ConsoleServices over a gateway configuration without keys, using a keychain
// service of its own. Link dd_services.

#include "SecretsTestData.h"

#include "alipay/Certificate.h"
#include "sandbox/Gateway.h"
#include "sandbox/ledger/Ledger.h"
#include "services/ConsoleServices.h"
#include "services/admin/CredentialsAdmin.h"
#include "store/Store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>

namespace DepositDesk::Testing {

class CredentialsFixture
{
public:
    CredentialsFixture() = default;
    // The services (and their search thread) go before the store they borrow.
    ~CredentialsFixture() { services.reset(); }
    CredentialsFixture(const CredentialsFixture &) = delete;
    CredentialsFixture &operator=(const CredentialsFixture &) = delete;

    // `baseUrl`: the gateway the desk is configured with (default: the sandbox).
    bool start(QString *error, const QUrl &baseUrl = {})
    {
        m_store = std::make_unique<Store>(
            StoreConfig::sqlite(m_dir.filePath(QStringLiteral("desk.sqlite"))));
        if (const StoreResult opened = m_store->open(); !opened) {
            *error = opened.errorString;
            return false;
        }
        Sandbox::GatewayConfig config;
        config.platformKey = RsaPrivateKey::load(
            readTestData(QStringLiteral("alipay-vectors/keys/alipay_private_pkcs8.pem")));
        config.addApp(TestAppId, *RsaPublicKey::load(readTestData(
                                     QStringLiteral("alipay-vectors/keys/merchant_public.pem"))));
        config.alipayCertSn = Certificate::appCertSn(
            readTestData(QStringLiteral("certs/alipayCertPublicKey_RSA2.crt")));
        m_gateway = std::make_unique<Sandbox::Gateway>(m_ledger, config);
        if (!m_gateway->listenLoopback(0, error))
            return false;
        keychainService =
            QStringLiteral("DepositDesk/test-%1").arg(QRandomGenerator::global()->generate());
        services = makeServices(baseUrl.isEmpty() ? m_gateway->gatewayUrl() : baseUrl);
        return true;
    }

    std::unique_ptr<ConsoleServices> makeServices(const QUrl &url, const QString &appId = TestAppId)
    {
        GatewayConfig base;
        base.gateway = url;
        base.appId = appId;
        base.timeoutMs = 10000;
        auto made = std::make_unique<ConsoleServices>(*m_store, base);
        made->setDataDirectory(m_dir.filePath(QStringLiteral("data")));
        made->useKeychainService(keychainService);
        return made;
    }

    static OperatorSession session(OperatorRole role)
    {
        OperatorSession s;
        s.login = role == OperatorRole::Admin ? QStringLiteral("admin1") : QStringLiteral("agent1");
        s.displayName = s.login;
        s.role = role;
        return s;
    }

    CredentialsAdmin &admin() { return *services->credentialsAdmin(); }
    const Store &store() const { return *m_store; }
    Sandbox::Gateway &gateway() { return *m_gateway; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString keychainService;
    std::unique_ptr<ConsoleServices> services; // reset by the destructor, before the store

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Sandbox::Ledger m_ledger;
    std::unique_ptr<Sandbox::Gateway> m_gateway;
};

// The answer a CredentialsAdmin signal carried, waited for in the event loop.
template<typename Signal>
CredentialsOutcome awaitOutcome(CredentialsAdmin &admin, Signal signal, int timeoutMs = 60000)
{
    CredentialsOutcome outcome;
    outcome.code = QStringLiteral("no_answer");
    QSignalSpy spy(&admin, signal);
    if (!spy.wait(timeoutMs))
        return outcome;
    return spy.first().first().template value<CredentialsOutcome>();
}

} // namespace DepositDesk::Testing

Q_DECLARE_METATYPE(DepositDesk::CredentialsOutcome)
