// The account bill (app/finance): the input is the detail file (…账务明细.csv, GBK), and after a
// NUL byte, when there is one, the summary file (…账务明细(汇总).csv). Both are packed into a zip
// as Alipay packs them (GBK entry names) and read by AccountBillParser::parseArchive, with the
// totals checked and with them left to the caller, then by BillParser::checkArchive. Properties:
// a bill read with its totals checked passes checkTotals() and has no balance breaks; read
// without, checkTotals() passes exactly when nothing disagrees; when the balance chains, the
// closing balance is the opening one plus every movement.

#include "FuzzBillArchive.h"
#include "finance/AccountBillParser.h"
#include "finance/AccountReconciliation.h"

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Fuzz::BillText text = Fuzz::billText(Fuzz::input(data, size));
    const QString path = Fuzz::writeBillArchive(QStringLiteral("账务明细"), text);

    BillParser::Limits limits;
    limits.maxLineBytes = 2048;
    limits.maxLines = 2000;
    limits.maxSummaryBytes = 16 * 1024;
    BillProblem problem;
    (void)BillParser::checkArchive(path, limits, &problem);

    AccountBillParser::Options options;
    options.limits = limits;
    const std::optional<ParsedAccountBill> checked =
        AccountBillParser::parseArchive(path, options, &problem);
    if (checked) {
        Fuzz::require(checked->balanceBreaks.empty() &&
                          AccountBillParser::checkTotals(*checked, &problem),
                      "a bill read with its totals checked has consistent totals");
    } else {
        (void)problem.toString();
    }

    options.checkTotals = false;
    const std::optional<ParsedAccountBill> bill =
        AccountBillParser::parseArchive(path, options, &problem);
    Fuzz::require(bill.has_value() || !checked.has_value(),
                  "what parses with its totals checked parses without");
    if (!bill)
        return 0;
    const bool agrees = bill->balanceBreaks.empty() &&
                        AccountBillParser::footerProblems(*bill).isEmpty() &&
                        AccountBillParser::summaryProblems(*bill).isEmpty();
    Fuzz::require(AccountBillParser::checkTotals(*bill, &problem) == agrees,
                  "checkTotals passes exactly when nothing disagrees");
    Fuzz::require(agrees == checked.has_value(), "the two parses agree on the totals");
    (void)AccountBillParser::totalsByType(*bill);
    const AccountBillTotals totals = AccountReconciliation::totalsOf(*bill);
    if (bill->balanceBreaks.empty()) {
        const AccountTypeTotals all = AccountBillParser::totalsOfLines(*bill);
        Fuzz::require(totals.closing == totals.opening + all.income + all.expense,
                      "a chained balance ends at the opening balance plus every movement");
    }
    return 0;
}
