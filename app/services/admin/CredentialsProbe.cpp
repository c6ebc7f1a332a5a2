#include "services/admin/CredentialsProbe.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"

#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>

namespace DepositDesk {

namespace {

CredentialsOutcome outcome(bool ok, const QString &code, const QString &message)
{
    return {ok, code, message};
}

} // namespace

QString CredentialsProbe::impossibleTradeNo()
{
    return QStringLiteral("DDCHECK%1%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss")))
        .arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

void CredentialsProbe::run(const GatewayConfig &config, QObject *context, Done done)
{
    auto *client = new GatewayClient(config);
    auto *api = new AlipayApi(client, client);
    TradeQueryRequest request;
    request.outTradeNo = impossibleTradeNo();
    QPointer<QObject> guard(context);
    const GatewayConfig shown = [&config] {
        GatewayConfig c; // no keys: only what the message names
        c.gateway = config.gateway;
        c.appId = config.appId;
        c.alipayCertSn = config.alipayCertSn;
        return c;
    }();
    api->queryTrade(request, client, [client, guard, done, shown](const TradeQueryResult &result) {
        const CredentialsOutcome answer = interpret(result, shown);
        client->deleteLater(); // with its keys and the api
        if (guard)
            done(answer);
    });
}

CredentialsOutcome CredentialsProbe::interpret(const TradeQueryResult &result,
                                               const GatewayConfig &config)
{
    const CallResult &call = result.call;
    const QString gateway = config.gateway.toDisplayString();
    if ((result.notFound || call.outcome == CallResult::Outcome::Succeeded) &&
        call.signatureVerified)
        return outcome(true, QStringLiteral("ok"),
                       tr("Alipay (%1) answered app_id %2 and its signed answer verified: the "
                          "keys work.")
                           .arg(gateway, config.appId));
    if (!call.sent)
        return outcome(false, QStringLiteral("not_sent"),
                       tr("The test query could not be sent: %1").arg(call.message));
    if (call.outcome == CallResult::Outcome::Failed) {
        if (call.subCode == u"isv.invalid-app-id")
            return outcome(false, QStringLiteral("invalid_app_id"),
                           tr("Alipay does not know app_id %1. Check the app_id in the Alipay "
                              "open platform console.")
                               .arg(config.appId));
        if (call.subCode.startsWith(u"isv.invalid-signature"))
            return outcome(false, QStringLiteral("invalid_signature"),
                           tr("Alipay refused the signature of the test query: the application "
                              "private key does not belong to app_id %1 (Alipay holds another "
                              "application public key or certificate for it). Load the private "
                              "key whose public key is registered for this app.")
                               .arg(config.appId));
        //: %1 Alipay's explanation, %2 its code
        return outcome(false, QStringLiteral("alipay_refused"),
                       tr("Alipay refused the test query: %1 (%2).")
                           .arg(call.subMsg.isEmpty() ? call.msg : call.subMsg,
                                call.subCode.isEmpty() ? call.code : call.subCode));
    }
    switch (call.unknownCause) {
    case CallResult::UnknownCause::BadSignature:
    case CallResult::UnknownCause::Unsigned:
        return outcome(false, QStringLiteral("bad_signature"),
                       tr("Alipay answered, but its answer does not verify with the Alipay public "
                          "key (or certificate) given. Load the Alipay public key of this app, "
                          "not the application public key."));
    case CallResult::UnknownCause::CertSnMismatch:
        return outcome(false, QStringLiteral("cert_sn_mismatch"),
                       tr("Alipay answered with another certificate than the Alipay certificate "
                          "given (serial %1). Download the current alipayCertPublicKey_RSA2.crt "
                          "and import it again.")
                           .arg(config.alipayCertSn));
    case CallResult::UnknownCause::Timeout:
    case CallResult::UnknownCause::ConnectionError:
    case CallResult::UnknownCause::HttpStatus:
    case CallResult::UnknownCause::GatewayUnavailable:
        //: %1 the gateway address, %2 what went wrong
        return outcome(false, QStringLiteral("unreachable"),
                       tr("Alipay could not be reached at %1: %2 Check the network and the "
                          "environment in Settings, then test again.")
                           .arg(gateway, call.message));
    default:
        break;
    }
    return outcome(
        false, QStringLiteral("unknown"),
        tr("The test query gave no clear answer: %1 Test again later.").arg(call.message));
}

} // namespace DepositDesk
