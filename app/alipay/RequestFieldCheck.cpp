#include "alipay/RequestFieldCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::RequestFieldCheck", text);
}

} // namespace

void RequestFieldCheck::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

RequestFieldCheck &RequestFieldCheck::required(const char *field, const QString &value,
                                               int maxLength)
{
    if (value.trimmed().isEmpty())
        fail(tr("%1 is missing.").arg(QLatin1String(field)));
    return optional(field, value, maxLength);
}

RequestFieldCheck &RequestFieldCheck::optional(const char *field, const QString &value,
                                               int maxLength)
{
    if (value.size() > maxLength)
        fail(tr("%1 is longer than %2 characters.").arg(QLatin1String(field)).arg(maxLength));
    return *this;
}

RequestFieldCheck &RequestFieldCheck::amount(const char *field, Money value)
{
    if (value.fen() < 1 || value.fen() > Money::MaxRequestFen)
        fail(tr("%1 must be between 0.01 and 100000000.00 yuan, not %2.")
                 .arg(QLatin1String(field), value.toYuan()));
    return *this;
}

RequestFieldCheck &RequestFieldCheck::jsonObject(const char *field, const QString &value)
{
    if (!value.isEmpty() && !QJsonDocument::fromJson(value.toUtf8()).isObject())
        fail(tr("%1 must be a JSON object.").arg(QLatin1String(field)));
    return *this;
}

RequestFieldCheck &RequestFieldCheck::check(bool condition, const QString &problem)
{
    if (!condition)
        fail(problem);
    return *this;
}

std::optional<QByteArray> RequestFieldCheck::result(const QByteArray &text, QString *error) const
{
    if (ok())
        return text;
    if (error)
        *error = m_problem;
    return std::nullopt;
}

} // namespace DepositDesk
