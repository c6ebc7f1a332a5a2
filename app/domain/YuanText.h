#pragma once

#include "domain/Money.h"

#include <QLocale>
#include <QString>

namespace DepositDesk {

// The one way amounts are shown to people: "¥1,234.50" (and "-¥3.00"), grouping from the
// locale, never floating point. Tables, totals and sentences all use it (Money::toYuan() is the
// protocol's form, and what an amount field holds: no grouping).
// yuanDigits(): the same without the "¥", for sentences that carry the sign themselves
// ("Unfrozen ¥%1"): "1,234.50", "-3.00".
inline QString yuanDigits(Money amount)
{
    const QString yuan = (amount.isNegative() ? -amount : amount).toYuan();
    const qsizetype dot = yuan.indexOf(u'.');
    const QString whole = QLocale().toString(yuan.left(dot).toLongLong());
    return (amount.isNegative() ? QStringLiteral("-") : QString()) + whole + yuan.mid(dot);
}

inline QString yuanText(Money amount)
{
    return (amount.isNegative() ? QStringLiteral("-¥") : QStringLiteral("¥")) +
           yuanDigits(amount.isNegative() ? -amount : amount);
}

} // namespace DepositDesk
