#include "intake/IntakeServer.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcIntake, "depositdesk.intake")

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 503:
        return "Service Unavailable";
    }
    return "Error";
}

int httpStatusOf(IntakeResult::Status status)
{
    using Status = IntakeResult::Status;
    switch (status) {
    case Status::Accepted:
        return 200;
    case Status::TooLarge:
        return 413;
    case Status::StoreFailed:
    case Status::NotConfigured:
    case Status::UnknownOrder:
    case Status::CertificateChanged:
        return 503;
    case Status::Malformed:
    case Status::BadSignature:
    case Status::UnknownApp:
    case Status::UnsupportedType:
        break;
    }
    return 400;
}

} // namespace

IntakeServer::IntakeServer(const NotificationIntake &intake, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_intake(intake)
{}

IntakeServer::~IntakeServer() = default;

bool IntakeServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    m_address = address;
    m_port = listen(address, port);
    if (m_port == 0 && error)
        *error = tr("Cannot listen on %1 port %2: is the address this "
                    "computer's and the port free?")
                     .arg(address.toString())
                     .arg(port);
    return m_port != 0;
}

QUrl IntakeServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

bool IntakeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (request.url().path() != m_path)
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        write(socket, 405, QByteArrayLiteral("fail"));
        return true;
    }
    // Recorded once the event loop has read what else has arrived meanwhile (a zero timer runs
    // after the sockets that are ready, a posted call before them).
    m_pending.append({{request.body(), request.value(QByteArrayLiteral("content-type"))}, socket});
    if (!m_recordScheduled) {
        m_recordScheduled = true;
        QTimer::singleShot(0, this, &IntakeServer::recordPending);
    }
    return true;
}

void IntakeServer::recordPending()
{
    m_recordScheduled = false;
    const QList<Pending> batch = m_pending.mid(0, MaxBatch);
    m_pending.remove(0, batch.size());
    if (!m_pending.isEmpty()) {
        m_recordScheduled = true;
        QTimer::singleShot(0, this, &IntakeServer::recordPending);
    }
    QList<NotificationIntake::Received> notifications;
    for (const Pending &p : batch)
        notifications.append(p.notification);
    const QList<IntakeResult> results = m_intake.receiveAll(notifications);
    for (qsizetype i = 0; i < batch.size(); ++i)
        answer(results[i], batch[i].socket);
}

void IntakeServer::answer(const IntakeResult &result, QTcpSocket *socket)
{
    ++m_handled;
    const QString status = IntakeResult::statusCode(result.status);
    // notify_id, notify_type and order as received (each cut short), the outcome and why.
    const QString line =
        QStringLiteral("notify_id=%1 notify_type=%2 out_order_no=%3 %4: %5")
            .arg(result.notifyId.isEmpty() ? QStringLiteral("-") : result.notifyId,
                 result.notifyType.isEmpty() ? QStringLiteral("-") : result.notifyType,
                 result.outOrderNo.isEmpty() ? QStringLiteral("-") : result.outOrderNo, status,
                 result.reason);
    if (result.accepted())
        qCInfo(lcIntake).noquote() << line;
    else
        qCWarning(lcIntake).noquote() << line;
    // Answered only now: `success` leaves after the commit. A client that went away meanwhile
    // gets nothing (Alipay sends again; the facts are known by then).
    if (socket)
        write(socket, httpStatusOf(result.status), result.answer());
    Q_EMIT notificationHandled(status, result.notifyId, result.outOrderNo, result.reason);
}

void IntakeServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, 404, QByteArrayLiteral("not found"));
}

void IntakeServer::write(QTcpSocket *socket, int status, const QByteArray &body)
{
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                            "\r\nContent-Type: text/plain;charset=utf-8\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

} // namespace DepositDesk
