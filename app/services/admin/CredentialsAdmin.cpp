#include "services/admin/CredentialsAdmin.h"

#include "services/ConsoleServices.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsProbe.h"

#include "alipay/Certificate.h"
#include "alipay/GatewayClient.h"
#include "secrets/CredentialStore.h"
#include "store/AuditLog.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcCredentialsAdmin, "depositdesk.credentials")

using Part = Credentials::Part;

// "RSA 2048", "certificate, RSA 2048", "3 certificates": what the page shows instead of content.
QString describe(Part part, const QByteArray &text)
{
    switch (part) {
    case Part::MerchantPrivateKey:
        if (const auto key = RsaPrivateKey::load(text))
            return CredentialsAdmin::tr("RSA %1").arg(key->bits());
        break;
    case Part::AppPublicKey:
    case Part::AlipayPublicKey:
        if (const auto key = RsaPublicKey::load(text))
            return CredentialsAdmin::tr("RSA %1").arg(key->bits());
        break;
    case Part::AppCertificate:
    case Part::AlipayCertificate:
        if (const auto certificate = Certificate::load(text))
            if (const auto key = certificate->publicKey())
                return CredentialsAdmin::tr("certificate, RSA %1").arg(key->bits());
        break;
    case Part::AlipayRootCertificate:
        if (const auto bundle = Certificate::loadBundle(text))
            return CredentialsAdmin::tr("%n certificate(s)", nullptr, int(bundle->size()));
        break;
    }
    return {};
}

GatewayConfig withoutKeys(GatewayConfig config)
{
    config.merchantKey.reset();
    config.alipayPublicKey.reset();
    config.appCertSn.clear();
    config.alipayCertSn.clear();
    config.alipayRootCertSn.clear();
    return config;
}

} // namespace

const QList<Credentials::Part> &allCredentialParts()
{
    static const QList<Part> parts = {Part::MerchantPrivateKey, Part::AppPublicKey,
                                      Part::AlipayPublicKey,    Part::AppCertificate,
                                      Part::AlipayCertificate,  Part::AlipayRootCertificate};
    return parts;
}

bool isCertificatePart(Credentials::Part part)
{
    return part == Part::AppCertificate || part == Part::AlipayCertificate ||
           part == Part::AlipayRootCertificate;
}

QList<Credentials::Part> presentParts(const Credentials &credentials)
{
    QList<Part> parts;
    for (Part part : allCredentialParts())
        if (credentials.hasPart(part))
            parts << part;
    return parts;
}

QString partCode(Credentials::Part part)
{
    switch (part) {
    case Part::MerchantPrivateKey:
        return QStringLiteral("merchant_private_key");
    case Part::AppPublicKey:
        return QStringLiteral("app_public_key");
    case Part::AlipayPublicKey:
        return QStringLiteral("alipay_public_key");
    case Part::AppCertificate:
        return QStringLiteral("app_certificate");
    case Part::AlipayCertificate:
        return QStringLiteral("alipay_certificate");
    case Part::AlipayRootCertificate:
        return QStringLiteral("alipay_root_certificate");
    }
    return {};
}

CredentialsAdmin::CredentialsAdmin(ConsoleServices &services, const QString &keychainService,
                                   QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_keychain(new CredentialStore(keychainService, this))
    , m_base(withoutKeys(services.client().config()))
{
    m_state.appId = m_base.appId;
    m_pending.setAppId(m_base.appId);
}

CredentialsAdmin::~CredentialsAdmin() = default;

void CredentialsAdmin::loadStored()
{
    m_state = {};
    m_state.appId = m_base.appId;
    if (m_base.appId.isEmpty()) {
        setUnusable(StoredCredentialsState::Presence::Absent, KeychainStatus::NotFound,
                    tr("No app_id is set, so no Alipay credentials can be loaded. An "
                       "administrator enters the app_id and imports the keys on the Credentials "
                       "page."));
        return;
    }
    m_state.message = tr("The Alipay credentials of app_id %1 are being read from the keychain.")
                          .arg(m_base.appId);
    m_services.setKeychainProblem(m_state.message);
    Q_EMIT stateChanged();
    CredentialJob *job = m_keychain->load(m_base.appId);
    connect(job, &CredentialJob::finished, this, [this](CredentialJob *done) {
        applyLoaded(done->status(), done->message(), done->credentials());
    });
}

QString CredentialsAdmin::keychainServiceName() const
{
    return m_keychain->serviceName();
}

void CredentialsAdmin::applyLoaded(KeychainStatus status, const QString &message,
                                   const Credentials &loaded)
{
    using Presence = StoredCredentialsState::Presence;
    if (status != KeychainStatus::Ok) {
        const Presence presence = status == KeychainStatus::NotFound ? Presence::Absent
                                  : keychainUnavailable(status)      ? Presence::Unavailable
                                                                     : Presence::Unusable;
        setUnusable(presence, status, message);
        return;
    }
    m_state.keychain = status;
    m_state.certificateMode = loaded.certificateMode();
    m_state.parts = presentParts(loaded);
    QString problem;
    const std::optional<GatewayConfig> config = loaded.toGatewayConfig(m_base, &problem);
    if (!config) {
        //: %1 app_id, %2 the problems of the stored keys
        setUnusable(Presence::Unusable, status,
                    tr("The credentials stored for app_id %1 cannot be used: %2 An administrator "
                       "imports them again on the Credentials page.")
                        .arg(m_base.appId, problem));
        return;
    }
    m_state.presence = Presence::Present;
    m_state.message.clear();
    m_services.setGatewayConfig(*config);
    m_services.setKeychainProblem({});
    Q_EMIT stateChanged();
}

void CredentialsAdmin::setUnusable(StoredCredentialsState::Presence presence, KeychainStatus status,
                                   const QString &message)
{
    m_state.presence = presence;
    m_state.keychain = status;
    m_state.message = message.isEmpty() ? keychainStatusMessage(status, m_base.appId) : message;
    if (presence != StoredCredentialsState::Presence::Unusable) {
        m_state.parts.clear();
        m_state.certificateMode = false;
    }
    m_services.setGatewayConfig(m_base);
    m_services.setKeychainProblem(m_state.message);
    Q_EMIT stateChanged();
}

bool CredentialsAdmin::allowed(QString *refusal) const
{
    const OperatorSession &session = m_services.session();
    if (session.can(Capability::ManageCredentials))
        return true;
    if (refusal)
        *refusal = session.isValid()
                       ? Permissions::deniedReason(session.role, Capability::ManageCredentials)
                       : tr("Sign in as an administrator to manage the Alipay credentials.");
    return false;
}

bool CredentialsAdmin::startOperation(QString *refusal)
{
    if (!allowed(refusal))
        return false;
    if (m_busy) {
        if (refusal)
            *refusal = tr("Another credentials operation is still running. Wait for its answer.");
        return false;
    }
    m_busy = true;
    return true;
}

bool CredentialsAdmin::setSellerId(const QString &sellerId, QString *error)
{
    if (!allowed(error))
        return false;
    const QString wanted = sellerId.trimmed();
    if (!ConsoleSettings::isSellerId(wanted)) {
        if (error)
            *error = tr("The seller ID is the merchant's Alipay user ID: 16 digits starting with "
                        "2088 (the Alipay open platform and the merchant platform show it as "
                        "PID or 合作伙伴身份).");
        return false;
    }
    if (wanted == m_base.sellerId)
        return true;
    AuditEvent event;
    event.operatorLogin = m_services.session().login;
    event.action = QStringLiteral("credentials.seller_id.changed");
    event.details = {
        {QStringLiteral("app_id"), m_base.appId},
        {QStringLiteral("from"), m_base.sellerId},
        {QStringLiteral("to"), wanted},
        {QStringLiteral("environment"), m_keychain->serviceName()},
        {QStringLiteral("desk"), m_services.desk()},
    };
    // Who changed where money goes is known, or nothing changes.
    if (const StoreResult written = AuditLog(m_services.store()).append(event); !written) {
        if (error)
            *error = tr("The seller ID was not changed: the audit log could not record the "
                        "change. %1")
                         .arg(written.errorString);
        return false;
    }
    m_base.sellerId = wanted;
    GatewayConfig inUse = m_services.client().config();
    inUse.sellerId = wanted;
    m_services.setGatewayConfig(inUse);
    Q_EMIT sellerIdSaved(wanted);
    return true;
}

bool CredentialsAdmin::setPendingAppId(const QString &appId, QString *error)
{
    if (!allowed(error))
        return false;
    m_pending.setAppId(appId);
    Q_EMIT pendingChanged();
    return true;
}

bool CredentialsAdmin::setPendingCertificateMode(bool certificateMode, QString *error)
{
    if (!allowed(error))
        return false;
    m_pendingCertificateMode = certificateMode;
    for (Part part : allCredentialParts())
        if (part != Part::MerchantPrivateKey && part != Part::AppPublicKey &&
            isCertificatePart(part) != certificateMode)
            clearPart(part);
    Q_EMIT pendingChanged();
    return true;
}

bool CredentialsAdmin::importPart(Credentials::Part part, const QString &path, QString *error)
{
    if (!allowed(error))
        return false;
    if (!m_pending.importFile(part, path, error))
        return false;
    PendingPart &shown = m_pendingParts[size_t(int(part) - 1)];
    shown.fileName = QFileInfo(path).fileName();
    shown.description = describe(part, m_pending.part(part));
    if (isCertificatePart(part) != m_pendingCertificateMode && part != Part::MerchantPrivateKey &&
        part != Part::AppPublicKey)
        setPendingCertificateMode(isCertificatePart(part), nullptr);
    Q_EMIT pendingChanged();
    return true;
}

void CredentialsAdmin::clearPart(Credentials::Part part)
{
    m_pending.setPart(part, {});
    m_pendingParts[size_t(int(part) - 1)] = {};
    Q_EMIT pendingChanged();
}

PendingPart CredentialsAdmin::pendingPart(Credentials::Part part) const
{
    return m_pendingParts[size_t(int(part) - 1)];
}

void CredentialsAdmin::clearPending()
{
    const QString appId = m_pending.appId();
    m_pending.wipe();
    m_pending.setAppId(appId);
    m_pendingParts = {};
    Q_EMIT pendingChanged();
}

CredentialsOutcome CredentialsAdmin::check() const
{
    QString problem;
    if (!allowed(&problem))
        return {false, QStringLiteral("refused"), problem};
    if (m_pending.appId().isEmpty())
        return {false, QStringLiteral("invalid"),
                tr("Enter the app_id (16 digits, from the Alipay open platform console).")};
    if (m_pendingCertificateMode && !m_pending.certificateMode())
        return {false, QStringLiteral("invalid"),
                tr("Certificate mode needs the application certificate, the Alipay certificate "
                   "and the Alipay root certificate.")};
    if (!m_pending.toGatewayConfig(m_base, &problem))
        return {false, QStringLiteral("invalid"), problem};
    if (m_pendingCertificateMode)
        return {true, QStringLiteral("ok"),
                tr("The parts belong together: the private key matches the application "
                   "certificate.")};
    if (m_pending.hasPart(Part::AppPublicKey))
        return {true, QStringLiteral("ok"),
                tr("The parts belong together: the private key matches the application public "
                   "key.")};
    return {true, QStringLiteral("ok"),
            tr("The parts can be used. Load the application public key too to check that the "
               "private key is the right one, or test the connection.")};
}

bool CredentialsAdmin::testConnection(Source source, QString *refusal)
{
    if (!allowed(refusal))
        return false;
    std::optional<GatewayConfig> config;
    Credentials tested;
    if (source == Source::Pending) {
        const CredentialsOutcome checked = check();
        if (!checked.ok) {
            if (refusal)
                *refusal = checked.message;
            return false;
        }
        tested = m_pending;
        config = m_pending.toGatewayConfig(m_base);
    } else if (m_services.canCallAlipay()) {
        config = m_services.client().config();
        tested.setAppId(config->appId);
    } else {
        if (refusal)
            *refusal = m_services.credentialsProblem();
        return false;
    }
    if (!startOperation(refusal))
        return false;
    const bool certificateMode =
        source == Source::Pending ? m_pendingCertificateMode : config->certificateMode();
    const QList<Part> parts = source == Source::Pending ? presentParts(tested) : m_state.parts;
    const QString appId = config->appId;
    tested.wipe();
    CredentialsProbe::run(
        *config, this, [this, source, appId, certificateMode, parts](const CredentialsOutcome &o) {
            m_busy = false;
            audit(QStringLiteral("credentials.tested"), appId, certificateMode, parts, o.code,
                  source == Source::Pending ? QStringLiteral("pending") : QStringLiteral("stored"));
            Q_EMIT testFinished(o);
        });
    return true;
}

bool CredentialsAdmin::save(QString *refusal)
{
    const CredentialsOutcome checked = check();
    if (!checked.ok) {
        if (refusal)
            *refusal = checked.message;
        return false;
    }
    if (!startOperation(refusal))
        return false;
    const Credentials saving = m_pending;
    CredentialJob *job = m_keychain->save(saving);
    connect(job, &CredentialJob::finished, this, [this, saving](CredentialJob *done) {
        m_busy = false;
        const QString code = keychainStatusCode(done->status());
        audit(QStringLiteral("credentials.saved"), saving.appId(), saving.certificateMode(),
              presentParts(saving), code);
        if (done->status() != KeychainStatus::Ok) {
            Q_EMIT saveFinished({false, code, done->message()});
            return;
        }
        if (saving.appId() != m_base.appId) {
            m_base.appId = saving.appId();
            Q_EMIT appIdSaved(saving.appId());
        }
        m_state.appId = saving.appId();
        applyLoaded(KeychainStatus::Ok, {}, saving);
        clearPending();
        Q_EMIT saveFinished(
            {true, code,
             tr("The credentials of app_id %1 are saved in the keychain and in use.")
                 .arg(saving.appId())});
    });
    return true;
}

bool CredentialsAdmin::remove(QString *refusal)
{
    if (!startOperation(refusal))
        return false;
    const StoredCredentialsState before = m_state;
    CredentialJob *job = m_keychain->remove(m_base.appId);
    connect(job, &CredentialJob::finished, this, [this, before](CredentialJob *done) {
        m_busy = false;
        const QString code = keychainStatusCode(done->status());
        audit(QStringLiteral("credentials.deleted"), before.appId, before.certificateMode,
              before.parts, code);
        if (done->status() != KeychainStatus::Ok) {
            Q_EMIT removeFinished({false, code, done->message()});
            return;
        }
        setUnusable(StoredCredentialsState::Presence::Absent, KeychainStatus::NotFound, {});
        Q_EMIT removeFinished(
            {true, code,
             tr("The credentials of app_id %1 are deleted from the keychain. This desk is "
                "read-only until new ones are saved.")
                 .arg(before.appId)});
    });
    return true;
}

void CredentialsAdmin::audit(const QString &action, const QString &appId, bool certificateMode,
                             const QList<Credentials::Part> &parts, const QString &outcome,
                             const QString &source) const
{
    QJsonArray names;
    for (Part part : parts)
        names.append(partCode(part));
    AuditEvent event;
    event.operatorLogin = m_services.session().login;
    event.action = action;
    event.details = {
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("mode"),
         certificateMode ? QStringLiteral("certificate") : QStringLiteral("public_key")},
        {QStringLiteral("parts"), names},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("environment"), m_keychain->serviceName()},
        {QStringLiteral("desk"), m_services.desk()},
    };
    if (!source.isEmpty())
        event.details.insert(QStringLiteral("source"), source);
    if (const StoreResult written = AuditLog(m_services.store()).append(event); !written)
        qCWarning(lcCredentialsAdmin).noquote() << action << "not audited:" << written.errorString;
}

} // namespace DepositDesk
