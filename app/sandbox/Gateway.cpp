#include "sandbox/Gateway.h"

#include "sandbox/Control.h"
#include "sandbox/FundAuthApi.h"
#include "sandbox/Notices.h"
#include "sandbox/Notifier.h"
#include "sandbox/TradeApi.h"
#include "sandbox/bills/BillService.h"
#include "sandbox/ledger/Ledger.h"

#include "alipay/FormEncoding.h"
#include "alipay/ResponseVerifier.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace DepositDesk::Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    default:
        return QByteArrayLiteral("Status");
    }
}

bool wantsClose(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("connection")).toLower() == "close";
}

// The node of a successful answer as if it answered another request (foreign_answer: every
// merchant and trade number gets a trailing "F") or another amount (foreign_amount: every amount
// one fen less). Written out again, so the gateway signs exactly the altered bytes.
QByteArray foreignNode(const QByteArray &nodeText, Faults::Kind kind)
{
    QJsonObject node = QJsonDocument::fromJson(nodeText).object();
    if (node.value(u"code").toString() != u"10000")
        return nodeText;
    if (kind == Faults::Kind::ForeignAnswer) {
        for (const QString &key : {QStringLiteral("out_trade_no"), QStringLiteral("out_request_no"),
                                   QStringLiteral("out_order_no"), QStringLiteral("trade_no")}) {
            const QString number = node.value(key).toString();
            if (!number.isEmpty())
                node.insert(key, QString(number + u'F'));
        }
    } else {
        for (const QString &key : {QStringLiteral("amount"), QStringLiteral("total_amount"),
                                   QStringLiteral("refund_fee")}) {
            const std::optional<Money> amount = Money::fromYuan(node.value(key).toString());
            if (amount && amount->fen() > 0)
                node.insert(key, Money::fromFen(amount->fen() - 1).toYuan());
        }
    }
    return QJsonDocument(node).toJson(QJsonDocument::Compact);
}

} // namespace

Gateway::Gateway(Ledger &ledger, GatewayConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_ledger(ledger)
    , m_config(std::move(config))
    , m_notifier(new Notifier(*m_config.platformKey, *m_config.clock, this))
    , m_control(std::make_unique<Control>(*this))
{
    m_notifier->setTimeScale(m_config.notifyTimeScale);
}

Gateway::~Gateway() = default;

bool Gateway::listenLoopback(quint16 port, QString *error)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0 && error)
        *error = tr("The sandbox cannot listen on 127.0.0.1 port %1: is it in use?").arg(port);
    return m_port != 0;
}

QUrl Gateway::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl Gateway::gatewayUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/gateway.do"));
    return url;
}

QString Gateway::alipayCertSn() const
{
    if (!m_config.alipayCertSn.isEmpty())
        return m_config.alipayCertSn;
    return QString::fromLatin1(QCryptographicHash::hash(m_config.platformKey->publicKey().spkiDer(),
                                                        QCryptographicHash::Md5)
                                   .toHex());
}

QByteArray Gateway::envelope(const QByteArray &nodeName, const QByteArray &nodeText,
                             bool certificateMode, bool badSignature) const
{
    // Signed over exactly the bytes spliced in below; a bad signature covers other bytes.
    const QByteArray signedBytes = badSignature ? nodeText + ' ' : nodeText;
    const QByteArray sign = m_config.platformKey->signSha256(signedBytes).toBase64();
    JsonWriter w;
    w.beginObject().raw(QString::fromLatin1(nodeName), nodeText);
    if (certificateMode)
        w.string(u"alipay_cert_sn", alipayCertSn());
    w.string(u"sign", QString::fromLatin1(sign)).endObject();
    return w.text();
}

QByteArray Gateway::unexecuted(const QString &method, const GatewayStatus &status,
                               bool certificateMode) const
{
    const QByteArray node = method.isEmpty() ? QByteArrayLiteral("error_response")
                                             : ResponseVerifier::nodeNameFor(method);
    return envelope(node, Node(status).finish(), certificateMode);
}

FreezeOutcome Gateway::confirmFreeze(const QString &authNo, Money creditAmount, const Payer &payer)
{
    const FreezeOutcome out =
        m_ledger.confirmFreeze(authNo, creditAmount, payer, m_config.clock->now());
    if (out.ok() && !out.repeated && !out.freeze.notifyUrl.isEmpty())
        m_notifier->send(Notices::fundAuth(QStringLiteral("fund_auth_freeze"), out.order,
                                           out.freeze, out.freeze.notifyUrl));
    return out;
}

FreezeOutcome Gateway::declineFreeze(const QString &authNo)
{
    // Sandbox convention: a declined freeze is not notified (§5.5 only names success).
    return m_ledger.declineFreeze(authNo, m_config.clock->now());
}

ApiAnswer Gateway::dispatch(const CheckedRequest &request, const QDateTime &now)
{
    if (RequestCheck::isTradeMethod(request.method))
        return TradeApi(m_ledger).handle(request, now);
    if (request.method == u"alipay.data.dataservice.bill.downloadurl.query")
        return bill(request, now);
    return FundAuthApi(m_ledger, baseUrl()).handle(request, now);
}

ApiAnswer Gateway::bill(const CheckedRequest &request, const QDateTime &now)
{
    if (!m_bills)
        return ApiAnswer::refused(QStringLiteral("isp.bill_not_exist"));
    BizReader biz(request.biz);
    const BillService::UrlAnswer url = m_bills->downloadUrl(request.appId, biz.text(u"bill_type"),
                                                            biz.text(u"bill_date"), now, baseUrl());
    if (!url.subCode.isEmpty())
        return ApiAnswer::refused(url.subCode, url.subMsg);
    Node node{GatewayStatus()};
    node.text(u"bill_download_url", url.billDownloadUrl).text(u"bill_file_code", url.billFileCode);
    ApiAnswer answer;
    answer.nodeText = node.finish();
    return answer;
}

Gateway::Processed Gateway::execute(const ParameterList &parameters,
                                    std::optional<Faults::Kind> fault)
{
    const QDateTime now = m_config.clock->now();
    const CheckedRequest checked = RequestCheck::check(parameters, m_config);
    ApiAnswer answer =
        checked.status.ok() ? dispatch(checked, now) : ApiAnswer::failure(checked.status);
    if (fault == Faults::Kind::ForeignAnswer || fault == Faults::Kind::ForeignAmount)
        answer.nodeText = foreignNode(answer.nodeText, *fault);
    for (const Notification &notification : answer.notifications)
        m_notifier->send(notification);
    const QByteArray node = checked.status.errorNode
                                ? QByteArrayLiteral("error_response")
                                : ResponseVerifier::nodeNameFor(checked.method);
    Processed processed;
    processed.method = checked.method;
    processed.status = answer.status;
    processed.body = envelope(node, answer.nodeText, checked.certificateMode,
                              fault == Faults::Kind::BadSignature);
    emit requestHandled(checked.method, answer.status.code, answer.status.subCode);
    return processed;
}

QByteArray Gateway::process(const ParameterList &parameters)
{
    return execute(parameters).body;
}

bool Gateway::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == u"/gateway.do") {
        handleGateway(request, socket);
        return true;
    }
    if (path.startsWith(u"/sandbox/")) {
        write(socket, m_control->handle(request), wantsClose(request));
        return true;
    }
    return false;
}

void Gateway::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpAnswer answer;
    answer.status = 404;
    answer.contentType = QByteArrayLiteral("text/plain;charset=utf-8");
    answer.body = QByteArrayLiteral("not found: use /gateway.do or /sandbox/...");
    write(socket, answer, wantsClose(request));
}

void Gateway::handleGateway(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool close = wantsClose(request);
    // Query and form body, each decoded exactly once, query first (docs/alipay-protocol.md §2.2).
    std::optional<ParameterList> parameters =
        FormEncoding::decode(request.url().query(QUrl::FullyEncoded).toLatin1());
    const QByteArray type = request.value(QByteArrayLiteral("content-type")).toLower();
    if (parameters && !request.body().isEmpty() &&
        (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded"))) {
        const std::optional<ParameterList> body = FormEncoding::decode(request.body());
        parameters = body ? std::optional(*parameters + *body) : std::nullopt;
    }
    HttpAnswer answer;
    if (!parameters) {
        GatewayStatus status = GatewayStatus::invalid(QStringLiteral("isv.invalid-parameter"),
                                                      QStringLiteral("参数编码错误，无法解码"));
        answer.body = unexecuted({}, status, false);
        write(socket, answer, close);
        return;
    }
    CheckedRequest probe;
    probe.parameters = *parameters;
    const QString method = probe.parameter(u"method");
    const bool certificateMode = !probe.parameter(u"app_cert_sn").isEmpty();
    const std::optional<Faults::Rule> fault = m_faults.take(method);
    using Kind = Faults::Kind;
    if (fault && Faults::preventsExecution(fault->kind)) {
        if (fault->kind == Kind::ResetBefore)
            return reset(socket);
        if (fault->kind == Kind::Http502) {
            answer.status = 502;
            answer.contentType = QByteArrayLiteral("text/html;charset=utf-8");
            answer.body = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
        } else {
            const GatewayStatus status =
                fault->kind == Kind::Code20000
                    ? GatewayStatus::unavailable()
                    : GatewayStatus::business(RequestCheck::systemErrorSubCode(method),
                                              QStringLiteral("系统繁忙，请稍后重试"));
            answer.body = unexecuted(method, status, certificateMode);
        }
        write(socket, answer, close);
        return;
    }
    if (fault && fault->kind == Kind::LateApply)
        return applyLate(*parameters, socket, fault->delayMs);
    answer.body = execute(*parameters, fault ? std::optional(fault->kind) : std::nullopt).body;
    if (!fault)
        return write(socket, answer, close);
    switch (fault->kind) {
    case Kind::ResetAfter:
        return reset(socket);
    case Kind::TruncatedBody:
        answer.body.truncate(answer.body.size() / 2);
        return write(socket, answer, close);
    case Kind::Delay: {
        const int delay = fault->delayMs > 0 ? fault->delayMs : m_config.faultDelayMs;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(delay, this, [guard, answer, close] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                write(guard, answer, close);
        });
        return;
    }
    default:
        return write(socket, answer, close);
    }
}

void Gateway::applyLate(const ParameterList &parameters, QTcpSocket *socket, int delayMs)
{
    // Nothing is answered: the client times out and gives up; the request is executed after the
    // delay all the same (whether the client is still connected or not), then the connection,
    // if still open, is dropped without an answer.
    const int delay = delayMs > 0 ? delayMs : m_config.faultDelayMs;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, parameters, guard] {
        execute(parameters, std::nullopt);
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            reset(guard);
    });
}

void Gateway::write(QTcpSocket *socket, const HttpAnswer &answer, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonPhrase(answer.status) + "\r\nContent-Type: " + answer.contentType +
                      "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
                      "\r\nConnection: " + (close ? "close" : "keep-alive") + "\r\n\r\n";
    socket->write(head + answer.body);
    if (close)
        socket->disconnectFromHost();
}

void Gateway::reset(QTcpSocket *socket)
{
    // SO_LINGER 0: closing sends a TCP RST instead of a FIN, as a dropped connection does.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

} // namespace DepositDesk::Sandbox
