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

QString alipayStatusDisplayName(QStringView code)
{
    if (const auto order = orderStatusFromCode(code))
        return orderStatusDisplayName(*order);
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("DepositDesk::OrderStatus", text);
    };
    const QStringView trimmed = code.trimmed();
    if (trimmed == u"WAIT_BUYER_PAY")
        //: Charge state: sent, the customer has not paid yet
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Waiting for payment"));
    if (trimmed == u"TRADE_SUCCESS")
        //: Charge state: paid
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Paid"));
    if (trimmed == u"TRADE_FINISHED")
        //: Charge state: paid and no longer refundable
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Paid, no longer refundable"));
    if (trimmed == u"TRADE_CLOSED")
        //: Charge state: closed unpaid, or refunded in full
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Charge closed"));
    if (trimmed == u"REFUND_SUCCESS")
        //: Refund state: the money went back to the customer
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Refunded"));
    if (trimmed == u"SUCCESS")
        //: Freeze/unfreeze/charge operation state: done
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Succeeded"));
    if (trimmed == u"VIOLATED")
        //: Order mark: the customer defaulted
        return translated(QT_TRANSLATE_NOOP("DepositDesk::OrderStatus", "Marked as defaulted"));
    return code.toString();
}

} // namespace DepositDesk
