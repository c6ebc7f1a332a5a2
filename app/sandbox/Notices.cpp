#include "sandbox/Notices.h"

#include "alipay/JsonWriter.h"
#include "domain/ChinaTime.h"

namespace DepositDesk::Sandbox {

namespace {

class Fields
{
public:
    void text(const QString &key, const QString &value)
    {
        if (!SignContent::isEmptyValue(value))
            m_list.append({key, value});
    }
    void amount(const QString &key, Money value) { m_list.append({key, value.toYuan()}); }
    void time(const QString &key, const QDateTime &value)
    {
        if (value.isValid())
            m_list.append({key, ChinaTime::format(value)});
    }
    ParameterList take() { return std::move(m_list); }

private:
    ParameterList m_list;
};

QString fundBillList(Money amount)
{
    JsonWriter w;
    w.beginArray().beginObject();
    w.string(u"amount", amount.toYuan()).string(u"fundChannel", u"ALIPAYACCOUNT");
    w.endObject().endArray();
    return QString::fromUtf8(w.text());
}

} // namespace

Notification Notices::fundAuth(const QString &notifyType, const FundAuthOrder &o,
                               const FundAuthOperation &op, const QString &url)
{
    Fields f;
    f.text(QStringLiteral("notify_type"), notifyType);
    f.text(QStringLiteral("auth_no"), o.authNo);
    f.text(QStringLiteral("out_order_no"), o.outOrderNo);
    f.text(QStringLiteral("operation_id"), op.operationId);
    f.text(QStringLiteral("out_request_no"), op.outRequestNo);
    f.text(QStringLiteral("operation_type"), toProtocol(op.type));
    f.amount(QStringLiteral("amount"), op.amount);
    f.text(QStringLiteral("status"), toProtocol(op.status));
    f.time(QStringLiteral("gmt_create"), op.createdAt);
    f.time(QStringLiteral("gmt_trans"), op.transAt);
    f.text(QStringLiteral("payer_logon_id"), o.payerLogonId);
    f.text(QStringLiteral("payer_user_id"), o.payerUserId);
    f.text(QStringLiteral("payee_logon_id"), o.payeeLogonId);
    f.text(QStringLiteral("payee_user_id"), o.payeeUserId);
    f.amount(QStringLiteral("total_freeze_amount"), o.totalFreezeAmount);
    f.amount(QStringLiteral("total_unfreeze_amount"), o.totalUnfreezeAmount());
    f.amount(QStringLiteral("total_pay_amount"), o.totalPayAmount());
    f.amount(QStringLiteral("rest_amount"), o.restAmount());
    f.amount(QStringLiteral("credit_amount"), op.creditAmount);
    f.amount(QStringLiteral("fund_amount"), op.fundAmount());
    f.amount(QStringLiteral("total_freeze_credit_amount"), o.totalFreezeCreditAmount);
    f.amount(QStringLiteral("total_freeze_fund_amount"), o.totalFreezeFundAmount());
    f.amount(QStringLiteral("total_unfreeze_credit_amount"), o.totalUnfreezeCreditAmount);
    f.amount(QStringLiteral("total_unfreeze_fund_amount"), o.totalUnfreezeFundAmount);
    f.amount(QStringLiteral("total_pay_credit_amount"), o.totalPayCreditAmount);
    f.amount(QStringLiteral("total_pay_fund_amount"), o.totalPayFundAmount);
    f.amount(QStringLiteral("rest_credit_amount"), o.restCreditAmount());
    f.amount(QStringLiteral("rest_fund_amount"), o.restFundAmount());
    if (o.isCreditAuth())
        f.text(QStringLiteral("pre_auth_type"), QStringLiteral("CREDIT_AUTH"));
    f.text(QStringLiteral("trans_currency"), QStringLiteral("CNY"));
    return {QUrl(url), o.appId, f.take()};
}

Notification Notices::trade(const Trade &t, const FundAuthOrder &order,
                            const std::optional<Refund> &refund)
{
    Fields f;
    f.text(QStringLiteral("notify_type"), QStringLiteral("trade_status_sync"));
    f.text(QStringLiteral("trade_no"), t.tradeNo);
    f.text(QStringLiteral("out_trade_no"), t.outTradeNo);
    f.text(QStringLiteral("buyer_id"), t.buyerUserId);
    f.text(QStringLiteral("buyer_logon_id"), t.buyerLogonId);
    f.text(QStringLiteral("seller_id"), t.sellerId);
    // The status right after the event being reported.
    const bool fullyRefunded = refund && t.refundFee == t.totalAmount;
    f.text(QStringLiteral("trade_status"),
           toProtocol(fullyRefunded ? TradeStatus::Closed : TradeStatus::Success));
    f.amount(QStringLiteral("total_amount"), t.totalAmount);
    f.amount(QStringLiteral("receipt_amount"), t.totalAmount);
    f.amount(QStringLiteral("invoice_amount"), t.totalAmount);
    f.amount(QStringLiteral("buyer_pay_amount"), t.totalAmount);
    f.amount(QStringLiteral("point_amount"), Money());
    f.text(QStringLiteral("subject"), t.subject);
    f.text(QStringLiteral("body"), t.body);
    f.time(QStringLiteral("gmt_create"), t.createdAt);
    f.time(QStringLiteral("gmt_payment"), t.paidAt);
    f.text(QStringLiteral("fund_bill_list"), fundBillList(t.totalAmount));
    if (order.isCreditAuth())
        f.text(QStringLiteral("auth_trade_pay_mode"), QStringLiteral("CREDIT_PREAUTH_PAY"));
    if (t.unfreezeAmount > Money())
        f.amount(QStringLiteral("unfreeze_amount"), t.unfreezeAmount);
    if (refund) {
        f.text(QStringLiteral("out_biz_no"), refund->outRequestNo);
        f.amount(QStringLiteral("refund_fee"), t.refundFee);
        f.time(QStringLiteral("gmt_refund"), refund->refundedAt);
        if (fullyRefunded)
            f.time(QStringLiteral("gmt_close"), refund->refundedAt);
    }
    return {QUrl(t.notifyUrl), t.appId, f.take()};
}

} // namespace DepositDesk::Sandbox
