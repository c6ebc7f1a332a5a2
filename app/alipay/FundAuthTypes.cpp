#include "alipay/FundAuthTypes.h"

#include "alipay/JsonWriter.h"
#include "alipay/RequestFieldCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace DepositDesk {

namespace {

using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::FundAuthTypes)
};

QString jsonText(const JsonWriter &writer)
{
    return QString::fromUtf8(writer.text());
}

} // namespace

QString FreezeRequest::creditExtraParam(const QString &category, const QString &serviceId)
{
    JsonWriter w;
    w.beginObject().string(u"category", category).string(u"serviceId", serviceId).endObject();
    return jsonText(w);
}

std::optional<QByteArray> FreezeRequest::bizContent(const GatewayConfig &config, Channel channel,
                                                    QString *error) const
{
    const QString product = !productCode.isEmpty()    ? productCode
                            : channel == Channel::App ? config.productCode
                                                      : QStringLiteral("PRE_AUTH");
    const QString payee =
        payeeUserId.isEmpty() && payeeLogonId.isEmpty() ? config.sellerId : payeeUserId;
    RequestFieldCheck check;
    check.required("out_order_no", outOrderNo)
        .required("out_request_no", outRequestNo)
        .required("order_title", orderTitle, 100)
        .amount("amount", amount)
        .required("product_code", product, 32)
        .optional("payee_user_id", payee, 28)
        .optional("payee_logon_id", payeeLogonId, 100)
        .jsonObject("extra_param", extraParam)
        .check(
            timeoutExpress.isEmpty() || QRegularExpression(QStringLiteral("^[1-9][0-9]*[mhd]$"))
                                            .match(timeoutExpress)
                                            .hasMatch(),
            Text::tr("timeout_express must be a whole number followed by m, h or d, such as 15m."));
    if (channel == Channel::PaymentCode)
        check.required("auth_code", authCode);

    JsonWriter w;
    w.beginObject()
        .string(u"out_order_no", outOrderNo)
        .string(u"out_request_no", outRequestNo)
        .string(u"order_title", orderTitle)
        .string(u"amount", amount.toYuan())
        .string(u"product_code", product)
        .optionalString(u"payee_user_id", payee)
        .optionalString(u"payee_logon_id", payeeLogonId)
        .optionalString(u"timeout_express", timeoutExpress)
        .optionalString(u"extra_param", extraParam)
        .optionalString(u"deposit_product_mode", depositProductMode)
        .optionalString(u"scene_code", sceneCode);
    if (channel == Channel::PaymentCode) {
        w.string(u"auth_code", authCode)
            .string(u"auth_code_type",
                    authCodeType.isEmpty() ? QStringLiteral("bar_code") : authCodeType);
    }
    w.endObject();
    return check.result(w.text(), error);
}

AuthOperation AuthOperation::fromNode(const CallResult &call)
{
    AuthOperation op;
    op.operationId = call.field(u"operation_id");
    op.outRequestNo = call.field(u"out_request_no");
    op.operationType = call.field(u"operation_type");
    op.status = call.field(u"status");
    op.amount = call.amount(u"amount");
    op.creditAmount = call.amount(u"credit_amount");
    op.fundAmount = call.amount(u"fund_amount");
    op.remark = call.field(u"remark");
    op.gmtCreate = call.field(u"gmt_create");
    op.gmtTrans = call.field(u"gmt_trans");
    return op;
}

FreezeResult FreezeResult::from(CallResult call)
{
    FreezeResult r;
    r.authNo = call.field(u"auth_no");
    r.outOrderNo = call.field(u"out_order_no");
    r.operation = AuthOperation::fromNode(call);
    r.payerUserId = call.field(u"payer_user_id");
    r.payerLogonId = call.field(u"payer_logon_id");
    r.preAuthType = call.field(u"pre_auth_type");
    if (call.succeeded() && r.operation.status != u"SUCCESS") {
        if (r.operation.status == u"CLOSED")
            call.refine(
                Outcome::Failed, Cause::None,
                Text::tr("The freeze was closed: the customer did not authorize it. No money "
                         "is frozen."));
        else
            call.refine(
                Outcome::Unknown, Cause::Pending,
                Text::tr("The freeze is waiting for the customer to confirm it in the Alipay "
                         "app. DepositDesk checks its status until it is final."));
    }
    r.call = std::move(call);
    return r;
}

VoucherResult VoucherResult::from(CallResult call)
{
    VoucherResult r;
    r.outOrderNo = call.field(u"out_order_no");
    r.outRequestNo = call.field(u"out_request_no");
    r.codeType = call.field(u"code_type");
    r.codeValue = call.field(u"code_value");
    r.codeUrl = call.field(u"code_url");
    if (call.succeeded() && r.codeValue.isEmpty())
        call.refine(
            Outcome::Unknown, Cause::NeedsConfirmation,
            Text::tr("Alipay accepted the freeze but sent no QR code. DepositDesk checks the "
                     "freeze's status before anything else is done."));
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> OperationQuery::bizContent(QString *error) const
{
    RequestFieldCheck check;
    check
        .check(!authNo.isEmpty() || !outOrderNo.isEmpty(),
               Text::tr("Give the auth_no or the out_order_no of the order to query."))
        .optional("auth_no", authNo)
        .optional("out_order_no", outOrderNo)
        .optional("operation_id", operationId)
        .optional("out_request_no", outRequestNo)
        .check(operationType.isEmpty() || operationType == u"FREEZE" ||
                   operationType == u"UNFREEZE" || operationType == u"PAY",
               Text::tr("operation_type must be FREEZE, UNFREEZE or PAY."));
    JsonWriter w;
    w.beginObject()
        .optionalString(u"auth_no", authNo)
        .optionalString(u"out_order_no", outOrderNo)
        .optionalString(u"operation_id", operationId)
        .optionalString(u"out_request_no", outRequestNo)
        .optionalString(u"operation_type", operationType)
        .endObject();
    return check.result(w.text(), error);
}

std::optional<Money> OperationDetail::totalUnfreezeAmount() const
{
    if (!totalFreezeAmount || !totalPayAmount || !restAmount)
        return std::nullopt;
    return *totalFreezeAmount - *totalPayAmount - *restAmount;
}

OperationDetail OperationDetail::from(CallResult call)
{
    OperationDetail d;
    d.notFound =
        call.failed() && call.sent &&
        (call.subCode == u"AUTH_ORDER_NOT_EXIST" || call.subCode == u"AUTH_OPERATION_NOT_EXIST");
    d.authNo = call.field(u"auth_no");
    d.outOrderNo = call.field(u"out_order_no");
    d.orderStatusText = call.field(u"order_status");
    d.orderStatus = orderStatusFromCode(d.orderStatusText);
    d.orderTitle = call.field(u"order_title");
    d.totalFreezeAmount = call.amount(u"total_freeze_amount");
    d.restAmount = call.amount(u"rest_amount");
    d.totalPayAmount = call.amount(u"total_pay_amount");
    d.totalFreezeCreditAmount = call.amount(u"total_freeze_credit_amount");
    d.totalFreezeFundAmount = call.amount(u"total_freeze_fund_amount");
    d.restCreditAmount = call.amount(u"rest_credit_amount");
    d.restFundAmount = call.amount(u"rest_fund_amount");
    d.totalPayCreditAmount = call.amount(u"total_pay_credit_amount");
    d.totalPayFundAmount = call.amount(u"total_pay_fund_amount");
    d.preAuthType = call.field(u"pre_auth_type");
    d.payerUserId = call.field(u"payer_user_id");
    d.payerLogonId = call.field(u"payer_logon_id");
    d.operation = AuthOperation::fromNode(call);
    d.call = std::move(call);
    return d;
}

std::optional<QByteArray> UnfreezeRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    check.required("auth_no", authNo)
        .required("out_request_no", outRequestNo)
        .amount("amount", amount)
        .required("remark", remark, 100);
    JsonWriter w;
    w.beginObject()
        .string(u"auth_no", authNo)
        .string(u"out_request_no", outRequestNo)
        .string(u"amount", amount.toYuan())
        .string(u"remark", remark);
    if (bizComplete) {
        JsonWriter info;
        info.beginObject().string(u"bizComplete", u"true").endObject();
        JsonWriter extra;
        extra.beginObject().string(u"unfreezeBizInfo", jsonText(info)).endObject();
        w.string(u"extra_param", jsonText(extra));
    }
    w.endObject();
    return check.result(w.text(), error);
}

UnfreezeResult UnfreezeResult::from(CallResult call, const UnfreezeRequest &request)
{
    UnfreezeResult r;
    r.authNo = call.field(u"auth_no");
    r.outOrderNo = call.field(u"out_order_no");
    r.operation = AuthOperation::fromNode(call);
    if (call.succeeded() && r.operation.status != u"SUCCESS") {
        call.refine(Outcome::Unknown, Cause::NeedsConfirmation,
                    Text::tr("Alipay accepted the unfreeze but did not report it as done (status "
                             "\"%1\"). DepositDesk checks it with a detail query.")
                        .arg(r.operation.status));
    } else if (call.succeeded() && r.operation.amount && *r.operation.amount != request.amount) {
        call.refine(Outcome::Unknown, Cause::NeedsConfirmation,
                    Text::tr("Alipay reported an unfreeze of %1 yuan where %2 yuan was asked. "
                             "DepositDesk checks it with a detail query.")
                        .arg(r.operation.amount->toYuan(), request.amount.toYuan()));
    }
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> CancelRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    check
        .check(
            (!authNo.isEmpty() && !operationId.isEmpty()) ||
                (!outOrderNo.isEmpty() && !outRequestNo.isEmpty()),
            Text::tr("Give auth_no with operation_id, or out_order_no with out_request_no, of the "
                     "freeze to cancel."))
        .optional("auth_no", authNo)
        .optional("operation_id", operationId)
        .optional("out_order_no", outOrderNo)
        .optional("out_request_no", outRequestNo)
        .required("remark", remark, 100);
    JsonWriter w;
    w.beginObject()
        .optionalString(u"auth_no", authNo)
        .optionalString(u"operation_id", operationId)
        .optionalString(u"out_order_no", outOrderNo)
        .optionalString(u"out_request_no", outRequestNo)
        .string(u"remark", remark)
        .endObject();
    return check.result(w.text(), error);
}

CancelResult CancelResult::from(CallResult call)
{
    CancelResult r;
    r.authNo = call.field(u"auth_no");
    r.outOrderNo = call.field(u"out_order_no");
    r.operationId = call.field(u"operation_id");
    r.outRequestNo = call.field(u"out_request_no");
    r.actionText = call.field(u"action");
    if (r.actionText == u"close")
        r.action = Action::Close;
    else if (r.actionText == u"unfreeze")
        r.action = Action::Unfreeze;
    r.call = std::move(call);
    return r;
}

} // namespace DepositDesk
