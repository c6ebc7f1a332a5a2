#pragma once

#include "domain/Environment.h"
#include "secrets/CredentialJob.h"
#include "secrets/Credentials.h"
#include "secrets/KeychainStatus.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace DepositDesk {

// The merchant credentials in the OS keychain (QtKeychain: Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), one entry per app_id under one service name (a desk's:
// serviceNameFor() its environment). Never blocks: every call returns a CredentialJob at
// once and answers through its finished() signal. Nothing secret is written anywhere else (no
// settings file, no log: the log category depositdesk.secrets carries operation, app_id and
// status).
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;

    // The entries under the keychain service `serviceName`: serviceNameFor() of the desk's
    // environment, or a name of their own (tests).
    explicit CredentialStore(const QString &serviceName, QObject *parent = nullptr);

    // "DepositDesk/" + environmentKey(), e.g. "DepositDesk/production": production and sandbox
    // credentials of one app_id never mix. Existing desks' entries are found by these names.
    static QString serviceNameFor(Environment environment);
    QString serviceName() const { return m_service; }

    // Checks that the credentials build a usable GatewayConfig (status Invalid with the
    // problems otherwise, the keychain untouched), then writes them, replacing any entry of the
    // same app_id.
    CredentialJob *save(const Credentials &credentials);
    // Reads the entry of appId: Ok with job->credentials(), NotFound, Damaged, or a keychain
    // state (NoKeychain, Locked, AccessDenied, TimedOut, Failed).
    CredentialJob *load(const QString &appId);
    // Deletes the entry of appId; Ok also when there was none.
    CredentialJob *remove(const QString &appId);

    // How long the keychain may take to answer one call (probe and job each), default 30 s.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    // QtKeychain calls still running, including those whose CredentialJob has timed out (a
    // timed-out save may still land once the keychain answers).
    int keychainCallsInFlight() const { return m_inFlight; }

    // The keychain's state as of the last answer (Ok before any): NoKeychain, Locked,
    // AccessDenied or TimedOut once a call found the keychain unusable, Ok again once one
    // reached it. readOnly(): the console should not offer anything that needs credentials.
    KeychainStatus availability() const { return m_availability; }
    bool readOnly() const { return keychainUnavailable(m_availability); }

Q_SIGNALS:
    void availabilityChanged(DepositDesk::KeychainStatus availability);

private:
    CredentialJob *newJob(CredentialJob::Operation operation, const QString &appId);
    // Asks the Secret Service whether it is there and unlocked, then calls `next`, or finishes
    // the job when the answer already settles it.
    void afterProbe(CredentialJob *job, std::function<void(bool serviceMissing)> next);
    // Starts a QtKeychain job for `job`, with the timeout; `done` runs when it answers in time.
    void runKeychainJob(CredentialJob *job, QKeychain::Job *keychainJob,
                        std::function<void(QKeychain::Job *)> done);
    void finish(CredentialJob *job, KeychainStatus status, const QString &message = {},
                const QString &detail = {});

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_inFlight = 0;
    KeychainStatus m_availability = KeychainStatus::Ok;
};

} // namespace DepositDesk
