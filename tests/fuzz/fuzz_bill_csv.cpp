// The text of a trade bill (app/finance): the input is the detail file (…业务明细.csv, GBK), and
// after a NUL byte, when there is one, the summary file (…业务明细(汇总).csv). Both are packed into
// a zip as Alipay packs them (GBK entry names) and read by BillParser::parseArchive with the
// totals checked; the summary is also read alone by BillSummaryReader. Mutating the text itself
// reaches the CSV, footer and summary rules far faster than mutating a deflated archive.

#include "FuzzSupport.h"
#include "domain/ZipArchive.h"
#include "finance/BillParser.h"
#include "finance/BillSummaryReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextCodec>

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTextCodec *const gbk = QTextCodec::codecForName("GBK");
    static QTemporaryDir dir;
    static const QString path =
        dir.filePath(QStringLiteral("20881021000000010156_20240515.csv.zip"));
    static const QByteArray detailName =
        gbk->fromUnicode(QStringLiteral("20881021000000010156_20240515_业务明细.csv"));
    static const QByteArray summaryName =
        gbk->fromUnicode(QStringLiteral("20881021000000010156_20240515_业务明细(汇总).csv"));
    static const QDateTime packed(QDate(2024, 5, 16), QTime(9, 0));

    const QByteArray input = Fuzz::input(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray detail = nul < 0 ? input : input.left(nul);
    const QByteArray summary = nul < 0 ? QByteArray() : input.mid(nul + 1);

    int line = 0;
    QString reason;
    if (nul >= 0)
        (void)BillSummaryReader::read(gbk, summary, &line, &reason);

    QByteArray archive;
    {
        ZipWriter zip(&archive);
        Fuzz::require(zip.isOpen() && zip.addEntry(detailName, detail, packed) &&
                          (nul < 0 || zip.addEntry(summaryName, summary, packed)) &&
                          zip.close() == ZIP_OK,
                      "the bill is packed");
    }
    {
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                          file.write(archive) == archive.size(),
                      "the archive is written to a file");
    }

    BillParser::Options options;
    options.limits.maxLineBytes = 2048;
    options.limits.maxLines = 2000;
    BillProblem problem;
    const std::optional<ParsedBill> bill = BillParser::parseArchive(path, options, &problem);
    if (!bill) {
        (void)problem.toString();
        return 0;
    }
    (void)BillParser::totalsOfLines(*bill);
    (void)BillParser::checkTotals(*bill, &problem);
    return 0;
}
