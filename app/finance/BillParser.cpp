#include "finance/BillParser.h"

#include "finance/BillDetailReader.h"
#include "finance/BillKeyIndex.h"
#include "finance/BillSummaryReader.h"
#include "finance/BillTextStore.h"
#include "finance/BufferHandOff.h"

#include "domain/ByteSize.h"
#include "domain/ZipArchive.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QTextCodec>

#include <algorithm>
#include <thread>
#include <tuple>

namespace DepositDesk {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr int CancelCheckLines = 4096;

constexpr qint64 RatioFloor = 1 << 20; // smaller entries are not checked for their ratio

// The detail entry's name ends in this + .csv (docs/alipay-protocol.md §8.1).
const QString TradeDetail = QStringLiteral("业务明细");
const QString AccountDetail = QStringLiteral("账务明细");

struct Entry
{
    QString name;
    quint64 size = 0;
    quint64 packedSize = 0;
    unz64_file_pos position{};
};

QString longerThanItsHeader(qint64 size)
{
    return BillParser::tr("The file holds more than the %1 bytes its header in the archive "
                          "says: the archive is damaged or forged. Download the bill again.")
        .arg(size);
}

// The entry's header against the size and ratio caps: empty, or why it is refused.
QString tooBig(const Entry &entry, qint64 maxBytes, qint64 maxRatio)
{
    if (entry.size > quint64(maxBytes))
        return BillParser::tr("The file would unpack to %1 bytes, more than the limit of %2 "
                              "for a bill: it is not a real bill.")
            .arg(entry.size)
            .arg(formatByteSize(maxBytes));
    if (qint64(entry.size) > RatioFloor && entry.size > entry.packedSize * quint64(maxRatio))
        return BillParser::tr("The file would unpack to more than %1 times its packed size, "
                              "the limit for a bill: it is not a real bill.")
            .arg(maxRatio);
    return {};
}

// The detail and summary entries of the bill whose detail file's name ends in `kind` (业务明细,
// 账务明细) and its summary's in `kind` + (汇总), by name (the stored bytes decoded from GBK).
void findEntries(const ZipReader &zip, QTextCodec *gbk, const QString &kind, Entry *detail,
                 Entry *summary)
{
    for (int more = unzGoToFirstFile(zip.handle()); more == UNZ_OK;
         more = unzGoToNextFile(zip.handle())) {
        QByteArray bytes;
        unz_file_info64 info{};
        unz64_file_pos position{};
        if (!zip.currentEntry(&bytes, &info) || unzGetFilePos64(zip.handle(), &position) != UNZ_OK)
            continue;
        const QString name = gbk->toUnicode(bytes);
        if (name.endsWith(kind + QStringLiteral(".csv")))
            *detail = {name, info.uncompressed_size, info.compressed_size, position};
        else if (name.endsWith(kind + QStringLiteral("(汇总).csv")) ||
                 name.endsWith(kind + QStringLiteral("（汇总）.csv")))
            *summary = {name, info.uncompressed_size, info.compressed_size, position};
    }
}

// The archive file's size against its cap: empty, or why it is refused.
QString archiveTooBig(const QString &zipPath, qint64 maxBytes)
{
    const qint64 size = QFileInfo(zipPath).size();
    if (size <= maxBytes)
        return {};
    return BillParser::tr("The archive is %1, more than the limit of %2 for a bill archive: it "
                          "is not a real bill.")
        .arg(formatByteSize(size), formatByteSize(maxBytes));
}

// The detail and summary headers against the caps: nothing, or the entry and the reason.
std::optional<BillProblem> pastTheCaps(const Entry &detail, const Entry &summary,
                                       const BillParser::Limits &limits)
{
    if (const QString why = tooBig(detail, limits.maxEntryBytes, limits.maxRatio); !why.isEmpty())
        return BillProblem{detail.name, 0, why};
    if (summary.name.isEmpty())
        return std::nullopt;
    if (const QString why = tooBig(summary, limits.maxSummaryBytes, limits.maxRatio);
        !why.isEmpty())
        return BillProblem{summary.name, 0, why};
    return std::nullopt;
}

} // namespace

bool BillParser::checkArchive(const QString &zipPath, const Limits &limits, BillProblem *problem)
{
    if (const QString why = archiveTooBig(zipPath, limits.maxArchiveBytes); !why.isEmpty()) {
        if (problem)
            *problem = {QFileInfo(zipPath).fileName(), 0, why};
        return false;
    }
    QTextCodec *gbk = QTextCodec::codecForName("GBK");
    const ZipReader zip(zipPath);
    if (!gbk || !zip.isOpen())
        return true;
    for (const QString &kind : {TradeDetail, AccountDetail}) {
        Entry detail, summary;
        findEntries(zip, gbk, kind, &detail, &summary);
        if (detail.name.isEmpty())
            continue;
        const auto capped = pastTheCaps(detail, summary, limits);
        if (capped && problem)
            *problem = {QFileInfo(zipPath).fileName() + u" › " + capped->file, 0, capped->reason};
        if (capped)
            return false;
    }
    return true;
}

std::optional<BillProblem> BillParser::readArchive(const QString &zipPath, const QString &kind,
                                                   const QString &noDetail, const Options &options,
                                                   const ReaderFactory &makeReader,
                                                   Archive *archive)
{
    const QString archiveName = QFileInfo(zipPath).fileName();
    const auto refuse = [&](const QString &entry, int line, const QString &reason) {
        return std::optional<BillProblem>(BillProblem{
            entry.isEmpty() ? archiveName : archiveName + u" › " + entry, line, reason});
    };
    QTextCodec *gbk = QTextCodec::codecForName("GBK");
    if (!gbk)
        return refuse({}, 0,
                      tr("This system has no GBK text decoder, so no Alipay bill can be "
                         "read. Install Qt with ICU support."));
    if (!QFileInfo(zipPath).isFile())
        return refuse({}, 0, tr("The file does not exist or cannot be read."));
    if (const QString why = archiveTooBig(zipPath, options.limits.maxArchiveBytes); !why.isEmpty())
        return refuse({}, 0, why);

    const ZipReader zip(zipPath);
    if (!zip.isOpen())
        return refuse({}, 0,
                      tr("The file is not a zip archive, or it is damaged. Download the "
                         "bill again."));
    Entry detail, summary;
    findEntries(zip, gbk, kind, &detail, &summary);
    if (detail.name.isEmpty())
        return refuse({}, 0, noDetail);

    const Limits &limits = options.limits;
    if (const auto capped = pastTheCaps(detail, summary, limits))
        return refuse(capped->file, 0, capped->reason);
    archive->gbk = gbk;
    archive->detailName = detail.name;
    archive->summaryName = summary.name;
    BillListReader &reader = makeReader(gbk);
    if (const auto failed =
            readDetail(zip, detail.name, detail.position, qint64(detail.size), reader, options))
        return refuse(failed->file, failed->line, failed->reason);
    if (!summary.name.isEmpty()) {
        if (const auto failed = readSummary(zip, summary.name, summary.position,
                                            qint64(summary.size), limits, &archive->summary))
            return refuse(failed->file, failed->line, failed->reason);
    }
    if (options.progress)
        options.progress(qint64(detail.size), qint64(detail.size));
    return std::nullopt;
}

std::optional<ParsedBill> BillParser::parseArchive(const QString &zipPath, const Options &options,
                                                   BillProblem *problem)
{
    const auto refuse = [&](const QString &file, int line, const QString &reason) {
        if (problem)
            *problem = {file, line, reason};
        return std::nullopt;
    };
    ParsedBill bill;
    bill.billType = QStringLiteral("trade");
    auto store = std::make_shared<BillTextStore>();
    auto index = std::make_shared<BillKeyIndex>();
    std::optional<BillDetailReader> reader;
    Archive archive;
    if (auto failed = readArchive(
            zipPath, TradeDetail,
            tr("The archive holds no detail file (…业务明细.csv): it is not an Alipay trade "
               "bill."),
            options,
            [&](QTextCodec *gbk) -> BillListReader & {
                return reader.emplace(gbk, bill, *store, *index);
            },
            &archive))
        return refuse(failed->file, failed->line, failed->reason);
    bill.detailFileName = archive.detailName;
    bill.summaryFileName = archive.summaryName;
    bill.textStore = store;
    index->finish();
    bill.keyIndex = index;
    const QString archiveName = QFileInfo(zipPath).fileName() + u" › ";
    if (!archive.summaryName.isEmpty()) {
        int line = 0;
        QString reason;
        bill.summary = BillSummaryReader::read(archive.gbk, archive.summary, &line, &reason);
        if (!bill.summary)
            return refuse(archiveName + archive.summaryName, line, reason);
    }
    if (options.checkTotals) {
        BillProblem mismatch;
        if (!checkTotals(bill, &mismatch))
            return refuse(archiveName + mismatch.file, mismatch.line, mismatch.reason);
    }
    return bill;
}

std::optional<BillProblem> BillParser::readDetail(const ZipReader &zip, const QString &entry,
                                                  const unz64_file_pos_s &position, qint64 size,
                                                  BillListReader &reader, const Options &options)
{
    const auto failed = [&](const QString &file, int line, const QString &reason) {
        return std::optional<BillProblem>(BillProblem{file, line, reason});
    };
    const auto cancelled = [&] {
        return options.cancel && options.cancel->load();
    };
    // An entry left open on an early return is closed with the archive.
    if (unzGoToFilePos64(zip.handle(), &position) != UNZ_OK ||
        unzOpenCurrentFile(zip.handle()) != UNZ_OK)
        return failed(entry, 0,
                      tr("The detail file cannot be unpacked: the archive is "
                         "damaged. Download the bill again."));
    const Limits &limits = options.limits;
    // A line past the length cap, or one line more than the line cap: refused, naming the cap.
    const auto lineCapped = [&](qint64 length, int lineNumber) -> std::optional<BillProblem> {
        if (length > limits.maxLineBytes)
            return failed(entry, lineNumber,
                          tr("Line %1 is longer than %2, the limit for a line of a bill: it is "
                             "not a real bill.")
                              .arg(lineNumber)
                              .arg(formatByteSize(limits.maxLineBytes)));
        if (lineNumber > limits.maxLines)
            return failed(entry, lineNumber,
                          tr("The file has more than %1 lines, the limit for a bill: it is not "
                             "a real bill.")
                              .arg(limits.maxLines));
        return std::nullopt;
    };
    // The entry is unpacked on a thread of its own while its lines are read here, a few
    // chunks ahead; a line cut by a chunk's end is put together in `carry`.
    struct Chunk
    {
        QByteArray bytes{ChunkSize, Qt::Uninitialized};
        qint64 got = 0;       // < 0: damaged; 0: the end
        bool checked = false; // at the end: the checksum matched
    };
    BufferHandOff<Chunk> handOff(4);
    std::thread unpacker([&zip, &handOff] {
        while (Chunk *chunk = handOff.acquire()) {
            chunk->got = unzReadCurrentFile(zip.handle(), chunk->bytes.data(), unsigned(ChunkSize));
            // The checksum is checked when the whole entry has been read.
            chunk->checked = chunk->got == 0 && unzCloseCurrentFile(zip.handle()) == UNZ_OK;
            handOff.publish();
            if (chunk->got <= 0)
                break;
        }
        handOff.close();
    });
    const auto stopUnpacking = qScopeGuard([&] {
        handOff.cancel();
        unpacker.join();
    });
    QByteArray carry;
    int sinceCheck = 0;
    qint64 read = 0;
    const auto addLine = [&](QByteArrayView line) -> std::optional<BillProblem> {
        if (line.endsWith('\r'))
            line.chop(1);
        if (const auto refused = lineCapped(line.size(), reader.lineCount() + 1))
            return refused;
        if (!reader.addLine(line))
            return failed(entry, reader.problemLine(), reader.problem());
        return std::nullopt;
    };
    bool checked = false;
    while (true) {
        if (cancelled())
            return failed({}, 0, tr("Cancelled."));
        const Chunk *chunk = handOff.take();
        if (!chunk || chunk->got < 0)
            return failed(entry, reader.lineCount(),
                          tr("The detail file cannot be unpacked: the archive is damaged. "
                             "Download the bill again."));
        const qint64 got = chunk->got;
        if (got == 0) {
            checked = chunk->checked;
            handOff.release();
            break;
        }
        read += got;
        if (read > size) // minizip stops at the header's size; never trust that alone
            return failed(entry, reader.lineCount(), longerThanItsHeader(size));
        reader.setProgress(read, size);
        const QByteArrayView bytes(chunk->bytes.constData(), got);
        qsizetype start = 0;
        while (true) {
            const qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                break;
            QByteArrayView line = bytes.sliced(start, end - start);
            if (!carry.isEmpty()) {
                carry.append(line);
                line = carry;
            }
            if (const auto refused = addLine(line))
                return refused;
            carry.clear();
            start = end + 1;
            if (++sinceCheck >= CancelCheckLines) {
                sinceCheck = 0;
                if (cancelled())
                    return failed({}, 0, tr("Cancelled."));
            }
        }
        carry.append(bytes.sliced(start));
        handOff.release();
        if (const auto refused = lineCapped(carry.size(), reader.lineCount() + 1))
            return refused; // a line that goes on and on is refused before its end
        if (options.progress)
            options.progress(read, size);
    }
    if (!checked)
        return failed(entry, 0,
                      tr("The detail file is damaged (its checksum does not "
                         "match). Download the bill again."));
    if (!carry.isEmpty()) {
        if (const auto refused = addLine(carry))
            return refused;
    }
    if (!reader.finish())
        return failed(entry, reader.problemLine(), reader.problem());
    return std::nullopt;
}

std::optional<BillProblem> BillParser::readSummary(const ZipReader &zip, const QString &entry,
                                                   const unz64_file_pos_s &position, qint64 size,
                                                   const Limits &limits, QByteArray *bytes)
{
    const auto damaged = [&] {
        return BillProblem{entry, 0,
                           tr("The summary file cannot be unpacked: the archive "
                              "is damaged. Download the bill again.")};
    };
    if (unzGoToFilePos64(zip.handle(), &position) != UNZ_OK)
        return damaged();
    switch (zip.readCurrentEntry(bytes, std::min(size, limits.maxSummaryBytes))) {
    case ZipReader::Read::Whole:
        break;
    case ZipReader::Read::Damaged:
        return damaged();
    case ZipReader::Read::TooLong:
        return BillProblem{entry, 0, longerThanItsHeader(std::min(size, limits.maxSummaryBytes))};
    }
    return std::nullopt;
}

BillStatedTotals BillParser::totalsOfLines(const ParsedBill &bill)
{
    BillStatedTotals t;
    Money orderAmount, fee;
    for (const BillDetailLine &line : bill.lines) {
        if (line.type == BillDetailLine::Type::Trade) {
            ++t.tradeCount;
            t.tradeReceipt += line.merchantReceipt;
        } else {
            ++t.refundCount;
            t.refundReceipt += line.merchantReceipt;
        }
        orderAmount += line.orderAmount;
        fee += line.serviceFee;
    }
    t.orderAmount = orderAmount;
    t.serviceFee = fee;
    t.receipt = t.tradeReceipt + t.refundReceipt;
    t.net = *t.receipt + fee;
    return t;
}

bool BillParser::checkTotals(const ParsedBill &bill, BillProblem *problem)
{
    const BillStatedTotals lines = totalsOfLines(bill);
    const auto refuse = [&](const QString &file, int line, const QString &reason) {
        if (problem)
            *problem = {file, line, reason};
        return false;
    };
    const BillStatedTotals &footer = bill.footer;
    if (footer.tradeCount != lines.tradeCount || footer.tradeReceipt != lines.tradeReceipt)
        return refuse(bill.detailFileName, footer.line,
                      tr("The totals line says %1 trades for %2 yuan, but the lines add up to %3 "
                         "trades for %4 yuan: the file is inconsistent.")
                          .arg(footer.tradeCount)
                          .arg(footer.tradeReceipt.toYuan())
                          .arg(lines.tradeCount)
                          .arg(lines.tradeReceipt.toYuan()));
    if (footer.refundCount != lines.refundCount || footer.refundReceipt != lines.refundReceipt)
        return refuse(bill.detailFileName, footer.refundLine,
                      tr("The totals line says %1 refunds for %2 yuan, but the lines add up to "
                         "%3 refunds for %4 yuan: the file is inconsistent.")
                          .arg(footer.refundCount)
                          .arg(footer.refundReceipt.toYuan())
                          .arg(lines.refundCount)
                          .arg(lines.refundReceipt.toYuan()));
    if (!bill.summary)
        return true;
    const BillStatedTotals &summary = *bill.summary;
    const auto differs = [](const std::optional<Money> &a, const std::optional<Money> &b) {
        return a.value_or(Money()) != b.value_or(Money());
    };
    if (summary.tradeCount != lines.tradeCount || summary.refundCount != lines.refundCount)
        return refuse(bill.summaryFileName, summary.line,
                      tr("The summary counts %1 trades and %2 refunds, but the detail file has "
                         "%3 and %4: the bill is inconsistent.")
                          .arg(summary.tradeCount)
                          .arg(summary.refundCount)
                          .arg(lines.tradeCount)
                          .arg(lines.refundCount));
    const std::tuple<const std::optional<Money> *, const std::optional<Money> *, QString> sums[] = {
        {&summary.orderAmount, &lines.orderAmount, QStringLiteral("订单金额")},
        {&summary.receipt, &lines.receipt, QStringLiteral("商家实收")},
        {&summary.serviceFee, &lines.serviceFee, QStringLiteral("服务费")}};
    for (const auto &[stated, summed, name] : sums) {
        if (differs(*stated, *summed))
            return refuse(bill.summaryFileName, summary.line,
                          tr("The summary's total %1 is %2 yuan, but the detail lines add up to "
                             "%3 yuan: the bill is inconsistent.")
                              .arg(name, stated->value_or(Money()).toYuan(),
                                   summed->value_or(Money()).toYuan()));
    }
    return true;
}

} // namespace DepositDesk
