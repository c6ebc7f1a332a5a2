#pragma once

#include "finance/BillDocument.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QTextCodec;
struct unz64_file_pos_s;

namespace DepositDesk {

class BillListReader;
class ZipReader;

// Reads an Alipay trade bill archive (docs/alipay-protocol.md §8): a zip (the system minizip) whose
// entry names are GBK bytes, holding the detail file (…业务明细.csv) and usually the summary file
// (…业务明细(汇总).csv), both GBK text. Skips # lines up to the 业务明细列表 marker, finds the
// columns by header name (not position), trims spaces and tabs from every cell, reads amounts
// as exact fen, and checks the footer totals and the summary's 合计 row against the lines.
//
// Anything malformed (not a zip, no detail entry, not GBK, a required column missing, a line
// with too few cells or a bad amount or time, the end marker missing = truncated, totals that do
// not add up) refuses the whole file with the file, line and reason. Runs on any thread.
class BillParser
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillParser)

public:
    // Caps on what an archive may hold (real bills: lines under 1 KiB, a month of a large
    // merchant some hundred MiB of text, packed 5 to 15 times). Past any of them the whole file
    // is refused with the limit named, before more of it is unpacked.
    struct Limits
    {
        qint64 maxEntryBytes = qint64(1) << 30;   // an entry's unpacked size, as its header says
        qint64 maxRatio = 100;                    // unpacked / packed, for entries over 1 MiB
        qint64 maxSummaryBytes = qint64(1) << 20; // the summary file: a few lines
        qint64 maxLineBytes = 64 * 1024;          // one line of the detail file
        int maxLines = 10'000'000;                // lines of the detail file
        qint64 maxArchiveBytes = qint64(1) << 30; // the archive file (a download stops past it)
    };

    struct Options
    {
        Limits limits;
        const std::atomic<bool> *cancel = nullptr;               // checked every few thousand lines
        std::function<void(qint64 done, qint64 total)> progress; // bytes of the detail entry
        bool checkTotals = true; // false: parse only (the totals are then compared by the caller)
    };

    // nullopt with *problem when refused (a cancel gives reason "Cancelled.", line 0).
    static std::optional<ParsedBill> parseArchive(const QString &zipPath, const Options &options,
                                                  BillProblem *problem);

    // The archive's size and the entry headers of its trade and account bill files against
    // `limits` (unpacked sizes and ratios), unpacking nothing: false with *problem past a cap. Not
    // a zip, or no bill in it, passes here: parseArchive says what is wrong with such a file.
    static bool checkArchive(const QString &zipPath, const Limits &limits, BillProblem *problem);

    // The totals of the lines (every field set; receipt = trades + refunds, net = receipt +
    // fees), and the check of the footer and summary against them (false with *problem).
    static BillStatedTotals totalsOfLines(const ParsedBill &bill);
    static bool checkTotals(const ParsedBill &bill, BillProblem *problem);

    // What readArchive() read besides the detail lines: the entries' names (decoded from GBK)
    // and the summary file's bytes (empty when the archive has no summary file).
    struct Archive
    {
        QTextCodec *gbk = nullptr;
        QString detailName;
        QString summaryName;
        QByteArray summary;
    };
    // Makes the reader of the detail file once the archive is open (GBK is there).
    using ReaderFactory = std::function<BillListReader &(QTextCodec *gbk)>;

    // The part every bill shares (§8.1): the archive's size, the zip, the entries of the bill
    // whose detail file's name ends in `kind` + .csv (业务明细, 账务明细) and whose summary's ends
    // in `kind` + (汇总).csv, their headers against the caps, the detail file streamed line by line
    // into the reader (with the line caps, the cancel and the progress of `options`) and the
    // summary file read whole. Nothing, or the problem (file = "archive.zip › entry" or the
    // archive; `noDetail` when the archive has no such detail file). Used by parseArchive() and
    // AccountBillParser.
    static std::optional<BillProblem> readArchive(const QString &zipPath, const QString &kind,
                                                  const QString &noDetail, const Options &options,
                                                  const ReaderFactory &makeReader,
                                                  Archive *archive);

private:
    // The detail entry streamed line by line into `reader`, and the summary entry's bytes:
    // nothing, or the problem (file = the entry, or empty for the whole archive). `position` is
    // where the entry is in the archive (minizip's unzGetFilePos64).
    static std::optional<BillProblem> readDetail(const ZipReader &zip, const QString &entry,
                                                 const unz64_file_pos_s &position, qint64 size,
                                                 BillListReader &reader, const Options &options);
    static std::optional<BillProblem> readSummary(const ZipReader &zip, const QString &entry,
                                                  const unz64_file_pos_s &position, qint64 size,
                                                  const Limits &limits, QByteArray *bytes);
};

} // namespace DepositDesk
