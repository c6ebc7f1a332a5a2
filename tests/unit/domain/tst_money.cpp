#include "domain/Money.h"
#include "domain/YuanText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using DepositDesk::Money;
using DepositDesk::yuanDigits;
using DepositDesk::yuanText;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("one fen") << QStringLiteral("0.01") << qint64(1);
        QTest::newRow("two decimals") << QStringLiteral("12.50") << qint64(1250);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("integer") << QStringLiteral("200") << qint64(20000);
        QTest::newRow("zero") << QStringLiteral("0.00") << qint64(0);
        QTest::newRow("leading zero") << QStringLiteral("007.10") << qint64(710);
        QTest::newRow("max request") << QStringLiteral("100000000.00") << qint64(10000000000);
        QTest::newRow("precision beyond double")
            << QStringLiteral("999999999999999.99") << qint64(99999999999999999);
    }
    void parsesValidYuan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QString error;
        const auto money = Money::fromYuan(text, &error);
        QVERIFY2(money.has_value(), qPrintable(error));
        QCOMPARE(money->fen(), fen);
        QVERIFY(error.isEmpty());
    }

    void rejectsMalformedYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("three decimals")
            << QStringLiteral("0.001") << QStringLiteral("two decimals");
        QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("negative");
        QTest::newRow("exponent") << QStringLiteral("1e2") << QStringLiteral("not an amount");
        QTest::newRow("leading space") << QStringLiteral(" 1") << QStringLiteral("not an amount");
        QTest::newRow("trailing space") << QStringLiteral("1 ") << QStringLiteral("not an amount");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("bare point") << QStringLiteral(".") << QStringLiteral("not an amount");
        QTest::newRow("no integer part") << QStringLiteral(".5") << QStringLiteral("not an amount");
        QTest::newRow("trailing point") << QStringLiteral("1.") << QStringLiteral("not an amount");
        QTest::newRow("plus sign") << QStringLiteral("+1") << QStringLiteral("not an amount");
        QTest::newRow("thousands") << QStringLiteral("1,000.00") << QStringLiteral("not an amount");
        QTest::newRow("full-width digit")
            << QStringLiteral("１") << QStringLiteral("not an amount");
        QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("not an amount");
        QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("not an amount");
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999")
                                  << QStringLiteral("too large");
    }
    void rejectsMalformedYuan()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        QString error;
        QVERIFY(!Money::fromYuan(text, &error).has_value());
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void requestAmountsHaveLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("min") << QStringLiteral("0.01") << true;
        QTest::newRow("max") << QStringLiteral("100000000.00") << true;
        QTest::newRow("zero") << QStringLiteral("0.00") << false;
        QTest::newRow("above max") << QStringLiteral("100000000.01") << false;
        QTest::newRow("three decimals") << QStringLiteral("0.001") << false;
        QTest::newRow("negative") << QStringLiteral("-1") << false;
        QTest::newRow("exponent") << QStringLiteral("1e2") << false;
        QTest::newRow("space") << QStringLiteral(" 1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void requestAmountsHaveLimits()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(Money::fromRequestYuan(text, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void negativeAllowedWhenAsked()
    {
        const auto refund = Money::fromYuan(u"-3000.05", nullptr, Money::Sign::AllowNegative);
        QVERIFY(refund);
        QCOMPARE(refund->fen(), qint64(-300005));
        QCOMPARE(refund->toYuan(), QStringLiteral("-3000.05"));
        QVERIFY(!Money::fromYuan(u"--1", nullptr, Money::Sign::AllowNegative));
        QVERIFY(!Money::fromYuan(u"-", nullptr, Money::Sign::AllowNegative));
    }

    void formatsTwoDecimals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("yuan");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10");
        QTest::newRow("big") << qint64(10000000000) << QStringLiteral("100000000.00");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("-0.05");
    }
    void formatsTwoDecimals()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, yuan);
        QCOMPARE(Money::fromFen(fen).toYuan(), yuan);
        QCOMPARE(Money::fromYuan(yuan, nullptr, Money::Sign::AllowNegative)->fen(), fen);
    }

    // What people read: grouped by the locale, exact to the fen, the sign before the "¥"; the
    // protocol's form (toYuan) stays ungrouped for fields and files.
    void showsAmountsToPeopleGrouped_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("text");
        for (const char *locale : {"en_US", "zh_CN"}) {
            const QString l = QString::fromLatin1(locale);
            QTest::addRow("%s zero", locale) << l << qint64(0) << u"0.00"_qs << u"¥0.00"_qs;
            QTest::addRow("%s under a thousand", locale)
                << l << qint64(99999) << u"999.99"_qs << u"¥999.99"_qs;
            QTest::addRow("%s thousands", locale)
                << l << qint64(164500) << u"1,645.00"_qs << u"¥1,645.00"_qs;
            QTest::addRow("%s a hundred million", locale)
                << l << qint64(10000000001) << u"100,000,000.01"_qs << u"¥100,000,000.01"_qs;
            QTest::addRow("%s negative", locale)
                << l << qint64(-300005) << u"-3,000.05"_qs << u"-¥3,000.05"_qs;
        }
    }
    void showsAmountsToPeopleGrouped()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, fen);
        QFETCH(QString, digits);
        QFETCH(QString, text);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const QString shownDigits = yuanDigits(Money::fromFen(fen));
        const QString shownText = yuanText(Money::fromFen(fen));
        QLocale::setDefault(before);
        QCOMPARE(shownDigits, digits);
        QCOMPARE(shownText, text);
    }

    void acceptsJsonNumbersAndStrings()
    {
        const auto doc = QJsonDocument::fromJson(
            R"({"a":0.01,"b":"200.00","c":12345678.99,"d":0.001,"e":null,"f":1e2,"g":0.1})");
        const QJsonObject o = doc.object();
        QCOMPARE(Money::fromJson(o[u"a"])->fen(), qint64(1));
        QCOMPARE(Money::fromJson(o[u"b"])->fen(), qint64(20000));
        QCOMPARE(Money::fromJson(o[u"c"])->fen(), qint64(1234567899));
        QCOMPARE(Money::fromJson(o[u"f"])->fen(), qint64(10000));
        QCOMPARE(Money::fromJson(o[u"g"])->fen(), qint64(10));
        QString error;
        QVERIFY(!Money::fromJson(o[u"d"], &error));
        QVERIFY(error.contains(u"fen"));
        QVERIFY(!Money::fromJson(o[u"e"], &error));
        QVERIFY(!Money::fromJson(o[u"missing"], &error));
    }

    void arithmeticIsExact()
    {
        Money total = Money::fromFen(0);
        for (int i = 0; i < 10; ++i)
            total += *Money::fromYuan(u"0.10");
        QCOMPARE(total, *Money::fromYuan(u"1.00"));
        QVERIFY(*Money::fromYuan(u"0.30") - *Money::fromYuan(u"0.10") == *Money::fromYuan(u"0.2"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
