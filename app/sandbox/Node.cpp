#include "sandbox/Node.h"

#include "domain/ChinaTime.h"
#include "sandbox/SubCodes.h"

#include <QJsonArray>

namespace DepositDesk::Sandbox {

Node::Node(const GatewayStatus &status)
{
    m_writer.beginObject().string(u"code", status.code).string(u"msg", status.msg);
    m_writer.optionalString(u"sub_code", status.subCode);
    m_writer.optionalString(u"sub_msg", status.subMsg);
}

Node &Node::text(QStringView key, const QString &value)
{
    m_writer.optionalString(key, value);
    return *this;
}

Node &Node::amount(QStringView key, Money value)
{
    m_writer.string(key, value.toYuan());
    return *this;
}

Node &Node::time(QStringView key, const QDateTime &value)
{
    if (value.isValid())
        m_writer.string(key, ChinaTime::format(value));
    return *this;
}

QByteArray Node::finish()
{
    m_writer.endObject();
    return m_writer.text();
}

ApiAnswer ApiAnswer::failure(const GatewayStatus &status)
{
    ApiAnswer answer;
    answer.status = status;
    answer.nodeText = Node(status).finish();
    return answer;
}

ApiAnswer ApiAnswer::refused(const QString &subCode, const QString &subMsg)
{
    return failure(
        GatewayStatus::business(subCode, subMsg.isEmpty() ? SubCodes::message(subCode) : subMsg));
}

QString BizReader::text(QStringView key) const
{
    const QJsonValue value = m_biz.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<Money> BizReader::amount(QStringView key, bool required)
{
    const QJsonValue value = m_biz.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required && m_problem.isEmpty())
            m_problem = QStringLiteral("缺少必选参数 %1").arg(key);
        return std::nullopt;
    }
    const std::optional<Money> money = Money::fromJson(value);
    if (!money || money->isNegative() || money->fen() > Money::MaxRequestFen) {
        if (m_problem.isEmpty())
            m_problem = QStringLiteral("%1 金额格式错误，应为 0.01 到 100000000.00 之间、"
                                       "最多两位小数的数字")
                            .arg(key);
        return std::nullopt;
    }
    return money;
}

QStringList BizReader::list(QStringView key) const
{
    QStringList result;
    const QJsonArray array = m_biz.value(key).toArray();
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

} // namespace DepositDesk::Sandbox
