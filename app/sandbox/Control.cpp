#include "sandbox/Control.h"

#include "sandbox/FundAuthApi.h"
#include "sandbox/Notifier.h"
#include "sandbox/bills/BillService.h"
#include "sandbox/ledger/Ledger.h"

#include "alipay/FormEncoding.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DepositDesk::Sandbox {

namespace {

using HttpAnswer = Gateway::HttpAnswer;

HttpAnswer json(const QJsonObject &object, int status = 200)
{
    HttpAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

HttpAnswer error(int status, const QString &message, const QString &subCode = {})
{
    QJsonObject object{{QStringLiteral("result"), QStringLiteral("error")},
                       {QStringLiteral("message"), message}};
    if (!subCode.isEmpty())
        object.insert(QStringLiteral("sub_code"), subCode);
    return json(object, status);
}

QString value(const ParameterList &parameters, QStringView key)
{
    for (const Parameter &p : parameters) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

// payer_can_pay / can_pay: absent = `fallback`, "true" or "false"; nullopt for anything else.
std::optional<bool> flag(const ParameterList &parameters, QStringView key, bool fallback)
{
    bool present = false;
    for (const Parameter &p : parameters)
        present = present || p.first == key;
    const QString text = value(parameters, key);
    if (!present)
        return fallback;
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return std::nullopt;
}

} // namespace

HttpAnswer Control::handle(const QHttpServerRequest &request)
{
    std::optional<ParameterList> parameters =
        FormEncoding::decode(request.url().query(QUrl::FullyEncoded).toLatin1());
    if (parameters && !request.body().isEmpty()) {
        const std::optional<ParameterList> body = FormEncoding::decode(request.body());
        parameters = body ? std::optional(*parameters + *body) : std::nullopt;
    }
    if (!parameters)
        return error(400, QStringLiteral("parameters are not form-encoded UTF-8"));
    const QString path = request.url().path();
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (path == u"/sandbox/user/confirm")
        return userDecision(*parameters, true);
    if (path == u"/sandbox/user/decline")
        return userDecision(*parameters, false);
    if (path == u"/sandbox/user/payer" && post)
        return payer(*parameters);
    if (path == u"/sandbox/faults")
        return faults(request, *parameters, request.method() == QHttpServerRequest::Method::Delete);
    if (path == u"/sandbox/faults/clear" && post)
        return faults(request, *parameters, true);
    if (path == u"/sandbox/notifications")
        return notifications();
    const QString billPrefix = QStringLiteral("/sandbox/bills/");
    if (path.startsWith(billPrefix) && m_gateway.billService()) {
        const BillService::FileAnswer file = m_gateway.billService()->download(
            path.mid(billPrefix.size()), request.query(), m_gateway.config().clock->now());
        HttpAnswer answer;
        answer.status = file.httpStatus;
        answer.contentType = file.contentType;
        answer.body = file.body;
        return answer;
    }
    return error(404, QStringLiteral("unknown sandbox endpoint %1").arg(path));
}

QString Control::authNoFor(const ParameterList &parameters, QString *why)
{
    const QDateTime now = m_gateway.config().clock->now();
    if (!value(parameters, u"auth_no").isEmpty())
        return value(parameters, u"auth_no");
    QString appId = value(parameters, u"app_id");
    QString outOrderNo = value(parameters, u"out_order_no");
    const QString orderString = value(parameters, u"order_str");
    if (!orderString.isEmpty()) {
        const std::optional<ParameterList> order = FormEncoding::decode(orderString.toUtf8());
        const CheckedRequest checked =
            order ? RequestCheck::check(*order, m_gateway.config(),
                                        RequestCheck::Timestamp::FormatOnly)
                  : CheckedRequest();
        if (!order || !checked.status.ok()) {
            *why = checked.status.subCode + u' ' + checked.status.subMsg;
            return {};
        }
        if (checked.method != u"alipay.fund.auth.order.app.freeze") {
            *why = QStringLiteral("the order string is not an alipay.fund.auth.order.app.freeze");
            return {};
        }
        const ApiAnswer created =
            FundAuthApi(m_gateway.ledger(), m_gateway.baseUrl()).handle(checked, now);
        if (!created.status.ok()) {
            *why = created.status.subCode + u' ' + created.status.subMsg;
            return {};
        }
        appId = checked.appId;
        outOrderNo = BizReader(checked.biz).text(u"out_order_no");
    }
    if (appId.isEmpty() && m_gateway.config().apps.size() == 1)
        appId = m_gateway.config().apps.cbegin().key();
    const std::optional<FundAuthOrder> order =
        m_gateway.ledger().findOrder(appId, {}, outOrderNo, now);
    if (!order) {
        *why = QStringLiteral("no such order: give auth_no, app_id + out_order_no or order_str");
        return {};
    }
    return order->authNo;
}

HttpAnswer Control::userDecision(const ParameterList &parameters, bool confirm)
{
    QString why;
    const QString authNo = authNoFor(parameters, &why);
    if (authNo.isEmpty())
        return error(400, why);
    Money credit;
    const QString creditText = value(parameters, u"credit_amount");
    if (!creditText.isEmpty()) {
        const std::optional<Money> parsed = Money::fromYuan(creditText, &why);
        if (!parsed)
            return error(400, why);
        credit = *parsed;
    }
    const std::optional<bool> canPay = flag(parameters, u"payer_can_pay", true);
    if (!canPay)
        return error(400, QStringLiteral("payer_can_pay must be true or false"));
    const Payer payer{value(parameters, u"payer_user_id"), value(parameters, u"payer_logon_id"),
                      value(parameters, u"payer_name"), *canPay};
    const FreezeOutcome out =
        confirm ? m_gateway.confirmFreeze(authNo, credit, payer) : m_gateway.declineFreeze(authNo);
    if (!out.ok())
        return error(409, out.subMsg, out.subCode);
    return json({{QStringLiteral("result"), QStringLiteral("ok")},
                 {QStringLiteral("auth_no"), out.order.authNo},
                 {QStringLiteral("out_order_no"), out.order.outOrderNo},
                 {QStringLiteral("order_status"), toProtocol(out.order.status)},
                 {QStringLiteral("credit_amount"), out.freeze.creditAmount.toYuan()},
                 {QStringLiteral("fund_amount"), out.freeze.fundAmount().toYuan()},
                 {QStringLiteral("payer_can_pay"), out.order.payerCanPay},
                 {QStringLiteral("repeated"), out.repeated}});
}

HttpAnswer Control::payer(const ParameterList &parameters)
{
    const QString canPayText = value(parameters, u"can_pay");
    const std::optional<bool> canPay =
        canPayText.isEmpty() ? std::nullopt : flag(parameters, u"can_pay", true);
    if (!canPay)
        return error(400, QStringLiteral("can_pay must be true or false"));
    QString why;
    const QString authNo = authNoFor(parameters, &why);
    if (authNo.isEmpty())
        return error(404, why);
    const FreezeOutcome out =
        m_gateway.ledger().setPayerCanPay(authNo, *canPay, m_gateway.config().clock->now());
    if (!out.ok())
        return error(out.subCode == u"AUTH_ORDER_NOT_EXIST" ? 404 : 409, out.subMsg, out.subCode);
    return json({{QStringLiteral("result"), QStringLiteral("ok")},
                 {QStringLiteral("auth_no"), out.order.authNo},
                 {QStringLiteral("out_order_no"), out.order.outOrderNo},
                 {QStringLiteral("payer_can_pay"), out.order.payerCanPay}});
}

HttpAnswer Control::faults(const QHttpServerRequest &request, const ParameterList &parameters,
                           bool clear)
{
    Faults &faults = m_gateway.faults();
    if (clear) {
        faults.clear();
    } else if (request.method() == QHttpServerRequest::Method::Post) {
        const std::optional<Faults::Kind> kind = Faults::kindFromName(value(parameters, u"kind"));
        if (!kind)
            return error(400, QStringLiteral("kind must be one of delay, reset_before, "
                                             "reset_after, http_502, code_20000, system_error, "
                                             "bad_signature, truncated_body, foreign_answer, "
                                             "foreign_amount, late_apply"));
        Faults::Rule rule;
        rule.kind = *kind;
        rule.method = value(parameters, u"method");
        bool ok = true;
        const QString count = value(parameters, u"count");
        rule.remaining = count.isEmpty() ? -1 : count.toInt(&ok);
        const QString delay = value(parameters, u"delay_ms");
        bool delayOk = true;
        rule.delayMs = delay.isEmpty() ? 0 : delay.toInt(&delayOk);
        if (!ok || !delayOk || rule.remaining == 0 || rule.remaining < -1 || rule.delayMs < 0)
            return error(400, QStringLiteral("count must be a positive number and delay_ms "
                                             "a number of milliseconds"));
        faults.add(rule);
    }
    QJsonArray rules;
    for (const Faults::Rule &rule : faults.rules()) {
        rules.append(QJsonObject{{QStringLiteral("kind"), Faults::name(rule.kind)},
                                 {QStringLiteral("method"), rule.method},
                                 {QStringLiteral("remaining"), rule.remaining},
                                 {QStringLiteral("delay_ms"), rule.delayMs}});
    }
    return json(
        {{QStringLiteral("result"), QStringLiteral("ok")}, {QStringLiteral("faults"), rules}});
}

HttpAnswer Control::notifications() const
{
    QJsonArray list;
    for (const Notifier::Delivery &d : m_gateway.notifier().deliveries()) {
        list.append(QJsonObject{{QStringLiteral("notify_id"), d.notifyId},
                                {QStringLiteral("url"), d.url.toString()},
                                {QStringLiteral("notify_type"), value(d.fields, u"notify_type")},
                                {QStringLiteral("attempts"), d.attempts},
                                {QStringLiteral("delivered"), d.delivered},
                                {QStringLiteral("abandoned"), d.abandoned},
                                {QStringLiteral("last_reply"), d.lastReply}});
    }
    return json({{QStringLiteral("result"), QStringLiteral("ok")},
                 {QStringLiteral("notifications"), list}});
}

} // namespace DepositDesk::Sandbox
