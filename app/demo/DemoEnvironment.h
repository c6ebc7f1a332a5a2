#pragma once

#include "alipay/GatewayConfig.h"
#include "domain/Clock.h"
#include "sandbox/Gateway.h"
#include "sandbox/bills/Bills.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeder.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace DepositDesk {

class IntakeServer;
class NotificationIntake;

// What `depositdesk --demo` runs on: the sandbox gateway in this process with seeded orders
// (in memory, freshly generated keys), and a demo SQLite database that receives the same orders
// through the import path, with one demo operator per role. Everything lives in a temporary
// folder that disappears with the object; nothing touches the user's real data.
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::DemoEnvironment)

public:
    struct Summary
    {
        QUrl gatewayUrl;
        QString appId;
        int seededOrders = 0;
        int importedOrders = 0;
        QString databasePath;
        QUrl notifyUrl; // the embedded notification intake; empty when it is off
    };

    static constexpr int DefaultOrderCount = 300;
    // With the recorded history: orders (beyond the count) whose payer cannot pay and whose
    // charges the desk sent and Alipay refused (ACQ.BUYER_BALANCE_NOT_ENOUGH), the first of them
    // 20 days ago, another 2 days ago (Sandbox::SeededOrder::chargeAttempts).
    static constexpr int PayersWhoCannotPay = 4;

    DemoEnvironment();
    ~DemoEnvironment();

    // Before start(): also record the seeded orders' operations, charges and refunds in the
    // demo ledger, as if the console had been running all along (the demo's bills then match
    // its ledger), and add PayersWhoCannotPay orders whose charges failed, sent by the desk in
    // the past (Pay intents FAILED with ACQ.BUYER_BALANCE_NOT_ENOUGH, audited). Off by default:
    // the tests of facts and refreshes start from an imported order index with an empty ledger
    // and no intents, as a newly installed desk has.
    void setRecordHistory(bool record) { m_recordHistory = record; }
    // Before start(): also run a notification intake (app/intake/IntakeServer.h) on 127.0.0.1
    // over the demo database, and send its URL as the notify_url of the console's calls
    // (gatewayConfig().notifyUrl): a freeze created with it and confirmed at the sandbox's
    // /sandbox/user/confirm reaches the order list by notification, as with depositdesk-intake.
    // Off by default: the tests of the console's own answers must not race a notification.
    void setNotificationIntake(bool on) { m_notificationIntake = on; }

    // False and a translated message when any step failed (keys, seeding, gateway, import).
    bool start(int orderCount = DefaultOrderCount, const QString &seedValue = {},
               QString *error = nullptr);

    const Summary &summary() const { return m_summary; }
    const Store &store() const { return *m_store; }
    Sandbox::Gateway &gateway() { return *m_gateway; }
    // The merchant app key pair the console signs with (generated for this run).
    const RsaPrivateKey &appKey() const { return *m_appKey; }
    RsaPublicKey platformPublicKey() const;
    // How the console talks to the embedded gateway: its URL, the demo app id and keys, and the
    // demo merchant's seller id (charges need it).
    GatewayConfig gatewayConfig() const;
    // Where the console keeps downloaded bills in demo mode (inside the temporary folder).
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }

private:
    // The embedded gateway's "now": the system's, except while start() pins it to send the
    // charges of the past (the gateway and the sending client then agree on the instant).
    class DemoClock final : public Clock
    {
    public:
        QDateTime now() const override
        {
            return m_pinned.isValid() ? m_pinned : Clock::system().now();
        }
        void pin(const QDateTime &at) { m_pinned = at; }

    private:
        QDateTime m_pinned;
    };

    // The charges the seeded orders whose payer cannot pay were tried with, each sent through
    // the desk's OrderActions at its past instant.
    bool sendPastCharges(const QList<Sandbox::SeededOrder> &seeded, QString *error);
    // The first version of the credit waiver policy (services/risk/WaiverPolicyService.h).
    bool seedWaiverPolicy(QString *error);

    DemoClock m_clock; // before the gateway, which holds it
    QTemporaryDir m_dir;
    Sandbox::Ledger m_ledger;
    bool m_recordHistory = false;
    std::optional<RsaPrivateKey> m_appKey;
    std::optional<RsaPrivateKey> m_platformKey;
    std::unique_ptr<Sandbox::Gateway> m_gateway;
    std::unique_ptr<Sandbox::Bills> m_bills;
    std::unique_ptr<Store> m_store;
    bool m_notificationIntake = false;
    std::unique_ptr<NotificationIntake> m_intake; // over m_store
    std::unique_ptr<IntakeServer> m_intakeServer; // over m_intake
    Summary m_summary;
};

} // namespace DepositDesk
