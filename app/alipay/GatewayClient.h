#pragma once

#include "alipay/CallResult.h"
#include "alipay/GatewayConfig.h"
#include "alipay/ResponseClassifier.h"
#include "domain/Clock.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace DepositDesk {

class GatewayRequest;

// Sends signed OpenAPI requests over QNetworkAccessManager and classifies the answers
// (docs/alipay-protocol.md §1.2, §3, §4). Asynchronous; one client can have many calls in flight.
//
//   client->call(u"alipay.trade.query"_s, biz, this, [this](const CallResult &r) { ... });
//
// The callback runs on the client's thread once the call is over, and only if `context` (which
// must not be null) still exists. If the client itself is destroyed first, its calls are
// abandoned without callback; their outcome is unknown and must be settled by a query.
class GatewayClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CallResult &)>;

    explicit GatewayClient(GatewayConfig config, QObject *parent = nullptr);
    ~GatewayClient() override;

    const GatewayConfig &config() const { return m_config; }
    // Applies to calls made from now on.
    void setConfig(GatewayConfig config);
    // Where request timestamps come from (the system clock unless set); the clock must outlive
    // the client.
    void setClock(const Clock &clock);
    QNetworkAccessManager *network() const { return m_network; }
    int callsInFlight() const { return m_inFlight; }

    // Signs (timestamp from the clock) and POSTs: protocol parameters in the URL query,
    // biz_content in the form body. bizContent is the exact JSON text to send.
    void call(const QString &method, const QByteArray &bizContent, const QObject *context,
              Callback callback);

    // The signed request without sending it: for sdkExecute-style APIs (app.freeze), whose
    // orderString() is handed to the customer's Alipay app. nullopt and a reason when the
    // configuration is unusable.
    std::optional<GatewayRequest> signedRequest(const QString &method, const QByteArray &bizContent,
                                                QString *error = nullptr) const;

    // Reports a call refused before sending (Failed, nothing sent) through the same path as a
    // real answer, i.e. later from the event loop and only while context lives.
    void refuse(const QString &method, const QString &reason, const QObject *context,
                Callback callback);

signals:
    // Every finished call (also the refused ones), e.g. for the audit log.
    void callFinished(const DepositDesk::CallResult &result);

private:
    ResponseClassifier::Expectation expectation(const QString &method) const;
    static CallResult resultOf(QNetworkReply *reply, const ResponseClassifier::Expectation &expect);
    void deliver(const CallResult &result, const QPointer<const QObject> &context,
                 const Callback &callback);

    GatewayConfig m_config;
    QStringList m_configProblems; // m_config.problems(), checked once per configuration
    const Clock *m_clock = &Clock::system();
    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};

} // namespace DepositDesk
