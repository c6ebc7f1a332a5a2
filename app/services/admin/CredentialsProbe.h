#pragma once

#include "services/admin/CredentialsAdmin.h"

#include "alipay/GatewayConfig.h"
#include "alipay/TradeTypes.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace DepositDesk {

// The connection test of CredentialsAdmin: alipay.trade.query of an out_trade_no that cannot
// exist, signed with the credentials under test. A signed, verified ACQ.TRADE_NOT_EXIST proves
// that Alipay knows the app_id, accepts the request's signature and that its answer verifies
// with the Alipay key given. Changes nothing at Alipay.
class CredentialsProbe
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::CredentialsProbe)

public:
    using Done = std::function<void(const CredentialsOutcome &)>;

    // Sends the query over its own client (the keys live as long as the call); `done` runs in
    // the event loop unless `context` is gone.
    static void run(const GatewayConfig &config, QObject *context, Done done);
    // What the answer says about the credentials, in plain words.
    static CredentialsOutcome interpret(const TradeQueryResult &result,
                                        const GatewayConfig &config);
    // "DDCHECK" + time + random digits: never an order of ours.
    static QString impossibleTradeNo();
};

} // namespace DepositDesk
