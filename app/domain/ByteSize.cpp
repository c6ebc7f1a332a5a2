#include "domain/ByteSize.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ByteSize)
};

constexpr qint64 KiB = qint64(1) << 10;
constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 GiB = qint64(1) << 30;

// bytes in `unit`: a whole number when exact, else one decimal (rounded down, so that a size
// just past a limit never reads as the limit itself).
QString inUnit(qint64 bytes, qint64 unit)
{
    if (bytes % unit == 0)
        return QString::number(bytes / unit);
    return QStringLiteral("%1.%2").arg(bytes / unit).arg(bytes % unit * 10 / unit);
}

} // namespace

QString formatByteSize(qint64 bytes)
{
    const qint64 size = bytes < 0 ? 0 : bytes;
    if (size >= GiB)
        return Text::tr("%1 GiB").arg(inUnit(size, GiB));
    if (size >= MiB)
        return Text::tr("%1 MiB").arg(inUnit(size, MiB));
    if (size >= KiB)
        return Text::tr("%1 KiB").arg(inUnit(size, KiB));
    return Text::tr("%1 bytes").arg(size);
}

} // namespace DepositDesk
