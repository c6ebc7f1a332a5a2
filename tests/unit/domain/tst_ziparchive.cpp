// ZipReader reads what ZipWriter wrote, from a file and from memory: entries larger than the
// reader's window, entries that straddle it, and the directory at the end of a large archive.
#include "domain/ZipArchive.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;

namespace {

QByteArray incompressible(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QList<QPair<QByteArray, QByteArray>> entriesOf(const ZipReader &reader)
{
    QList<QPair<QByteArray, QByteArray>> entries;
    if (!reader.isOpen() || unzGoToFirstFile(reader.handle()) != UNZ_OK)
        return entries;
    do {
        QByteArray name;
        unz_file_info64 info{};
        QByteArray content;
        if (!reader.currentEntry(&name, &info) || !reader.readCurrentEntry(&content))
            return {};
        entries.append({name, content});
    } while (unzGoToNextFile(reader.handle()) == UNZ_OK);
    return entries;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatWasWritten();
    void emptyAndForeignInput();
};

void TestZipArchive::readsWhatWasWritten()
{
    // 200 KB that cannot be deflated (bigger than a window), a small one after it, then one of
    // 70 KB so that the directory sits far from the start.
    const QList<QPair<QByteArray, QByteArray>> written{
        {QByteArrayLiteral("big.bin"), incompressible(200 * 1024, 1)},
        {QByteArrayLiteral("small.csv"), QByteArrayLiteral("a,b\n1,2\n")},
        {QByteArrayLiteral("middle.bin"), incompressible(70 * 1024, 2)},
    };
    QByteArray bytes;
    {
        ZipWriter writer(&bytes);
        QVERIFY(writer.isOpen());
        for (const auto &[name, content] : written)
            QVERIFY(writer.addEntry(name, content, QDateTime(QDate(2026, 12, 7), QTime(9, 0))));
        QCOMPARE(writer.close(), ZIP_OK);
    }
    QVERIFY(bytes.size() > 270 * 1024);
    QCOMPARE(entriesOf(ZipReader(bytes)), written);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    QCOMPARE(entriesOf(ZipReader(path)), written);

    // A limit below the entry's size stops the reading.
    ZipReader reader(path);
    QCOMPARE(unzGoToFirstFile(reader.handle()), UNZ_OK);
    QByteArray content;
    QCOMPARE(reader.readCurrentEntry(&content, 1024), ZipReader::Read::TooLong);
}

void TestZipArchive::emptyAndForeignInput()
{
    QVERIFY(!ZipReader(QByteArray()).isOpen());
    QVERIFY(!ZipReader(QByteArrayLiteral("not a zip at all")).isOpen());
    QVERIFY(!ZipReader(QStringLiteral("/nonexistent/archive.zip")).isOpen());
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
