#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// The records the sandbox keeps (docs/alipay-protocol.md §9). Amounts in fen; times are instants.

enum class AuthOrderStatus { Init, Authorized, Finish, Closed };
enum class AuthOperationType { Freeze, Unfreeze, Pay };
enum class AuthOperationStatus { Init, Success, Closed };
enum class TradeStatus { WaitBuyerPay, Success, Finished, Closed };
// Which API created a freeze: app.freeze, voucher.create or order.freeze.
enum class FreezeKind { App, Voucher, Scan };

// A fund-authorization order (资金授权订单).
struct FundAuthOrder
{
    QString appId;
    QString authNo;
    QString outOrderNo;
    QString orderTitle;
    QString productCode;
    FreezeKind kind = FreezeKind::App;
    AuthOrderStatus status = AuthOrderStatus::Init;
    QString payerUserId;  // 2088..., set when the user authorizes
    QString payerLogonId; // masked, e.g. 138****5678
    QString payerName;    // real name as the user gave it (bills mask it)
    QString payeeUserId;
    QString payeeLogonId;
    QString extraParam; // JSON string as received
    // Sandbox control (/sandbox/user/confirm payer_can_pay, /sandbox/user/payer): false makes a
    // charge that needs any of the credit part fail with ACQ.BUYER_BALANCE_NOT_ENOUGH.
    bool payerCanPay = true;
    Money totalFreezeAmount;
    Money totalFreezeCreditAmount;
    Money totalUnfreezeCreditAmount;
    Money totalUnfreezeFundAmount;
    Money totalPayCreditAmount;
    Money totalPayFundAmount;
    QDateTime createdAt;
    QDateTime expiresAt; // INIT orders close at this instant (timeout_express)
    QDateTime authorizedAt;
    QDateTime endedAt; // FINISH or CLOSED

    Money totalFreezeFundAmount() const { return totalFreezeAmount - totalFreezeCreditAmount; }
    Money totalUnfreezeAmount() const
    {
        return totalUnfreezeCreditAmount + totalUnfreezeFundAmount;
    }
    Money totalPayAmount() const { return totalPayCreditAmount + totalPayFundAmount; }
    Money restCreditAmount() const
    {
        return totalFreezeCreditAmount - totalUnfreezeCreditAmount - totalPayCreditAmount;
    }
    Money restFundAmount() const
    {
        return totalFreezeFundAmount() - totalUnfreezeFundAmount - totalPayFundAmount;
    }
    Money restAmount() const { return restCreditAmount() + restFundAmount(); }
    bool isCreditAuth() const { return totalFreezeCreditAmount > Money(); }
};

// One operation on an order: the FREEZE, each UNFREEZE, each PAY (转支付).
struct FundAuthOperation
{
    QString operationId;
    QString authNo;
    QString outOrderNo;
    QString outRequestNo; // for PAY: the trade's out_trade_no
    AuthOperationType type = AuthOperationType::Freeze;
    AuthOperationStatus status = AuthOperationStatus::Init;
    Money amount;
    Money creditAmount;
    QString remark;
    QString notifyUrl;    // of the call that created it (freeze, unfreeze)
    QString tradeNo;      // PAY only
    QString cancelAction; // FREEZE only: "close" or "unfreeze" once cancelled
    QDateTime createdAt;
    QDateTime transAt; // when it succeeded or closed

    Money fundAmount() const { return amount - creditAmount; }
};

// A trade created from an authorization (授权转支付).
struct Trade
{
    QString appId;
    QString tradeNo;
    QString outTradeNo;
    QString authNo;
    QString subject;
    QString body;
    QString productCode;
    QString buyerUserId;
    QString buyerLogonId; // masked
    QString buyerName;
    QString sellerId;
    QString storeId;
    QString operatorId;
    QString terminalId;
    QString notifyUrl;
    bool completeMode = false; // auth_confirm_mode=COMPLETE
    TradeStatus status = TradeStatus::Success;
    Money totalAmount;
    Money creditAmount;   // part taken from the credit (waived) part of the deposit
    Money unfreezeAmount; // remainder released by COMPLETE
    Money refundFee;      // cumulative refunds
    QDateTime createdAt;
    QDateTime paidAt;
    QDateTime closedAt; // fully refunded, or the charge was refused

    // A charge refused when it was made (the payer could not pay): TRADE_CLOSED, never paid.
    bool refusedUnpaid() const { return status == TradeStatus::Closed && !paidAt.isValid(); }
};

// One refund of a trade, keyed by (trade, out_request_no).
struct Refund
{
    QString appId;
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo;
    QString reason;
    Money amount;
    QDateTime refundedAt;
};

// One alipay.trade.orderinfo.sync record, keyed by (trade, out_request_no).
struct OrderInfoSyncRecord
{
    QString appId;
    QString tradeNo;
    QString outRequestNo;
    QString bizType; // CREDIT_AUTH / CREDIT_DEDUCT
    QString status;  // COMPLETE / CLOSED / VIOLATED (from order_biz_info)
    QString origRequestNo;
    QDateTime syncedAt;
};

// Protocol spellings of the enums (FreezeKind: the API's short name, e.g. "app.freeze").
QString toProtocol(AuthOrderStatus status);
QString toProtocol(AuthOperationType type);
QString toProtocol(AuthOperationStatus status);
QString toProtocol(TradeStatus status);
QString toProtocol(FreezeKind kind);
std::optional<AuthOrderStatus> authOrderStatusFromProtocol(QStringView text);
std::optional<AuthOperationType> authOperationTypeFromProtocol(QStringView text);
std::optional<AuthOperationStatus> authOperationStatusFromProtocol(QStringView text);
std::optional<TradeStatus> tradeStatusFromProtocol(QStringView text);
std::optional<FreezeKind> freezeKindFromProtocol(QStringView text);

} // namespace DepositDesk::Sandbox
