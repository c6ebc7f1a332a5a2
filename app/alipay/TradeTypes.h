#pragma once

#include "alipay/CallResult.h"
#include "alipay/GatewayConfig.h"
#include "domain/Nodiscard.h"

#include "domain/Money.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace DepositDesk {

// Requests and results of the trade APIs used with pre-authorization (docs/alipay-protocol.md
// §6.7–§6.10, §6.12).

// alipay.trade.pay with auth_no: 授权转支付, a charge from a deposit. out_trade_no is the
// idempotency key: a retry of an unknown charge reuses it with identical fields.
struct AuthPayRequest
{
    enum class ConfirmMode { NotComplete, Complete };

    QString outTradeNo;
    Money totalAmount; // ≤ the auth order's rest_amount
    QString subject;
    QString authNo;
    QString buyerId;     // the auth order's payer_user_id
    QString sellerId;    // empty: the configured seller id
    QString productCode; // empty: the configured product code (PREAUTH_PAY)
    // NotComplete (Alipay's default) keeps the rest frozen; Complete unfreezes it in the same
    // step and ends the order. Always sent explicitly.
    ConfirmMode confirmMode = ConfirmMode::NotComplete;
    QString body;
    QString storeId;
    QString operatorId;

    std::optional<QByteArray> bizContent(const GatewayConfig &config,
                                         QString *error = nullptr) const;
};

// Succeeded: paid now. ACQ.TRADE_HAS_SUCCESS (already paid under this out_trade_no) is Unknown
// with alreadyPaid set: confirm buyer and amount with trade.query before recording it.
// 10003 and everything unsigned/unclear is Unknown too.
struct DD_NODISCARD TradePayResult
{
    CallResult call;
    bool alreadyPaid = false;
    QString tradeNo;
    QString outTradeNo;
    QString buyerUserId;
    QString buyerLogonId;
    std::optional<Money> totalAmount;
    std::optional<Money> receiptAmount;
    std::optional<Money> buyerPayAmount;
    QString gmtPayment;
    QString authTradePayMode; // CREDIT_PREAUTH_PAY for a credit 转支付

    static TradePayResult from(CallResult call);
};

// alipay.trade.query (trade_no wins when both are given).
struct TradeQueryRequest
{
    QString outTradeNo;
    QString tradeNo;
    QStringList queryOptions; // e.g. fund_bill_list

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

struct DD_NODISCARD TradeQueryResult
{
    enum class Status { Unknown, WaitBuyerPay, Success, Finished, Closed };

    CallResult call;
    bool notFound = false; // signed ACQ.TRADE_NOT_EXIST (Failed): not created (yet)
    QString tradeNo;
    QString outTradeNo;
    Status status = Status::Unknown;
    QString statusText; // Alipay's spelling
    std::optional<Money> totalAmount;
    std::optional<Money> receiptAmount;
    std::optional<Money> buyerPayAmount;
    QString sendPayDate;
    QString buyerUserId;
    QString buyerLogonId;
    QString authTradePayMode;

    static TradeQueryResult from(CallResult call);
};

// alipay.trade.refund. out_request_no is always sent (it is the idempotency key).
struct RefundRequest
{
    QString outTradeNo; // or tradeNo (wins)
    QString tradeNo;
    Money refundAmount;
    QString outRequestNo;
    QString refundReason;

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

// Succeeded only with fund_change=Y. fund_change=N (no money moved in this call: usually the
// same refund was already made) or absent is Unknown: confirm with fastpay.refund.query.
struct DD_NODISCARD RefundResult
{
    enum class FundChange { Absent, Yes, No };

    CallResult call;
    QString tradeNo;
    QString outTradeNo;
    FundChange fundChange = FundChange::Absent;
    std::optional<Money> refundFee; // cumulative refunded amount of the trade
    QString gmtRefundPay;
    QString buyerUserId;
    QString buyerLogonId;

    static RefundResult from(CallResult call);
};

// alipay.trade.fastpay.refund.query
struct RefundQueryRequest
{
    QString outTradeNo; // or tradeNo (wins)
    QString tradeNo;
    QString outRequestNo;       // the refund's number (or the trade's out_trade_no if it had none)
    bool withRefundTime = true; // query_options ["gmt_refund_pay"]

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

// The call Succeeds whenever Alipay answered (signed 10000); the refund's state is in
// refundStatus. Absent means "not received or failed" — and right after the refund call it
// may still succeed later: never read it as a definitive failure on its own.
struct DD_NODISCARD RefundQueryResult
{
    enum class RefundStatus { Absent, Success, Other };

    CallResult call;
    bool notFound = false; // signed ACQ.TRADE_NOT_EXIST (Failed)
    RefundStatus refundStatus = RefundStatus::Absent;
    QString refundStatusText;
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo;
    std::optional<Money> refundAmount;
    std::optional<Money> totalAmount;
    QString gmtRefundPay;
    QString errorCode; // asynchronous refunds only

    static RefundQueryResult from(CallResult call);
};

// alipay.trade.orderinfo.sync: tells Sesame Credit how the order ended (§6.12).
struct OrderInfoSyncRequest
{
    QString tradeNo;
    QString outRequestNo; // new for every real change
    QString bizType = QStringLiteral("CREDIT_AUTH");
    QString orderStatus = QStringLiteral("COMPLETE"); // COMPLETE, CLOSED or VIOLATED
    QString origRequestNo;

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

struct DD_NODISCARD OrderInfoSyncResult
{
    CallResult call;
    QString tradeNo;
    QString outTradeNo;
    QString buyerUserId;

    static OrderInfoSyncResult from(CallResult call);
};

} // namespace DepositDesk
