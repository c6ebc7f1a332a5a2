#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk {

// China Standard Time (GMT+8, no daylight saving), the zone of every time Alipay reads or writes
// (docs/alipay-protocol.md §1.3 `timestamp`, §3.4). Independent of the machine's time zone.
class ChinaTime
{
public:
    static constexpr int OffsetSeconds = 8 * 3600;

    // "yyyy-MM-dd HH:mm:ss" of the instant `time` as seen in GMT+8 (milliseconds dropped).
    static QString format(const QDateTime &time);
    // "yyyyMMdd" of the GMT+8 day of `time` (e.g. for request numbers).
    static QString compactDate(const QDateTime &time);
    // `time` as a QDateTime with a fixed +08:00 offset.
    static QDateTime toChina(const QDateTime &time);

    // Strict parse of "yyyy-MM-dd HH:mm:ss" (Alipay may add ".SSS" milliseconds, accepted too),
    // read as GMT+8. Returns the instant with a +08:00 offset, or nullopt and a translated
    // message.
    static std::optional<QDateTime> parse(QStringView text, QString *error = nullptr);
};

} // namespace DepositDesk
