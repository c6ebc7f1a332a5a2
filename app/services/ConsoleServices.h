#pragma once

#include "domain/Environment.h"
#include "domain/OperatorSession.h"
#include "services/session/SignIn.h"

#include <QObject>

#include <memory>

namespace DepositDesk {

class AlipayApi;
class AuditService;
class RiskReport;
class BillDownloader;
class BulkActions;
class BulkRunner;
class ChangeFeed;
class WorkQueue;
class CredentialsAdmin;
class DifferenceCorrections;
class GatewayClient;
class OperatorAdmin;
class OrderActions;
class OrderDetailsReader;
class OrderFacts;
class OrderLookup;
class OrderNotesService;
class OrderRefresher;
class OutcomeResolver;
class ReconciliationService;
class RefundApprovals;
class RequestNumberGenerator;
class SearchService;
class Store;
class StoreWorker;
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
    // One action on many orders on this thread (previews, the command line).
    BulkActions &bulk();
    // One action on many orders run on a worker thread (the Bulk action dialog's runs; one batch
    // at a time per desk).
    BulkRunner &bulkRunner();
    OrderRefresher &refresher();
    OrderLookup &lookup();
    SearchService &search();
    const OrderDetailsReader &details() const;
    // The supervisors' refund queue and the approval threshold.
    RefundApprovals &approvals();
    // What waits for someone at this desk, per role (the page the console opens on).
    WorkQueue &workQueue();
    // The operator accounts (the administrators' Operators page).
    OperatorAdmin &operators();
    // Finance. The downloader is made on first use over dataDirectory().
    BillDownloader &bills();
    ReconciliationService &reconciliation();
    // Corrections of reconciliation differences (refresh, known external payment, settle).
    DifferenceCorrections &corrections();
    // What other desks, the resolver and other processes change (orders, refund requests),
    // within about a second, and whether the database answers (services/orders/ChangeFeed.h).
    ChangeFeed &changes();
    // The whole audit log for the page View > Audit log (Capability::ReadAuditLog).
    AuditService &auditLog();
    // The risk report for the page View > Risk report (Capability::ViewRiskReport).
    RiskReport &riskReport();
    // Operators' notes on orders (hand-over), written with their audit entry.
    OrderNotesService &notes();

    // False while the database cannot be reached (the change feed's connection fails; it
    // retries by itself). The desk is then read-only: canCallAlipay() is false, every money
    // action is refused with databaseProblem(), nothing is queued to be sent later.
    bool databaseReachable() const;
    // Translated: since when the database cannot be reached, that it is retried and that money
    // actions are off; empty while reachable.
    QString databaseProblem() const;
    // The driver's words for the last failure (no password), for "Details".
    QString databaseProblemDetails() const;

    // Where downloaded bills are kept (under <dir>/bills/): QStandardPaths::AppDataLocation
    // unless set (tests, demo mode: a folder that lives as long as the demo). Set it before the
    // first bills(); a later call replaces the downloader unless a download runs (then false).
    QString dataDirectory() const { return m_dataDirectory; }
    bool setDataDirectory(const QString &directory);

    // Whether calls to Alipay can be made at all: false while the gateway configuration lacks
    // keys or is otherwise unusable (a configured desk before the keychain answered), and while
    // the database cannot be reached. The window is then read-only and every action explains why
    // with credentialsProblem() (translated; the database's problem first).
    bool canCallAlipay() const;
    QString credentialsProblem() const;
    // Issue 6: the gateway configuration switched at run time (credentials loaded from the
    // keychain, saved or deleted). Emits credentialsChanged().
    void setGatewayConfig(const GatewayConfig &config);
    // Why the keychain gave no usable credentials (locked, no Secret Service, refused, no entry,
    // still loading ...): translated sentences; empty clears it. While the gateway has no usable
    // keys, credentialsProblem() and every action's refusal say this. Emits credentialsChanged().
    void setKeychainProblem(const QString &problem);
    // Configured mode: the credentials live in the OS keychain, under the service of
    // `environment` (CredentialStore::serviceNameFor); makes credentialsAdmin() (call
    // credentialsAdmin()->loadStored() to load them). The demo keeps its demo keys and never
    // touches a keychain.
    void useKeychain(Environment environment);
    // The same under a keychain service name of the caller's own (tests).
    void useKeychainService(const QString &serviceName);
    // Null until useKeychain().
    CredentialsAdmin *credentialsAdmin() const { return m_credentialsAdmin; }
    // This desk's name in intents and the audit log (the host name).
    QString desk() const { return m_desk; }

    // Demo mode: the sign-in dialog lists the demo operators with their passwords.
    void setDemo(bool demo) { m_demo = demo; }
    bool isDemo() const { return m_demo; }

    // Operators signing in: the first start's administrator, the demo operators.
    const SignIn &operatorSignIn() const;
    // The desk's sign-in: SignIn::check(), then setSession() when it succeeds.
    SignIn::Result signIn(const QString &login, const QString &password);

    const OperatorSession &session() const { return m_session; }
    // Audited: "operator.sign_in" (and "operator.sign_out" for an operator replaced). The first
    // valid session starts OutcomeResolver::resolveAll(), so unknown outcomes left by an earlier
    // run are settled as soon as someone works at the desk.
    void setSession(const OperatorSession &session);
    void signOut(); // audited "operator.sign_out"; the session is empty afterwards

    // The start-up check of the audit chain: AuditLog::verifyFromCheckpoint() on a thread of its
    // own (it reads only the entries written since the last check). main.cpp starts it once an
    // operator signed in. The result is audited as "audit.verified" or "audit.broken" (the
    // entries checked, the checkpoint, the first broken entry; under the signed-in operator) and
    // announced by auditChainChecked(). A second call while one runs does nothing.
    enum class AuditChainState { NotChecked, Checking, Verified, Broken };
    void checkAuditChain();
    AuditChainState auditChainState() const { return m_auditChainState; }
    // Translated: what the last check found (empty before its result is in).
    QString auditChainMessage() const { return m_auditChainMessage; }

Q_SIGNALS:
    void sessionChanged(const DepositDesk::OperatorSession &session);
    // canCallAlipay() or credentialsProblem() may have changed.
    void credentialsChanged();
    // auditChainState() changed to Verified or Broken.
    void auditChainChecked();
    // databaseReachable() changed (credentialsChanged() follows).
    void databaseReachabilityChanged(bool reachable);

private:
    void onDatabaseReachability();

    const Store &m_store;
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    std::unique_ptr<BillDownloader> m_bills;
    QString m_dataDirectory;
    QString m_keychainProblem;
    CredentialsAdmin *m_credentialsAdmin = nullptr; // child
    OperatorSession m_session;
    QString m_desk;
    bool m_demo = false;
    bool m_resolvedAll = false;
    AuditChainState m_auditChainState = AuditChainState::NotChecked;
    QString m_auditChainMessage;
    std::unique_ptr<StoreWorker> m_auditWorker; // last: destroyed (and waited for) first
};

} // namespace DepositDesk
