#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for client tests and benchmarks: it records every request
// and answers each one as the test says (including misbehaving: stall, reset, cut-off body).

#include "alipay/FormEncoding.h"

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

#include <sys/socket.h>

namespace DepositDesk::Testing {

struct RecordedRequest
{
    QByteArray verb;                      // "POST"
    QByteArray path;                      // "/gateway.do"
    QByteArray query;                     // raw, after '?'
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    ParameterList queryParameters() const
    {
        return FormEncoding::decode(query).value_or(ParameterList());
    }
    ParameterList bodyParameters() const
    {
        return FormEncoding::decode(body).value_or(ParameterList());
    }
    ParameterList allParameters() const { return queryParameters() + bodyParameters(); }
    QString parameter(const QString &key) const
    {
        for (const Parameter &p : allParameters()) {
            if (p.first == key)
                return p.second;
        }
        return {};
    }
};

struct CannedReply
{
    enum class Mode {
        Answer,            // status line, headers, the whole body; connection kept alive
        Stall,             // read the request, never answer
        Reset,             // read the request, then reset the connection (TCP RST)
        HalfBodyThenClose, // announce the full Content-Length, send half the body, close
        BodyThenClose,     // no Content-Length: the body, then close (HTTP/1.0 style)
        Streamed,          // Content-Length streamedSize; the body, then streamedSize - its size
                           // generated filler bytes, written as the socket drains (never held)
        StreamedThenClose, // the same without Content-Length, then close
    };
    Mode mode = Mode::Answer;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "text/html;charset=utf-8"; // what Alipay has been seen to send
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    qint64 streamedSize = 0; // Streamed modes: the whole length of the body

    static CannedReply streamed(qint64 size, bool announceLength, QByteArray start = {})
    {
        CannedReply reply;
        reply.mode = announceLength ? Mode::Streamed : Mode::StreamedThenClose;
        reply.body = std::move(start);
        reply.streamedSize = size;
        return reply;
    }

    static CannedReply answer(QByteArray body, int status = 200)
    {
        CannedReply reply;
        reply.body = std::move(body);
        reply.status = status;
        return reply;
    }
    static CannedReply misbehave(Mode mode, QByteArray body = {})
    {
        CannedReply reply;
        reply.mode = mode;
        reply.body = std::move(body);
        return reply;
    }
};

class LoopbackResponder
{
public:
    using Handler = std::function<CannedReply(const RecordedRequest &)>;

    LoopbackResponder()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("LoopbackResponder: cannot listen on 127.0.0.1");
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    QUrl url(const QString &path = QStringLiteral("/gateway.do")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }

    // Answers requests in order from the queue; when it is empty, the handler decides.
    void enqueue(CannedReply reply) { m_queue.append(std::move(reply)); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int connectionsAccepted() const { return m_connections; }
    // Bytes of streamed bodies written to sockets so far.
    qint64 bytesStreamed() const { return m_streamed; }
    void clear() { m_requests.clear(); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_buffers[socket].append(socket->readAll());
                serve(socket);
            });
            QObject::connect(socket, &QObject::destroyed, &m_server,
                             [this, socket] { m_buffers.remove(socket); });
        }
    }

    // Parses every complete request in the socket's buffer and answers it.
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.verb = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            const qsizetype question = target.indexOf('?');
            request.path = question < 0 ? target : target.left(question);
            request.query = question < 0 ? QByteArray() : target.mid(question + 1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            m_requests.append(request);
            const CannedReply reply =
                !m_queue.isEmpty() ? m_queue.takeFirst()
                                   : (m_handler ? m_handler(request)
                                                : CannedReply::answer("no canned reply", 500));
            if (!respond(socket, reply))
                return;
        }
    }

    // Writes `remaining` filler bytes in chunks, each when the socket has sent the previous ones,
    // and closes the connection after the last.
    void stream(QTcpSocket *socket, qint64 remaining)
    {
        static constexpr qint64 Chunk = 64 * 1024;
        auto left = std::make_shared<qint64>(remaining);
        auto more = [this, socket, left] {
            while (*left > 0 && socket->bytesToWrite() < 4 * Chunk) {
                const qint64 n = std::min(Chunk, *left);
                socket->write(QByteArray(n, 'x'));
                *left -= n;
                m_streamed += n;
            }
            if (*left == 0) {
                *left = -1;
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
    }

    // False when the connection is gone (or must not be used again).
    bool respond(QTcpSocket *socket, const CannedReply &reply)
    {
        using Mode = CannedReply::Mode;
        switch (reply.mode) {
        case Mode::Stall:
            return false;
        case Mode::Reset: {
            const linger hardClose{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hardClose,
                         sizeof hardClose);
            socket->abort();
            return false;
        }
        case Mode::Answer:
        case Mode::HalfBodyThenClose:
        case Mode::BodyThenClose:
        case Mode::Streamed:
        case Mode::StreamedThenClose:
            break;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Canned\r\n";
        head += "Content-Type: " + reply.contentType + "\r\n";
        for (const auto &header : reply.extraHeaders)
            head += header.first + ": " + header.second + "\r\n";
        if (reply.mode == Mode::BodyThenClose || reply.mode == Mode::StreamedThenClose)
            head += "Connection: close\r\n";
        else if (reply.mode == Mode::Streamed)
            head += "Content-Length: " + QByteArray::number(reply.streamedSize) + "\r\n";
        else
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        head += "\r\n";
        if (reply.mode == Mode::HalfBodyThenClose) {
            socket->write(head + reply.body.left(reply.body.size() / 2));
            socket->disconnectFromHost();
            return false;
        }
        socket->write(head + reply.body);
        if (reply.mode == Mode::Streamed || reply.mode == Mode::StreamedThenClose) {
            m_streamed += reply.body.size();
            stream(socket, reply.streamedSize - reply.body.size());
            return false;
        }
        if (reply.mode == Mode::BodyThenClose) {
            socket->disconnectFromHost();
            return false;
        }
        return true;
    }

    QTcpServer m_server;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<CannedReply> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    int m_connections = 0;
    qint64 m_streamed = 0;
};

} // namespace DepositDesk::Testing
