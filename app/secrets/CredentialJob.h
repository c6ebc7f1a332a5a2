#pragma once

#include "secrets/Credentials.h"
#include "secrets/KeychainStatus.h"

#include <QObject>
#include <QString>

namespace DepositDesk {

// One save, load or remove of CredentialStore, answered asynchronously like QtKeychain's jobs:
// finished() is emitted once, from the event loop (never from inside the call that started the
// job), then the job deletes itself (wiping any credentials it holds). Connect to finished()
// right after the call and copy what you need in the slot.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    QString appId() const { return m_appId; }
    bool isFinished() const { return m_finished; }
    KeychainStatus status() const { return m_status; }
    // keychainUnavailable(status()): the console should open (or stay) read-only.
    bool keychainUnavailable() const { return DepositDesk::keychainUnavailable(m_status); }
    // One or more translated sentences saying what is wrong and what to do; empty when Ok.
    QString message() const { return m_message; }
    // The keychain's own text of the error for diagnostics (never a secret); may be empty.
    QString detail() const { return m_detail; }
    // Load + Ok: the stored credentials. Otherwise empty.
    const Credentials &credentials() const { return m_credentials; }

Q_SIGNALS:
    void finished(DepositDesk::CredentialJob *job);

private:
    friend class CredentialStore;
    CredentialJob(Operation operation, const QString &appId, QObject *parent);
    // Records the outcome and emits finished() from the event loop.
    void finish(KeychainStatus status, const QString &message = {}, const QString &detail = {});

    Operation m_operation;
    QString m_appId;
    bool m_finished = false;
    KeychainStatus m_status = KeychainStatus::Failed;
    QString m_message;
    QString m_detail;
    Credentials m_credentials;
};

} // namespace DepositDesk
