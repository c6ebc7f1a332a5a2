#include "alipay/GatewayClient.h"

#include "alipay/GatewayRequest.h"
#include "alipay/ResponseClassifier.h"
#include "domain/CrashPoint.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace DepositDesk {

namespace {

using Cause = CallResult::UnknownCause;

// Set on a reply when the call timer aborted it.
constexpr char TimedOutProperty[] = "depositdesk_timed_out";
// Set on a reply aborted because its answer passed ResponseClassifier::MaxAnswerBytes.
constexpr char TooLargeProperty[] = "depositdesk_too_large";

// Aborts the reply as soon as its announced or received length passes the cap.
void abortIfTooLarge(QNetworkReply *reply, qint64 length)
{
    if (length > ResponseClassifier::MaxAnswerBytes && reply->isRunning()) {
        reply->setProperty(TooLargeProperty, true);
        reply->abort();
    }
}

} // namespace

GatewayClient::GatewayClient(GatewayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_configProblems(m_config.problems())
    , m_network(new QNetworkAccessManager(this))
{
    // Never follow a redirect: a POST must reach the configured gateway or fail as unknown.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

GatewayClient::~GatewayClient() = default;

void GatewayClient::setConfig(GatewayConfig config)
{
    m_config = std::move(config);
    m_configProblems = m_config.problems();
}

void GatewayClient::setClock(const Clock &clock)
{
    m_clock = &clock;
}

std::optional<GatewayRequest> GatewayClient::signedRequest(const QString &method,
                                                           const QByteArray &bizContent,
                                                           QString *error) const
{
    if (!m_configProblems.isEmpty()) {
        if (error)
            *error = m_configProblems.join(u' ');
        return std::nullopt;
    }
    return GatewayRequest::sign(m_config, method, bizContent, m_clock->now(), error);
}

void GatewayClient::call(const QString &method, const QByteArray &bizContent,
                         const QObject *context, Callback callback)
{
    Q_ASSERT(context && context->thread() == thread());
    QString error;
    const auto request = signedRequest(method, bizContent, &error);
    if (!request) {
        refuse(method, error, context, std::move(callback));
        return;
    }

    QUrl url = m_config.gateway;
    const QByteArray query = request->query();
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery(existing.isEmpty() ? QString::fromLatin1(query)
                                    : existing + u'&' + QString::fromLatin1(query),
                 QUrl::StrictMode);
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
#if QT_CONFIG(ssl)
    if (url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        http.setSslConfiguration(ssl);
    }
#endif

    QNetworkReply *reply = m_network->post(http, request->body());
    ++m_inFlight;
    // Never buffer more than the cap (and a little): Qt stops reading the socket when the
    // buffer is full, and the progress check below aborts the call.
    reply->setReadBufferSize(ResponseClassifier::MaxAnswerBytes + 64 * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            abortIfTooLarge(reply, length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        abortIfTooLarge(reply, std::max(received, total));
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(TimedOutProperty, true);
        reply->abort();
    });
    timer->start(m_config.timeoutMs);
    // The request's bytes have left: from here its outcome may be unknown.
    connect(reply, &QNetworkReply::requestSent, reply,
            [] { CrashPoint::reached(CrashPoint::RequestSent); });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, expect = expectation(method), guard = QPointer<const QObject>(context),
             callback = std::move(callback)] {
                --m_inFlight;
                const CallResult result = resultOf(reply, expect);
                reply->deleteLater();
                deliver(result, guard, callback);
            });
}

ResponseClassifier::Expectation GatewayClient::expectation(const QString &method) const
{
    ResponseClassifier::Expectation expect;
    expect.method = method;
    expect.alipayKey = m_config.alipayPublicKey;
    expect.alipayCertSn = m_config.certificateMode() ? m_config.alipayCertSn : QString();
    expect.timeoutMs = m_config.timeoutMs;
    return expect;
}

CallResult GatewayClient::resultOf(QNetworkReply *reply,
                                   const ResponseClassifier::Expectation &expect)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = status.isValid() ? status.toInt() : 0;
    if (reply->property(TooLargeProperty).toBool())
        return ResponseClassifier::tooLarge(expect, httpStatus);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString detail =
        reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    if (reply->property(TimedOutProperty).toBool())
        return ResponseClassifier::fromTransport(expect, Cause::Timeout, httpStatus, body, detail);
    if (httpStatus == 0)
        return ResponseClassifier::fromTransport(expect, Cause::ConnectionError, 0, body, detail);
    if (httpStatus != 200)
        return ResponseClassifier::fromTransport(expect, Cause::HttpStatus, httpStatus, body,
                                                 detail);
    if (reply->error() != QNetworkReply::NoError) // 200, then the body was cut off
        return ResponseClassifier::fromTransport(expect, Cause::UnreadableBody, httpStatus, body,
                                                 detail);
    return ResponseClassifier::fromBody(expect, body);
}

void GatewayClient::refuse(const QString &method, const QString &reason, const QObject *context,
                           Callback callback)
{
    QMetaObject::invokeMethod(
        this,
        [this, result = ResponseClassifier::notSent(method, reason),
         guard = QPointer<const QObject>(context),
         callback = std::move(callback)] { deliver(result, guard, callback); },
        Qt::QueuedConnection);
}

void GatewayClient::deliver(const CallResult &result, const QPointer<const QObject> &context,
                            const Callback &callback)
{
    emit callFinished(result);
    if (context && callback)
        callback(result);
}

} // namespace DepositDesk
