#pragma once

#include "domain/Money.h"

#include <QLocale>
#include <QString>

namespace DepositDesk {

// "¥1,234.50" (and "-¥3.00"): grouping from the locale, never floating point. For tables.
inline QString yuanText(Money amount)
{
    const QString yuan = (amount.isNegative() ? -amount : amount).toYuan();
    const qsizetype dot = yuan.indexOf(u'.');
    const QString whole = QLocale().toString(yuan.left(dot).toLongLong());
    return (amount.isNegative() ? QStringLiteral("-¥") : QStringLiteral("¥")) + whole +
           yuan.mid(dot);
}

} // namespace DepositDesk
