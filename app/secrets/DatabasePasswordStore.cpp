#include "secrets/DatabasePasswordStore.h"

#include "secrets/KeychainError.h"
#include "secrets/SecretBytes.h"
#include "secrets/SecretServiceProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcDatabasePassword, "depositdesk.secrets")

// messageFor() is a free function: Text::tr() files its messages under the context run time
// looks them up in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::DatabasePasswordStore)
};

// The keychain's state in words about the database password (keychainStatusMessage speaks of
// an app_id's credentials).
QString messageFor(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::Ok:
        return {};
    case KeychainStatus::NotFound:
        return Text::tr("The system keychain holds no password for this database.");
    case KeychainStatus::NoKeychain:
        return Text::tr("There is no system keychain (Secret Service) in this session, so the "
                        "database password cannot be kept there.");
    case KeychainStatus::Locked:
        return Text::tr(
            "The system keychain is locked: unlock it (for example by signing in to the "
            "desktop again) so that the database password can be used.");
    case KeychainStatus::AccessDenied:
        return Text::tr("The system keychain refused DepositDesk access to the database password.");
    case KeychainStatus::TimedOut:
        return Text::tr("The system keychain did not answer in time.");
    case KeychainStatus::Damaged:
    case KeychainStatus::Invalid:
    case KeychainStatus::Failed:
        break;
    }
    return Text::tr("The system keychain could not read or store the database password.");
}

const char *operationName(int operation)
{
    return operation == 0 ? "write" : operation == 1 ? "read" : "remove";
}

} // namespace

DatabasePasswordJob::DatabasePasswordJob(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{}

DatabasePasswordJob::~DatabasePasswordJob()
{
    m_password.fill(u'\0');
}

void DatabasePasswordJob::finish(KeychainStatus status, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_message = message.isEmpty() ? messageFor(status) : message;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(this);
        deleteLater();
    });
}

DatabasePasswordJob::Answer DatabasePasswordJob::await(DatabasePasswordJob *job)
{
    Answer answer;
    QEventLoop loop;
    QObject::connect(job, &DatabasePasswordJob::finished, &loop,
                     [&answer, &loop](DatabasePasswordJob *done) {
                         answer.status = done->status();
                         answer.message = done->message();
                         answer.password = done->password();
                         loop.quit();
                     });
    loop.exec();
    return answer;
}

DatabasePasswordStore::DatabasePasswordStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{}

QString DatabasePasswordStore::defaultServiceName()
{
    return QStringLiteral("DepositDesk/database");
}

DatabasePasswordJob *DatabasePasswordStore::write(const QString &key, const QString &password)
{
    return start(Operation::Write, key, password);
}

DatabasePasswordJob *DatabasePasswordStore::read(const QString &key)
{
    return start(Operation::Read, key, {});
}

DatabasePasswordJob *DatabasePasswordStore::remove(const QString &key)
{
    return start(Operation::Remove, key, {});
}

void DatabasePasswordStore::finish(Operation operation, DatabasePasswordJob *job,
                                   KeychainStatus status, const QString &detail)
{
    if (job->isFinished())
        return;
    qCInfo(lcDatabasePassword, "keychain %s of the database password %s in \"%s\": %s%s%s",
           operationName(int(operation)), qUtf8Printable(job->key()), qUtf8Printable(m_service),
           qUtf8Printable(keychainStatusCode(status)), detail.isEmpty() ? "" : " - ",
           qUtf8Printable(detail));
    job->finish(status);
}

DatabasePasswordJob *DatabasePasswordStore::start(Operation operation, const QString &key,
                                                  const QString &password)
{
    auto *job = new DatabasePasswordJob(key, this);
    if (key.isEmpty()) {
        finish(operation, job, KeychainStatus::Invalid);
        return job;
    }
    auto secret = std::make_shared<SecretBytes::Buffer>(password.toUtf8());
    auto *probe = new SecretServiceProbe(m_timeoutMs, job);
    connect(probe, &SecretServiceProbe::finished, job,
            [this, job, probe, operation, secret](SecretServiceProbe::Result result,
                                                  const QString &detail) {
                probe->deleteLater();
                switch (result) {
                case SecretServiceProbe::Result::NoSessionBus:
                    finish(operation, job, KeychainStatus::NoKeychain, detail);
                    return;
                case SecretServiceProbe::Result::Locked:
                    finish(operation, job, KeychainStatus::Locked);
                    return;
                case SecretServiceProbe::Result::AccessDenied:
                    finish(operation, job, KeychainStatus::AccessDenied, detail);
                    return;
                case SecretServiceProbe::Result::NoAnswer:
                    finish(operation, job, KeychainStatus::TimedOut, detail);
                    return;
                case SecretServiceProbe::Result::NoService:
                case SecretServiceProbe::Result::Unlocked:
                case SecretServiceProbe::Result::Unknown:
                    break;
                }
                const bool serviceMissing = result == SecretServiceProbe::Result::NoService;
                QKeychain::Job *keychainJob = nullptr;
                if (operation == Operation::Write) {
                    auto *writeJob = new QKeychain::WritePasswordJob(m_service);
                    writeJob->setBinaryData(secret->bytes);
                    connect(writeJob, &QKeychain::Job::finished, writeJob,
                            [secret](QKeychain::Job *) { SecretBytes::wipeShared(secret->bytes); });
                    keychainJob = writeJob;
                } else if (operation == Operation::Read) {
                    keychainJob = new QKeychain::ReadPasswordJob(m_service);
                } else {
                    keychainJob = new QKeychain::DeletePasswordJob(m_service);
                }
                keychainJob->setAutoDelete(true);
                keychainJob->setInsecureFallback(false);
                keychainJob->setKey(job->key());
                connect(keychainJob, &QKeychain::Job::finished, job,
                        [this, job, operation, serviceMissing](QKeychain::Job *done) {
                            KeychainStatus status = keychainStatusOf(done->error(), serviceMissing);
                            if (operation == Operation::Remove &&
                                status == KeychainStatus::NotFound)
                                status = KeychainStatus::Ok;
                            if (operation == Operation::Read && status == KeychainStatus::Ok) {
                                QByteArray bytes =
                                    static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
                                job->m_password = QString::fromUtf8(bytes);
                                SecretBytes::wipeShared(bytes);
                            }
                            finish(operation, job, status, done->errorString());
                        });
                auto *timer = new QTimer(job);
                timer->setSingleShot(true);
                connect(timer, &QTimer::timeout, this,
                        [this, job, operation, keychainJob = QPointer(keychainJob)] {
                            if (keychainJob)
                                keychainJob->disconnect(job);
                            finish(operation, job, KeychainStatus::TimedOut);
                        });
                timer->start(m_timeoutMs);
                keychainJob->start();
            });
    probe->start();
    return job;
}

} // namespace DepositDesk
