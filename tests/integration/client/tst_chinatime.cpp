#include "domain/ChinaTime.h"

#include <QTest>

#include <ctime>

using namespace DepositDesk;

class TestChinaTime : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qunsetenv("TZ");
        tzset();
    }

    void formatsInGmt8WhateverTheMachineZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Chatham +12:45") << QByteArray("Pacific/Chatham");
        QTest::newRow("Honolulu -10") << QByteArray("Pacific/Honolulu");
        QTest::newRow("POSIX rule -5:30") << QByteArray("XYZ+5:30");
    }

    void formatsInGmt8WhateverTheMachineZone()
    {
        QFETCH(QByteArray, zone);
        qputenv("TZ", zone);
        tzset();
        const QDateTime utc(QDate(2024, 5, 1), QTime(4, 0, 0, 999), Qt::UTC);
        QCOMPARE(ChinaTime::format(utc), QStringLiteral("2024-05-01 12:00:00"));
        // The same instant given as local time of the (changed) machine zone.
        QCOMPARE(ChinaTime::format(utc.toLocalTime()), QStringLiteral("2024-05-01 12:00:00"));
        // Across a year boundary, and on a day where the US changes its clocks.
        QCOMPARE(ChinaTime::format(QDateTime(QDate(2024, 12, 31), QTime(16, 0), Qt::UTC)),
                 QStringLiteral("2025-01-01 00:00:00"));
        QCOMPARE(ChinaTime::format(QDateTime(QDate(2024, 3, 10), QTime(7, 30, 5), Qt::UTC)),
                 QStringLiteral("2024-03-10 15:30:05"));
        QCOMPARE(ChinaTime::compactDate(QDateTime(QDate(2024, 2, 29), QTime(15, 59, 59), Qt::UTC)),
                 QStringLiteral("20240229"));
        QCOMPARE(ChinaTime::compactDate(QDateTime(QDate(2024, 2, 29), QTime(16, 0), Qt::UTC)),
                 QStringLiteral("20240301"));

        const auto parsed = ChinaTime::parse(u"2024-05-01 12:00:00");
        QVERIFY(parsed);
        QCOMPARE(parsed->toMSecsSinceEpoch(),
                 QDateTime(QDate(2024, 5, 1), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(parsed->offsetFromUtc(), 8 * 3600);
        QCOMPARE(ChinaTime::format(*parsed), QStringLiteral("2024-05-01 12:00:00"));
    }

    void roundTripsTheCurrentTime()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto back = ChinaTime::parse(ChinaTime::format(now));
        QVERIFY(back);
        QCOMPARE(back->toSecsSinceEpoch(), now.toSecsSinceEpoch());
    }

    void parsesMilliseconds()
    {
        const auto parsed = ChinaTime::parse(u"2024-05-01 12:00:00.250");
        QVERIFY(parsed);
        QCOMPARE(parsed->toMSecsSinceEpoch() % 1000, 250);
    }

    void refusesMalformedTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("T separator") << QStringLiteral("2024-05-01T12:00:00");
        QTest::newRow("no seconds") << QStringLiteral("2024-05-01 12:00");
        QTest::newRow("single digit") << QStringLiteral("2024-5-01 12:00:00");
        QTest::newRow("month 13") << QStringLiteral("2024-13-01 12:00:00");
        QTest::newRow("Feb 30") << QStringLiteral("2024-02-30 12:00:00");
        QTest::newRow("hour 24") << QStringLiteral("2024-05-01 24:00:00");
        QTest::newRow("zone suffix") << QStringLiteral("2024-05-01 12:00:00Z");
        QTest::newRow("full-width digits") << QStringLiteral("２024-05-01 12:00:00");
        QTest::newRow("bad millis") << QStringLiteral("2024-05-01 12:00:00,250");
    }

    void refusesMalformedTimes()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!ChinaTime::parse(text, &error));
        QVERIFY(error.contains(text));
    }
};

QTEST_GUILESS_MAIN(TestChinaTime)
#include "tst_chinatime.moc"
