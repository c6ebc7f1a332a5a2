#pragma once

#include "sandbox/Node.h"

#include "alipay/RsaPrivateKey.h"
#include "domain/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace DepositDesk::Sandbox {

// Posts signed asynchronous notifications (docs/alipay-protocol.md §5) and retries them: any reply
// other than HTTP 200 with the body exactly `success` (or no reply) is tried again after 4 min,
// 10 min, 10 min, 1 h, 2 h, 6 h and 15 h, each delay multiplied by the time scale; 8 deliveries
// at most. Each attempt carries its own notify_time and is signed again (RSA2 over every field
// but sign and sign_type, §5.3); notify_id stays the same. Pending deliveries live in memory
// only.
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Delivery
    {
        QString notifyId;
        QUrl url;
        QString appId;
        ParameterList fields;
        int attempts = 0;
        bool delivered = false;
        bool abandoned = false;
        QByteArray lastBody; // the form body of the last attempt
        QString lastReply;   // what the receiver answered last (or the network error)
    };

    // The clock dates the notifications (notify_time); it must outlive the notifier.
    Notifier(RsaPrivateKey platformKey, const Clock &clock, QObject *parent = nullptr);
    ~Notifier() override;

    void setTimeScale(double scale) { m_timeScale = scale; }
    // The delays between deliveries, unscaled.
    static QList<qint64> retryDelaysMs();

    // Queues and sends at once; returns the notify_id.
    QString send(const Notification &notification);
    QList<Delivery> deliveries() const;

    // The signed form parameters of one attempt (used by send; public for tests and tools).
    ParameterList signedParameters(const Delivery &delivery) const;

signals:
    void attempted(const QString &notifyId, int attempt, bool accepted);
    void delivered(const QString &notifyId);
    void abandoned(const QString &notifyId);

private:
    void attempt(const QString &notifyId);

    RsaPrivateKey m_key;
    const Clock &m_clock;
    double m_timeScale = 1.0;
    QNetworkAccessManager *m_network;
    QHash<QString, Delivery> m_deliveries;
    QList<QString> m_order;
};

} // namespace DepositDesk::Sandbox
