#include "domain/Environment.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

constexpr Environment All[] = {Environment::Demo, Environment::Production,
                               Environment::AlipaySandbox, Environment::LocalUrl};

} // namespace

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Demo:
        return QStringLiteral("demo");
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::AlipaySandbox:
        return QStringLiteral("alipay-sandbox");
    case Environment::LocalUrl:
        break;
    }
    return QStringLiteral("local");
}

std::optional<Environment> environmentFromKey(QStringView key)
{
    for (const Environment environment : All) {
        if (key == environmentKey(environment))
            return environment;
    }
    return std::nullopt;
}

QString environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Demo:
        //: The console talks to its embedded sandbox with made-up orders.
        return QCoreApplication::translate("DepositDesk::Environment", "Demo mode");
    case Environment::Production:
        //: Real customers, real money.
        return QCoreApplication::translate("DepositDesk::Environment", "Production");
    case Environment::AlipaySandbox:
        return QCoreApplication::translate("DepositDesk::Environment", "Alipay sandbox");
    case Environment::LocalUrl:
        break;
    }
    //: A gateway on this computer or network (a sandbox)
    return QCoreApplication::translate("DepositDesk::Environment", "Local gateway");
}

} // namespace DepositDesk
