#include "domain/ChinaTime.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

void appendNumber(QString &out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(QLatin1String(digits, width));
}

// Reads exactly `width` ASCII digits at `pos`; -1 if something else is there.
int readNumber(QStringView text, qsizetype pos, int width)
{
    if (pos + width > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QDateTime ChinaTime::toChina(const QDateTime &time)
{
    return time.toOffsetFromUtc(OffsetSeconds);
}

QString ChinaTime::format(const QDateTime &time)
{
    const QDateTime china = toChina(time);
    const QDate date = china.date();
    const QTime clock = china.time();
    QString out;
    out.reserve(19);
    appendNumber(out, date.year(), 4);
    out.append(u'-');
    appendNumber(out, date.month(), 2);
    out.append(u'-');
    appendNumber(out, date.day(), 2);
    out.append(u' ');
    appendNumber(out, clock.hour(), 2);
    out.append(u':');
    appendNumber(out, clock.minute(), 2);
    out.append(u':');
    appendNumber(out, clock.second(), 2);
    return out;
}

QString ChinaTime::compactDate(const QDateTime &time)
{
    const QDate date = toChina(time).date();
    QString out;
    out.reserve(8);
    appendNumber(out, date.year(), 4);
    appendNumber(out, date.month(), 2);
    appendNumber(out, date.day(), 2);
    return out;
}

std::optional<QDateTime> ChinaTime::parse(QStringView text, QString *error)
{
    const auto fail = [&]() -> std::optional<QDateTime> {
        if (error)
            *error =
                QCoreApplication::translate("DepositDesk::ChinaTime",
                                            "\"%1\" is not a time of the form 2024-05-01 12:00:00.")
                    .arg(text.toString());
        return std::nullopt;
    };
    if (text.size() != 19 && text.size() != 23)
        return fail();
    const auto separatorAt = [&](qsizetype pos, char16_t c) {
        return text[pos] == QChar(c);
    };
    if (!separatorAt(4, u'-') || !separatorAt(7, u'-') || !separatorAt(10, u' ') ||
        !separatorAt(13, u':') || !separatorAt(16, u':'))
        return fail();
    int millis = 0;
    if (text.size() == 23) {
        millis = separatorAt(19, u'.') ? readNumber(text, 20, 3) : -1;
        if (millis < 0)
            return fail();
    }
    const int year = readNumber(text, 0, 4);
    const int month = readNumber(text, 5, 2);
    const int day = readNumber(text, 8, 2);
    const int hour = readNumber(text, 11, 2);
    const int minute = readNumber(text, 14, 2);
    const int second = readNumber(text, 17, 2);
    // readNumber gives -1 for a non-digit, and QDate would take a negative year.
    if (year < 1 || !QDate::isValid(year, month, day) ||
        !QTime::isValid(hour, minute, second, millis))
        return fail();
    const QDate date(year, month, day);
    return QDateTime(date, QTime(hour, minute, second, millis), Qt::OffsetFromUTC, OffsetSeconds);
}

} // namespace DepositDesk
