#include "StoreTestEnv.h"

#include "store/CsvReader.h"
#include "store/ImportCommand.h"
#include "store/OrderImporter.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace DepositDesk;

namespace {

// The header of the sandbox's seed export (app/sandbox/bills/OrderExport::columns()).
const QString Header = QStringLiteral(
    "out_order_no,auth_no,out_request_no,order_title,status,pre_auth_type,total_amount,"
    "credit_amount,fund_amount,rest_amount,unfrozen_amount,paid_amount,refunded_amount,"
    "payer_user_id,payer_logon_id,payer_name,phone_tail,store_id,store_name,category,created,"
    "updated,operation_id,operation_ids,trade_nos,out_trade_nos,refund_request_nos,app_id,"
    "payee_user_id\r\n");

QString row(const QString &outOrderNo, const QString &status = u"AUTHORIZED"_qs,
            const QString &total = u"200.00"_qs, const QString &credit = u"150.00"_qs,
            const QString &created = u"2024-05-01 10:00:00"_qs)
{
    return QStringLiteral("%1,2024050122001%2,FRZ-%1,\"Phone rental, 7 days\",%3,CREDIT_AUTH,%4,%5,"
                          "50.00,150.00,0.00,50.00,10.00,2088102146225135,138****5678,*明,5678,"
                          "S001,Shanghai store,RENT_PHONE,%6,2024-05-02 09:30:00,2024050130%2,"
                          "2024050130%2|2024050131%2,2024050122001499%2,PAY-%1,RF-%1-1,"
                          "2021000000000001,2088000000000001\r\n")
        .arg(outOrderNo, outOrderNo.right(6), status, total, credit, created);
}

QString goodFile()
{
    return Header + row(u"OUT000001"_qs) + row(u"OUT000002"_qs, u"AUTHORIZED"_qs, u"200"_qs) +
           row(u"OUT000003"_qs);
}

// Line numbers: header 1, then each row one line, except the two-line title of OUT000012.
QString mixedFile()
{
    return Header + row(u"OUT000010"_qs)                           // 2 good
           + row(QString())                                        // 3 no out_order_no
           + row(u"OUT000011"_qs, u"AUTHORIZED"_qs, u"200.005"_qs) // 4 three decimals
           + row(u"OUT000012"_qs).replace(u"Phone rental, 7 days"_qs, u"two\nlines"_qs) // 5-6 good
           + row(u"OUT000013"_qs, u"FROZEN"_qs)                                 // 7 unknown status
           + row(u"OUT000014"_qs, u"AUTHORIZED"_qs, u"200.00"_qs, u"140.00"_qs) // 8 split
           + row(u"OUT000015"_qs, u"CLOSED"_qs, u"200.00"_qs, u"150.00"_qs, u"May 1st"_qs) // 9
           + u"OUT000016,only,three\r\n"_qs      // 10 cell count
           + row(u"OUT000017"_qs, u"finish"_qs); // 11 good (case)
}

// The most memory this process has held so far, in bytes (0 where it cannot be told).
qint64 peakMemory()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) * 1024;
#endif
    return 0;
}

// A file of `size` bytes starting with `start`, the rest a hole (no disk, no memory): the file
// system reads the hole as zeros.
bool writeSparse(const QString &path, const QByteArray &start, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(start) == start.size() &&
           file.resize(size);
}

QString connectionSetting(const StoreConfig &c)
{
    if (c.driver == StoreConfig::Driver::Sqlite)
        return c.path;
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password='%5'")
        .arg(c.host)
        .arg(c.port)
        .arg(c.database, c.user, c.password);
}

} // namespace

class TestStoreImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    ImportReport import(const QString &text, bool strict = false,
                        OrderImporter::Format format = OrderImporter::Format::Csv)
    {
        return OrderImporter(*m_store).importData(text.toUtf8(), format, strict);
    }
    QStringList search(const QString &key)
    {
        OrderQuery query;
        query.text = key;
        query.match = OrderQuery::Match::Exact;
        QStringList found;
        const std::optional<OrderPage> page = OrderIndex(*m_store).search(query);
        for (const OrderRecord &o : page->orders)
            found.append(o.outOrderNo);
        return found;
    }
    qint64 keyCount()
    {
        StoreQuery q(m_store->database(), u"SELECT COUNT(*) FROM order_keys"_qs);
        return q.exec() && q.next() ? q.int64(0) : -1;
    }

private slots:
    void init() { QVERIFY(Testing::openFreshStore(m_db, m_store)); }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void importsTheSandboxExport()
    {
        const ImportReport report = import(goodFile());
        QVERIFY2(report.errorString.isEmpty(), qPrintable(report.errorString));
        QVERIFY(report.committed);
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.inserted, 3);
        QVERIFY(report.rejected.isEmpty());
        const auto order = OrderIndex(*m_store).find(u"OUT000001"_qs);
        QVERIFY(order);
        QCOMPARE(order->authNo, u"2024050122001000001"_qs);
        QCOMPARE(order->title, u"Phone rental, 7 days"_qs);
        QCOMPARE(order->status, OrderStatus::Authorized);
        QCOMPARE(order->total, Money::fromFen(20000));
        QCOMPARE(order->credit, Money::fromFen(15000));
        QCOMPARE(order->fund, Money::fromFen(5000));
        QCOMPARE(order->rest, Money::fromFen(15000));
        QCOMPARE(order->paid, Money::fromFen(5000));
        QCOMPARE(order->refunded, Money::fromFen(1000));
        QCOMPARE(order->store, u"Shanghai store"_qs);
        QCOMPARE(order->phoneTail, u"5678"_qs);
        // Beijing time 10:00 is 02:00 UTC.
        QCOMPARE(order->created, QDateTime(QDate(2024, 5, 1), QTime(2, 0), Qt::UTC));
        QCOMPARE(OrderIndex(*m_store).find(u"OUT000002"_qs)->total, Money::fromFen(20000));
        // The operations and charges it names are search keys.
        for (const QString &key :
             {u"FRZ-OUT000002"_qs, u"2024050130000002"_qs, u"2024050131000002"_qs,
              u"2024050122001499000002"_qs, u"PAY-OUT000002"_qs})
            QCOMPARE(search(key), QStringList{u"OUT000002"_qs});
    }

    void badRowsAreReportedAndTheRestImported()
    {
        const ImportReport report = import(mixedFile());
        QVERIFY(report.committed);
        QCOMPARE(report.rows, 9);
        QCOMPARE(report.inserted, 3);
        const QList<std::pair<int, QString>> expected = {
            {3, u"out_order_no is missing"_qs},
            {4, u"total_amount"_qs},
            {7, u"FROZEN"_qs},
            {8, u"credit_amount 140.00 + fund_amount 50.00"_qs},
            {9, u"created"_qs},
            {10, u"3 cells"_qs},
        };
        QCOMPARE(report.rejected.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(report.rejected[i].line, expected[i].first);
            QVERIFY2(report.rejected[i].reason.contains(expected[i].second),
                     qPrintable(report.rejected[i].reason));
        }
        QCOMPARE(report.rejected[1].outOrderNo, u"OUT000011"_qs);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(3));
        QCOMPARE(OrderIndex(*m_store).find(u"OUT000012"_qs)->title, u"two\nlines"_qs);
        QCOMPARE(OrderIndex(*m_store).find(u"OUT000017"_qs)->status, OrderStatus::Finish);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"rejected.csv"_qs);
        QVERIFY(report.writeRejections(path).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY(lines[2].startsWith(u"4,OUT000011,"_qs));
        QVERIFY(lines[2].contains(u"total_amount"_qs));
    }

    void strictImportsNothing()
    {
        const ImportReport report = import(mixedFile(), true);
        QVERIFY(!report.committed);
        QCOMPARE(report.rejected.size(), 6);
        QCOMPARE(report.inserted, 0);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        // A clean file in strict mode imports.
        QVERIFY(import(goodFile(), true).committed);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(3));
    }

    void importingTwiceAddsNothing()
    {
        QCOMPARE(import(goodFile()).inserted, 3);
        const qint64 keys = keyCount();
        const ImportReport again = import(goodFile());
        QVERIFY(again.committed);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(3));
        QCOMPARE(keyCount(), keys);
        // A later export with a new state updates in place.
        const ImportReport later =
            import(QString(Header + row(u"OUT000001"_qs, u"FINISH"_qs))
                       .replace(u"2024-05-02 09:30:00"_qs, u"2024-05-03 09:30:00"_qs));
        QCOMPARE(later.updated, 1);
        QCOMPARE(OrderIndex(*m_store).find(u"OUT000001"_qs)->status, OrderStatus::Finish);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(3));
    }

    void readsJson()
    {
        const QString json = uR"([
            {"out_order_no": "J1", "auth_no": "2024050122001000101", "status": "AUTHORIZED",
             "total_amount": 88.8, "credit_amount": "0", "created": "2024-05-01T10:00:00+08:00",
             "trade_nos": ["T-J1-1", "T-J1-2"], "payer_logon_id": "abc***@example.com"},
            {"out_order_no": "J2", "auth_no": 2024050122001000102, "status": "INIT",
             "total_amount": "1.00"},
            "not an object",
            {"out_order_no": "J3", "auth_no": "A3", "status": "CLOSED", "total_amount": 0.001}
        ])"_qs;
        const ImportReport report = import(json, false, OrderImporter::Format::Auto);
        QVERIFY2(report.errorString.isEmpty(), qPrintable(report.errorString));
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.rejected.size(), 3);
        QCOMPARE(report.rejected[0].line, 2);
        QVERIFY(report.rejected[0].reason.contains(u"text"_qs));
        QCOMPARE(report.rejected[1].line, 3);
        QCOMPARE(report.rejected[2].line, 4);
        const auto j1 = OrderIndex(*m_store).find(u"J1"_qs);
        QCOMPARE(j1->total, Money::fromFen(8880));
        QCOMPARE(j1->fund, Money::fromFen(8880));
        QCOMPARE(search(u"t-j1-2"_qs), QStringList{u"J1"_qs});
        const QString wrapped = u"{\"orders\": [{\"out_order_no\": \"J4\", \"auth_no\": \"A4\", "
                                "\"status\": \"INIT\", \"total_amount\": \"5.00\"}]}"_qs;
        QCOMPARE(import(wrapped, false, OrderImporter::Format::Json).inserted, 1);
        QVERIFY(
            !import(u"{\"x\": 1}"_qs, false, OrderImporter::Format::Json).errorString.isEmpty());
    }

    // A line past the cap refuses the whole file before anything is written, even when the rows
    // before it are good; the line is named with the limit.
    void longLineRefusesTheWholeFile()
    {
        QString title(70 * 1024, u'x');
        const QString text = Header + row(u"OUT000001"_qs) +
                             row(u"OUT000002"_qs).replace(u"Phone rental, 7 days"_qs, title) +
                             row(u"OUT000003"_qs);
        for (bool strict : {false, true}) {
            const ImportReport report = import(text, strict);
            QVERIFY2(report.errorString.contains(u"Line 3 is longer than 64 KiB"_qs),
                     qPrintable(report.errorString));
            QVERIFY(!report.committed);
            QCOMPARE(report.imported(), 0);
            QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        }
        // A quoted cell running over many short lines: the row is measured, not each line.
        const QString manyLines =
            row(u"OUT000004"_qs)
                .replace(u"Phone rental, 7 days"_qs, QString(u"line\n"_qs).repeated(20000));
        const ImportReport quoted = import(Header + row(u"OUT000005"_qs) + manyLines);
        QVERIFY2(quoted.errorString.contains(u"The row that starts on line 3 is longer than "
                                             "64 KiB"_qs),
                 qPrintable(quoted.errorString));
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        // A row exactly at the cap is imported, one byte over refuses the file (the limits can
        // be lowered, as here, to test them). The rows are longer than the header.
        const auto longRow = [](const QString &outOrderNo) {
            return row(outOrderNo).replace(u"Phone rental, 7 days"_qs, QString(300, u'x'));
        };
        OrderImporter importer(*m_store);
        OrderImporter::Limits limits;
        limits.maxLineBytes = longRow(u"OUT000006"_qs).toUtf8().size() - 2; // without CRLF
        importer.setLimits(limits);
        QCOMPARE(importer
                     .importData((Header + longRow(u"OUT000006"_qs)).toUtf8(),
                                 OrderImporter::Format::Csv)
                     .inserted,
                 1);
        limits.maxLineBytes -= 1;
        importer.setLimits(limits);
        const ImportReport over = importer.importData((Header + longRow(u"OUT000007"_qs)).toUtf8(),
                                                      OrderImporter::Format::Csv);
        QVERIFY2(over.errorString.contains(u"Line 2 is longer than"_qs),
                 qPrintable(over.errorString));
        QVERIFY(!OrderIndex(*m_store).find(u"OUT000007"_qs));
    }

    // A 2 GiB CSV file (sparse: made in no time, no disk used) is read line by line: its good
    // rows are read, the endless line of zeros after them refuses the file at 64 KiB, nothing is
    // stored, and the process never holds the file in memory.
    void twoGigabyteCsvIsStreamedAndRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.csv"_qs);
        QVERIFY(writeSparse(path, goodFile().toUtf8(), qint64(2) << 30));
        const qint64 before = peakMemory();
        const ImportReport report = OrderImporter(*m_store).importFile(path);
        QVERIFY2(report.errorString.contains(u"Line 5 is longer than 64 KiB"_qs),
                 qPrintable(report.errorString));
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        if (before > 0)
            QVERIFY2(peakMemory() - before < (qint64(256) << 20),
                     qPrintable(u"peak memory grew by %1 bytes"_qs.arg(peakMemory() - before)));
        // An endless device is refused the same way.
        if (QFile::exists(u"/dev/zero"_qs)) {
            const ImportReport zero =
                OrderImporter(*m_store).importFile(u"/dev/zero"_qs, OrderImporter::Format::Csv);
            QVERIFY2(zero.errorString.contains(u"Line 1 is longer than 64 KiB"_qs),
                     qPrintable(zero.errorString));
        }
    }

    // A JSON file is read whole to be parsed: larger than the cap, it is refused by its size
    // before a byte is read, and the message gives both sizes.
    void largeJsonIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.json"_qs);
        QVERIFY(writeSparse(path, "[", (qint64(2) << 30) + (qint64(100) << 20)));
        const qint64 before = peakMemory();
        const ImportReport report = OrderImporter(*m_store).importFile(path);
        QVERIFY2(report.errorString.contains(u"The file is 2.0 GiB; JSON import files may be at "
                                             "most 64 MiB"_qs),
                 qPrintable(report.errorString));
        if (before > 0)
            QVERIFY(peakMemory() - before < (qint64(256) << 20));
        // From memory, and detected as JSON by its first character, the same.
        OrderImporter importer(*m_store);
        OrderImporter::Limits limits;
        limits.maxJsonBytes = 1024;
        importer.setLimits(limits);
        const QByteArray json = "[" + QByteArray(2000, ' ') + "]";
        const ImportReport small = importer.importData(json, OrderImporter::Format::Auto);
        QVERIFY2(small.errorString.contains(u"The file is 1.9 KiB; JSON import files may be at "
                                            "most 1 KiB"_qs),
                 qPrintable(small.errorString));
        // A device whose size is not known is read only up to the cap.
        if (QFile::exists(u"/dev/zero"_qs)) {
            const ImportReport zero =
                importer.importFile(u"/dev/zero"_qs, OrderImporter::Format::Json);
            QVERIFY2(zero.errorString.contains(u"The file is larger than 1 KiB, the most a JSON "
                                               "import file may be"_qs),
                     qPrintable(zero.errorString));
        }
    }

    // More rows than the cap refuse the whole run before any write (CSV and JSON); as many as
    // the cap are imported.
    void tooManyRowsRefusesTheWholeRun()
    {
        OrderImporter importer(*m_store);
        OrderImporter::Limits limits;
        limits.maxRows = 3;
        importer.setLimits(limits);
        const QString four = goodFile() + row(u"OUT000004"_qs);
        for (bool strict : {false, true}) {
            const ImportReport report =
                importer.importData(four.toUtf8(), OrderImporter::Format::Csv, strict);
            QVERIFY2(report.errorString.contains(u"more than 3 rows"_qs),
                     qPrintable(report.errorString));
            QVERIFY(!report.committed);
            QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        }
        QByteArray array = "[";
        for (int i = 1; i <= 4; ++i)
            array += QStringLiteral("%1{\"out_order_no\": \"J%2\", \"auth_no\": \"A%2\", "
                                    "\"status\": \"INIT\", \"total_amount\": \"5.00\"}")
                         .arg(i > 1 ? u","_qs : QString())
                         .arg(i)
                         .toUtf8();
        const ImportReport json = importer.importData(array + "]", OrderImporter::Format::Json);
        QVERIFY2(json.errorString.contains(u"more than 3 rows"_qs), qPrintable(json.errorString));
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        const ImportReport three =
            importer.importData(goodFile().toUtf8(), OrderImporter::Format::Csv);
        QVERIFY2(three.errorString.isEmpty(), qPrintable(three.errorString));
        QCOMPARE(three.inserted, 3);
        // The default is far above any real export.
        QCOMPARE(OrderImporter::Limits().maxRows, 200000);
    }

    // A value past the cap rejects only its row (named with the field), like a bad value; in
    // strict mode nothing is imported. A header cell past the cap refuses the file.
    void longFieldRejectsItsRow()
    {
        const QString longTitle(5000, u't');
        const QString text = Header + row(u"OUT000001"_qs) +
                             row(u"OUT000002"_qs).replace(u"Phone rental, 7 days"_qs, longTitle) +
                             row(u"OUT000003"_qs);
        const ImportReport strict = import(text, true);
        QCOMPARE(strict.rejected.size(), 1);
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));
        const ImportReport report = import(text);
        QVERIFY2(report.errorString.isEmpty(), qPrintable(report.errorString));
        QCOMPARE(report.inserted, 2);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.rejected[0].line, 3);
        QCOMPARE(report.rejected[0].outOrderNo, u"OUT000002"_qs);
        QVERIFY2(report.rejected[0].reason.contains(u"The field order_title is longer than "
                                                    "4 KiB"_qs),
                 qPrintable(report.rejected[0].reason));
        QVERIFY(!OrderIndex(*m_store).find(u"OUT000002"_qs));

        // JSON: a string, and a list of strings, past the cap.
        const QString json =
            u"[{\"out_order_no\": \"J1\", \"auth_no\": \"A1\", \"status\": \"INIT\", "
            "\"total_amount\": \"5.00\", \"store_name\": \"%1\"},"
            "{\"out_order_no\": \"J2\", \"auth_no\": \"A2\", \"status\": \"INIT\", "
            "\"total_amount\": \"5.00\", \"trade_nos\": [%2\"T\"]}]"_qs.arg(
                longTitle, QString(u"\"1234567890\","_qs).repeated(500));
        const ImportReport fromJson = import(json, false, OrderImporter::Format::Json);
        QCOMPARE(fromJson.rejected.size(), 2);
        QVERIFY2(fromJson.rejected[0].reason.contains(u"The field store_name is longer"_qs),
                 qPrintable(fromJson.rejected[0].reason));
        QVERIFY2(fromJson.rejected[1].reason.contains(u"The field trade_nos is longer"_qs),
                 qPrintable(fromJson.rejected[1].reason));

        const ImportReport header =
            import(QString(Header).replace(u"order_title"_qs, longTitle) + row(u"OUT000009"_qs));
        QVERIFY2(header.errorString.contains(u"Column 4 of the header (line 1) is longer than "
                                             "4 KiB"_qs),
                 qPrintable(header.errorString));
        QVERIFY(!OrderIndex(*m_store).find(u"OUT000009"_qs));
    }

    // The reader hands out the same records chunk by chunk as from a whole text, also when a
    // chunk ends between CR and LF or between the two quotes of an escaped quote.
    void csvReaderStreamsAcrossChunks()
    {
        for (int shift = 0; shift < 4; ++shift) {
            QString text = QString(65536 - 6 - shift, u'a') + u",\"x\"\"y\"\r\nb,\"c\r\nd\"\r\n"_qs;
            text += u"\"\",e\n\xE4\xB8\xAD,f\r"_qs;
            const QByteArray bytes = text.toUtf8();
            QString error;
            const QList<CsvReader::Record> whole = CsvReader::parse(text, &error);
            QVERIFY(error.isEmpty());
            QBuffer buffer;
            buffer.setData(bytes);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(buffer);
            CsvReader::Record record;
            QList<CsvReader::Record> streamed;
            while (reader.next(&record))
                streamed.append(record);
            QVERIFY(reader.errorString().isEmpty());
            QCOMPARE(streamed.size(), whole.size());
            for (qsizetype i = 0; i < whole.size(); ++i) {
                QCOMPARE(streamed[i].line, whole[i].line);
                QCOMPARE(streamed[i].cells, whole[i].cells);
            }
        }
        QBuffer open;
        open.setData("a,\"never closed\nb\n");
        QVERIFY(open.open(QIODevice::ReadOnly));
        CsvReader reader(open);
        CsvReader::Record record;
        QVERIFY(reader.next(&record) == false);
        QVERIFY(reader.errorString().contains(u"line 1 is never closed"_qs));
    }

    void commandLineEntry()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.csv"_qs);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(mixedFile().toUtf8());
        out.close();
        const QString db = connectionSetting(m_db->config());
        QString stdoutText, stderrText;
        QTextStream o(&stdoutText), e(&stderrText);

        QCOMPARE(runImportCommand({file, u"--strict"_qs, u"--database"_qs, db}, o, e), 2);
        QVERIFY(stderrText.contains(u"line 8:"_qs));
        QVERIFY(QFile::exists(file + u".rejected.csv"_qs));
        QCOMPARE(OrderIndex(*m_store).count(), qint64(0));

        const QString report = dir.filePath(u"why.csv"_qs);
        QCOMPARE(runImportCommand({file, u"--report"_qs, report, u"--database"_qs, db}, o, e), 1);
        o.flush();
        QVERIFY2(stdoutText.contains(u"Imported 3 of 9 orders"_qs), qPrintable(stdoutText));
        QVERIFY(QFile::exists(report));
        QVERIFY(!stdoutText.contains(m_db->config().password.isEmpty() ? u"\x01"_qs
                                                                       : m_db->config().password));
        QCOMPARE(OrderIndex(*m_store).count(), qint64(3));

        const QString good = dir.filePath(u"good.csv"_qs);
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(goodFile().toUtf8());
        g.close();
        QCOMPARE(runImportCommand({good, u"--database"_qs, db}, o, e), 0);
        QCOMPARE(runImportCommand({}, o, e), 64);
        QCOMPARE(runImportCommand({good, u"--format"_qs, u"xml"_qs}, o, e), 64);
        QCOMPARE(runImportCommand({dir.filePath(u"missing.csv"_qs), u"--database"_qs, db}, o, e),
                 2);

        // A connection string from $DEPOSITDESK_DATABASE with a wrong password: refused, and the
        // password is not echoed.
        if (Testing::usePostgres()) {
            StoreConfig wrong = m_db->config();
            wrong.password = u"Wr0ng-"_qs + wrong.password;
            qputenv("DEPOSITDESK_DATABASE", connectionSetting(wrong).toUtf8());
            e.flush();
            stderrText.clear();
            QCOMPARE(runImportCommand({good}, o, e), 2);
            qunsetenv("DEPOSITDESK_DATABASE");
            e.flush();
            QVERIFY2(stderrText.contains(wrong.describe()), qPrintable(stderrText));
            QVERIFY(!stderrText.contains(wrong.password));
            QVERIFY(!stderrText.contains(m_db->config().password));
        }

        // --help names the limits; a file past one exits 2 with the limit named.
        stdoutText.clear();
        QCOMPARE(runImportCommand({u"--help"_qs}, o, e), 0);
        o.flush();
        QVERIFY2(stdoutText.startsWith(u"Usage: depositdesk import FILE"_qs) &&
                     stdoutText.contains(u"--strict"_qs) && stdoutText.contains(u"64 KiB"_qs) &&
                     stdoutText.contains(u"200000 rows"_qs) && stdoutText.contains(u"64 MiB"_qs),
                 qPrintable(stdoutText));
        const QString huge = dir.filePath(u"huge.json"_qs);
        QVERIFY(writeSparse(huge, "[", qint64(1) << 30));
        stderrText.clear();
        QCOMPARE(runImportCommand({huge, u"--database"_qs, db}, o, e), 2);
        e.flush();
        QVERIFY2(stderrText.contains(u"The file is 1 GiB; JSON import files may be at most "
                                     "64 MiB"_qs),
                 qPrintable(stderrText));
    }
};

QTEST_GUILESS_MAIN(TestStoreImport)
#include "tst_store_import.moc"
