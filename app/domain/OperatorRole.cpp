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
    }
    return {};
}

std::optional<OperatorRole> operatorRoleFromCode(QStringView code)
{
    for (OperatorRole r : {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor,
                           OperatorRole::Admin}) {
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
    }
    return {};
}

} // namespace DepositDesk
