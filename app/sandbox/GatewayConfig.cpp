#include "sandbox/GatewayConfig.h"

namespace DepositDesk::Sandbox {

QString App::defaultSellerId(const QString &appId)
{
    QString digits;
    for (QChar c : appId) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    }
    return QStringLiteral("2088") + digits.right(12).rightJustified(12, u'0');
}

void GatewayConfig::addApp(const QString &appId, const RsaPublicKey &publicKey,
                           const QString &sellerId)
{
    App app;
    app.appId = appId;
    app.publicKey = publicKey;
    app.sellerId = sellerId.isEmpty() ? App::defaultSellerId(appId) : sellerId;
    apps.insert(appId, app);
}

} // namespace DepositDesk::Sandbox
