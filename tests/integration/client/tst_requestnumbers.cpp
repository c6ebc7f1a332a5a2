#include "ManualClock.h"
#include "alipay/RequestNumberGenerator.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Kind = RequestNumberGenerator::Kind;

class TestRequestNumbers : public QObject
{
    Q_OBJECT

private slots:
    void hasTheDocumentedForm()
    {
        // 2024-05-01 00:30 in China
        const ManualClock clock(QDateTime(QDate(2024, 4, 30), QTime(16, 30), Qt::UTC));
        const RequestNumberGenerator generator(clock);
        const QRegularExpression form(
            QStringLiteral("^(FO|FR|UF|PAY|RF|SY)_20240501_[0-9A-HJKMNP-TV-Z]{26}$"));
        for (const Kind kind : {Kind::FreezeOrder, Kind::FreezeRequest, Kind::Unfreeze, Kind::Pay,
                                Kind::Refund, Kind::OrderSync}) {
            const auto number = generator.next(kind);
            QVERIFY(number);
            QVERIFY2(form.match(*number).hasMatch(), qPrintable(*number));
            QVERIFY(number->startsWith(RequestNumberGenerator::prefix(kind) + u'_'));
            QVERIFY(number->size() <= 64);
            QVERIFY(RequestNumberGenerator::isWellFormed(*number));
        }
    }

    void checksWellFormedness()
    {
        QVERIFY(RequestNumberGenerator::isWellFormed(u"abc_XYZ_019"));
        QVERIFY(RequestNumberGenerator::isWellFormed(QString(64, u'a')));
        QVERIFY(!RequestNumberGenerator::isWellFormed(QString(65, u'a')));
        QVERIFY(!RequestNumberGenerator::isWellFormed(u""));
        QVERIFY(!RequestNumberGenerator::isWellFormed(u"a-b"));
        QVERIFY(!RequestNumberGenerator::isWellFormed(u"订单"));
        QVERIFY(!RequestNumberGenerator::isWellFormed(u"a b"));
    }

    void neverRepeatsInAMillionWithAFrozenClock()
    {
        // A frozen clock is the worst case: only the random part can tell numbers apart.
        const ManualClock clock;
        const RequestNumberGenerator generator(clock);
        constexpr int Count = 1000000;
        std::vector<std::array<char, 40>> numbers(Count);
        for (auto &slot : numbers) {
            const QByteArray number = generator.next(Kind::Pay)->toLatin1();
            QCOMPARE(number.size(), 39);
            std::memcpy(slot.data(), number.constData(), 39);
            slot[39] = 0;
        }
        std::sort(numbers.begin(), numbers.end());
        QVERIFY(std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end());
    }

    void aResetClockOrASecondDeskDoesNotRepeat()
    {
        // Two generators (two desks, or before and after a restart whose clock went back)
        // reading the very same instant.
        ManualClock clock;
        const RequestNumberGenerator desk1(clock);
        const RequestNumberGenerator desk2(clock);
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            clock.advance(std::chrono::seconds(-1)); // the clock runs backwards
            seen.insert(*desk1.next(Kind::Unfreeze));
            seen.insert(*desk2.next(Kind::Unfreeze));
        }
        QCOMPARE(seen.size(), 2000);
    }

    void randomPartUsesTheWholeAlphabet()
    {
        // A stuck or biased generator would leave characters unused.
        const RequestNumberGenerator generator;
        QSet<QChar> used;
        for (int i = 0; i < 200; ++i) {
            const QString number = *generator.next(Kind::Refund);
            for (const QChar c : number.right(25)) // the 26th character carries 3 bits only
                used.insert(c);
        }
        QCOMPARE(used.size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestRequestNumbers)
#include "tst_requestnumbers.moc"
