#include "SandboxGatewayConfig.h"

namespace DepositDesk {

QString SandboxApp::defaultSellerId(const QString &appId)
{
    QString digits;
    for (QChar c : appId) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    }
    return QStringLiteral("2088") + digits.right(12).rightJustified(12, u'0');
}

void SandboxGatewayConfig::addApp(const QString &appId, const RsaPublicKey &publicKey,
                                  const QString &sellerId)
{
    SandboxApp app;
    app.appId = appId;
    app.publicKey = publicKey;
    app.sellerId = sellerId.isEmpty() ? SandboxApp::defaultSellerId(appId) : sellerId;
    apps.insert(appId, app);
}

} // namespace DepositDesk
