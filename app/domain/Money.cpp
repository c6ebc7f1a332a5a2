#include "domain/Money.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace DepositDesk {

namespace {

// Limit on the integer part so that fen arithmetic can never overflow qint64.
constexpr int MaxIntegerDigits = 15;

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Money", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<Money> Money::fromYuan(QStringView text, QString *error, Sign sign)
{
    if (text.isEmpty()) {
        setError(error, tr("The amount is empty."));
        return std::nullopt;
    }
    qsizetype pos = 0;
    bool negative = false;
    if (text.front() == u'-') {
        if (sign != Sign::AllowNegative) {
            setError(error, tr("The amount cannot be negative."));
            return std::nullopt;
        }
        negative = true;
        pos = 1;
    }
    qint64 integer = 0;
    int integerDigits = 0;
    while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
        if (++integerDigits > MaxIntegerDigits) {
            setError(error, tr("The amount is too large."));
            return std::nullopt;
        }
        integer = integer * 10 + (text[pos].unicode() - '0');
        ++pos;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool sawPoint = false;
    if (pos < text.size() && text[pos] == u'.') {
        sawPoint = true;
        ++pos;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (++fractionDigits > 2) {
                setError(error, tr("The amount has more than two decimals; the smallest unit is "
                                   "one fen (0.01)."));
                return std::nullopt;
            }
            fraction = fraction * 10 + (text[pos].unicode() - '0');
            ++pos;
        }
    }
    if (pos != text.size()) {
        setError(error, tr("\"%1\" is not an amount: use digits and at most two decimals, such "
                           "as 12.50.")
                            .arg(text.toString()));
        return std::nullopt;
    }
    if (integerDigits == 0 || (sawPoint && fractionDigits == 0)) {
        setError(error, tr("\"%1\" is not an amount: use digits and at most two decimals, such "
                           "as 12.50.")
                            .arg(text.toString()));
        return std::nullopt;
    }
    if (fractionDigits == 1)
        fraction *= 10;
    const qint64 fen = integer * 100 + fraction;
    return Money(negative ? -fen : fen);
}

std::optional<Money> Money::fromRequestYuan(QStringView text, QString *error)
{
    const auto money = fromYuan(text, error);
    if (!money)
        return std::nullopt;
    if (money->fen() <= 0) {
        setError(error, tr("The amount must be at least 0.01."));
        return std::nullopt;
    }
    if (money->fen() > MaxRequestFen) {
        setError(error, tr("The amount cannot exceed 100000000.00."));
        return std::nullopt;
    }
    return money;
}

std::optional<Money> Money::fromJson(const QJsonValue &value, QString *error)
{
    if (value.isString())
        return fromYuan(value.toString(), error, Sign::AllowNegative);
    if (value.isDouble()) {
        const double yuan = value.toDouble();
        const double fen = yuan * 100.0;
        const double rounded = std::round(fen);
        // Exactly a whole number of fen (within the rounding of the decimal-to-binary
        // conversion), and small enough to be represented exactly.
        if (!std::isfinite(fen) || std::fabs(rounded) > 1e15 ||
            std::fabs(fen - rounded) > 1e-6 * std::max(1.0, std::fabs(fen))) {
            setError(error, tr("The amount %1 is not a whole number of fen.").arg(yuan));
            return std::nullopt;
        }
        return Money(static_cast<qint64>(rounded));
    }
    setError(error, tr("The amount is missing."));
    return std::nullopt;
}

QString Money::toYuan() const
{
    const qint64 absFen = m_fen < 0 ? -m_fen : m_fen;
    QString text = QString::number(absFen / 100) + u'.' +
                   QString::number(absFen % 100).rightJustified(2, u'0');
    if (m_fen < 0)
        text.prepend(u'-');
    return text;
}

} // namespace DepositDesk
