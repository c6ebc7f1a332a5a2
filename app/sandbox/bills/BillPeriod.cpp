#include "sandbox/bills/BillPeriod.h"

#include "domain/ChinaTime.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::BillPeriod", text);
}

QDateTime chinaMidnight(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(ChinaTime::OffsetSeconds));
}

QDate chinaDateOf(const QDateTime &at)
{
    return ChinaTime::toChina(at).date();
}

const QDate EarliestBillDay(2016, 1, 1);

} // namespace

std::optional<BillPeriod> BillPeriod::parse(const QString &billDate, QString *error)
{
    static const QRegularExpression dayPattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    std::optional<BillPeriod> period;
    if (const auto match = dayPattern.match(billDate); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
        if (date.isValid())
            period = day(date);
    } else if (const auto monthMatch = monthPattern.match(billDate); monthMatch.hasMatch()) {
        const int monthNumber = monthMatch.captured(2).toInt();
        if (monthNumber >= 1 && monthNumber <= 12)
            period = month(monthMatch.captured(1).toInt(), monthNumber);
    }
    if (!period) {
        if (error)
            *error = tr("\"%1\" is not a bill date: use yyyy-MM-dd for a day or yyyy-MM for a "
                        "month, such as 2024-05-01 or 2024-05.")
                         .arg(billDate);
        return std::nullopt;
    }
    if (period->m_first < EarliestBillDay) {
        if (error)
            *error = tr("Bills exist from 2016-01-01 on; %1 is earlier.").arg(billDate);
        return std::nullopt;
    }
    return period;
}

BillPeriod BillPeriod::day(QDate date)
{
    return BillPeriod(Length::Day, date);
}

BillPeriod BillPeriod::month(int year, int month)
{
    return BillPeriod(Length::Month, QDate(year, month, 1));
}

BillPeriod BillPeriod::dayContaining(const QDateTime &at)
{
    return day(chinaDateOf(at));
}

BillPeriod BillPeriod::monthContaining(const QDateTime &at)
{
    const QDate date = chinaDateOf(at);
    return month(date.year(), date.month());
}

QDate BillPeriod::endDay() const
{
    return m_length == Length::Day ? m_first.addDays(1) : m_first.addMonths(1);
}

QDateTime BillPeriod::start() const
{
    return chinaMidnight(m_first);
}

QDateTime BillPeriod::end() const
{
    return chinaMidnight(endDay());
}

bool BillPeriod::contains(const QDateTime &at) const
{
    return at.isValid() && start() <= at && at < end();
}

QString BillPeriod::billDate() const
{
    return m_first.toString(m_length == Length::Day ? QStringLiteral("yyyy-MM-dd")
                                                    : QStringLiteral("yyyy-MM"));
}

QString BillPeriod::compact() const
{
    return m_first.toString(m_length == Length::Day ? QStringLiteral("yyyyMMdd")
                                                    : QStringLiteral("yyyyMM"));
}

} // namespace DepositDesk::Sandbox
