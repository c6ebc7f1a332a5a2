// The text of a trade bill (app/finance): the input is the detail file (…业务明细.csv, GBK), and
// after a NUL byte, when there is one, the summary file (…业务明细(汇总).csv). Both are packed into
// a zip as Alipay packs them (GBK entry names) and read by BillParser::parseArchive with the
// totals checked; the summary is also read alone by BillSummaryReader. Mutating the text itself
// reaches the CSV, footer and summary rules far faster than mutating a deflated archive.

#include "FuzzBillArchive.h"
#include "finance/BillParser.h"
#include "finance/BillSummaryReader.h"

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::BillText text = Fuzz::billText(Fuzz::input(data, size));

    int line = 0;
    QString reason;
    if (text.hasSummary)
        (void)BillSummaryReader::read(Fuzz::gbk(), text.summary, &line, &reason);
    const QString path = Fuzz::writeBillArchive(QStringLiteral("业务明细"), text);

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
