#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// The span a reconciliation bill covers (docs/alipay-protocol.md §6.11 `bill_date`): one calendar
// day
// ("yyyy-MM-dd") or one calendar month ("yyyy-MM"), with China time (GMT+8) boundaries.
class BillPeriod
{
public:
    enum class Length { Day, Month };

    // Strict parse of a bill_date. Earliest 2016-01-01 / 2016-01, as Alipay documents. On
    // failure returns nullopt and a translated sentence saying what is wrong.
    static std::optional<BillPeriod> parse(const QString &billDate, QString *error = nullptr);
    static BillPeriod day(QDate date);
    static BillPeriod month(int year, int month);
    // The day or month (GMT+8) that contains the instant `at`.
    static BillPeriod dayContaining(const QDateTime &at);
    static BillPeriod monthContaining(const QDateTime &at);

    Length length() const { return m_length; }
    QDate firstDay() const { return m_first; }
    // The day after the last day of the period.
    QDate endDay() const;

    // Start and (exclusive) end as instants: 00:00:00 GMT+8 of firstDay() and endDay().
    QDateTime start() const;
    QDateTime end() const;
    bool contains(const QDateTime &at) const;
    // True once the whole period lies before `now`: only then does a bill exist (T+1).
    bool isOverAt(const QDateTime &now) const { return end() <= now; }

    QString billDate() const; // "yyyy-MM-dd" or "yyyy-MM"
    QString compact() const;  // "yyyyMMdd" or "yyyyMM", as in the file names

    friend bool operator==(const BillPeriod &a, const BillPeriod &b)
    {
        return a.m_length == b.m_length && a.m_first == b.m_first;
    }

private:
    BillPeriod(Length length, QDate first)
        : m_length(length)
        , m_first(first)
    {}

    Length m_length = Length::Day;
    QDate m_first;
};

} // namespace DepositDesk::Sandbox
