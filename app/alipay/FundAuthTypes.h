#pragma once

#include "alipay/CallResult.h"
#include "alipay/GatewayConfig.h"
#include "domain/Nodiscard.h"

#include "domain/Money.h"
#include "domain/OrderStatus.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DepositDesk {

// Requests and results of the fund-authorization APIs (docs/alipay-protocol.md §6.1–§6.6).
// Requests build their biz_content (checked, amounts as yuan strings, no empty fields);
// results read the signed node and refine the call's outcome from the business fields.

// A freeze: alipay.fund.auth.order.app.freeze (signed order string, no HTTP),
// .voucher.create (QR code) or .order.freeze (the user's payment code).
struct FreezeRequest
{
    enum class Channel { App, Voucher, PaymentCode };

    QString outOrderNo;
    QString outRequestNo; // may equal outOrderNo
    QString orderTitle;   // shown to the user, e.g. "充电宝押金"
    Money amount;         // credit part + fund part
    QString productCode;  // empty: the configured one for App, PRE_AUTH for the others
    QString payeeUserId;  // empty: the configured seller id (omitted if that is empty too)
    QString payeeLogonId;
    QString timeoutExpress;     // "15m", "2h", "1d"; empty: Alipay's default (15m)
    QString extraParam;         // JSON object text, e.g. creditExtraParam(...)
    QString depositProductMode; // DEPOSIT_ONLY / POSTPAY / POSTPAY_UNCERTAIN
    QString sceneCode;
    QString authCode;     // PaymentCode only: the code scanned from the user's app
    QString authCodeType; // PaymentCode only: bar_code (default) / security_code

    std::optional<QByteArray> bizContent(const GatewayConfig &config, Channel channel,
                                         QString *error = nullptr) const;
    // {"category":"…","serviceId":"…"}: the extra_param of a credit (芝麻免押) freeze.
    static QString creditExtraParam(const QString &category, const QString &serviceId);
};

// The signed order string of an app freeze, to hand to the customer's Alipay app.
struct DD_NODISCARD AppFreezeOrder
{
    QByteArray orderString; // empty when refused
    QString error;          // translated reason when refused
    bool ok() const { return !orderString.isEmpty(); }
};

// An operation on an auth order (FREEZE / UNFREEZE / PAY) as the node reports it.
struct AuthOperation
{
    QString operationId;
    QString outRequestNo;
    QString operationType; // FREEZE, UNFREEZE, PAY (Alipay's spelling)
    QString status;        // INIT, SUCCESS, CLOSED (Alipay's spelling)
    std::optional<Money> amount;
    std::optional<Money> creditAmount; // waived by credit
    std::optional<Money> fundAmount;   // really frozen / moved
    QString remark;
    QString gmtCreate;
    QString gmtTrans;

    static AuthOperation fromNode(const CallResult &call);
};

// .order.freeze: Succeeded only when the operation is SUCCESS; INIT is Unknown (the user is
// still confirming: poll the detail query, then cancel if it never completes); CLOSED is Failed.
struct DD_NODISCARD FreezeResult
{
    CallResult call;
    QString authNo;
    QString outOrderNo;
    AuthOperation operation;
    QString payerUserId; // buyer_id of a later 转支付
    QString payerLogonId;
    QString preAuthType; // CREDIT_AUTH when credit waived part of it

    static FreezeResult from(CallResult call);
};

// .voucher.create: the QR code the user scans; the freeze itself follows by notification or query.
struct DD_NODISCARD VoucherResult
{
    CallResult call;
    QString outOrderNo;
    QString outRequestNo;
    QString codeType;  // qrCode
    QString codeValue; // text to render as a QR code
    QString codeUrl;   // Alipay-hosted image

    static VoucherResult from(CallResult call);
};

// alipay.fund.auth.operation.detail.query
struct OperationQuery
{
    QString authNo; // or outOrderNo
    QString outOrderNo;
    QString operationId; // or outRequestNo (PAY: the trade's out_trade_no)
    QString outRequestNo;
    QString operationType; // empty, FREEZE, UNFREEZE or PAY

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

struct DD_NODISCARD OperationDetail
{
    CallResult call;
    bool notFound = false; // signed AUTH_ORDER_NOT_EXIST / AUTH_OPERATION_NOT_EXIST (Failed)
    QString authNo;
    QString outOrderNo;
    QString orderStatusText;
    std::optional<OrderStatus> orderStatus;
    QString orderTitle;
    std::optional<Money> totalFreezeAmount;
    std::optional<Money> restAmount;
    std::optional<Money> totalPayAmount;
    std::optional<Money> totalFreezeCreditAmount;
    std::optional<Money> totalFreezeFundAmount;
    std::optional<Money> restCreditAmount;
    std::optional<Money> restFundAmount;
    std::optional<Money> totalPayCreditAmount;
    std::optional<Money> totalPayFundAmount;
    QString preAuthType;
    QString payerUserId;
    QString payerLogonId;
    AuthOperation operation;

    // Not in the response (§6.6): total_freeze_amount − total_pay_amount − rest_amount.
    std::optional<Money> totalUnfreezeAmount() const;

    static OperationDetail from(CallResult call);
};

// alipay.fund.auth.order.unfreeze. A retry of an unknown unfreeze must reuse outRequestNo AND
// amount.
struct UnfreezeRequest
{
    QString authNo;
    QString outRequestNo;
    Money amount;
    QString remark; // required by Alipay, e.g. "押金退还"
    // extra_param {"unfreezeBizInfo":"{\"bizComplete\":\"true\"}"}: the user fulfilled the
    // agreement, the credit order is completed (§6.5).
    bool bizComplete = false;

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

// Succeeded only when the node says SUCCESS (and, if it gives one, the amount asked for);
// anything else in a 10000 is Unknown: settle with the detail query.
struct DD_NODISCARD UnfreezeResult
{
    CallResult call;
    QString authNo;
    QString outOrderNo;
    AuthOperation operation;

    static UnfreezeResult from(CallResult call, const UnfreezeRequest &request);
};

// alipay.fund.auth.operation.cancel: only for a freeze whose outcome is unknown (§6.4).
struct CancelRequest
{
    QString authNo; // with operationId, or outOrderNo with outRequestNo
    QString operationId;
    QString outOrderNo;
    QString outRequestNo;
    QString remark; // always sent

    std::optional<QByteArray> bizContent(QString *error = nullptr) const;
};

struct DD_NODISCARD CancelResult
{
    enum class Action { Unknown, Close, Unfreeze };

    CallResult call;
    QString authNo;
    QString outOrderNo;
    QString operationId;
    QString outRequestNo;
    Action action = Action::Unknown; // close: it had not frozen; unfreeze: it had, now released
    QString actionText;

    static CancelResult from(CallResult call);
};

} // namespace DepositDesk
