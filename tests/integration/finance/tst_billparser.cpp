// BillParser (docs/alipay-protocol.md §8) on bills the sandbox makes from its own activity,
// line by line against its ledger, and on hand-made broken archives, each refused with file, line,
// reason.
#include "BillArchives.h"

#include "domain/ChinaTime.h"
#include "finance/BillCsvBytes.h"
#include "finance/BillKeyIndex.h"
#include "finance/BillParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <map>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

QDateTime china(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

Sandbox::BillLine line(Sandbox::BillLine::Type type, const QString &tradeNo,
                       const QString &outTradeNo, const char *amount, const QDateTime &at,
                       const QString &requestNo = {})
{
    Sandbox::BillLine l;
    l.type = type;
    l.tradeNo = tradeNo;
    l.outTradeNo = outTradeNo;
    l.subject = QStringLiteral("相机押金, 损坏赔偿");
    l.createdAt = at.addSecs(-60);
    l.finishedAt = at;
    l.storeId = QStringLiteral("HZ001");
    l.storeName = QStringLiteral("杭州西湖店");
    l.buyerAccount = QStringLiteral("**学(173****56)");
    l.orderAmount =
        *Money::fromYuan(QString::fromLatin1(amount), nullptr, Money::Sign::AllowNegative);
    l.merchantReceipt = l.orderAmount;
    l.refundRequestNo = requestNo;
    l.serviceFee = Money::fromFen(-l.orderAmount.fen() * 6 / 1000);
    l.remark = QStringLiteral("备注");
    return l;
}

// Three charges and a refund on 2024-05-01 (lines 6..9 of the detail file).
Sandbox::BillLines handMadeLines()
{
    const QString t1 = QStringLiteral("2024050122001400000000000001");
    return {
        line(Sandbox::BillLine::Type::Trade, t1, QStringLiteral("T1"), "100.00", china(5, 1, 9)),
        line(Sandbox::BillLine::Type::Trade, QStringLiteral("2024050122001400000000000002"),
             QStringLiteral("T2"), "12.50", china(5, 1, 10)),
        line(Sandbox::BillLine::Type::Trade, QStringLiteral("2024050122001400000000000003"),
             QStringLiteral("T3"), "3000.00", china(5, 1, 11)),
        line(Sandbox::BillLine::Type::Refund, t1, QStringLiteral("T1"), "-40.00", china(5, 1, 12),
             QStringLiteral("R1"))};
}

} // namespace

class TestBillParser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Sandbox::BillWriter m_writer{BillPid, Sandbox::BillPeriod::day(QDate(2024, 5, 1))};

    QString detailText() const { return m_writer.detailText(handMadeLines()); }
    QString summaryText() const { return m_writer.summaryText(handMadeLines()); }

    // The archive of (changed) texts, GBK-encoded, written to a file; its path.
    QString archive(const QString &name, const QString &detail, const QString &summary)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, makeZip({{m_writer.detailEntryName(), gbkCodec()->fromUnicode(detail)},
                                 {m_writer.summaryEntryName(), gbkCodec()->fromUnicode(summary)}}));
        return path;
    }

    static QString changeLine(const QString &text, int lineNumber,
                              const std::function<QString(QString)> &change)
    {
        QStringList lines = text.split(QStringLiteral("\r\n"));
        lines[lineNumber - 1] = change(lines[lineNumber - 1]);
        return lines.join(QStringLiteral("\r\n"));
    }

    // Parses and expects a refusal at `line` whose reason contains `words`.
    void expectRefused(const QString &path, const QString &file, int lineNumber,
                       const QString &words, const BillParser::Options &options = {})
    {
        BillProblem problem;
        const auto bill = BillParser::parseArchive(path, options, &problem);
        QVERIFY2(!bill, "a broken bill was loaded");
        QCOMPARE(problem.file, file);
        QCOMPARE(problem.line, lineNumber);
        QVERIFY2(problem.reason.contains(words, Qt::CaseInsensitive), qPrintable(problem.reason));
        QVERIFY(problem.toString().contains(problem.reason));
    }

    QString detailIn(const QString &zipName) const
    {
        return zipName + u" › " + m_writer.detailEntryName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sandboxBillsMatchTheLedger_data()
    {
        QTest::addColumn<QString>("billDate");
        QTest::newRow("month") << QStringLiteral("2024-05");
        QTest::newRow("busy day") << QString();
    }

    void sandboxBillsMatchTheLedger()
    {
        QFETCH(QString, billDate);
        Sandbox::Ledger ledger;
        seedLedger(ledger, 120);
        const QList<Sandbox::Trade> all = ledger.trades(BillAppId);
        if (billDate.isEmpty()) { // the day of May with the most payments
            std::map<QDate, int> perDay;
            for (const Sandbox::Trade &t : all)
                if (ChinaTime::toChina(t.paidAt).date().month() == 5)
                    ++perDay[ChinaTime::toChina(t.paidAt).date()];
            QVERIFY(!perDay.empty());
            const auto busiest =
                std::max_element(perDay.begin(), perDay.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
            billDate = busiest->first.toString(u"yyyy-MM-dd");
        }
        const Sandbox::BillPeriod period = *Sandbox::BillPeriod::parse(billDate);
        QString fileName;
        const QByteArray zip = sandboxBill(ledger, billDate, &fileName);
        QVERIFY(!zip.isEmpty());
        const QString path = m_dir.filePath(fileName);
        writeFile(path, zip);

        std::atomic<bool> cancel{false};
        qint64 lastDone = -1, lastTotal = -1;
        BillParser::Options options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        BillProblem problem;
        const std::optional<ParsedBill> bill = BillParser::parseArchive(path, options, &problem);
        QVERIFY2(bill, qPrintable(problem.toString()));
        QCOMPARE(lastDone, lastTotal);
        const Sandbox::BillWriter writer(BillPid, period);
        QCOMPARE(bill->detailFileName, writer.detailEntryName()); // GBK names decoded
        QCOMPARE(bill->summaryFileName, writer.summaryEntryName());
        QCOMPARE(bill->account, BillPid + QStringLiteral("0156"));
        QCOMPARE(bill->periodFromMs, period.start().toMSecsSinceEpoch());
        QCOMPARE(bill->periodToMs, period.end().toMSecsSinceEpoch());

        // What the ledger holds for the period, keyed as the bill identifies a line.
        struct Expected
        {
            BillDetailLine::Type type;
            QString outTradeNo;
            qint64 finishedMs;
            Money amount, fee;
        };
        std::map<std::pair<QString, QString>, Expected> expected;
        for (const Sandbox::Trade &t :
             ledger.tradesPaidBetween(BillAppId, period.start(), period.end()))
            expected[{t.tradeNo, QString()}] = {
                BillDetailLine::Type::Trade, t.outTradeNo, t.paidAt.toMSecsSinceEpoch(),
                t.totalAmount, -Sandbox::BillLedgerSource::serviceFee(t.totalAmount)};
        int refunds = 0;
        for (const Sandbox::Refund &r :
             ledger.refundsBetween(BillAppId, period.start(), period.end())) {
            Money before;
            for (const Sandbox::Refund &earlier : ledger.refunds(r.tradeNo))
                if (earlier.refundedAt < r.refundedAt)
                    before += earlier.amount;
            const Money feeBack = Sandbox::BillLedgerSource::serviceFee(before + r.amount) -
                                  Sandbox::BillLedgerSource::serviceFee(before);
            expected[{r.tradeNo, r.outRequestNo}] = {BillDetailLine::Type::Refund, r.outTradeNo,
                                                     r.refundedAt.toMSecsSinceEpoch(), -r.amount,
                                                     feeBack};
            ++refunds;
        }
        QVERIFY(expected.size() >= 3);
        if (period.length() == Sandbox::BillPeriod::Length::Month)
            QVERIFY2(refunds > 0, "the seeded month should hold refunds");

        QCOMPARE(bill->lines.size(), expected.size());
        int previousLine = 5;
        for (const BillDetailLine &l : bill->lines) {
            const QString tradeNo = QString::fromLatin1(l.tradeNo);
            QVERIFY2(!tradeNo.contains(u'\t') && !tradeNo.contains(u' '), "cells are trimmed");
            const auto it = expected.find({tradeNo, QString::fromLatin1(l.outRequestNo)});
            QVERIFY2(it != expected.end(), qPrintable(tradeNo));
            const Expected &e = it->second;
            QCOMPARE(l.type, e.type);
            QCOMPARE(QString::fromLatin1(l.outTradeNo), e.outTradeNo);
            QCOMPARE(l.finishedMs, e.finishedMs);
            QCOMPARE(l.orderAmount, e.amount);
            QCOMPARE(l.merchantReceipt, e.amount);
            QCOMPARE(l.serviceFee, e.fee);
            QCOMPARE(l.lineNumber, previousLine + 1);
            previousLine = l.lineNumber;
            expected.erase(it);
        }
        QVERIFY(expected.empty());
        const BillStatedTotals sums = BillParser::totalsOfLines(*bill);
        QCOMPARE(bill->footer.tradeCount, sums.tradeCount);
        QCOMPARE(bill->footer.refundCount, refunds);
        QVERIFY(bill->summary);
        QCOMPARE(bill->summary->net, sums.net);
        QCOMPARE(bill->summary->serviceFee, sums.serviceFee);
    }

    void handMadeBillIsRead()
    {
        const QString path = archive(QStringLiteral("good.zip"), detailText(), summaryText());
        BillProblem problem;
        const auto bill = BillParser::parseArchive(path, {}, &problem);
        QVERIFY2(bill, qPrintable(problem.toString()));
        QCOMPARE(bill->lines.size(), size_t(4));
        const BillDetailLine &refund = bill->lines[3];
        QCOMPARE(refund.type, BillDetailLine::Type::Refund);
        QCOMPARE(refund.lineNumber, 9);
        QCOMPARE(refund.outRequestNo, QByteArray("R1"));
        QCOMPARE(refund.orderAmount, Money::fromFen(-4000));
        QCOMPARE(refund.serviceFee, Money::fromFen(24));
        QCOMPARE(bill->lines[1].merchantReceipt, Money::fromFen(1250));
        QCOMPARE(bill->lines[0].finishedMs, china(5, 1, 9).toMSecsSinceEpoch());
        QCOMPARE(bill->footer.tradeReceipt, Money::fromFen(311250));
        QCOMPARE(bill->footer.refundReceipt, Money::fromFen(-4000));
        QCOMPARE(bill->summary->tradeCount, 3);
        // The views outlive a copy of the bill's owner.
        const ParsedBill copy = *bill;
        QCOMPARE(copy.lines[0].tradeNo, QByteArray("2024050122001400000000000001"));
    }

    // A detail file of some MiB is unpacked a chunk at a time while its lines are read: the
    // lines a chunk's end cuts in two are read whole, every line as written.
    void linesAcrossChunksAreReadWhole()
    {
        Sandbox::BillLines lines;
        for (int i = 0; i < 30000; ++i) {
            // Numbers of varying length: the chunks end at every place in a line.
            const QByteArray amount =
                QByteArray::number(i % 4999) + '.' + QByteArray::number(10 + i % 90);
            lines.append(line(Sandbox::BillLine::Type::Trade,
                              QStringLiteral("2024050122001400%1").arg(i * 7919 % 100003),
                              QStringLiteral("T%1").arg(i), amount.constData(),
                              china(5, 1, 0).addSecs(i)));
        }
        const QString path = m_dir.filePath(QStringLiteral("chunks.zip"));
        const QByteArray detail = gbkCodec()->fromUnicode(m_writer.detailText(lines));
        QVERIFY(detail.size() > 3 << 20); // three ends of chunks at least
        writeFile(path, makeZip({{m_writer.detailEntryName(), detail},
                                 {m_writer.summaryEntryName(),
                                  gbkCodec()->fromUnicode(m_writer.summaryText(lines))}}));
        BillProblem problem;
        const auto bill = BillParser::parseArchive(path, {}, &problem);
        QVERIFY2(bill, qPrintable(problem.toString()));
        QCOMPARE(bill->lines.size(), size_t(lines.size()));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const BillDetailLine &read = bill->lines[size_t(i)];
            QCOMPARE(read.lineNumber, int(i) + 6);
            QCOMPARE(QString::fromLatin1(read.tradeNo), lines[i].tradeNo);
            QCOMPARE(QString::fromLatin1(read.outTradeNo), lines[i].outTradeNo);
            QCOMPARE(read.orderAmount, lines[i].orderAmount);
            QCOMPARE(read.serviceFee, lines[i].serviceFee);
            QCOMPARE(read.finishedMs, lines[i].finishedAt.toMSecsSinceEpoch());
        }
    }

    // The parser indexes the lines by key while it reads them, its table made anew when the line
    // count outgrows it: each key finds the same lines, in the same order, as in an index made
    // after the parse (charges and refunds, numbers listed more than once).
    void keyIndexOfTheParseIsTheOneMadeAfterIt()
    {
        Sandbox::BillLines lines;
        for (int i = 0; i < 20000; ++i) {
            const QString tradeNo = QStringLiteral("2024050122001400%1").arg(i % 7001);
            const QString outTradeNo = QStringLiteral("T%1").arg(i % 5003);
            if (i % 10 == 9)
                lines.append(line(Sandbox::BillLine::Type::Refund, tradeNo, outTradeNo, "-1.00",
                                  china(5, 1, 0).addSecs(i), QStringLiteral("R%1").arg(i % 3)));
            else
                lines.append(line(Sandbox::BillLine::Type::Trade, tradeNo, outTradeNo, "2.00",
                                  china(5, 1, 0).addSecs(i)));
        }
        const QString path = m_dir.filePath(QStringLiteral("keys.zip"));
        writeFile(path, makeZip({{m_writer.detailEntryName(),
                                  gbkCodec()->fromUnicode(m_writer.detailText(lines))},
                                 {m_writer.summaryEntryName(),
                                  gbkCodec()->fromUnicode(m_writer.summaryText(lines))}}));
        BillProblem problem;
        const auto bill = BillParser::parseArchive(path, {}, &problem);
        QVERIFY2(bill, qPrintable(problem.toString()));
        QVERIFY(bill->keyIndex);
        QCOMPARE(bill->keyIndex->lineCount(), bill->lines.size());
        // Made after the parse in one go, and a line at a time from no room at all (the table
        // made anew many times).
        BillKeyIndex after, grown;
        after.reserve(bill->lines, bill->lines.size());
        for (size_t i = 0; i < bill->lines.size(); ++i) {
            after.add(bill->lines);
            grown.add(bill->lines);
        }
        after.finish();
        grown.finish();
        const auto found = [](const ReconKeyTable &table, ReconLedger::Tag tag, quint64 hash) {
            std::vector<quint32> items;
            table.find(hash, ReconLedger::checkOf(tag, hash), [&](quint32 item) {
                items.push_back(item);
                return true;
            });
            return items;
        };
        int listedTwice = 0;
        for (const BillDetailLine &l : bill->lines) {
            for (const ReconLedger::Tag tag :
                 BillKeyIndex::tagsOf(l.type == BillDetailLine::Type::Refund)) {
                const auto [a, b] = BillKeyIndex::keyOf(l, tag);
                const quint64 hash = ReconLedger::hashOf(tag, a, b);
                const std::vector<quint32> items = found(bill->keyIndex->table(), tag, hash);
                QCOMPARE(items, found(after.table(), tag, hash));
                QCOMPARE(items, found(grown.table(), tag, hash));
                QVERIFY(std::is_sorted(items.begin(), items.end()));
                listedTwice += items.size() > 1;
            }
        }
        QVERIFY(listedTwice > 1000);
    }

    // The GBK check skips ASCII eight bytes at a time: it finds the same first bad byte as a
    // check of one byte at a time, wherever the bytes sit around a word.
    void gbkCheckAgreesWithOneByteAtATime()
    {
        const auto oneByOne = [](QByteArrayView bytes) -> qsizetype {
            const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
            for (qsizetype i = 0; i < bytes.size(); ++i) {
                if (p[i] < 0x80)
                    continue;
                if (p[i] == 0x80 || p[i] == 0xFF || i + 1 >= bytes.size())
                    return i;
                if (p[i + 1] < 0x40 || p[i + 1] == 0x7F || p[i + 1] == 0xFF)
                    return i;
                ++i;
            }
            return -1;
        };
        const unsigned char alphabet[] = {'a',  ',',  '0',  0x3F, 0x40, 0x7F, 0x80,
                                          0x81, 0xA1, 0xB0, 0xD6, 0xFE, 0xFF};
        QRandomGenerator random(7);
        int bad = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes(random.bounded(40), Qt::Uninitialized);
            const bool mostlyAscii = round % 2 == 0;
            for (char &c : bytes)
                c = char(mostlyAscii && random.bounded(8) != 0
                             ? 'a' + random.bounded(26)
                             : alphabet[random.bounded(int(sizeof alphabet))]);
            const qsizetype expected = oneByOne(bytes);
            bad += expected >= 0;
            QCOMPARE(BillCsvBytes::firstNonGbkByte(bytes), expected);
        }
        QVERIFY(bad > 1000 && bad < 19000); // both answers were asked for
    }

    // The cells of a line, split a cell at a time (or, without a quote, a word at a time), are
    // those of a reading of one byte at a time: blanks trimmed, quotes taken off, doubled quotes
    // made single, a quote left open said so.
    void cellsAgreeWithOneByteAtATime()
    {
        const auto oneByOne = [](const QByteArray &line, QList<QByteArray> *cells) {
            cells->clear();
            qsizetype at = 0;
            while (true) {
                while (at < line.size() && (line[at] == ' ' || line[at] == '\t'))
                    ++at;
                QByteArray cell;
                if (at < line.size() && line[at] == '"') {
                    ++at;
                    while (true) {
                        if (at >= line.size())
                            return false;
                        if (line[at] == '"' && at + 1 < line.size() && line[at + 1] == '"') {
                            cell += '"';
                            at += 2;
                        } else if (line[at] == '"') {
                            break;
                        } else {
                            cell += line[at++];
                        }
                    }
                    while (at < line.size() && line[at] != ',')
                        ++at;
                } else {
                    while (at < line.size() && line[at] != ',')
                        cell += line[at++];
                }
                cells->append(QByteArray(BillCsvBytes::trimmed(cell).toByteArray()));
                if (at >= line.size())
                    return true;
                ++at;
            }
        };
        // Every other line holds no quote and is longer: such lines have their commas found
        // eight bytes at a time, wherever they sit in a word.
        const char alphabet[] = {'a', '1', ',', ',', ' ', '\t', '.', '-', '"'};
        QRandomGenerator random(11);
        std::vector<QByteArrayView> cells;
        std::vector<QByteArray> owned;
        QList<QByteArray> expected;
        int open = 0;
        for (int round = 0; round < 20000; ++round) {
            const bool quotes = round % 2 == 0;
            QByteArray line(random.bounded(quotes ? 30 : 70), Qt::Uninitialized);
            for (char &c : line)
                c = alphabet[random.bounded(int(sizeof alphabet) - (quotes ? 0 : 1))];
            const bool whole = oneByOne(line, &expected);
            open += !whole;
            QCOMPARE(BillCsvBytes::splitCells(line, cells, owned), whole);
            if (!whole)
                continue;
            QList<QByteArray> got;
            for (const QByteArrayView cell : cells)
                got.append(cell.toByteArray());
            QCOMPARE(got, expected);
        }
        QVERIFY(open > 100 && open < 9000); // both answers were asked for
    }

    void columnsAreFoundByName()
    {
        // Swap two columns (header and cells): the values still land in the right fields.
        const auto swap = [](QString row) {
            QStringList cells = row.split(u',');
            cells.swapItemsAt(0, 1);
            cells.swapItemsAt(11, 12);
            return cells.join(u',');
        };
        QString detail = detailText();
        // The subject holds a comma (quoted): swap on rows whose cells are not quoted there.
        detail.replace(QStringLiteral("\"相机押金, 损坏赔偿\""), QStringLiteral("相机押金"));
        for (int l = 5; l <= 9; ++l)
            detail = changeLine(detail, l, swap);
        detail = changeLine(detail, 6, [](QString row) {
            return row.replace(QStringLiteral("100.00"), QStringLiteral(" 100.00\t"));
        });
        const QString path = archive(QStringLiteral("swapped.zip"), detail, summaryText());
        BillProblem problem;
        const auto bill = BillParser::parseArchive(path, {}, &problem);
        QVERIFY2(bill, qPrintable(problem.toString()));
        QCOMPARE(bill->lines[0].tradeNo, QByteArray("2024050122001400000000000001"));
        QCOMPARE(bill->lines[0].outTradeNo, QByteArray("T1"));
        QCOMPARE(bill->lines[0].orderAmount, Money::fromFen(10000));
    }

    void notAZip()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.csv.zip"));
        writeFile(path, QByteArray("PK\x03\x04 this is not really a zip archive at all"));
        expectRefused(path, QStringLiteral("garbage.csv.zip"), 0, QStringLiteral("not a zip"));
    }

    void noDetailEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.zip"));
        writeFile(path, makeZip({{QStringLiteral("readme.txt"), QByteArray("hello")}}));
        expectRefused(path, QStringLiteral("other.zip"), 0, QStringLiteral("no detail file"));
    }

    void utf8InsteadOfGbk()
    {
        const QString path = m_dir.filePath(QStringLiteral("utf8.zip"));
        writeFile(path, makeZip({{m_writer.detailEntryName(), detailText().toUtf8()}}));
        expectRefused(path, detailIn(QStringLiteral("utf8.zip")), 1, QStringLiteral("UTF-8"));
    }

    void missingColumn()
    {
        const QString detail = changeLine(detailText(), 5, [](QString header) {
            return header.replace(QStringLiteral("商家实收（元）"), QStringLiteral("实收"));
        });
        expectRefused(archive(QStringLiteral("column.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("column.zip")), 5, QStringLiteral("商家实收（元）"));
    }

    void truncatedLine()
    {
        const QString detail = changeLine(detailText(), 7, [](QString row) {
            return row.left(row.indexOf(QStringLiteral("12.50")));
        });
        expectRefused(archive(QStringLiteral("short.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("short.zip")), 7, QStringLiteral("where the header"));
    }

    void missingEndMarker()
    {
        QString detail = detailText();
        detail.truncate(
            detail.lastIndexOf(u'\n', detail.indexOf(QStringLiteral("业务明细列表结束"))) + 1);
        // The file now ends after line 9 (the last data line and its CRLF).
        expectRefused(archive(QStringLiteral("cut.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("cut.zip")), 9, QStringLiteral("truncated"));
    }

    void footerDoesNotAddUp()
    {
        const QString detail = changeLine(detailText(), 11, [](QString totals) {
            return totals.replace(QStringLiteral("交易合计：3笔"), QStringLiteral("交易合计：4笔"));
        });
        expectRefused(archive(QStringLiteral("footer.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("footer.zip")), 11, QStringLiteral("inconsistent"));
    }

    void summaryDoesNotAddUp()
    {
        QString summary = summaryText();
        // The 合计 row (line 7 after one store line at 6): its order amount off by one fen.
        summary = changeLine(summary, 7, [](QString row) {
            return row.replace(QStringLiteral(",3072.50,"), QStringLiteral(",3072.51,"));
        });
        QVERIFY(summary != summaryText());
        expectRefused(archive(QStringLiteral("summary.zip"), detailText(), summary),
                      QStringLiteral("summary.zip › ") + m_writer.summaryEntryName(), 7,
                      QStringLiteral("订单金额"));
    }

    void amountWithThreeDecimals()
    {
        const QString detail = changeLine(detailText(), 7, [](QString row) {
            return row.replace(QStringLiteral(",12.50,12.50,"), QStringLiteral(",12.505,12.50,"));
        });
        expectRefused(archive(QStringLiteral("decimals.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("decimals.zip")), 7, QStringLiteral("12.505"));
    }

    void badCompletionTime()
    {
        const QString detail = changeLine(detailText(), 8, [](QString row) {
            return row.replace(QStringLiteral("2024-05-01 11:00:00"),
                               QStringLiteral("2024-02-30 11:00:00"));
        });
        expectRefused(archive(QStringLiteral("time.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("time.zip")), 8, QStringLiteral("2024-02-30"));
    }

    // Caps (hostile archives, made here): each refusal names its limit, nothing is returned.

    void zipBombIsRefusedBeforeItIsUnpacked()
    {
        // 200 MiB of zeros after a real header line packs to about 200 KiB.
        QByteArray detail = gbkCodec()->fromUnicode(detailText());
        detail.append(QByteArray(200 << 20, '\0'));
        const QString path = m_dir.filePath(QStringLiteral("bomb.zip"));
        writeFile(path, makeZip({{m_writer.detailEntryName(), detail}}));
        detail.clear();
        QVERIFY(QFileInfo(path).size() < (4 << 20));
        QElapsedTimer elapsed;
        elapsed.start();
        expectRefused(path, detailIn(QStringLiteral("bomb.zip")), 0,
                      QStringLiteral("more than 100 times its packed size"));
        QVERIFY(elapsed.elapsed() < 2000); // refused from the header, nothing unpacked
    }

    void entryLargerThanTheSizeCapIsRefused_data()
    {
        QTest::addColumn<bool>("forgedHeader");
        QTest::newRow("a header claiming 3 GiB") << true;
        QTest::newRow("a real entry past a lowered cap") << false;
    }

    void entryLargerThanTheSizeCapIsRefused()
    {
        QFETCH(bool, forgedHeader);
        const QString path = archive(QStringLiteral("size.zip"), detailText(), summaryText());
        BillParser::Options options;
        QString limit = QStringLiteral("the limit of 1 GiB");
        if (forgedHeader) {
            // The central directory's "uncompressed size" of the first (detail) entry.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype central = bytes.indexOf("PK\x01\x02");
            QVERIFY(central > 0);
            qToLittleEndian<quint32>(3u << 30, bytes.data() + central + 24);
            QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        } else {
            options.limits.maxEntryBytes = 1000;
            limit = QStringLiteral("the limit of 1000 bytes");
        }
        expectRefused(path, detailIn(QStringLiteral("size.zip")), 0, limit, options);
    }

    // The header says less than the entry holds: never unpacked past the header's size, and
    // refused.
    void entryHoldingMoreThanItsHeaderSaysIsRefused()
    {
        const QString path = archive(QStringLiteral("liar.zip"), detailText(), summaryText());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Local header (size at 22) and central directory (size at 24) of the detail entry.
        const qsizetype local = bytes.indexOf("PK\x03\x04");
        const qsizetype central = bytes.indexOf("PK\x01\x02");
        QVERIFY(local == 0 && central > 0);
        const quint32 real = qFromLittleEndian<quint32>(bytes.constData() + central + 24);
        qToLittleEndian<quint32>(real - 100, bytes.data() + local + 22);
        qToLittleEndian<quint32>(real - 100, bytes.data() + central + 24);
        QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
        file.close();
        expectRefused(path, detailIn(QStringLiteral("liar.zip")), 0, QStringLiteral("checksum"));
    }

    void lineLongerThanTheCapIsRefused()
    {
        const QString detail = changeLine(detailText(), 7, [](QString row) {
            return row.replace(QStringLiteral("相机押金"), QString(70000, u'x'));
        });
        expectRefused(archive(QStringLiteral("line.zip"), detail, summaryText()),
                      detailIn(QStringLiteral("line.zip")), 7,
                      QStringLiteral("longer than 64 KiB"));
    }

    // A line that never ends is refused once it passes the cap, not when it ends.
    void endlessLineIsRefusedBeforeItsEnd()
    {
        QByteArray detail = gbkCodec()->fromUnicode(detailText());
        detail.truncate(detail.indexOf("\r\n", detail.indexOf("\r\n") + 2) + 2); // two lines
        QByteArray junk(8 << 20, Qt::Uninitialized); // hardly packable: no ratio refusal
        for (char &c : junk)
            c = char('a' + QRandomGenerator::global()->bounded(26));
        detail += junk;
        const QString path = m_dir.filePath(QStringLiteral("endless.zip"));
        writeFile(path, makeZip({{m_writer.detailEntryName(), detail}}));
        qint64 unpacked = 0;
        BillParser::Options options;
        options.progress = [&unpacked](qint64 done, qint64) {
            unpacked = done;
        };
        expectRefused(path, detailIn(QStringLiteral("endless.zip")), 3,
                      QStringLiteral("longer than 64 KiB"), options);
        QVERIFY2(unpacked < detail.size() / 2, qPrintable(QString::number(unpacked)));
    }

    void moreLinesThanTheCapAreRefused()
    {
        BillParser::Options options;
        options.limits.maxLines = 6;
        expectRefused(archive(QStringLiteral("lines.zip"), detailText(), summaryText()),
                      detailIn(QStringLiteral("lines.zip")), 7, QStringLiteral("more than 6 lines"),
                      options);
        options.limits.maxLines = 100;
        BillProblem problem;
        QVERIFY2(BillParser::parseArchive(m_dir.filePath(QStringLiteral("lines.zip")), options,
                                          &problem),
                 qPrintable(problem.toString()));
    }

    void summaryLargerThanItsCapIsRefused()
    {
        QByteArray summary(2 << 20, Qt::Uninitialized);
        for (char &c : summary)
            c = char('a' + QRandomGenerator::global()->bounded(26));
        const QString path = m_dir.filePath(QStringLiteral("bigsummary.zip"));
        writeFile(path,
                  makeZip({{m_writer.detailEntryName(), gbkCodec()->fromUnicode(detailText())},
                           {m_writer.summaryEntryName(), summary}}));
        expectRefused(path, QStringLiteral("bigsummary.zip › ") + m_writer.summaryEntryName(), 0,
                      QStringLiteral("the limit of 1 MiB"));
    }

    // An archive file past the cap (a sparse 1 GiB + 1 byte, made in no time, no disk used) is
    // refused by its size before it is opened, by checkArchive() and parseArchive().
    void archiveLargerThanItsCapIsRefused()
    {
        const QString path = archive(QStringLiteral("huge.zip"), detailText(), summaryText());
        QFile file(path);
        QVERIFY(file.resize((qint64(1) << 30) + 1));
        BillProblem problem;
        QVERIFY(!BillParser::checkArchive(path, {}, &problem));
        QCOMPARE(problem.file, QStringLiteral("huge.zip"));
        QVERIFY2(
            problem.reason.contains(QStringLiteral("is 1.0 GiB, more than the limit of 1 GiB")),
            qPrintable(problem.reason));
        expectRefused(path, QStringLiteral("huge.zip"), 0, QStringLiteral("the limit of 1 GiB"));
        // A real archive past a lowered cap, the same.
        const QString small = archive(QStringLiteral("small.zip"), detailText(), summaryText());
        BillParser::Options options;
        options.limits.maxArchiveBytes = 100;
        expectRefused(small, QStringLiteral("small.zip"), 0,
                      QStringLiteral("more than the limit of 100 bytes"), options);
        QVERIFY(!BillParser::checkArchive(small, options.limits, &problem));
        QVERIFY(BillParser::checkArchive(small, {}, &problem));
    }

    void cancelStopsAtOnce()
    {
        const QString path = archive(QStringLiteral("cancel.zip"), detailText(), summaryText());
        std::atomic<bool> cancel{true};
        BillParser::Options options;
        options.cancel = &cancel;
        BillProblem problem;
        QVERIFY(!BillParser::parseArchive(path, options, &problem));
        QCOMPARE(problem.reason, QStringLiteral("Cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestBillParser)
#include "tst_billparser.moc"
