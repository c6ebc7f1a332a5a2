#pragma once

#include "sandbox/Faults.h"
#include "sandbox/GatewayConfig.h"
#include "sandbox/Node.h"
#include "sandbox/Requests.h"

#include <QAbstractHttpServer>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace DepositDesk::Sandbox {

class BillService;
class Control;
class Ledger;
class Notifier;

// The Alipay-compatible gateway (docs/alipay-protocol.md §1–§7) on 127.0.0.1: POST/GET /gateway.do
// for the OpenAPI, /sandbox/... for the sandbox-only controls (see app/sandbox/README.md).
//
// Every answer node is written once, signed over exactly those bytes with the platform key and
// spliced into {"<node>":…,["alipay_cert_sn":…,]"sign":…}. The ledger is shared, not owned.
class Gateway : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct HttpAnswer
    {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json;charset=utf-8");
        QByteArray body;
    };

    // config.platformKey must be set.
    Gateway(Ledger &ledger, GatewayConfig config, QObject *parent = nullptr);
    ~Gateway() override;

    // Listens on 127.0.0.1; port 0 lets the system choose. False (and why) on failure.
    bool listenLoopback(quint16 port = 0, QString *error = nullptr);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;    // http://127.0.0.1:<port>
    QUrl gatewayUrl() const; // http://127.0.0.1:<port>/gateway.do

    Ledger &ledger() { return m_ledger; }
    Faults &faults() { return m_faults; }
    Notifier &notifier() { return *m_notifier; }
    const GatewayConfig &config() const { return m_config; }
    void setTimestampSkewSecs(qint64 secs) { m_config.timestampSkewSecs = secs; }
    // The bill service (Bills); not owned, may be null.
    void setBillService(BillService *service) { m_bills = service; }
    BillService *billService() const { return m_bills; }

    // Plays the user in the Alipay app, then notifies the freeze's notify_url (when it had one).
    FreezeOutcome confirmFreeze(const QString &authNo, Money creditAmount, const Payer &payer = {});
    FreezeOutcome declineFreeze(const QString &authNo);

    // One OpenAPI request without HTTP and without faults: the answer body the gateway would
    // send (notifications are sent as usual).
    QByteArray process(const ParameterList &parameters);

    // The signed envelope around a node text (badSignature: a sign over other bytes).
    QByteArray envelope(const QByteArray &nodeName, const QByteArray &nodeText,
                        bool certificateMode, bool badSignature = false) const;
    QString alipayCertSn() const;

signals:
    // After every OpenAPI request that was answered (also refused ones).
    void requestHandled(const QString &method, const QString &code, const QString &subCode);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Processed
    {
        QString method;
        GatewayStatus status;
        QByteArray body;
    };

    void handleGateway(const QHttpServerRequest &request, QTcpSocket *socket);
    // The fault, if any, that alters the signed answer (bad_signature, foreign_*).
    Processed execute(const ParameterList &parameters,
                      std::optional<Faults::Kind> fault = std::nullopt);
    ApiAnswer dispatch(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer bill(const CheckedRequest &request, const QDateTime &now);
    // An answer to a request that was not executed (20000 / system-error faults).
    QByteArray unexecuted(const QString &method, const GatewayStatus &status,
                          bool certificateMode) const;

    // The late_apply fault: executes `parameters` after delayMs, answers nothing.
    void applyLate(const ParameterList &parameters, QTcpSocket *socket, int delayMs);
    static void write(QTcpSocket *socket, const HttpAnswer &answer, bool close);
    static void reset(QTcpSocket *socket);

    Ledger &m_ledger;
    GatewayConfig m_config;
    Faults m_faults;
    Notifier *m_notifier;
    std::unique_ptr<Control> m_control;
    BillService *m_bills = nullptr;
    quint16 m_port = 0;
};

} // namespace DepositDesk::Sandbox
