#pragma once

#include "alipay/GatewayConfig.h"
#include "domain/Nodiscard.h"
#include "secrets/Credentials.h"
#include "secrets/KeychainStatus.h"

#include <QList>
#include <QObject>
#include <QString>

#include <array>

namespace DepositDesk {

class ConsoleServices;
class CredentialStore;

// What the keychain holds for the desk's app_id, as the admin page shows it: never key text.
struct StoredCredentialsState
{
    enum class Presence {
        Loading,     // the keychain has not answered yet
        Present,     // loaded, and the keys work together (the desk can act)
        Absent,      // the keychain works but holds nothing for this app_id
        Unavailable, // no keychain, locked, access denied, no answer
        Unusable,    // an entry exists but is damaged or its parts do not work together
    };
    Presence presence = Presence::Loading;
    KeychainStatus keychain = KeychainStatus::Ok;
    QString appId;
    bool certificateMode = false;
    QList<Credentials::Part> parts;
    QString message; // translated: what this means and what to do; empty when Present
};

// One part of the pending credentials, described without its content.
struct PendingPart
{
    QString fileName;    // the file it was imported from (name only)
    QString description; // "RSA 2048", "certificate, RSA 2048", "3 certificates"
    bool isSet() const { return !fileName.isEmpty(); }
};

// The answer of a check, a connection test, a save or a delete.
struct DD_NODISCARD CredentialsOutcome
{
    bool ok = false;
    // Stable, for the audit log and tests: "ok", "refused", "invalid", "busy", the keychain
    // status codes ("locked" ...), and for tests "bad_signature", "invalid_signature",
    // "invalid_app_id", "unreachable", "alipay_refused", "unknown".
    QString code;
    QString message; // translated sentences saying what happened and what to do
};

// The admin page's service over the merchant credentials in the OS keychain: the state
// of the stored entry, pending credentials imported from files, a check, a connection test with
// a harmless signed query, save (replace) and delete. Every change and test is audited
// ("credentials.saved", "credentials.deleted", "credentials.tested": app_id, mode, part names,
// outcome; never key text). Every call that touches the credentials needs
// Capability::ManageCredentials, checked here. After a load, save or delete the services get the
// new gateway configuration (ConsoleServices::setGatewayConfig), or the reason there is none.
class CredentialsAdmin : public QObject
{
    Q_OBJECT

public:
    enum class Source { Pending, Stored };

    // `keychainService` names the keychain service (CredentialStore::serviceNameFor()); the
    // desk's app_id and gateway are those of services.client().config() at construction.
    CredentialsAdmin(ConsoleServices &services, const QString &keychainService,
                     QObject *parent = nullptr);
    ~CredentialsAdmin() override;

    CredentialStore &keychain() { return *m_keychain; }
    // The keychain service the entries live under, e.g. "DepositDesk/production".
    QString keychainServiceName() const;
    const StoredCredentialsState &state() const { return m_state; }
    QString appId() const { return m_base.appId; }
    bool busy() const { return m_busy; }

    // The merchant's Alipay user id (2088 and 12 more digits) that charges name as seller_id and
    // freezes as payee (GatewayConfig::sellerId). A change needs ManageCredentials, is checked
    // for form (ConsoleSettings::isSellerId), audited ("credentials.seller_id.changed": from, to),
    // used at once, and announced by sellerIdSaved() (main.cpp writes it to the settings). The
    // same id again changes nothing and writes nothing.
    QString sellerId() const { return m_base.sellerId; }
    bool setSellerId(const QString &sellerId, QString *error = nullptr);

    // Reads the desk's entry and hands its keys to the services; until it answers (and when it
    // finds nothing usable) the desk is read-only and says why. No permission needed: every
    // start does it. stateChanged() when answered.
    void loadStored();

    // The pending credentials the page edits. Each refuses without ManageCredentials.
    bool setPendingAppId(const QString &appId, QString *error = nullptr);
    QString pendingAppId() const { return m_pending.appId(); }
    // Certificate mode or public-key mode; switching drops the parts of the other mode.
    bool setPendingCertificateMode(bool certificateMode, QString *error = nullptr);
    bool pendingCertificateMode() const { return m_pendingCertificateMode; }
    bool importPart(Credentials::Part part, const QString &path, QString *error = nullptr);
    void clearPart(Credentials::Part part);
    PendingPart pendingPart(Credentials::Part part) const;
    void clearPending(); // wipes the pending key bytes

    // Whether the pending parts work together (private key matches the app public key or the
    // app certificate; all parts of the mode present): problems in plain words.
    CredentialsOutcome check() const;
    // Asks Alipay (the configured gateway) for a trade that cannot exist, signed with the
    // pending or the stored credentials: a verified ACQ.TRADE_NOT_EXIST proves app_id and keys.
    // False (and why) when refused at once; otherwise testFinished() comes.
    bool testConnection(Source source, QString *refusal = nullptr);
    // Writes the pending credentials to the keychain, replacing the entry of their app_id;
    // saveFinished() comes. On success the desk uses them and the pending ones are wiped.
    bool save(QString *refusal = nullptr);
    // Deletes the desk's entry; removeFinished() comes. The desk is read-only afterwards.
    bool remove(QString *refusal = nullptr);

Q_SIGNALS:
    void stateChanged();
    void pendingChanged();
    void testFinished(const DepositDesk::CredentialsOutcome &outcome);
    void saveFinished(const DepositDesk::CredentialsOutcome &outcome);
    void removeFinished(const DepositDesk::CredentialsOutcome &outcome);
    // A save under another app_id than the desk's: the settings should follow (main.cpp).
    void appIdSaved(const QString &appId);
    // A seller id changed by setSellerId(): the settings should follow (main.cpp).
    void sellerIdSaved(const QString &sellerId);

private:
    bool allowed(QString *refusal) const;
    bool startOperation(QString *refusal);
    void applyLoaded(KeychainStatus status, const QString &message, const Credentials &loaded);
    void setUnusable(StoredCredentialsState::Presence presence, KeychainStatus status,
                     const QString &message);
    void finishTest(const Credentials &tested, Source source, const CredentialsOutcome &outcome);
    void audit(const QString &action, const QString &appId, bool certificateMode,
               const QList<Credentials::Part> &parts, const QString &outcome,
               const QString &source = {}) const;

    ConsoleServices &m_services;
    CredentialStore *m_keychain;
    GatewayConfig m_base; // the desk's gateway and app_id, without keys
    StoredCredentialsState m_state;
    Credentials m_pending;
    bool m_pendingCertificateMode = false;
    std::array<PendingPart, Credentials::PartCount> m_pendingParts;
    bool m_busy = false;
};

// Every part, in Part order.
const QList<Credentials::Part> &allCredentialParts();
// The three parts of certificate mode.
bool isCertificatePart(Credentials::Part part);
// Parts present in `credentials`, in Part order.
QList<Credentials::Part> presentParts(const Credentials &credentials);
// Stable part names for the audit log ("merchant_private_key", "alipay_public_key" ...).
QString partCode(Credentials::Part part);

} // namespace DepositDesk
