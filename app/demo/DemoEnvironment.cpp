#include "demo/DemoEnvironment.h"

#include "intake/IntakeServer.h"
#include "services/actions/OrderActions.h"
#include "services/intake/NotificationIntake.h"
#include "services/orders/OrderFacts.h"
#include "services/risk/WaiverPolicyService.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/RequestNumberGenerator.h"
#include "domain/OperatorRole.h"

#include "sandbox/GatewayConfig.h"
#include "sandbox/Keys.h"
#include "sandbox/seed/Seeding.h"
#include "store/Ledger.h"
#include "store/OperatorDirectory.h"
#include "store/OrderImporter.h"
#include "store/OrderLocks.h"
#include "store/SqlTransaction.h"
#include "store/StoreConfig.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace DepositDesk {

namespace {

constexpr auto DemoAppId = "2021000000000001";

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// What the seeded orders went through (operations, charges, refunds), written to the demo
// ledger as imported facts, as the merchant's history would be: the order export carries only
// the orders and their numbers, and without the facts the demo's own bills would not match its
// ledger (every bill line "only in Alipay's bill"). One transaction.
StoreResult recordSeededFacts(const Sandbox::Ledger &sandbox, const Store &store,
                              const QString &app)
{
    SqlTransaction tx(store.database(), store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    Ledger ledger(store);
    QHash<QString, QString> orderOfAuth;
    StoreResult result = StoreResult::success();
    for (const Sandbox::FundAuthOrder &order : sandbox.orders(app)) {
        orderOfAuth.insert(order.authNo, order.outOrderNo);
        for (const Sandbox::FundAuthOperation &op : sandbox.operations(order.authNo)) {
            if (result)
                result = ledger.recordOperation(
                    {op.outOrderNo, op.authNo, op.operationId, op.outRequestNo, toProtocol(op.type),
                     toProtocol(op.status), op.amount, op.creditAmount, op.fundAmount(),
                     op.transAt.isValid() ? op.transAt : op.createdAt},
                    FactSource::Import);
        }
    }
    for (const Sandbox::Trade &trade : sandbox.trades(app)) {
        if (trade.refusedUnpaid())
            continue; // a refused charge is a failed intent of the desk, not a fact
        const QString outOrderNo = orderOfAuth.value(trade.authNo);
        if (result)
            result = ledger.recordTrade({outOrderNo, trade.tradeNo, trade.outTradeNo,
                                         toProtocol(trade.status), trade.totalAmount, trade.paidAt},
                                        FactSource::Import);
        for (const Sandbox::Refund &refund : sandbox.refunds(trade.tradeNo))
            if (result)
                result = ledger.recordRefund({outOrderNo, refund.tradeNo, refund.outTradeNo,
                                              refund.outRequestNo, QStringLiteral("REFUND_SUCCESS"),
                                              refund.amount, refund.refundedAt},
                                             FactSource::Import);
    }
    if (result && !tx.commit())
        result = StoreResult::failure(tx.errorString());
    return result;
}

} // namespace

// The desk's own charge (OrderActions::charge(): permission, the order's lock, the intent
// journal, the signed call to the embedded gateway, the audit log) of each past attempt, with the
// clock pinned to its instant: the console's services, the gateway and the sending client agree
// on it, so the intent and its audit entries carry the day the charge failed. Oldest first, so the
// audit chain stays in time order.
bool DemoEnvironment::seedWaiverPolicy(QString *error)
{
    // Saved a year ago by the demo risk analyst, so that it is in force for every seeded order.
    // Phones, cameras, cars and laptops with a large credit waiver exceed it; outdoor gear has
    // no band at all.
    const auto band = [](const char *category, int min, std::optional<int> max, qint64 yuan,
                         bool partial) {
        return WaiverBand{QString::fromLatin1(category), min, max, Money::fromFen(yuan * 100),
                          partial};
    };
    const QList<WaiverBand> bands = {
        band("RENT_PHONE", 350, 599, 0, false),
        band("RENT_PHONE", 600, 699, 3000, true),
        band("RENT_PHONE", 700, std::nullopt, 6000, true),
        band("RENT_CAMERA", 600, 699, 4000, true),
        band("RENT_CAMERA", 700, std::nullopt, 9000, true),
        band("RENT_CAR", 650, std::nullopt, 5000, true),
        band("RENT_LAPTOP", 650, std::nullopt, 8000, true),
        band("RENT_STROLLER", 550, std::nullopt, 1200, false),
        band("RENT_POWERBANK", 550, std::nullopt, 99, false),
    };
    OperatorSession risk;
    risk.login = OperatorDirectory::demoLogin(OperatorRole::Risk);
    risk.role = OperatorRole::Risk;
    m_clock.pin(Clock::system().now().addDays(-365));
    const StoreResult saved = WaiverPolicyService(*m_store, m_clock)
                                  .save(risk, bands, tr("Demo: the first waiver policy"));
    m_clock.pin({});
    if (!saved)
        return fail(error, saved.errorString);
    return true;
}

bool DemoEnvironment::sendPastCharges(const QList<Sandbox::SeededOrder> &seeded, QString *error)
{
    QList<std::pair<QDateTime, const Sandbox::SeededOrder *>> attempts;
    for (const Sandbox::SeededOrder &order : seeded) {
        for (const QDateTime &at : order.chargeAttempts)
            attempts.append({at, &order});
    }
    std::sort(attempts.begin(), attempts.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    GatewayClient client(gatewayConfig());
    client.setClock(m_clock);
    client.network()->setProxy(QNetworkProxy::NoProxy);
    AlipayApi api(&client);
    RequestNumberGenerator numbers(m_clock);
    OrderFacts facts(*m_store);
    OrderActions actions(*m_store, api, numbers, facts, OrderLocks::newDeskId());
    actions.setClock(m_clock);
    OperatorSession supervisor;
    supervisor.login = QStringLiteral("demo-") + operatorRoleCode(OperatorRole::Supervisor);
    supervisor.displayName = supervisor.login;
    supervisor.role = OperatorRole::Supervisor;
    for (const auto &[at, seededOrder] : attempts) {
        m_clock.pin(at);
        const std::optional<Sandbox::FundAuthOrder> order =
            m_ledger.findOrder(m_summary.appId, seededOrder->authNo, {}, at);
        if (!order)
            return fail(error, tr("The demo order %1 is missing.").arg(seededOrder->authNo));
        OrderActions::ChargeInput input;
        input.outOrderNo = order->outOrderNo;
        input.amount = order->restAmount();
        input.subject = order->orderTitle;
        input.reason = tr("The rented item was not returned.");
        std::optional<ActionOutcome> outcome;
        QEventLoop loop;
        actions.charge(supervisor, input, &loop, [&](const ActionOutcome &o) {
            outcome = o;
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        // The seeded payer cannot pay: anything but Alipay's refusal is a fault of the demo.
        if (outcome->status != ActionOutcome::Status::Failed)
            return fail(error, outcome->message);
    }
    return true;
}

DemoEnvironment::DemoEnvironment() = default;
DemoEnvironment::~DemoEnvironment() = default;

RsaPublicKey DemoEnvironment::platformPublicKey() const
{
    return m_platformKey->publicKey();
}

GatewayConfig DemoEnvironment::gatewayConfig() const
{
    GatewayConfig config;
    config.gateway = m_summary.gatewayUrl;
    config.appId = m_summary.appId;
    if (m_appKey)
        config.merchantKey = *m_appKey;
    if (m_platformKey)
        config.alipayPublicKey = m_platformKey->publicKey();
    config.sellerId = Sandbox::App::defaultSellerId(m_summary.appId);
    config.notifyUrl = m_summary.notifyUrl;
    return config;
}

bool DemoEnvironment::start(int orderCount, const QString &seedValue, QString *error)
{
    if (!m_dir.isValid())
        return fail(
            error,
            tr("Cannot create a temporary folder for demo mode: %1").arg(m_dir.errorString()));
    QString why;
    const auto platform =
        Sandbox::Keys::loadOrCreate(m_dir.filePath(QStringLiteral("alipay.pem")),
                                    m_dir.filePath(QStringLiteral("alipay.pub")), &why);
    const auto app =
        platform ? Sandbox::Keys::loadOrCreate(m_dir.filePath(QStringLiteral("app.pem")),
                                               m_dir.filePath(QStringLiteral("app.pub")), &why)
                 : std::nullopt;
    if (!platform || !app)
        return fail(error, tr("Cannot create the demo keys: %1").arg(why));
    m_platformKey = platform->privateKey;
    m_appKey = app->privateKey;

    Sandbox::GatewayConfig config;
    config.clock = &m_clock;
    config.platformKey = m_platformKey;
    config.addApp(QString::fromLatin1(DemoAppId), m_appKey->publicKey());

    const QString exportPath = m_dir.filePath(QStringLiteral("orders.csv"));
    QStringList report;
    QList<Sandbox::SeededOrder> seeded;
    if (!Sandbox::Seeding::run(m_ledger, config, orderCount, seedValue, exportPath, &report, &why,
                               m_recordHistory ? PayersWhoCannotPay : 0, &seeded))
        return fail(error, tr("Cannot seed the demo orders: %1").arg(why));

    m_gateway = std::make_unique<Sandbox::Gateway>(m_ledger, config);
    m_bills = std::make_unique<Sandbox::Bills>(m_ledger);
    m_gateway->setBillService(m_bills.get());
    if (!m_gateway->listenLoopback(0, &why))
        return fail(error, tr("Cannot start the demo sandbox gateway: %1").arg(why));
    m_summary.gatewayUrl = m_gateway->gatewayUrl();
    m_summary.appId = QString::fromLatin1(DemoAppId);

    m_summary.databasePath = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_store = std::make_unique<Store>(StoreConfig::sqlite(m_summary.databasePath));
    if (const StoreResult opened = m_store->open(); !opened)
        return fail(error, tr("Cannot open the demo database: %1").arg(opened.errorString));
    const ImportReport imported = OrderImporter(*m_store).importFile(exportPath);
    if (!imported.committed || !imported.rejected.isEmpty())
        return fail(error,
                    tr("The demo orders could not be imported: %1")
                        .arg(imported.errorString.isEmpty()
                                 ? tr("%n row(s) rejected", nullptr, int(imported.rejected.size()))
                                 : imported.errorString));
    if (const StoreResult facts =
            m_recordHistory ? recordSeededFacts(m_ledger, *m_store, QString::fromLatin1(DemoAppId))
                            : StoreResult::success();
        !facts)
        return fail(error, tr("Cannot record the demo orders' history: %1").arg(facts.errorString));
    if (m_recordHistory && !sendPastCharges(seeded, &why)) {
        m_clock.pin({});
        return fail(error, tr("Cannot record the demo orders' history: %1").arg(why));
    }
    m_clock.pin({});
    if (const StoreResult operators = OperatorDirectory(*m_store).createDemoOperators(); !operators)
        return fail(error, tr("Cannot create the demo operators: %1").arg(operators.errorString));
    if (!seedWaiverPolicy(&why))
        return fail(error, tr("Cannot save the demo waiver policy: %1").arg(why));

    m_summary.seededOrders = int(m_ledger.orders(m_summary.appId).size());
    m_summary.importedOrders = imported.imported();
    if (m_notificationIntake) {
        m_intake = std::make_unique<NotificationIntake>(*m_store, gatewayConfig());
        m_intakeServer = std::make_unique<IntakeServer>(*m_intake);
        if (!m_intakeServer->listenOn(QHostAddress::LocalHost, 0, &why))
            return fail(error, tr("Cannot start the demo notification intake: %1").arg(why));
        m_summary.notifyUrl = m_intakeServer->url();
    }
    return true;
}

} // namespace DepositDesk
