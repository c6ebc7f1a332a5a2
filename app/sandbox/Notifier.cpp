#include "sandbox/Notifier.h"

#include "alipay/FormEncoding.h"
#include "domain/ChinaTime.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

namespace DepositDesk::Sandbox {

namespace {

constexpr int AttemptTimeoutMs = 10000;

} // namespace

Notifier::Notifier(RsaPrivateKey platformKey, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_key(std::move(platformKey))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

Notifier::~Notifier() = default;

QList<qint64> Notifier::retryDelaysMs()
{
    constexpr qint64 minute = 60 * 1000;
    constexpr qint64 hour = 60 * minute;
    return {4 * minute, 10 * minute, 10 * minute, hour, 2 * hour, 6 * hour, 15 * hour};
}

QString Notifier::send(const Notification &notification)
{
    Delivery delivery;
    delivery.notifyId = QUuid::createUuid().toString(QUuid::Id128);
    delivery.url = notification.url;
    delivery.appId = notification.appId;
    delivery.fields = notification.fields;
    m_deliveries.insert(delivery.notifyId, delivery);
    m_order << delivery.notifyId;
    attempt(delivery.notifyId);
    return delivery.notifyId;
}

QList<Notifier::Delivery> Notifier::deliveries() const
{
    QList<Delivery> result;
    for (const QString &id : m_order)
        result << m_deliveries.value(id);
    return result;
}

ParameterList Notifier::signedParameters(const Delivery &delivery) const
{
    ParameterList parameters = {{QStringLiteral("notify_time"), ChinaTime::format(m_clock.now())},
                                {QStringLiteral("notify_id"), delivery.notifyId},
                                {QStringLiteral("app_id"), delivery.appId},
                                {QStringLiteral("auth_app_id"), delivery.appId},
                                {QStringLiteral("charset"), QStringLiteral("utf-8")},
                                {QStringLiteral("version"), QStringLiteral("1.0")}};
    parameters += delivery.fields;
    const QByteArray content = SignContent::build(parameters, SignContent::Kind::Notification);
    parameters.append({QStringLiteral("sign_type"), QStringLiteral("RSA2")});
    parameters.append(
        {QStringLiteral("sign"), QString::fromLatin1(m_key.signSha256(content).toBase64())});
    return parameters;
}

void Notifier::attempt(const QString &notifyId)
{
    auto it = m_deliveries.find(notifyId);
    if (it == m_deliveries.end() || it->delivered || it->abandoned)
        return;
    ++it->attempts;
    it->lastBody = FormEncoding::encode(signedParameters(*it));
    QNetworkRequest request(it->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
    request.setTransferTimeout(AttemptTimeoutMs);
    QNetworkReply *reply = m_network->post(request, it->lastBody);
    connect(reply, &QNetworkReply::finished, this, [this, reply, notifyId] {
        reply->deleteLater();
        auto found = m_deliveries.find(notifyId);
        if (found == m_deliveries.end())
            return;
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Exactly the 7 bytes "success": no whitespace, no BOM, no HTML (§5.1).
        const bool accepted = reply->error() == QNetworkReply::NoError && status == 200 &&
                              body == QByteArrayLiteral("success");
        found->lastReply = reply->error() == QNetworkReply::NoError
                               ? QString::fromUtf8(body.left(200))
                               : reply->errorString();
        const int attempts = found->attempts;
        emit attempted(notifyId, attempts, accepted);
        if (accepted) {
            found->delivered = true;
            emit delivered(notifyId);
            return;
        }
        const QList<qint64> delays = retryDelaysMs();
        if (attempts > delays.size()) {
            found->abandoned = true;
            emit abandoned(notifyId);
            return;
        }
        const qint64 delay = qint64(double(delays[attempts - 1]) * m_timeScale);
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, delay)), this,
                           [this, notifyId] { attempt(notifyId); });
    });
}

} // namespace DepositDesk::Sandbox
