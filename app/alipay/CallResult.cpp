#include "alipay/CallResult.h"

#include <QJsonValue>
#include <QLocale>

namespace DepositDesk {

QString CallResult::field(QStringView key) const
{
    const QJsonValue value = node.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return static_cast<double>(whole) == number
                   ? QString::number(whole)
                   : QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<Money> CallResult::amount(QStringView key) const
{
    const QJsonValue value = node.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    return Money::fromJson(value);
}

void CallResult::refine(Outcome refined, UnknownCause cause, const QString &agentMessage)
{
    if (outcome == Outcome::Unknown)
        return;
    outcome = refined;
    unknownCause = refined == Outcome::Unknown ? cause : UnknownCause::None;
    message = agentMessage;
}

} // namespace DepositDesk
