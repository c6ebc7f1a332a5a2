#include "sandbox/ledger/Records.h"

namespace DepositDesk::Sandbox {

QString toProtocol(AuthOrderStatus status)
{
    switch (status) {
    case AuthOrderStatus::Init:
        return QStringLiteral("INIT");
    case AuthOrderStatus::Authorized:
        return QStringLiteral("AUTHORIZED");
    case AuthOrderStatus::Finish:
        return QStringLiteral("FINISH");
    case AuthOrderStatus::Closed:
        return QStringLiteral("CLOSED");
    }
    return {};
}

QString toProtocol(AuthOperationType type)
{
    switch (type) {
    case AuthOperationType::Freeze:
        return QStringLiteral("FREEZE");
    case AuthOperationType::Unfreeze:
        return QStringLiteral("UNFREEZE");
    case AuthOperationType::Pay:
        return QStringLiteral("PAY");
    }
    return {};
}

QString toProtocol(AuthOperationStatus status)
{
    switch (status) {
    case AuthOperationStatus::Init:
        return QStringLiteral("INIT");
    case AuthOperationStatus::Success:
        return QStringLiteral("SUCCESS");
    case AuthOperationStatus::Closed:
        return QStringLiteral("CLOSED");
    }
    return {};
}

QString toProtocol(TradeStatus status)
{
    switch (status) {
    case TradeStatus::WaitBuyerPay:
        return QStringLiteral("WAIT_BUYER_PAY");
    case TradeStatus::Success:
        return QStringLiteral("TRADE_SUCCESS");
    case TradeStatus::Finished:
        return QStringLiteral("TRADE_FINISHED");
    case TradeStatus::Closed:
        return QStringLiteral("TRADE_CLOSED");
    }
    return {};
}

QString toProtocol(FreezeKind kind)
{
    switch (kind) {
    case FreezeKind::App:
        return QStringLiteral("app.freeze");
    case FreezeKind::Voucher:
        return QStringLiteral("voucher.create");
    case FreezeKind::Scan:
        return QStringLiteral("order.freeze");
    }
    return {};
}

namespace {

template<typename Enum, int Count>
std::optional<Enum> parseEnum(QStringView text, const Enum (&values)[Count])
{
    for (Enum value : values) {
        if (toProtocol(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

std::optional<AuthOrderStatus> authOrderStatusFromProtocol(QStringView text)
{
    static const AuthOrderStatus all[] = {AuthOrderStatus::Init, AuthOrderStatus::Authorized,
                                          AuthOrderStatus::Finish, AuthOrderStatus::Closed};
    return parseEnum(text, all);
}

std::optional<AuthOperationType> authOperationTypeFromProtocol(QStringView text)
{
    static const AuthOperationType all[] = {AuthOperationType::Freeze, AuthOperationType::Unfreeze,
                                            AuthOperationType::Pay};
    return parseEnum(text, all);
}

std::optional<AuthOperationStatus> authOperationStatusFromProtocol(QStringView text)
{
    static const AuthOperationStatus all[] = {
        AuthOperationStatus::Init, AuthOperationStatus::Success, AuthOperationStatus::Closed};
    return parseEnum(text, all);
}

std::optional<TradeStatus> tradeStatusFromProtocol(QStringView text)
{
    static const TradeStatus all[] = {TradeStatus::WaitBuyerPay, TradeStatus::Success,
                                      TradeStatus::Finished, TradeStatus::Closed};
    return parseEnum(text, all);
}

std::optional<FreezeKind> freezeKindFromProtocol(QStringView text)
{
    static const FreezeKind all[] = {FreezeKind::App, FreezeKind::Voucher, FreezeKind::Scan};
    return parseEnum(text, all);
}

} // namespace DepositDesk::Sandbox
