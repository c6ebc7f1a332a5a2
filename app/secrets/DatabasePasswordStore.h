#pragma once

#include "secrets/KeychainStatus.h"

#include <QObject>
#include <QString>

namespace DepositDesk {

// One read, write or remove of DatabasePasswordStore. Answers like CredentialJob: finished() is
// emitted once from the event loop, then the job deletes itself (its password wiped).
class DatabasePasswordJob : public QObject
{
    Q_OBJECT

public:
    ~DatabasePasswordJob() override;

    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    KeychainStatus status() const { return m_status; }
    bool keychainUnavailable() const { return DepositDesk::keychainUnavailable(m_status); }
    // Translated sentence(s) saying what is wrong; empty when Ok.
    QString message() const { return m_message; }
    // Read + Ok: the password. Otherwise empty.
    QString password() const { return m_password; }

    // What a finished job said, copied out of it.
    struct Answer
    {
        KeychainStatus status = KeychainStatus::Failed;
        QString message;
        QString password;
        bool keychainUnavailable() const { return DepositDesk::keychainUnavailable(status); }
    };
    // Runs a local event loop until the job has finished and returns its answer. For the
    // start-up, which has nothing else to do meanwhile; the job's own timeout bounds the wait.
    static Answer await(DatabasePasswordJob *job);

Q_SIGNALS:
    void finished(DepositDesk::DatabasePasswordJob *job);

private:
    friend class DatabasePasswordStore;
    DatabasePasswordJob(const QString &key, QObject *parent);
    void finish(KeychainStatus status, const QString &message = {});

    QString m_key;
    bool m_finished = false;
    KeychainStatus m_status = KeychainStatus::Failed;
    QString m_message;
    QString m_password;
};

// The team-mode database password in the OS keychain (QtKeychain, no insecure fallback), beside
// the Alipay credentials: service "DepositDesk/database", one entry per database, its key
// StoreConfig::describe() (user@host:port/dbname). The same probe (a locked Secret Service is
// Locked, not NotFound) and timeout as CredentialStore. The log category depositdesk.secrets
// names the operation, key and status, never the password.
class DatabasePasswordStore : public QObject
{
    Q_OBJECT

public:
    explicit DatabasePasswordStore(const QString &serviceName = defaultServiceName(),
                                   QObject *parent = nullptr);
    static QString defaultServiceName();

    DatabasePasswordJob *write(const QString &key, const QString &password);
    // Ok with password(), NotFound, or a keychain state.
    DatabasePasswordJob *read(const QString &key);
    // Ok also when there was none.
    DatabasePasswordJob *remove(const QString &key);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    enum class Operation { Write, Read, Remove };
    DatabasePasswordJob *start(Operation operation, const QString &key, const QString &password);
    void finish(Operation operation, DatabasePasswordJob *job, KeychainStatus status,
                const QString &detail = {});

    QString m_service;
    int m_timeoutMs = 30000;
};

} // namespace DepositDesk
