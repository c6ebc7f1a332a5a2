#include "FaultInjector.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace DepositDesk::Chaos {

namespace {

const char *const Kinds[] = {"reset_after",    "reset_before",   "http_502",      "code_20000",
                             "system_error",   "bad_signature",  "delay",         "late_apply",
                             "truncated_body", "foreign_answer", "foreign_amount"};

} // namespace

FaultInjector::FaultInjector(const QUrl &base, int clientTimeoutMs, const QStringList &kinds)
    : m_base(base)
    , m_timeoutMs(clientTimeoutMs)
    , m_kinds(kinds.isEmpty() ? allKinds() : kinds)
{}

QStringList FaultInjector::allKinds()
{
    QStringList list;
    for (const char *kind : Kinds)
        list << QString::fromLatin1(kind);
    return list;
}

QString FaultInjector::inject(const QString &method, QRandomGenerator &rng)
{
    const QByteArray kind = m_kinds.at(rng.bounded(int(m_kinds.size()))).toLatin1();
    QByteArray body = "kind=" + kind + "&method=" + method.toLatin1();
    // Qt sends a POST again (up to twice) when the connection drops before an answer: three
    // resets are needed for the client to see one.
    body += kind.startsWith("reset") ? "&count=3" : "&count=1";
    if (kind == "delay")
        body += "&delay_ms=" + QByteArray::number(m_timeoutMs + 200);
    if (kind == "late_apply")
        body += "&delay_ms=" + QByteArray::number(m_timeoutMs + 100 + rng.bounded(3 * m_timeoutMs));
    return post(body) ? QString::fromLatin1(kind) : QString();
}

bool FaultInjector::post(const QByteArray &body)
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/sandbox/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->error() == QNetworkReply::NoError &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

} // namespace DepositDesk::Chaos
