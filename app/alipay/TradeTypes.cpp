#include "alipay/TradeTypes.h"

#include "alipay/JsonWriter.h"
#include "alipay/RequestFieldCheck.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::TradeTypes)
};

RequestFieldCheck &checkTradeId(RequestFieldCheck &check, const QString &outTradeNo,
                                const QString &tradeNo)
{
    return check
        .check(!outTradeNo.isEmpty() || !tradeNo.isEmpty(),
               Text::tr("Give the out_trade_no or the trade_no of the trade."))
        .optional("out_trade_no", outTradeNo)
        .optional("trade_no", tradeNo);
}

bool isNotFound(const CallResult &call)
{
    return call.failed() && call.sent && call.subCode == u"ACQ.TRADE_NOT_EXIST";
}

} // namespace

std::optional<QByteArray> AuthPayRequest::bizContent(const GatewayConfig &config,
                                                     QString *error) const
{
    const QString seller = sellerId.isEmpty() ? config.sellerId : sellerId;
    const QString product = productCode.isEmpty() ? config.productCode : productCode;
    RequestFieldCheck check;
    check.required("out_trade_no", outTradeNo)
        .amount("total_amount", totalAmount)
        .required("subject", subject, 256)
        .required("product_code", product)
        .required("auth_no", authNo)
        .required("buyer_id", buyerId, 28)
        .required("seller_id", seller, 28)
        .optional("body", body, 128)
        .optional("store_id", storeId, 32)
        .optional("operator_id", operatorId, 32);
    JsonWriter w;
    w.beginObject()
        .string(u"out_trade_no", outTradeNo)
        .string(u"total_amount", totalAmount.toYuan())
        .string(u"subject", subject)
        .string(u"product_code", product)
        .string(u"auth_no", authNo)
        .string(u"auth_confirm_mode",
                confirmMode == ConfirmMode::Complete ? u"COMPLETE" : u"NOT_COMPLETE")
        .string(u"buyer_id", buyerId)
        .string(u"seller_id", seller)
        .optionalString(u"body", body)
        .optionalString(u"store_id", storeId)
        .optionalString(u"operator_id", operatorId)
        .endObject();
    return check.result(w.text(), error);
}

TradePayResult TradePayResult::from(CallResult call)
{
    TradePayResult r;
    r.tradeNo = call.field(u"trade_no");
    r.outTradeNo = call.field(u"out_trade_no");
    r.buyerUserId = call.field(u"buyer_user_id");
    r.buyerLogonId = call.field(u"buyer_logon_id");
    r.totalAmount = call.amount(u"total_amount");
    r.receiptAmount = call.amount(u"receipt_amount");
    r.buyerPayAmount = call.amount(u"buyer_pay_amount");
    r.gmtPayment = call.field(u"gmt_payment");
    r.authTradePayMode = call.field(u"auth_trade_pay_mode");
    if (call.failed() && call.sent && call.subCode == u"ACQ.TRADE_HAS_SUCCESS") {
        r.alreadyPaid = true;
        call.refine(
            Outcome::Unknown, Cause::NeedsConfirmation,
            Text::tr("Alipay says this charge was already paid earlier. DepositDesk confirms "
                     "the buyer and amount with a trade query before recording it; do not "
                     "charge again."));
    }
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> TradeQueryRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    checkTradeId(check, outTradeNo, tradeNo);
    JsonWriter w;
    w.beginObject()
        .optionalString(u"out_trade_no", outTradeNo)
        .optionalString(u"trade_no", tradeNo);
    if (!queryOptions.isEmpty()) {
        w.beginArray(u"query_options");
        for (const QString &option : queryOptions)
            w.string(option);
        w.endArray();
    }
    w.endObject();
    return check.result(w.text(), error);
}

TradeQueryResult TradeQueryResult::from(CallResult call)
{
    TradeQueryResult r;
    r.notFound = isNotFound(call);
    r.tradeNo = call.field(u"trade_no");
    r.outTradeNo = call.field(u"out_trade_no");
    r.statusText = call.field(u"trade_status");
    if (r.statusText == u"WAIT_BUYER_PAY")
        r.status = Status::WaitBuyerPay;
    else if (r.statusText == u"TRADE_SUCCESS")
        r.status = Status::Success;
    else if (r.statusText == u"TRADE_FINISHED")
        r.status = Status::Finished;
    else if (r.statusText == u"TRADE_CLOSED")
        r.status = Status::Closed;
    r.totalAmount = call.amount(u"total_amount");
    r.receiptAmount = call.amount(u"receipt_amount");
    r.buyerPayAmount = call.amount(u"buyer_pay_amount");
    r.sendPayDate = call.field(u"send_pay_date");
    r.buyerUserId = call.field(u"buyer_user_id");
    r.buyerLogonId = call.field(u"buyer_logon_id");
    r.authTradePayMode = call.field(u"auth_trade_pay_mode");
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> RefundRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    checkTradeId(check, outTradeNo, tradeNo)
        .amount("refund_amount", refundAmount)
        .required("out_request_no", outRequestNo)
        .optional("refund_reason", refundReason, 256);
    JsonWriter w;
    w.beginObject()
        .optionalString(u"out_trade_no", outTradeNo)
        .optionalString(u"trade_no", tradeNo)
        .string(u"refund_amount", refundAmount.toYuan())
        .string(u"out_request_no", outRequestNo)
        .optionalString(u"refund_reason", refundReason)
        .endObject();
    return check.result(w.text(), error);
}

RefundResult RefundResult::from(CallResult call)
{
    RefundResult r;
    r.tradeNo = call.field(u"trade_no");
    r.outTradeNo = call.field(u"out_trade_no");
    const QString fundChange = call.field(u"fund_change");
    r.fundChange = fundChange == u"Y"   ? FundChange::Yes
                   : fundChange == u"N" ? FundChange::No
                                        : FundChange::Absent;
    r.refundFee = call.amount(u"refund_fee");
    r.gmtRefundPay = call.field(u"gmt_refund_pay");
    r.buyerUserId = call.field(u"buyer_user_id");
    r.buyerLogonId = call.field(u"buyer_logon_id");
    if (call.succeeded() && r.fundChange != FundChange::Yes)
        call.refine(
            Outcome::Unknown, Cause::NeedsConfirmation,
            Text::tr("Alipay accepted the refund but moved no money in this call (usually the "
                     "same refund was already made). DepositDesk confirms it with a refund "
                     "query; do not refund again with a new number."));
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> RefundQueryRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    checkTradeId(check, outTradeNo, tradeNo).required("out_request_no", outRequestNo);
    JsonWriter w;
    w.beginObject()
        .optionalString(u"out_trade_no", outTradeNo)
        .optionalString(u"trade_no", tradeNo)
        .string(u"out_request_no", outRequestNo);
    if (withRefundTime)
        w.beginArray(u"query_options").string(u"gmt_refund_pay").endArray();
    w.endObject();
    return check.result(w.text(), error);
}

RefundQueryResult RefundQueryResult::from(CallResult call)
{
    RefundQueryResult r;
    r.notFound = isNotFound(call);
    r.refundStatusText = call.field(u"refund_status");
    r.refundStatus = r.refundStatusText.isEmpty()              ? RefundStatus::Absent
                     : r.refundStatusText == u"REFUND_SUCCESS" ? RefundStatus::Success
                                                               : RefundStatus::Other;
    r.tradeNo = call.field(u"trade_no");
    r.outTradeNo = call.field(u"out_trade_no");
    r.outRequestNo = call.field(u"out_request_no");
    r.refundAmount = call.amount(u"refund_amount");
    r.totalAmount = call.amount(u"total_amount");
    r.gmtRefundPay = call.field(u"gmt_refund_pay");
    r.errorCode = call.field(u"error_code");
    r.call = std::move(call);
    return r;
}

std::optional<QByteArray> OrderInfoSyncRequest::bizContent(QString *error) const
{
    RequestFieldCheck check;
    check.required("trade_no", tradeNo)
        .required("out_request_no", outRequestNo)
        .required("biz_type", bizType)
        .required("order_biz_info.status", orderStatus)
        .optional("orig_request_no", origRequestNo);
    JsonWriter info;
    info.beginObject().string(u"status", orderStatus).endObject();
    JsonWriter w;
    w.beginObject()
        .string(u"trade_no", tradeNo)
        .string(u"out_request_no", outRequestNo)
        .string(u"biz_type", bizType)
        .string(u"order_biz_info", QString::fromUtf8(info.text()))
        .optionalString(u"orig_request_no", origRequestNo)
        .endObject();
    return check.result(w.text(), error);
}

OrderInfoSyncResult OrderInfoSyncResult::from(CallResult call)
{
    OrderInfoSyncResult r;
    r.tradeNo = call.field(u"trade_no");
    r.outTradeNo = call.field(u"out_trade_no");
    r.buyerUserId = call.field(u"buyer_user_id");
    r.call = std::move(call);
    return r;
}

} // namespace DepositDesk
