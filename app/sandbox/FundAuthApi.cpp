#include "sandbox/FundAuthApi.h"

#include "sandbox/Notices.h"
#include "sandbox/ledger/Ledger.h"

#include <QUrlQuery>

namespace DepositDesk::Sandbox {

namespace {

ApiAnswer illegalArgument(const QString &subMsg)
{
    return ApiAnswer::refused(QStringLiteral("ILLEGAL_ARGUMENT"), subMsg);
}

} // namespace

ApiAnswer FundAuthApi::handle(const CheckedRequest &r, const QDateTime &now)
{
    if (!r.hasBizContent)
        return illegalArgument(QStringLiteral("缺少 biz_content"));
    const QString &m = r.method;
    if (m == u"alipay.fund.auth.order.app.freeze")
        return freeze(r, FreezeKind::App, now);
    if (m == u"alipay.fund.auth.order.voucher.create")
        return freeze(r, FreezeKind::Voucher, now);
    if (m == u"alipay.fund.auth.order.freeze")
        return freeze(r, FreezeKind::Scan, now);
    if (m == u"alipay.fund.auth.order.unfreeze")
        return unfreeze(r, now);
    if (m == u"alipay.fund.auth.operation.cancel")
        return cancel(r, now);
    return detail(r, now);
}

void FundAuthApi::writeFreeze(Node &node, const FundAuthOrder &o, const FundAuthOperation &freeze)
{
    node.text(u"auth_no", o.authNo)
        .text(u"out_order_no", o.outOrderNo)
        .text(u"operation_id", freeze.operationId)
        .text(u"out_request_no", freeze.outRequestNo)
        .amount(u"amount", freeze.amount)
        .text(u"status", toProtocol(freeze.status));
    if (freeze.status == AuthOperationStatus::Success) {
        node.amount(u"credit_amount", freeze.creditAmount)
            .amount(u"fund_amount", freeze.fundAmount())
            .time(u"gmt_trans", freeze.transAt)
            .text(u"payer_user_id", o.payerUserId)
            .text(u"payer_logon_id", o.payerLogonId);
        if (o.isCreditAuth())
            node.text(u"pre_auth_type", QStringLiteral("CREDIT_AUTH"));
    }
    node.text(u"trans_currency", QStringLiteral("CNY"));
}

ApiAnswer FundAuthApi::freeze(const CheckedRequest &r, FreezeKind kind, const QDateTime &now)
{
    BizReader biz(r.biz);
    FreezeRequest f;
    f.appId = r.appId;
    f.kind = kind;
    f.outOrderNo = biz.text(u"out_order_no");
    f.outRequestNo = biz.text(u"out_request_no");
    f.orderTitle = biz.text(u"order_title");
    f.amount = biz.amount(u"amount").value_or(Money());
    f.productCode = biz.text(u"product_code");
    f.payeeUserId = biz.text(u"payee_user_id");
    f.payeeLogonId = biz.text(u"payee_logon_id");
    if (f.payeeUserId.isEmpty() && f.payeeLogonId.isEmpty()) {
        f.payeeUserId = r.app.sellerId;
        f.payeeLogonId = r.app.sellerLogonId;
    }
    f.timeoutExpress = biz.text(u"timeout_express");
    if (f.timeoutExpress.isEmpty())
        f.timeoutExpress = biz.text(u"pay_timeout");
    f.notifyUrl = r.parameter(u"notify_url");
    f.extraParam = biz.text(u"extra_param");
    f.authCode = biz.text(u"auth_code");
    if (!biz.problem().isEmpty())
        return illegalArgument(biz.problem());
    const FreezeOutcome out = m_ledger.createFreeze(f, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);

    ApiAnswer answer;
    Node node{GatewayStatus()};
    if (kind == FreezeKind::Voucher) {
        // Scanning the code plays the user: it leads to the sandbox's confirmation endpoint.
        QUrl code = m_baseUrl;
        code.setPath(QStringLiteral("/sandbox/user/confirm"));
        code.setQuery(QUrlQuery({{QStringLiteral("auth_no"), out.order.authNo}}));
        node.text(u"out_order_no", out.order.outOrderNo)
            .text(u"out_request_no", out.freeze.outRequestNo)
            .text(u"code_type", QStringLiteral("qrCode"))
            .text(u"code_value", code.toString(QUrl::FullyEncoded))
            .text(u"code_url", code.toString(QUrl::FullyEncoded));
    } else {
        writeFreeze(node, out.order, out.freeze);
    }
    answer.nodeText = node.finish();
    // order.freeze authorizes on the spot: the freeze notification goes out at once.
    if (kind == FreezeKind::Scan && !out.repeated &&
        out.freeze.status == AuthOperationStatus::Success && !f.notifyUrl.isEmpty())
        answer.notifications << Notices::fundAuth(QStringLiteral("fund_auth_freeze"), out.order,
                                                  out.freeze, f.notifyUrl);
    return answer;
}

ApiAnswer FundAuthApi::unfreeze(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    UnfreezeRequest u;
    u.appId = r.appId;
    u.authNo = biz.text(u"auth_no");
    u.outRequestNo = biz.text(u"out_request_no");
    u.amount = biz.amount(u"amount").value_or(Money());
    u.remark = biz.text(u"remark");
    u.notifyUrl = r.parameter(u"notify_url");
    if (!biz.problem().isEmpty())
        return illegalArgument(biz.problem());
    const UnfreezeOutcome out = m_ledger.unfreeze(u, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    ApiAnswer answer;
    Node node{GatewayStatus()};
    node.text(u"auth_no", out.order.authNo)
        .text(u"out_order_no", out.order.outOrderNo)
        .text(u"operation_id", out.operation.operationId)
        .text(u"out_request_no", out.operation.outRequestNo)
        .amount(u"amount", out.operation.amount)
        .amount(u"credit_amount", out.operation.creditAmount)
        .amount(u"fund_amount", out.operation.fundAmount())
        .text(u"status", toProtocol(out.operation.status))
        .time(u"gmt_trans", out.operation.transAt);
    answer.nodeText = node.finish();
    if (!out.repeated && !u.notifyUrl.isEmpty())
        answer.notifications << Notices::fundAuth(QStringLiteral("fund_auth_unfreeze"), out.order,
                                                  out.operation, u.notifyUrl);
    return answer;
}

ApiAnswer FundAuthApi::cancel(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    CancelRequest c;
    c.appId = r.appId;
    c.authNo = biz.text(u"auth_no");
    c.operationId = biz.text(u"operation_id");
    c.outOrderNo = biz.text(u"out_order_no");
    c.outRequestNo = biz.text(u"out_request_no");
    c.remark = biz.text(u"remark");
    const CancelOutcome out = m_ledger.cancel(c, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    ApiAnswer answer;
    Node node{GatewayStatus()};
    node.text(u"auth_no", out.order.authNo)
        .text(u"out_order_no", out.order.outOrderNo)
        .text(u"operation_id", out.freeze.operationId)
        .text(u"out_request_no", out.freeze.outRequestNo)
        .text(u"action", out.action);
    answer.nodeText = node.finish();
    // Sandbox convention (§11): a cancel is notified to the freeze's notify_url, or the
    // cancel call's own.
    QString url = r.parameter(u"notify_url");
    if (url.isEmpty())
        url = out.freeze.notifyUrl;
    if (!out.repeated && !url.isEmpty())
        answer.notifications << Notices::fundAuth(QStringLiteral("fund_auth_operation_cancel"),
                                                  out.order, out.freeze, url);
    return answer;
}

ApiAnswer FundAuthApi::detail(const CheckedRequest &r, const QDateTime &now)
{
    BizReader biz(r.biz);
    DetailQuery q;
    q.appId = r.appId;
    q.authNo = biz.text(u"auth_no");
    q.outOrderNo = biz.text(u"out_order_no");
    q.operationId = biz.text(u"operation_id");
    q.outRequestNo = biz.text(u"out_request_no");
    const QString type = biz.text(u"operation_type");
    if (!type.isEmpty()) {
        q.operationType = authOperationTypeFromProtocol(type);
        if (!q.operationType)
            return illegalArgument(QStringLiteral("operation_type 无效"));
    }
    const DetailOutcome out = m_ledger.detail(q, now);
    if (!out.ok())
        return ApiAnswer::refusal(out);
    const FundAuthOrder &o = out.order;
    const FundAuthOperation &op = out.operation;
    Node node{GatewayStatus()};
    node.text(u"auth_no", o.authNo)
        .text(u"out_order_no", o.outOrderNo)
        .text(u"order_status", toProtocol(o.status))
        .text(u"order_title", o.orderTitle)
        .amount(u"total_freeze_amount", o.totalFreezeAmount)
        .amount(u"rest_amount", o.restAmount())
        .amount(u"total_pay_amount", o.totalPayAmount())
        .amount(u"total_freeze_credit_amount", o.totalFreezeCreditAmount)
        .amount(u"total_freeze_fund_amount", o.totalFreezeFundAmount())
        .amount(u"rest_credit_amount", o.restCreditAmount())
        .amount(u"rest_fund_amount", o.restFundAmount())
        .amount(u"total_pay_credit_amount", o.totalPayCreditAmount)
        .amount(u"total_pay_fund_amount", o.totalPayFundAmount);
    if (o.isCreditAuth())
        node.text(u"pre_auth_type", QStringLiteral("CREDIT_AUTH"));
    node.text(u"payer_logon_id", o.payerLogonId)
        .text(u"payer_user_id", o.payerUserId)
        .text(u"trans_currency", QStringLiteral("CNY"))
        .text(u"operation_id", op.operationId)
        .text(u"out_request_no", op.outRequestNo)
        .text(u"operation_type", toProtocol(op.type))
        .amount(u"amount", op.amount)
        .amount(u"credit_amount", op.creditAmount)
        .amount(u"fund_amount", op.fundAmount())
        .text(u"status", toProtocol(op.status))
        .text(u"remark", op.remark)
        .time(u"gmt_create", op.createdAt)
        .time(u"gmt_trans", op.transAt);
    ApiAnswer answer;
    answer.nodeText = node.finish();
    return answer;
}

} // namespace DepositDesk::Sandbox
