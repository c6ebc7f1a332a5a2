#include "secrets/CredentialStore.h"

#include "secrets/CredentialsCodec.h"
#include "secrets/KeychainError.h"
#include "secrets/SecretBytes.h"
#include "secrets/SecretServiceProbe.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "depositdesk.secrets")

const char *operationName(CredentialJob::Operation operation)
{
    switch (operation) {
    case CredentialJob::Operation::Save:
        return "save";
    case CredentialJob::Operation::Load:
        return "load";
    case CredentialJob::Operation::Remove:
        break;
    }
    return "remove";
}

bool validAppId(const QString &appId)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9A-Za-z]{1,32}\\z"));
    return pattern.match(appId).hasMatch();
}

} // namespace

CredentialStore::CredentialStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_service(serviceName)
{}

QString CredentialStore::serviceNameFor(Environment environment)
{
    return QStringLiteral("DepositDesk/") + environmentKey(environment);
}

CredentialJob *CredentialStore::newJob(CredentialJob::Operation operation, const QString &appId)
{
    auto *job = new CredentialJob(operation, appId, this);
    if (!validAppId(appId))
        finish(job, KeychainStatus::Invalid,
               tr("The app ID \"%1\" is missing or malformed. Copy it from the Alipay open "
                  "platform (16 digits, such as 2021000000000001).")
                   .arg(appId));
    return job;
}

void CredentialStore::finish(CredentialJob *job, KeychainStatus status, const QString &message,
                             const QString &detail)
{
    if (job->isFinished())
        return;
    qCInfo(lcSecrets, "keychain %s of app_id %s in \"%s\": %s%s%s", operationName(job->operation()),
           qUtf8Printable(job->appId()), qUtf8Printable(m_service),
           qUtf8Printable(keychainStatusCode(status)), detail.isEmpty() ? "" : " - ",
           qUtf8Printable(detail));
    job->finish(status, message, detail);
    KeychainStatus availability = m_availability;
    if (keychainUnavailable(status))
        availability = status;
    else if (status == KeychainStatus::Ok || status == KeychainStatus::NotFound ||
             status == KeychainStatus::Damaged)
        availability = KeychainStatus::Ok;
    if (availability != m_availability) {
        m_availability = availability;
        Q_EMIT availabilityChanged(availability);
    }
}

void CredentialStore::afterProbe(CredentialJob *job, std::function<void(bool)> next)
{
    auto *probe = new SecretServiceProbe(m_timeoutMs, job);
    connect(probe, &SecretServiceProbe::finished, job,
            [this, job, probe, next](SecretServiceProbe::Result result, const QString &detail) {
                probe->deleteLater();
                switch (result) {
                case SecretServiceProbe::Result::NoSessionBus:
                    finish(job, KeychainStatus::NoKeychain, {}, detail);
                    return;
                case SecretServiceProbe::Result::Locked:
                    finish(job, KeychainStatus::Locked);
                    return;
                case SecretServiceProbe::Result::AccessDenied:
                    finish(job, KeychainStatus::AccessDenied, {}, detail);
                    return;
                case SecretServiceProbe::Result::NoAnswer:
                    finish(job, KeychainStatus::TimedOut, {}, detail);
                    return;
                case SecretServiceProbe::Result::NoService:
                case SecretServiceProbe::Result::Unlocked:
                case SecretServiceProbe::Result::Unknown:
                    break;
                }
                next(result == SecretServiceProbe::Result::NoService);
            });
    probe->start();
}

void CredentialStore::runKeychainJob(CredentialJob *job, QKeychain::Job *keychainJob,
                                     std::function<void(QKeychain::Job *)> done)
{
    // No parent: a QtKeychain job must outlive its callbacks even when the store goes first;
    // it deletes itself once it has answered.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(job->appId());
    connect(keychainJob, &QKeychain::Job::finished, job, std::move(done));
    ++m_inFlight;
    connect(keychainJob, &QKeychain::Job::finished, this, [this] { --m_inFlight; });
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, keychainJob = QPointer(keychainJob)] {
        if (keychainJob)
            keychainJob->disconnect(job);
        finish(job, KeychainStatus::TimedOut);
    });
    timer->start(m_timeoutMs);
    keychainJob->start();
}

CredentialJob *CredentialStore::save(const Credentials &credentials)
{
    CredentialJob *job = newJob(CredentialJob::Operation::Save, credentials.appId());
    if (job->isFinished())
        return job;
    QString problems;
    if (!credentials.toGatewayConfig(GatewayConfig(), &problems)) {
        finish(job, KeychainStatus::Invalid, problems);
        return job;
    }
    auto entry = std::make_shared<SecretBytes::Buffer>(CredentialsCodec::encode(credentials));
    afterProbe(job, [this, job, entry](bool serviceMissing) {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(entry->bytes);
        // The job's copy shares entry's buffer: wipe both once the job is done with it.
        connect(write, &QKeychain::Job::finished, write,
                [entry](QKeychain::Job *) { SecretBytes::wipeShared(entry->bytes); });
        runKeychainJob(job, write, [this, job, serviceMissing](QKeychain::Job *done) {
            finish(job, keychainStatusOf(done->error(), serviceMissing), {}, done->errorString());
        });
    });
    return job;
}

CredentialJob *CredentialStore::load(const QString &appId)
{
    CredentialJob *job = newJob(CredentialJob::Operation::Load, appId);
    if (job->isFinished())
        return job;
    afterProbe(job, [this, job](bool serviceMissing) {
        auto *read = new QKeychain::ReadPasswordJob(m_service);
        runKeychainJob(job, read, [this, job, serviceMissing](QKeychain::Job *done) {
            const KeychainStatus status = keychainStatusOf(done->error(), serviceMissing);
            if (status != KeychainStatus::Ok) {
                finish(job, status, {}, done->errorString());
                return;
            }
            QByteArray entry = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            std::optional<Credentials> credentials = CredentialsCodec::decode(entry);
            SecretBytes::wipeShared(entry); // also the job's own copy
            if (!credentials || credentials->appId() != job->appId()) {
                finish(job, KeychainStatus::Damaged);
                return;
            }
            job->m_credentials = std::move(*credentials);
            finish(job, KeychainStatus::Ok);
        });
    });
    return job;
}

CredentialJob *CredentialStore::remove(const QString &appId)
{
    CredentialJob *job = newJob(CredentialJob::Operation::Remove, appId);
    if (job->isFinished())
        return job;
    afterProbe(job, [this, job](bool serviceMissing) {
        auto *erase = new QKeychain::DeletePasswordJob(m_service);
        runKeychainJob(job, erase, [this, job, serviceMissing](QKeychain::Job *done) {
            KeychainStatus status = keychainStatusOf(done->error(), serviceMissing);
            if (status == KeychainStatus::NotFound)
                status = KeychainStatus::Ok;
            finish(job, status, {}, done->errorString());
        });
    });
    return job;
}

} // namespace DepositDesk
