// The bill archive reader (app/finance): BillParser::checkArchive and BillParser::parseArchive
// over a downloaded zip as it arrives (minizip, GBK entry names, the detail and summary files,
// footer and summary totals), with small Limits so that every cap is reached, then the totals of
// what it read.

#include "FuzzSupport.h"
#include "finance/BillParser.h"

#include <QFile>
#include <QTemporaryDir>

using namespace DepositDesk;

namespace {

BillParser::Limits smallLimits()
{
    BillParser::Limits limits;
    limits.maxEntryBytes = 1 << 20;
    limits.maxRatio = 100;
    limits.maxSummaryBytes = 16 * 1024;
    limits.maxLineBytes = 2048;
    limits.maxLines = 2000;
    return limits;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const QString path =
        dir.filePath(QStringLiteral("20881021000000010156_20240515.csv.zip"));
    {
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                          file.write(reinterpret_cast<const char *>(data), qint64(size)) ==
                              qint64(size),
                      "the input is written to a file");
    }

    BillProblem problem;
    (void)BillParser::checkArchive(path, BillParser::Limits(), &problem);
    if (!BillParser::checkArchive(path, smallLimits(), &problem)) {
        (void)problem.toString();
        return 0;
    }
    BillParser::Options options;
    options.limits = smallLimits();
    const std::optional<ParsedBill> bill = BillParser::parseArchive(path, options, &problem);
    if (!bill) {
        (void)problem.toString();
        return 0;
    }
    (void)BillParser::totalsOfLines(*bill);
    (void)BillParser::checkTotals(*bill, &problem);
    return 0;
}
