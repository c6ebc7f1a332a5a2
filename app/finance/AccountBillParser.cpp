#include "finance/AccountBillParser.h"

#include "finance/BillCsvBytes.h"
#include "finance/BillListReader.h"
#include "finance/BillSummaryReader.h"
#include "finance/BillTextStore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextCodec>

namespace DepositDesk {

using namespace BillCsvBytes;

namespace {

const QString SerialColumn = QStringLiteral("账务流水号");
const QString BusinessNoColumn = QStringLiteral("业务流水号");
const QString OutTradeNoColumn = QStringLiteral("商户订单号");
const QString TimeColumn = QStringLiteral("发生时间");
const QString CounterpartyColumn = QStringLiteral("对方账号");
const QString IncomeColumn = QStringLiteral("收入金额（+元）");
const QString ExpenseColumn = QStringLiteral("支出金额（-元）");
const QString BalanceColumn = QStringLiteral("账户余额（元）");
const QString TypeColumn = QStringLiteral("业务类型");
const QString RemarkColumn = QStringLiteral("备注");
const QString TotalRow = QStringLiteral("合计");

QString amountProblem(const QString &cell)
{
    return AccountBillParser::tr(
               "The amount \"%1\" is not a number of yuan with at most two decimals.")
        .arg(cell);
}

// The detail file of an account bill (账务明细, docs/alipay-protocol.md §8.4).
class AccountDetailReader : public BillListReader
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::AccountBillParser)

public:
    AccountDetailReader(QTextCodec *gbk, ParsedAccountBill &bill, BillTextStore &store)
        : BillListReader(gbk, QStringLiteral("账务明细列表"), QStringLiteral("账务明细列表结束"),
                         &bill.account, &bill.periodFromMs, &bill.periodToMs)
        , m_bill(bill)
        , m_store(store)
    {}

protected:
    bool header(const QHash<QString, int> &columns, int) override
    {
        const std::pair<const QString *, int *> wanted[] = {
            {&SerialColumn, &m_serial},         {&BusinessNoColumn, &m_businessNo},
            {&OutTradeNoColumn, &m_outTradeNo}, {&TimeColumn, &m_time},
            {&IncomeColumn, &m_income},         {&ExpenseColumn, &m_expense},
            {&BalanceColumn, &m_balance},       {&TypeColumn, &m_type}};
        for (const auto &[name, index] : wanted) {
            *index = requireColumn(columns, *name, tr("Alipay account bill"));
            if (*index < 0)
                return false;
        }
        m_counterparty = columns.value(CounterpartyColumn, -1);
        m_remark = columns.value(RemarkColumn, -1);
        return true;
    }

    bool data(const std::vector<QByteArrayView> &cells, int lineNumber, qint64) override
    {
        AccountMovement out;
        out.lineNumber = lineNumber;
        const QByteArrayView serial = cells[size_t(m_serial)];
        if (serial.isEmpty())
            return fail(lineNumber, tr("The line has no 账务流水号 (serial number)."));
        const QByteArrayView time = cells[size_t(m_time)];
        const std::optional<qint64> at = parseChinaTimeMs(time);
        if (!at)
            return fail(lineNumber, tr("The time \"%1\" is not a date and time "
                                       "(yyyy-MM-dd HH:mm:ss).")
                                        .arg(cellText(time)));
        out.atMs = *at;
        const std::pair<int, Money *> amounts[] = {
            {m_income, &out.income}, {m_expense, &out.expense}, {m_balance, &out.balance}};
        for (const auto &[column, money] : amounts) {
            const QByteArrayView cell = cells[size_t(column)];
            if (column != m_balance && cell.isEmpty())
                continue; // nothing printed: no income or no expense
            const std::optional<qint64> fen = parseFen(cell);
            if (!fen)
                return fail(lineNumber, amountProblem(cellText(cell)));
            *money = Money::fromFen(*fen);
        }
        if (out.income.isNegative() || out.expense.fen() > 0)
            return fail(lineNumber, tr("The income %1 or the expense %2 has the wrong sign: income "
                                       "is never negative and an expense never positive.")
                                        .arg(out.income.toYuan(), out.expense.toYuan()));
        if (!out.income.isZero() && !out.expense.isZero())
            return fail(lineNumber, tr("The line has both an income and an expense: a movement "
                                       "is one or the other."));
        out.businessType = cellText(cells[size_t(m_type)]);
        if (out.businessType.isEmpty())
            return fail(lineNumber, tr("The line has no 业务类型 (business type)."));
        out.business = accountBusinessOf(out.businessType);
        if (m_counterparty >= 0)
            out.counterparty = cellText(cells[size_t(m_counterparty)]);
        if (m_remark >= 0)
            out.remark = cellText(cells[size_t(m_remark)]);
        out.serialNo = m_store.addBytes(serial);
        out.businessNo = m_store.addBytes(cells[size_t(m_businessNo)]);
        out.outTradeNo = m_store.addBytes(cells[size_t(m_outTradeNo)]);
        m_bill.movements.push_back(std::move(out));
        return true;
    }

    bool footer(const QString &text) override
    {
        static const QRegularExpression totals(QStringLiteral(
            "(收入|支出)合计[：:]\\s*(\\d+)\\s*笔[^0-9-]*共\\s*([-+]?[0-9.]+)\\s*元"));
        const bool isIncome = text.contains(QStringLiteral("收入合计"));
        const bool isExpense = text.contains(QStringLiteral("支出合计"));
        if (!isIncome && !isExpense)
            return true; // 导出时间 and other remarks
        const QRegularExpressionMatch m = totals.match(text);
        const std::optional<Money> amount =
            m.hasMatch() ? Money::fromYuan(m.captured(3), nullptr, Money::Sign::AllowNegative)
                         : std::nullopt;
        bool countOk = false;
        const int count = m.captured(2).toInt(&countOk);
        if (!amount || !countOk)
            return fail(m_lineNumber, tr("The totals line \"%1\" cannot be read: it has no count "
                                         "of lines or no amount with at most two decimals.")
                                          .arg(text.mid(1).trimmed()));
        AccountTypeTotals &f = m_bill.footer;
        if (isIncome) {
            f.line = m_lineNumber;
            f.incomeCount = count;
            f.income = *amount;
            m_incomeSeen = true;
        } else {
            m_bill.footerExpenseLine = m_lineNumber;
            f.expenseCount = count;
            f.expense = *amount;
            m_expenseSeen = true;
        }
        return true;
    }

    bool footerComplete() override
    {
        if (!m_incomeSeen || !m_expenseSeen)
            return fail(m_lineNumber, tr("The totals lines (收入合计, 支出合计) are missing after "
                                         "the list: the file is truncated. Download the bill "
                                         "again."));
        return true;
    }

private:
    ParsedAccountBill &m_bill;
    BillTextStore &m_store;
    int m_serial = -1, m_businessNo = -1, m_outTradeNo = -1, m_time = -1, m_income = -1,
        m_expense = -1, m_balance = -1, m_type = -1, m_counterparty = -1, m_remark = -1;
    bool m_incomeSeen = false, m_expenseSeen = false;
};

// The summary file (账务明细(汇总)): nullopt with *line and *reason when malformed.
std::optional<AccountBillSummary> readSummary(QTextCodec *gbk, const QByteArray &bytes, int *line,
                                              QString *reason)
{
    const auto fail = [&](int at, const QString &why) {
        *line = at;
        *reason = why;
        return std::nullopt;
    };
    const QStringList wanted = {TypeColumn,    QStringLiteral("收入笔数"),
                                IncomeColumn,  QStringLiteral("支出笔数"),
                                ExpenseColumn, QStringLiteral("合计（元）")};
    const auto table = BillSummaryReader::readTable(
        gbk, bytes, wanted, QStringLiteral("账务汇总列表结束"), line, reason);
    if (!table)
        return std::nullopt;
    AccountBillSummary summary;
    bool totalSeen = false;
    for (const BillSummaryReader::Table::Row &row : table->rows) {
        const auto cell = [&](int k) {
            return QByteArrayView(row.cells[size_t(table->columns.value(wanted[k]))]);
        };
        AccountTypeTotals t;
        t.line = row.line;
        t.businessType = row.texts[table->columns.value(TypeColumn)];
        bool incomesOk = false, expensesOk = false;
        t.incomeCount = QByteArray(cell(1).data(), cell(1).size()).toInt(&incomesOk);
        t.expenseCount = QByteArray(cell(3).data(), cell(3).size()).toInt(&expensesOk);
        if (!incomesOk || !expensesOk || t.incomeCount < 0 || t.expenseCount < 0)
            return fail(row.line, AccountBillParser::tr(
                                      "The summary's row \"%1\" has a count that is not a number.")
                                      .arg(t.businessType));
        const std::pair<int, Money *> amounts[] = {{2, &t.income}, {4, &t.expense}};
        for (const auto &[k, money] : amounts) {
            const std::optional<qint64> fen = parseFen(cell(k));
            if (!fen)
                return fail(row.line, amountProblem(QString::fromLatin1(cell(k))));
            *money = Money::fromFen(*fen);
        }
        const std::optional<qint64> total = parseFen(cell(5));
        if (!total)
            return fail(row.line, amountProblem(QString::fromLatin1(cell(5))));
        if (Money::fromFen(*total) != t.income + t.expense)
            return fail(row.line,
                        AccountBillParser::tr(
                            "The summary's row \"%1\" says %2 yuan in all, not its income "
                            "%3 plus its expense %4: the file is inconsistent.")
                            .arg(t.businessType, Money::fromFen(*total).toYuan(), t.income.toYuan(),
                                 t.expense.toYuan()));
        if (t.businessType == TotalRow) {
            summary.total = t;
            totalSeen = true;
        } else {
            summary.types.append(t);
        }
    }
    if (!totalSeen)
        return fail(table->endLine,
                    AccountBillParser::tr("The summary file has no 合计 (total) row."));
    static const QRegularExpression balances(QStringLiteral(
        "期初余额[：:]\\s*([-+]?[0-9.]+)\\s*元.*期末余额[：:]\\s*([-+]?[0-9.]+)\\s*元"));
    for (int i = 0; i < table->trailer.size(); ++i) {
        const QString &text = table->trailer[i];
        if (!text.contains(QStringLiteral("期初余额")))
            continue;
        const QRegularExpressionMatch m = balances.match(text);
        const auto opening =
            m.hasMatch() ? Money::fromYuan(m.captured(1), nullptr, Money::Sign::AllowNegative)
                         : std::nullopt;
        const auto closing =
            m.hasMatch() ? Money::fromYuan(m.captured(2), nullptr, Money::Sign::AllowNegative)
                         : std::nullopt;
        if (!opening || !closing)
            return fail(
                table->trailerLines[i],
                AccountBillParser::tr(
                    "The balances line \"%1\" cannot be read: it needs 期初余额 and 期末余额 "
                    "with at most two decimals.")
                    .arg(text));
        summary.opening = opening;
        summary.closing = closing;
        summary.balanceLine = table->trailerLines[i];
    }
    return summary;
}

QString countsAndAmounts(const AccountTypeTotals &t)
{
    return AccountBillParser::tr("%1 income(s) for %2 yuan and %3 expense(s) for %4 yuan")
        .arg(t.incomeCount)
        .arg(t.income.toYuan())
        .arg(t.expenseCount)
        .arg(t.expense.toYuan());
}

} // namespace

AccountBusiness accountBusinessOf(const QString &businessType)
{
    if (businessType == u"在线支付")
        return AccountBusiness::Payment;
    if (businessType == u"交易退款")
        return AccountBusiness::Refund;
    if (businessType == u"收费")
        return AccountBusiness::Fee;
    if (businessType == u"收费退回")
        return AccountBusiness::FeeRefund;
    if (businessType.startsWith(u"提现") || businessType.startsWith(u"转账"))
        return AccountBusiness::TransferOut;
    return AccountBusiness::Other;
}

Money ParsedAccountBill::opening() const
{
    return movements.empty() ? Money() : movements.front().balance - movements.front().amount();
}

Money ParsedAccountBill::closing() const
{
    return movements.empty() ? Money() : movements.back().balance;
}

std::optional<ParsedAccountBill> AccountBillParser::parseArchive(const QString &zipPath,
                                                                 const Options &options,
                                                                 BillProblem *problem)
{
    const auto refuse = [&](const QString &file, int line, const QString &reason) {
        if (problem)
            *problem = {file, line, reason};
        return std::nullopt;
    };
    ParsedAccountBill bill;
    auto store = std::make_shared<BillTextStore>();
    std::optional<AccountDetailReader> reader;
    BillParser::Archive archive;
    if (auto failed = BillParser::readArchive(
            zipPath, QStringLiteral("账务明细"),
            tr("The archive holds no account detail file (…账务明细.csv): it is not an Alipay "
               "account bill."),
            options,
            [&](QTextCodec *gbk) -> BillListReader & { return reader.emplace(gbk, bill, *store); },
            &archive))
        return refuse(failed->file, failed->line, failed->reason);
    bill.detailFileName = archive.detailName;
    bill.summaryFileName = archive.summaryName;
    bill.textStore = store;
    const QString archiveName = QFileInfo(zipPath).fileName() + u" › ";
    if (!archive.summaryName.isEmpty()) {
        int line = 0;
        QString reason;
        bill.summary = readSummary(archive.gbk, archive.summary, &line, &reason);
        if (!bill.summary)
            return refuse(archiveName + archive.summaryName, line, reason);
    }
    if (options.checkTotals) {
        BillProblem mismatch;
        if (!checkTotals(bill, &mismatch))
            return refuse(archiveName + mismatch.file, mismatch.line, mismatch.reason);
    } else {
        bill.balanceBreaks = balanceBreaks(bill);
    }
    return bill;
}

AccountTypeTotals AccountBillParser::totalsOfLines(const ParsedAccountBill &bill)
{
    AccountTypeTotals t;
    t.businessType = TotalRow;
    for (const AccountMovement &m : bill.movements) {
        t.incomeCount += m.income.isZero() ? 0 : 1;
        t.expenseCount += m.expense.isZero() ? 0 : 1;
        t.income += m.income;
        t.expense += m.expense;
    }
    return t;
}

QList<AccountTypeTotals> AccountBillParser::totalsByType(const ParsedAccountBill &bill)
{
    QList<AccountTypeTotals> types;
    QHash<QString, qsizetype> index;
    for (const AccountMovement &m : bill.movements) {
        qsizetype at = index.value(m.businessType, -1);
        if (at < 0) {
            at = types.size();
            index.insert(m.businessType, at);
            AccountTypeTotals added;
            added.businessType = m.businessType;
            types.append(added);
        }
        AccountTypeTotals &t = types[at];
        t.incomeCount += m.income.isZero() ? 0 : 1;
        t.expenseCount += m.expense.isZero() ? 0 : 1;
        t.income += m.income;
        t.expense += m.expense;
    }
    return types;
}

std::vector<AccountBalanceBreak> AccountBillParser::balanceBreaks(const ParsedAccountBill &bill)
{
    std::vector<AccountBalanceBreak> breaks;
    for (size_t i = 1; i < bill.movements.size(); ++i) {
        const AccountMovement &m = bill.movements[i];
        const Money expected = bill.movements[i - 1].balance + m.amount();
        if (expected != m.balance)
            breaks.push_back({m.lineNumber, m.serialNo, expected, m.balance});
    }
    return breaks;
}

QStringList AccountBillParser::footerProblems(const ParsedAccountBill &bill)
{
    const AccountTypeTotals lines = totalsOfLines(bill);
    if (bill.footer == lines)
        return {};
    return {tr("the totals lines say %1, but the movements add up to %2")
                .arg(countsAndAmounts(bill.footer), countsAndAmounts(lines))};
}

QStringList AccountBillParser::summaryProblems(const ParsedAccountBill &bill)
{
    if (!bill.summary)
        return {};
    const AccountBillSummary &s = *bill.summary;
    QStringList problems;
    const AccountTypeTotals lines = totalsOfLines(bill);
    if (!(s.total == lines))
        problems.append(tr("its 合计 row says %1, but the movements add up to %2")
                            .arg(countsAndAmounts(s.total), countsAndAmounts(lines)));
    const QList<AccountTypeTotals> types = totalsByType(bill);
    for (const AccountTypeTotals &counted : types) {
        const auto stated = std::find_if(s.types.cbegin(), s.types.cend(), [&](const auto &t) {
            return t.businessType == counted.businessType;
        });
        if (stated == s.types.cend() || !(*stated == counted))
            problems.append(
                tr("its row %1 says %2, but the movements of that type add up to %3")
                    .arg(counted.businessType,
                         stated == s.types.cend() ? tr("nothing") : countsAndAmounts(*stated),
                         countsAndAmounts(counted)));
    }
    for (const AccountTypeTotals &stated : s.types) {
        const bool listed = std::any_of(types.cbegin(), types.cend(), [&](const auto &t) {
            return t.businessType == stated.businessType;
        });
        if (!listed && (stated.incomeCount > 0 || stated.expenseCount > 0))
            problems.append(tr("its row %1 says %2, but no movement has that type")
                                .arg(stated.businessType, countsAndAmounts(stated)));
    }
    const Money opening = bill.movements.empty() ? s.opening.value_or(Money()) : bill.opening();
    const Money closing = bill.movements.empty() ? opening : bill.closing();
    if (s.opening && *s.opening != opening)
        problems.append(tr("its opening balance is %1 yuan, but the movements start from %2 yuan")
                            .arg(s.opening->toYuan(), opening.toYuan()));
    if (s.closing && *s.closing != closing)
        problems.append(tr("its closing balance is %1 yuan, but the movements end at %2 yuan")
                            .arg(s.closing->toYuan(), closing.toYuan()));
    return problems;
}

bool AccountBillParser::checkTotals(const ParsedAccountBill &bill, BillProblem *problem)
{
    const auto refuse = [&](const QString &file, int line, const QString &reason) {
        if (problem)
            *problem = {file, line, reason};
        return false;
    };
    if (const auto breaks = balanceBreaks(bill); !breaks.empty())
        return refuse(bill.detailFileName, breaks.front().lineNumber,
                      tr("The balance %1 yuan is not the previous balance plus this movement "
                         "(%2 yuan): the running balance is broken.")
                          .arg(breaks.front().stated.toYuan(), breaks.front().expected.toYuan()));
    if (const QStringList footer = footerProblems(bill); !footer.isEmpty())
        return refuse(bill.detailFileName, bill.footer.line,
                      tr("The file is inconsistent: %1.").arg(footer.join(QStringLiteral("; "))));
    if (const QStringList summary = summaryProblems(bill); !summary.isEmpty())
        return refuse(bill.summaryFileName, bill.summary->total.line,
                      tr("The summary does not match the detail file: %1.")
                          .arg(summary.join(QStringLiteral("; "))));
    return true;
}

} // namespace DepositDesk
