#include "secrets/CredentialJob.h"

#include <QTimer>

namespace DepositDesk {

CredentialJob::CredentialJob(Operation operation, const QString &appId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_appId(appId)
{}

void CredentialJob::finish(KeychainStatus status, const QString &message, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_message = message.isEmpty() ? keychainStatusMessage(status, m_appId) : message;
    m_detail = detail;
    if (status != KeychainStatus::Ok)
        m_credentials.wipe();
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(this);
        deleteLater();
    });
}

} // namespace DepositDesk
