#include "services/ConsoleServices.h"

#include "domain/Clock.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/OperatorAdmin.h"
#include "services/audit/AuditService.h"
#include "services/bulk/BulkActions.h"
#include "services/bulk/BulkRunner.h"
#include "services/finance/BillDownloader.h"
#include "services/finance/DifferenceCorrections.h"
#include "services/finance/ReconciliationService.h"
#include "services/orders/ChangeFeed.h"
#include "services/orders/OrderDetailsReader.h"
#include "services/orders/OrderFacts.h"
#include "services/orders/OrderLookup.h"
#include "services/orders/OrderNotesService.h"
#include "services/orders/OrderRefresher.h"
#include "services/orders/SearchService.h"
#include "services/queue/WorkQueue.h"
#include "services/refunds/RefundApprovals.h"
#include "services/risk/RiskReport.h"
#include "services/session/SignIn.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayConfig.h"
#include "alipay/RequestNumberGenerator.h"
#include "domain/Sentences.h"
#include "secrets/CredentialStore.h"
#include "store/AuditLog.h"
#include "store/OrderLocks.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QSysInfo>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcConsole, "depositdesk.console")

} // namespace

struct ConsoleServices::Parts
{
    Parts(const Store &store, const GatewayConfig &gateway, const QString &desk)
        : client(gateway)
        , api(&client)
        , facts(store)
        , actions(store, api, numbers, facts, desk)
        , resolver(store, api, facts)
        , bulk(store, actions, &resolver)
        , bulkRunner(store, gateway, OrderLocks::newDeskId())
        , refresher(store, api, facts)
        , lookup(store, api, facts)
        , search(store)
        , details(store)
        , reconciliation(store)
        , corrections(store, reconciliation, refresher, resolver)
        , changes(store)
        , approvals(store, actions, changes)
        , workQueue(store, &changes, Clock::system())
        , signIn(store)
        , operators(store)
        , audit(store, desk)
        , notes(store)
        , risk(store)
    {}

    // Declaration order is construction order: each part only borrows those above it.
    GatewayClient client;
    AlipayApi api;
    RequestNumberGenerator numbers;
    OrderFacts facts;
    OrderActions actions;
    OutcomeResolver resolver;
    BulkActions bulk;
    BulkRunner bulkRunner;
    OrderRefresher refresher;
    OrderLookup lookup;
    SearchService search;
    OrderDetailsReader details;
    ReconciliationService reconciliation;
    DifferenceCorrections corrections;
    ChangeFeed changes;
    RefundApprovals approvals;
    WorkQueue workQueue;
    SignIn signIn;
    OperatorAdmin operators;
    AuditService audit;
    OrderNotesService notes;
    RiskReport risk;
};

ConsoleServices::ConsoleServices(const Store &store, const GatewayConfig &gateway, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
    , m_desk(OrderLocks::newDeskId())
{
    m_parts = std::make_unique<Parts>(store, gateway, m_desk);
    // One desk per process: the resolver's retries take the order locks as the actions do.
    m_parts->resolver.setDesk(m_desk);
    connect(&m_parts->actions, &OrderActions::intentUnknown, &m_parts->resolver,
            &OutcomeResolver::resolve);
    connect(&m_parts->resolver, &OutcomeResolver::settled, &m_parts->approvals,
            &RefundApprovals::refresh);
    // The bulk runner's own OrderActions (on its thread) report as this desk's do.
    connect(&m_parts->bulkRunner, &BulkRunner::intentUnknown, &m_parts->resolver,
            &OutcomeResolver::resolve);
    connect(&m_parts->bulkRunner, &BulkRunner::orderChanged, &m_parts->actions,
            &OrderActions::orderChanged);
    // What other desks and processes write, and whether the database answers.
    connect(&m_parts->changes, &ChangeFeed::reachabilityChanged, this,
            &ConsoleServices::onDatabaseReachability);
    m_parts->changes.start();
}

ConsoleServices::~ConsoleServices() = default;

GatewayClient &ConsoleServices::client()
{
    return m_parts->client;
}

AlipayApi &ConsoleServices::api()
{
    return m_parts->api;
}

OrderFacts &ConsoleServices::facts()
{
    return m_parts->facts;
}

OrderActions &ConsoleServices::actions()
{
    return m_parts->actions;
}

OutcomeResolver &ConsoleServices::resolver()
{
    return m_parts->resolver;
}

BulkActions &ConsoleServices::bulk()
{
    return m_parts->bulk;
}

BulkRunner &ConsoleServices::bulkRunner()
{
    return m_parts->bulkRunner;
}

OrderRefresher &ConsoleServices::refresher()
{
    return m_parts->refresher;
}

OrderLookup &ConsoleServices::lookup()
{
    return m_parts->lookup;
}

AuditService &ConsoleServices::auditLog()
{
    return m_parts->audit;
}

RiskReport &ConsoleServices::riskReport()
{
    return m_parts->risk;
}

OrderNotesService &ConsoleServices::notes()
{
    return m_parts->notes;
}

SearchService &ConsoleServices::search()
{
    return m_parts->search;
}

const OrderDetailsReader &ConsoleServices::details() const
{
    return m_parts->details;
}

RefundApprovals &ConsoleServices::approvals()
{
    return m_parts->approvals;
}

WorkQueue &ConsoleServices::workQueue()
{
    return m_parts->workQueue;
}

OperatorAdmin &ConsoleServices::operators()
{
    return m_parts->operators;
}

BillDownloader &ConsoleServices::bills()
{
    if (!m_bills)
        m_bills = std::make_unique<BillDownloader>(m_store, m_parts->api, m_dataDirectory);
    return *m_bills;
}

ChangeFeed &ConsoleServices::changes()
{
    return m_parts->changes;
}

bool ConsoleServices::databaseReachable() const
{
    return m_parts->changes.isReachable();
}

QString ConsoleServices::databaseProblem() const
{
    if (m_parts->changes.isReachable())
        return {};
    //: %1: the time since when the database cannot be reached (hours and minutes)
    return QCoreApplication::translate("DepositDesk::ConsoleServices",
                                       "The database cannot be reached since %1; retrying… "
                                       "Money actions are off until it answers again; what is "
                                       "shown may be out of date.")
        .arg(QLocale().toString(m_parts->changes.unreachableSince().time(), QLocale::ShortFormat));
}

QString ConsoleServices::databaseProblemDetails() const
{
    return m_parts->changes.unreachableReason();
}

void ConsoleServices::onDatabaseReachability()
{
    m_parts->actions.setDatabaseProblem(databaseProblem());
    m_parts->bulkRunner.setDatabaseProblem(databaseProblem());
    Q_EMIT databaseReachabilityChanged(databaseReachable());
    Q_EMIT credentialsChanged();
}

ReconciliationService &ConsoleServices::reconciliation()
{
    return m_parts->reconciliation;
}

DifferenceCorrections &ConsoleServices::corrections()
{
    return m_parts->corrections;
}

bool ConsoleServices::setDataDirectory(const QString &directory)
{
    if (m_bills && m_bills->isRunning())
        return false;
    m_bills.reset();
    m_dataDirectory = directory;
    return true;
}

bool ConsoleServices::canCallAlipay() const
{
    return m_parts->client.config().isValid() && databaseReachable();
}

QString ConsoleServices::credentialsProblem() const
{
    if (const QString database = databaseProblem(); !database.isEmpty())
        return database;
    const QStringList problems = m_parts->client.config().problems();
    if (problems.isEmpty())
        return {};
    if (!m_keychainProblem.isEmpty())
        //: %1: why the keychain gave no credentials (locked, missing, refused ...)
        return QCoreApplication::translate("DepositDesk::ConsoleServices",
                                           "%1 Searching and reading orders work; unfreezing, "
                                           "charging and the other Alipay actions are disabled.")
            .arg(m_keychainProblem);
    //: %1: what is wrong with the gateway configuration (one or more sentences)
    return QCoreApplication::translate(
               "DepositDesk::ConsoleServices",
               "Alipay credentials are not set up, so this desk can only search and read "
               "orders. %1")
        .arg(Sentences::join(problems));
}

void ConsoleServices::setGatewayConfig(const GatewayConfig &config)
{
    m_parts->client.setConfig(config);
    m_parts->bulkRunner.setGatewayConfig(config);
    m_parts->actions.setCredentialsProblem(credentialsProblem());
    m_parts->bulkRunner.setCredentialsProblem(credentialsProblem());
    Q_EMIT credentialsChanged();
}

void ConsoleServices::setKeychainProblem(const QString &problem)
{
    m_keychainProblem = problem;
    m_parts->actions.setCredentialsProblem(credentialsProblem());
    m_parts->bulkRunner.setCredentialsProblem(credentialsProblem());
    Q_EMIT credentialsChanged();
}

void ConsoleServices::useKeychain(Environment environment)
{
    useKeychainService(CredentialStore::serviceNameFor(environment));
}

void ConsoleServices::useKeychainService(const QString &serviceName)
{
    if (!m_credentialsAdmin)
        m_credentialsAdmin = new CredentialsAdmin(*this, serviceName, this);
}

const SignIn &ConsoleServices::operatorSignIn() const
{
    return m_parts->signIn;
}

SignIn::Result ConsoleServices::signIn(const QString &login, const QString &password)
{
    SignIn::Result result = m_parts->signIn.check(login, password);
    if (result.ok())
        setSession(result.session);
    return result;
}

void ConsoleServices::setSession(const OperatorSession &session)
{
    if (m_session.isValid() && m_session.login != session.login)
        signOut();
    const bool changed = m_session.login != session.login || m_session.role != session.role;
    m_session = session;
    if (session.isValid() && changed) {
        AuditEvent event;
        event.operatorLogin = session.login;
        event.action = QStringLiteral("operator.sign_in");
        event.details = {{QStringLiteral("role"), operatorRoleCode(session.role)},
                         {QStringLiteral("desk"), m_desk},
                         {QStringLiteral("demo"), m_demo}};
        if (const StoreResult written = AuditLog(m_store).append(event); !written)
            qCWarning(lcConsole).noquote() << "sign-in not audited:" << written.errorString;
    }
    if (changed)
        Q_EMIT sessionChanged(m_session);
    if (m_session.isValid() && !m_resolvedAll) {
        m_resolvedAll = true;
        m_parts->resolver.resolveAll();
    }
}

void ConsoleServices::signOut()
{
    if (!m_session.isValid())
        return;
    AuditEvent event;
    event.operatorLogin = m_session.login;
    event.action = QStringLiteral("operator.sign_out");
    event.details = {{QStringLiteral("desk"), m_desk}};
    if (const StoreResult written = AuditLog(m_store).append(event); !written)
        qCWarning(lcConsole).noquote() << "sign-out not audited:" << written.errorString;
    m_session = {};
    Q_EMIT sessionChanged(m_session);
}

void ConsoleServices::checkAuditChain()
{
    if (m_auditChainState == AuditChainState::Checking)
        return;
    if (!m_auditWorker)
        m_auditWorker = std::make_unique<StoreWorker>(m_store);
    m_auditChainState = AuditChainState::Checking;
    m_auditWorker->run(
        [](const Store &store) { return AuditLog(store).verifyFromCheckpoint(); }, this,
        [this](AuditVerification result) {
            AuditEvent event;
            event.operatorLogin = m_session.isValid() ? m_session.login : QStringLiteral("system");
            event.action =
                result.ok ? QStringLiteral("audit.verified") : QStringLiteral("audit.broken");
            event.details = {{QStringLiteral("entries_checked"), result.entries},
                             {QStringLiteral("from_seq"), result.fromSeq},
                             {QStringLiteral("desk"), m_desk}};
            if (!result.ok)
                event.details.insert(QStringLiteral("first_broken_seq"), result.firstBrokenSeq);
            if (const StoreResult written = AuditLog(m_store).append(event); !written)
                qCWarning(lcConsole).noquote() << "audit check not audited:" << written.errorString;
            if (result.ok) {
                m_auditChainState = AuditChainState::Verified;
                m_auditChainMessage = QCoreApplication::translate("DepositDesk::ConsoleServices",
                                                                  "Audit log verified.");
            } else {
                m_auditChainState = AuditChainState::Broken;
                m_auditChainMessage =
                    QCoreApplication::translate(
                        "DepositDesk::ConsoleServices",
                        "The audit log does not verify: %1 It may have been changed outside "
                        "DepositDesk; tell your administrator.")
                        .arg(result.problem);
                qCWarning(lcConsole).noquote()
                    << "audit chain broken at entry" << result.firstBrokenSeq;
            }
            Q_EMIT auditChainChecked();
        });
}

} // namespace DepositDesk
