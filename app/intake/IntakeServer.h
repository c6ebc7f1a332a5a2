#pragma once

#include "services/intake/NotificationIntake.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpSocket;

namespace DepositDesk {

// The HTTP side of the notification intake: POST <path> (default /alipay/notify) hands the raw
// body and its Content-Type to NotificationIntake and answers exactly `success` (HTTP 200) once
// the facts are committed, `fail` otherwise (400 for a notification that is refused as such, 413
// for one that is too large, 503 while the store or the keys fail), so that Alipay sends it
// again (docs/alipay-protocol.md §5.1). Other paths answer 404, other methods 405. Every
// notification is logged (category depositdesk.intake): notify_id, notify_type, order, outcome
// and reason; never the body or its signature. Used by depositdesk-intake and by the tests.
//
// Notifications that arrive while others are being recorded wait, and are then recorded together
// in one transaction (NotificationIntake::receiveAll, at most MaxBatch at a time): one commit for
// many, and every one of them is still answered `success` only after that commit.
class IntakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static QString defaultPath() { return QStringLiteral("/alipay/notify"); }
    static constexpr int MaxBatch = 32;

    // The intake is borrowed and must outlive the server.
    explicit IntakeServer(const NotificationIntake &intake, QObject *parent = nullptr);
    ~IntakeServer() override;

    void setPath(const QString &path) { m_path = path; }
    QString path() const { return m_path; }

    // Listens on address:port (port 0: the system picks one). False and a translated reason
    // when the address cannot be used.
    bool listenOn(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const { return m_port; }
    // http://<address>:<port><path>: the notify_url to give Alipay (behind the merchant's
    // public proxy) or to forward to.
    QUrl url() const;

    // Notifications handled so far (accepted or refused).
    int handled() const { return m_handled; }

Q_SIGNALS:
    // After each notification was answered: its outcome as a stable code
    // (IntakeResult::statusCode), its notify_id, order and translated reason.
    void notificationHandled(const QString &status, const QString &notifyId,
                             const QString &outOrderNo, const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        NotificationIntake::Received notification;
        QPointer<QTcpSocket> socket;
    };

    // Records the notifications waiting (up to MaxBatch) and answers each.
    void recordPending();
    void answer(const IntakeResult &result, QTcpSocket *socket);
    static void write(QTcpSocket *socket, int status, const QByteArray &body);

    const NotificationIntake &m_intake;
    QString m_path = defaultPath();
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_handled = 0;
    QList<Pending> m_pending;
    bool m_recordScheduled = false;
};

} // namespace DepositDesk
