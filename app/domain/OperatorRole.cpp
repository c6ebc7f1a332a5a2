#include "domain/OperatorRole.h"

#include <QCoreApplication>

namespace DepositDesk {

QString operatorRoleCode(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Agent:
        return QStringLiteral("agent");
    case OperatorRole::Finance:
        return QStringLiteral("finance");
    case OperatorRole::Supervisor:
        return QStringLiteral("supervisor");
    case OperatorRole::Admin:
        return QStringLiteral("admin");
    case OperatorRole::Risk:
        return QStringLiteral("risk");
    }
    return {};
}

std::optional<OperatorRole> operatorRoleFromCode(QStringView code)
{
    for (OperatorRole r : allOperatorRoles()) {
        if (code.trimmed().compare(operatorRoleCode(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString operatorRoleDisplayName(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Agent:
        //: Role: customer-service agent
        return QCoreApplication::translate("DepositDesk::OperatorRole", "Customer service");
    case OperatorRole::Finance:
        return QCoreApplication::translate("DepositDesk::OperatorRole", "Finance");
    case OperatorRole::Supervisor:
        return QCoreApplication::translate("DepositDesk::OperatorRole", "Supervisor");
    case OperatorRole::Admin:
        return QCoreApplication::translate("DepositDesk::OperatorRole", "Administrator");
    case OperatorRole::Risk:
        //: Role: risk analyst (风控), keeps the Sesame credit waiver policy
        return QCoreApplication::translate("DepositDesk::OperatorRole", "Risk analyst");
    }
    return {};
}

QList<OperatorRole> allOperatorRoles()
{
    return {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor,
            OperatorRole::Risk, OperatorRole::Admin};
}

} // namespace DepositDesk
