// formatByteSize: the sizes every limit's message names, exact multiples whole, others with one
// decimal rounded down (a size just past a limit never reads as the limit).
#include "domain/ByteSize.h"

#include <QTest>

using namespace DepositDesk;

class TestByteSize : public QObject
{
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("bytes") << qint64(1000) << QStringLiteral("1000 bytes");
        QTest::newRow("1 KiB") << qint64(1024) << QStringLiteral("1 KiB");
        QTest::newRow("1.5 KiB") << qint64(1536) << QStringLiteral("1.5 KiB");
        QTest::newRow("64 KiB") << qint64(64 * 1024) << QStringLiteral("64 KiB");
        QTest::newRow("just past 64 KiB") << qint64(64 * 1024 + 1) << QStringLiteral("64.0 KiB");
        QTest::newRow("1 MiB") << (qint64(1) << 20) << QStringLiteral("1 MiB");
        QTest::newRow("1 GiB") << (qint64(1) << 30) << QStringLiteral("1 GiB");
        QTest::newRow("2.1 GiB") << (qint64(2) << 30) + (qint64(100) << 20)
                                 << QStringLiteral("2.0 GiB");
        QTest::newRow("3 TiB in GiB") << (qint64(3) << 40) << QStringLiteral("3072 GiB");
        QTest::newRow("largest") << std::numeric_limits<qint64>::max()
                                 << QStringLiteral("8589934591.9 GiB");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 bytes");
    }

    void formats()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(formatByteSize(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"
