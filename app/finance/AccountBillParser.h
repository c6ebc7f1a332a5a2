#pragma once

#include "finance/AccountBillDocument.h"
#include "finance/BillParser.h"

#include <QCoreApplication>

namespace DepositDesk {

// Reads an Alipay account bill archive (账务明细, bill_type=signcustomer,
// docs/alipay-protocol.md §8.4) with the trade bill's rules and parts (BillParser::readArchive,
// BillListReader, BillSummaryReader, BillCsvBytes): a zip with GBK entry names holding
// …账务明细.csv and usually …账务明细(汇总).csv, GBK text, columns by header name, cells trimmed,
// amounts as exact fen. Every movement's 账户余额 must be the previous one plus its income and
// expense; the footer's 收入合计 / 支出合计 and the summary's rows per business type, its 合计
// row and its 期初余额 / 期末余额 must agree with the movements.
//
// Anything malformed refuses the whole file with file, line and reason; so does an archive past
// BillParser::Limits. With Options::checkTotals false, a broken balance chain and totals that do
// not add up are left to the caller (ParsedAccountBill::balanceBreaks, checkTotals()): the
// reconciliation lists them as differences. Runs on any thread.
class AccountBillParser
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::AccountBillParser)

public:
    using Options = BillParser::Options;

    // nullopt with *problem when refused (a cancel gives reason "Cancelled.", line 0).
    static std::optional<ParsedAccountBill>
    parseArchive(const QString &zipPath, const Options &options, BillProblem *problem);

    // The income and expense of all movements (businessType 合计), and per business type in
    // the order they first appear.
    static AccountTypeTotals totalsOfLines(const ParsedAccountBill &bill);
    static QList<AccountTypeTotals> totalsByType(const ParsedAccountBill &bill);
    // Where the running balance does not chain, in file order.
    static std::vector<AccountBalanceBreak> balanceBreaks(const ParsedAccountBill &bill);

    // The balance chain, the footer and the summary against the movements: false with *problem
    // (file = the entry) at the first that disagrees.
    static bool checkTotals(const ParsedAccountBill &bill, BillProblem *problem);
    // The footer and the summary alone, each sentence (translated) saying what disagrees.
    static QStringList footerProblems(const ParsedAccountBill &bill);
    static QStringList summaryProblems(const ParsedAccountBill &bill);
};

} // namespace DepositDesk
