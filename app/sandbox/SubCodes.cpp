#include "sandbox/SubCodes.h"

#include <QHash>

namespace DepositDesk::Sandbox {

QString SubCodes::message(QStringView subCode)
{
    static const QHash<QString, QString> messages = {
        {QStringLiteral("ILLEGAL_ARGUMENT"), QStringLiteral("参数有误")},
        {QStringLiteral("AUTH_ORDER_NOT_EXIST"), QStringLiteral("授权单不存在")},
        {QStringLiteral("AUTH_OPERATION_NOT_EXIST"), QStringLiteral("授权操作不存在")},
        {QStringLiteral("REQUEST_AMOUNT_EXCEED"),
         QStringLiteral("请求金额超过授权单剩余可操作金额")},
        {QStringLiteral("ORDER_ALREADY_FINISH"), QStringLiteral("授权单已完结")},
        {QStringLiteral("ORDER_ALREADY_CLOSED"), QStringLiteral("授权单已关闭")},
        {QStringLiteral("REQUEST_INCONSISTENT"),
         QStringLiteral("相同请求号的请求内容与原请求不一致")},
        {QStringLiteral("ORDER_ALREADY_PAID"), QStringLiteral("授权单已发生转支付，不允许撤销")},
        {QStringLiteral("ORDER_NOT_ALLOW_CANCEL"), QStringLiteral("当前授权操作不允许撤销")},
        {QStringLiteral("HAS_NO_PRIVILEGE"), QStringLiteral("无权操作该授权单")},
        {QStringLiteral("ORDER_ALREADY_AUTHORIZED"), QStringLiteral("授权单已授权")},
        {QStringLiteral("SYSTEM_ERROR"), QStringLiteral("系统繁忙，请稍后重试")},
        {QStringLiteral("ACQ.SYSTEM_ERROR"), QStringLiteral("系统错误")},
        {QStringLiteral("ACQ.INVALID_PARAMETER"), QStringLiteral("参数无效")},
        {QStringLiteral("ACQ.TRADE_NOT_EXIST"), QStringLiteral("交易不存在")},
        {QStringLiteral("ACQ.TRADE_HAS_CLOSE"), QStringLiteral("交易已经关闭")},
        {QStringLiteral("ACQ.TRADE_HAS_SUCCESS"), QStringLiteral("交易已被支付")},
        {QStringLiteral("ACQ.CONTEXT_INCONSISTENT"), QStringLiteral("交易信息被篡改")},
        {QStringLiteral("ACQ.TRADE_STATUS_ERROR"), QStringLiteral("交易状态不合法")},
        {QStringLiteral("ACQ.TRADE_HAS_FINISHED"), QStringLiteral("交易已完结")},
        {QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"),
         QStringLiteral("退款金额与原退款请求不一致")},
        {QStringLiteral("ACQ.REFUND_FEE_ERROR"), QStringLiteral("退款金额超过可退金额")},
        {QStringLiteral("ACQ.AUTH_ORDER_NOT_EXIST"), QStringLiteral("授权单不存在")},
        {QStringLiteral("ACQ.AUTH_ORDER_HAS_FINISHED"), QStringLiteral("授权单已完结")},
        {QStringLiteral("ACQ.AUTH_ORDER_HAS_CLOSED"), QStringLiteral("授权单已关闭")},
        {QStringLiteral("ACQ.AUTH_AMOUNT_NOT_ENOUGH"), QStringLiteral("授权单剩余金额不足")},
        {QStringLiteral("ACQ.TRADE_BUYER_NOT_MATCH"), QStringLiteral("交易买家不匹配")},
        {QStringLiteral("ACQ.BUYER_SELLER_EQUAL"), QStringLiteral("买卖家不能相同")},
        {QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"), QStringLiteral("买家余额不足")},
        {QStringLiteral("isp.bill_not_exist"), QStringLiteral("账单不存在")},
    };
    return messages.value(subCode.toString(), QStringLiteral("业务处理失败"));
}

std::optional<qint64> SubCodes::timeoutSeconds(QStringView text)
{
    if (text.size() < 2)
        return std::nullopt;
    const QChar unit = text.back();
    bool ok = false;
    const qint64 count = text.first(text.size() - 1).toLongLong(&ok);
    if (!ok || count < 1 || !text.front().isDigit())
        return std::nullopt;
    qint64 seconds = 0;
    if (unit == u'm')
        seconds = count * 60;
    else if (unit == u'h')
        seconds = count * 3600;
    else if (unit == u'd')
        seconds = count * 86400;
    else
        return std::nullopt;
    if (seconds > 15 * 86400)
        return std::nullopt;
    return seconds;
}

QString SubCodes::maskLogonId(const QString &logonId)
{
    if (logonId.isEmpty() || logonId.contains(u'*'))
        return logonId;
    const qsizetype at = logonId.indexOf(u'@');
    if (at > 0)
        return logonId.left(qMin<qsizetype>(3, at)) + QStringLiteral("***") + logonId.mid(at);
    if (logonId.size() >= 7)
        return logonId.left(3) + QStringLiteral("****") + logonId.right(4);
    return logonId.left(1) + QStringLiteral("***");
}

bool SubCodes::isUserId(QStringView text)
{
    if (text.size() != 16 || !text.startsWith(u"2088"))
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace DepositDesk::Sandbox
