#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

class QJsonValue;

namespace DepositDesk {

// An amount of CNY in integer fen (分). Never a floating-point value.
//
// Alipay writes amounts as decimal yuan strings ("12.50"). fromYuan() parses them strictly:
// digits, an optional '.', at most two decimals, nothing else (no sign unless allowed, no
// exponent, no spaces, no thousands separators). toYuan() writes exactly two decimals.
class Money
{
public:
    // Largest amount a single Alipay request may carry: 100000000.00 yuan.
    static constexpr qint64 MaxRequestFen = 100000000LL * 100;

    enum class Sign { NonNegative, AllowNegative };

    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    // Strict parse of a yuan string. On failure returns nullopt and, if error is given, a
    // translated sentence saying what is wrong with the text.
    static std::optional<Money> fromYuan(QStringView text, QString *error = nullptr,
                                         Sign sign = Sign::NonNegative);
    // An amount for a request: like fromYuan, and within 0.01 .. 100000000.00.
    static std::optional<Money> fromRequestYuan(QStringView text, QString *error = nullptr);
    // An amount field of an Alipay response: a yuan string or a JSON number that is exactly a
    // whole number of fen.
    static std::optional<Money> fromJson(const QJsonValue &value, QString *error = nullptr);

    constexpr qint64 fen() const { return m_fen; }
    QString toYuan() const;

    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    Money &operator-=(Money o)
    {
        m_fen -= o.m_fen;
        return *this;
    }
    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_fen != b.m_fen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_fen < b.m_fen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_fen <= b.m_fen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_fen > b.m_fen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_fen >= b.m_fen; }

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}
    qint64 m_fen = 0;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::Money)
