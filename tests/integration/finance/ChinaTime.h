#pragma once

#include <QDateTime>

namespace DepositDesk::Testing {

// An instant given in China time (GMT+8), e.g. china("2024-05-01T23:59:59"): how bills and
// their periods are written.
inline QDateTime china(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setOffsetFromUtc(8 * 3600);
    return t;
}

} // namespace DepositDesk::Testing
