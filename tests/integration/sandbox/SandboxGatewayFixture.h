#pragma once

// A sandbox gateway on 127.0.0.1 with the test vectors' keys (two apps, the second registered
// with its bare base64 key), a pinned clock, raw signed HTTP requests and answer checks.

#include "ClientFixtures.h"
#include "ManualClock.h"
#include "SandboxLedgerFixture.h"
#include "VectorFiles.h"
#include "alipay/FormEncoding.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayRequest.h"
#include "alipay/RequestSigner.h"
#include "alipay/ResponseVerifier.h"
#include "domain/ChinaTime.h"
#include "sandbox/Gateway.h"
#include "sandbox/ledger/Ledger.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace DepositDesk::Testing {

inline QString secondAppId()
{
    return QStringLiteral("2021000000000777");
}

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// A node of a gateway answer whose signature verified with the Alipay public key.
struct SignedNode
{
    bool signatureValid = false;
    QByteArray nodeName;
    QJsonObject fields;
    QString code() const { return fields.value(u"code").toString(); }
    QString subCode() const { return fields.value(u"sub_code").toString(); }
    QString text(QStringView key) const { return fields.value(key).toString(); }
};

class SandboxHarness
{
public:
    explicit SandboxHarness(double notifyTimeScale = 1.0)
        : clock(QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone(8 * 3600)))
    {
        Sandbox::GatewayConfig config;
        config.platformKey = loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem"));
        config.addApp(appId(), loadPublicKey(QStringLiteral("merchant_public.pem")), payeeId());
        config.addApp(secondAppId(), loadPublicKey(QStringLiteral("merchant_public.b64.txt")));
        config.clock = &clock;
        config.notifyTimeScale = notifyTimeScale;
        gateway = std::make_unique<Sandbox::Gateway>(ledger, config);
        QString error;
        if (!gateway->listenLoopback(0, &error))
            qFatal("%s", qPrintable(error));
        network.setProxy(QNetworkProxy::NoProxy);
    }

    // A client of the first app, with the vectors' merchant key.
    GatewayConfig clientConfig(int timeoutMs = 3000) const
    {
        GatewayConfig config = loopbackConfig(gateway->gatewayUrl(), timeoutMs);
        config.sellerId = payeeId();
        return config;
    }

    // Protocol parameters of a request, signed with the merchant key, biz_content last.
    ParameterList signedParameters(const QString &method, const QByteArray &biz,
                                   const ParameterList &extra = {}, const QString &app = appId())
    {
        ParameterList p = {{QStringLiteral("app_id"), app},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("format"), QStringLiteral("JSON")},
                           {QStringLiteral("charset"), QStringLiteral("utf-8")},
                           {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
                           {QStringLiteral("timestamp"), ChinaTime::format(clock.now())},
                           {QStringLiteral("version"), QStringLiteral("1.0")}};
        p += extra;
        if (!biz.isNull())
            p.append({QStringLiteral("biz_content"), QString::fromUtf8(biz)});
        static const RequestSigner signer(
            loadPrivateKey(QStringLiteral("merchant_private_pkcs8.pem")));
        p.append({QStringLiteral("sign"), signer.sign(p)});
        return p;
    }

    // Sends parameters as the SDKs do: biz_content in the form body, the rest in the query.
    HttpResult send(const ParameterList &parameters)
    {
        ParameterList query, body;
        for (const Parameter &p : parameters)
            (p.first == u"biz_content" ? body : query).append(p);
        return post("/gateway.do?" + FormEncoding::encode(query), FormEncoding::encode(body));
    }

    HttpResult post(const QByteArray &pathAndQuery, const QByteArray &body,
                    const QByteArray &verb = QByteArrayLiteral("POST"))
    {
        QNetworkRequest request(
            QUrl(gateway->baseUrl().toString() + QString::fromLatin1(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded;charset=utf-8"));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qFatal("no answer from the sandbox within 15 s");
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    // Signs, sends and reads the verified answer node of `method`.
    SignedNode call(const QString &method, const QByteArray &biz, const ParameterList &extra = {})
    {
        return verify(send(signedParameters(method, biz, extra)).body, method);
    }

    static SignedNode verify(const QByteArray &body, const QString &method)
    {
        static const RsaPublicKey alipay = loadPublicKey(QStringLiteral("alipay_public.pem"));
        const ResponseVerifier::Result r = ResponseVerifier::verify(body, method, alipay);
        SignedNode node;
        node.signatureValid = r.signatureValid;
        node.nodeName = r.nodeName;
        node.fields = QJsonDocument::fromJson(r.nodeText).object();
        return node;
    }

    // Everything the ledger holds, as text, to show that a refused request changed nothing.
    QString snapshot() const
    {
        QString text;
        for (const Sandbox::FundAuthOrder &o : ledger.orders()) {
            text += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                        .arg(o.authNo, toProtocol(o.status), o.restAmount().toYuan(),
                             o.totalPayAmount().toYuan(), o.totalUnfreezeAmount().toYuan(),
                             o.totalFreezeCreditAmount.toYuan());
            for (const Sandbox::FundAuthOperation &op : ledger.operations(o.authNo))
                text += QStringLiteral("  %1 %2 %3 %4\n")
                            .arg(op.operationId, toProtocol(op.status), op.amount.toYuan(),
                                 op.cancelAction);
        }
        for (const Sandbox::Trade &t : ledger.trades()) {
            text += QStringLiteral("%1 %2 %3\n")
                        .arg(t.tradeNo, toProtocol(t.status), t.refundFee.toYuan());
            for (const Sandbox::Refund &r : ledger.refunds(t.tradeNo))
                text += QStringLiteral("  %1 %2\n").arg(r.outRequestNo, r.amount.toYuan());
            text += QString::number(ledger.syncs(t.tradeNo).size());
        }
        return text;
    }

    ManualClock clock;
    Sandbox::Ledger ledger;
    std::unique_ptr<Sandbox::Gateway> gateway;
    QNetworkAccessManager network;
};

} // namespace DepositDesk::Testing
