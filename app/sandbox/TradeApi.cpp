#include "sandbox/TradeApi.h"

#include "sandbox/Notices.h"
#include "sandbox/ledger/Ledger.h"

#include <QJsonDocument>

namespace DepositDesk::Sandbox {

namespace {

ApiAnswer invalidParameter(const QString &subMsg)
{
    return ApiAnswer::refused(QStringLiteral("ACQ.INVALID_PARAMETER"), subMsg);
}

void writeFundBills(Node &node, QStringView key, Money amount)
{
    JsonWriter &w = node.writer();
    w.beginArray(key).beginObject();
    w.string(u"fund_channel", u"ALIPAYACCOUNT").string(u"amount", amount.toYuan());
    w.string(u"real_amount", amount.toYuan());
    w.endObject().endArray();
}

// The buyer and amount fields shared by trade.pay and trade.query.
void writeTradeAmounts(Node &node, const Trade &t)
{
    node.text(u"trade_no", t.tradeNo)
        .text(u"out_trade_no", t.outTradeNo)
        .text(u"buyer_logon_id", t.buyerLogonId)
        .text(u"buyer_user_id", t.buyerUserId)
        .amount(u"total_amount", t.totalAmount)
        .amount(u"receipt_amount", t.totalAmount)
        .amount(u"buyer_pay_amount", t.totalAmount)
        .amount(u"invoice_amount", t.totalAmount)
        .amount(u"point_amount", Money());
}

} // namespace

ApiAnswer TradeApi::handle(const CheckedRequest &r, const QDateTime &now)
{
    if (!r.hasBizContent)
        return invalidParameter(QStringLiteral("缺少 biz_content"));
    const QString &m = r.method;
    if (m == u"alipay.trade.pay")
        return pay(r, now);
    if (m == u"alipay.trade.refund")
        return refund(r, now);
    if (m == u"alipay.trade.query")
        return query(r, now);
    if (m == u"alipay.trade.fastpay.refund.query")
        return refundQuery(r, now);
    return sync(r, now);
}

ApiAnswer TradeApi::pay(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    PayRequest p;
    p.appId = r.appId;
    p.authNo = biz.text(u"auth_no");
    p.outTradeNo = biz.text(u"out_trade_no");
    p.totalAmount = biz.amount(u"total_amount").value_or(Money());
    p.subject = biz.text(u"subject");
    p.body = biz.text(u"body");
    p.productCode = biz.text(u"product_code");
    p.buyerId = biz.text(u"buyer_id");
    p.sellerId = biz.text(u"seller_id");
    const QString mode = biz.text(u"auth_confirm_mode");
    if (!mode.isEmpty() && mode != u"COMPLETE" && mode != u"NOT_COMPLETE")
        return invalidParameter(
            QStringLiteral("auth_confirm_mode 只能是 COMPLETE 或 NOT_COMPLETE"));
    p.completeMode = mode == u"COMPLETE";
    p.storeId = biz.text(u"store_id");
    p.operatorId = biz.text(u"operator_id");
    p.terminalId = biz.text(u"terminal_id");
    p.notifyUrl = r.parameter(u"notify_url");
    if (!biz.problem().isEmpty())
        return invalidParameter(biz.problem());
    const PayOutcome out = m_ledger.pay(p, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    Node node{GatewayStatus()};
    writeTradeAmounts(node, out.trade);
    node.time(u"gmt_payment", out.trade.paidAt);
    writeFundBills(node, u"fund_bill_list", out.trade.totalAmount);
    if (out.order.isCreditAuth())
        node.text(u"auth_trade_pay_mode", QStringLiteral("CREDIT_PREAUTH_PAY"));
    ApiAnswer answer;
    answer.nodeText = node.finish();
    if (!out.repeated && !out.trade.notifyUrl.isEmpty())
        answer.notifications << Notices::trade(out.trade, out.order, std::nullopt);
    return answer;
}

ApiAnswer TradeApi::refund(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    RefundRequest f;
    f.appId = r.appId;
    f.tradeNo = biz.text(u"trade_no");
    f.outTradeNo = biz.text(u"out_trade_no");
    f.refundAmount = biz.amount(u"refund_amount").value_or(Money());
    f.outRequestNo = biz.text(u"out_request_no");
    f.refundReason = biz.text(u"refund_reason");
    if (!biz.problem().isEmpty())
        return invalidParameter(biz.problem());
    const RefundOutcome out = m_ledger.refund(f, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    Node node{GatewayStatus()};
    node.text(u"trade_no", out.trade.tradeNo)
        .text(u"out_trade_no", out.trade.outTradeNo)
        .text(u"buyer_logon_id", out.trade.buyerLogonId)
        .text(u"buyer_user_id", out.trade.buyerUserId)
        .text(u"fund_change", out.fundChange ? QStringLiteral("Y") : QStringLiteral("N"))
        .amount(u"refund_fee", out.trade.refundFee)
        .time(u"gmt_refund_pay", out.refund.refundedAt);
    if (biz.list(u"query_options").contains(u"refund_detail_item_list"))
        writeFundBills(node, u"refund_detail_item_list", out.refund.amount);
    ApiAnswer answer;
    answer.nodeText = node.finish();
    if (out.fundChange && !out.trade.notifyUrl.isEmpty()) {
        const FundAuthOrder order =
            m_ledger.findOrder({}, out.trade.authNo, {}, now).value_or(FundAuthOrder());
        answer.notifications << Notices::trade(out.trade, order, out.refund);
    }
    return answer;
}

ApiAnswer TradeApi::query(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    const QString tradeNo = biz.text(u"trade_no");
    const QString outTradeNo = biz.text(u"out_trade_no");
    if (tradeNo.isEmpty() && outTradeNo.isEmpty())
        return invalidParameter(QStringLiteral("trade_no 和 out_trade_no 不能同时为空"));
    const std::optional<Trade> t = m_ledger.findTrade(r.appId, tradeNo, outTradeNo, now);
    if (!t)
        return ApiAnswer::refused(QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    const std::optional<FundAuthOrder> order = m_ledger.findOrder({}, t->authNo, {}, now);
    Node node{GatewayStatus()};
    writeTradeAmounts(node, *t);
    node.text(u"trade_status", toProtocol(t->status)).time(u"send_pay_date", t->paidAt);
    node.text(u"store_id", t->storeId).text(u"terminal_id", t->terminalId);
    if (biz.list(u"query_options").contains(u"fund_bill_list"))
        writeFundBills(node, u"fund_bill_list", t->totalAmount);
    if (order && order->isCreditAuth())
        node.text(u"auth_trade_pay_mode", QStringLiteral("CREDIT_PREAUTH_PAY"));
    ApiAnswer answer;
    answer.nodeText = node.finish();
    return answer;
}

ApiAnswer TradeApi::refundQuery(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    const QString outRequestNo = biz.text(u"out_request_no");
    if (outRequestNo.isEmpty())
        return invalidParameter(QStringLiteral("缺少必选参数 out_request_no"));
    const std::optional<Trade> t =
        m_ledger.findTrade(r.appId, biz.text(u"trade_no"), biz.text(u"out_trade_no"), now);
    if (!t)
        return ApiAnswer::refused(QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    Node node{GatewayStatus()};
    node.text(u"trade_no", t->tradeNo)
        .text(u"out_trade_no", t->outTradeNo)
        .text(u"out_request_no", outRequestNo);
    // Sandbox convention (§11): a refund that does not exist is 10000 without refund_status.
    if (const std::optional<Refund> done = m_ledger.findRefund(t->tradeNo, outRequestNo)) {
        node.amount(u"refund_amount", done->amount)
            .amount(u"total_amount", t->totalAmount)
            .text(u"refund_status", QStringLiteral("REFUND_SUCCESS"))
            .text(u"refund_reason", done->reason);
        const QStringList options = biz.list(u"query_options");
        if (options.contains(u"gmt_refund_pay"))
            node.time(u"gmt_refund_pay", done->refundedAt);
        if (options.contains(u"refund_detail_item_list"))
            writeFundBills(node, u"refund_detail_item_list", done->amount);
    }
    ApiAnswer answer;
    answer.nodeText = node.finish();
    return answer;
}

ApiAnswer TradeApi::sync(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    SyncRequest s;
    s.appId = r.appId;
    s.tradeNo = biz.text(u"trade_no");
    s.outTradeNo = biz.text(u"out_trade_no");
    s.outRequestNo = biz.text(u"out_request_no");
    s.bizType = biz.text(u"biz_type");
    s.origRequestNo = biz.text(u"orig_request_no");
    const QJsonValue info = r.biz.value(u"order_biz_info");
    QJsonObject infoObject = info.toObject();
    if (info.isString()) {
        const QJsonDocument document = QJsonDocument::fromJson(info.toString().toUtf8());
        if (!document.isObject())
            return invalidParameter(QStringLiteral("order_biz_info 不是合法的 JSON"));
        infoObject = document.object();
    }
    s.status = infoObject.value(u"status").toString();
    const SyncOutcome out = m_ledger.syncOrderInfo(s, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    Node node{GatewayStatus()};
    node.text(u"trade_no", out.trade.tradeNo)
        .text(u"out_trade_no", out.trade.outTradeNo)
        .text(u"buyer_user_id", out.trade.buyerUserId);
    ApiAnswer answer;
    answer.nodeText = node.finish();
    return answer;
}

} // namespace DepositDesk::Sandbox
