#include "domain/OrderStatus.h"

#include <QCoreApplication>

namespace DepositDesk {

QString orderStatusCode(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Init:
        return QStringLiteral("INIT");
    case OrderStatus::Authorized:
        return QStringLiteral("AUTHORIZED");
    case OrderStatus::Finish:
        return QStringLiteral("FINISH");
    case OrderStatus::Closed:
        return QStringLiteral("CLOSED");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (OrderStatus s :
         {OrderStatus::Init, OrderStatus::Authorized, OrderStatus::Finish, OrderStatus::Closed}) {
        if (trimmed.compare(orderStatusCode(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString orderStatusDisplayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Init:
        //: Order state: created, the user has not authorized the deposit yet
        return QCoreApplication::translate("DepositDesk::OrderStatus", "Waiting for authorization");
    case OrderStatus::Authorized:
        //: Order state: deposit authorized (frozen or waived by credit)
        return QCoreApplication::translate("DepositDesk::OrderStatus", "Authorized");
    case OrderStatus::Finish:
        //: Order state: paid and nothing left frozen
        return QCoreApplication::translate("DepositDesk::OrderStatus", "Finished");
    case OrderStatus::Closed:
        //: Order state: timed out or fully released
        return QCoreApplication::translate("DepositDesk::OrderStatus", "Closed");
    }
    return {};
}

} // namespace DepositDesk
