#include "services/system/AboutInfo.h"

#include "alipay/OpenSslVersion.h"

#include <QCoreApplication>

namespace DepositDesk {

AboutInfo AboutInfo::collect()
{
    AboutInfo info;
    info.version = QCoreApplication::applicationVersion();
    info.qtRuntime = QString::fromLatin1(qVersion());
    info.qtBuilt = QStringLiteral(QT_VERSION_STR);
    info.openSsl = openSslVersion();
    return info;
}

} // namespace DepositDesk
