#include "finance/AccountReconciliation.h"

#include "finance/AccountBillParser.h"
#include "finance/BillParser.h"
#include "finance/ReconLedger.h"

#include "domain/ChinaTime.h"
#include "store/Store.h"

#include <QMultiHash>
#include <QSqlError>

namespace DepositDesk {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
using Row = ReconLedger::Row;

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

bool matchable(const AccountMovement &m)
{
    return m.business == AccountBusiness::Payment || m.business == AccountBusiness::Refund;
}

} // namespace

struct AccountRun
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::AccountReconciliation)

public:
    const ParsedAccountBill &bill;
    const AccountReconciliation::Options &options;
    ReconLedger ledger;
    std::vector<qint32> movementRow;               // the ledger row each movement matched, or -1
    QMultiHash<QByteArray, qint32> refundsOfTrade; // refund rows by their charge's out_trade_no
    AccountReconciliation::Report report;

    bool cancelled() const { return options.cancel && options.cancel->load(); }
    void progress(int percent) const
    {
        if (options.progress)
            options.progress(percent);
    }

    void indexRefunds()
    {
        refundsOfTrade.clear();
        for (size_t i = 0; i < ledger.rows().size(); ++i) {
            const Row &r = ledger.rows()[i];
            if (r.kind == ReconLedger::Kind::Refund)
                refundsOfTrade.insert(ledger.field(r, ReconLedger::ParentNo).toByteArray(),
                                      qint32(i));
        }
    }

    // A refund movement names no out_request_no column: the sandbox (and, assumed, Alipay)
    // writes it in 备注. Else the charge's refund of the same amount not matched yet.
    int findRefund(const AccountMovement &m) const
    {
        const QByteArray requestNo = m.remark.trimmed().toUtf8();
        if (!requestNo.isEmpty()) {
            const int row = ledger.findRefund(m.outTradeNo, m.businessNo, requestNo);
            if (row >= 0)
                return row;
        }
        int any = -1;
        for (auto it = refundsOfTrade.constFind(m.outTradeNo);
             it != refundsOfTrade.cend() && it.key() == m.outTradeNo; ++it) {
            const Row &r = ledger.rows()[size_t(*it)];
            if (r.matched)
                continue;
            if (r.amountFen == -m.expense.fen())
                return *it;
            any = *it;
        }
        return any;
    }

    void match(bool onlyUnmatched)
    {
        for (size_t i = 0; i < bill.movements.size(); ++i) {
            const AccountMovement &m = bill.movements[i];
            if (!matchable(m) || (onlyUnmatched && movementRow[i] >= 0))
                continue;
            const int row = m.business == AccountBusiness::Payment
                                ? ledger.findTrade(m.businessNo, m.outTradeNo)
                                : findRefund(m);
            if (row >= 0 && !ledger.rows()[size_t(row)].matched) {
                ledger.rows()[size_t(row)].matched = true;
                movementRow[i] = row;
            }
        }
    }

    QList<QByteArray> unmatchedRequestNos() const
    {
        QList<QByteArray> numbers;
        for (size_t i = 0; i < bill.movements.size(); ++i) {
            const AccountMovement &m = bill.movements[i];
            if (!matchable(m) || movementRow[i] >= 0)
                continue;
            if (!m.outTradeNo.isEmpty())
                numbers.append(QByteArray(m.outTradeNo.constData(), m.outTradeNo.size()));
            if (m.business == AccountBusiness::Refund && !m.remark.trimmed().isEmpty())
                numbers.append(m.remark.trimmed().toUtf8());
        }
        return numbers;
    }

    Difference fromMovement(DifferenceKind kind, const AccountMovement &m) const
    {
        const bool refund = m.business == AccountBusiness::Refund;
        Difference d;
        d.period = options.period;
        d.kind = kind;
        d.tradeNo = utf8(m.businessNo);
        d.outTradeNo = utf8(m.outTradeNo);
        d.outRequestNo = refund ? m.remark.trimmed() : QString();
        d.billAmount = refund ? -m.expense : m.income;
        d.billStatus = m.businessType;
        d.happened = QDateTime::fromMSecsSinceEpoch(m.atMs, Qt::UTC);
        d.diffKey = differenceKindCode(kind) + u':' + utf8(m.serialNo);
        return d;
    }

    void addLedgerSide(Difference &d, const Row &r) const
    {
        ledger.addLedgerSide(d, r);
        if (r.kind == ReconLedger::Kind::Refund && d.outRequestNo.isEmpty())
            d.outRequestNo = ledger.text(r, ReconLedger::RequestNo);
    }

    void classify()
    {
        for (size_t i = 0; i < bill.movements.size(); ++i) {
            const AccountMovement &m = bill.movements[i];
            if (!matchable(m))
                continue;
            const qint32 row = movementRow[i];
            const Money amount = m.business == AccountBusiness::Refund ? -m.expense : m.income;
            if (row < 0 || !ledger.succeeded(ledger.rows()[size_t(row)])) {
                Difference d = fromMovement(DifferenceKind::AccountMovementOnly, m);
                if (row >= 0)
                    addLedgerSide(d, ledger.rows()[size_t(row)]);
                report.differences.append(d);
                continue;
            }
            const Row &r = ledger.rows()[size_t(row)];
            if (amount.fen() != r.amountFen) {
                Difference d = fromMovement(DifferenceKind::AccountAmountDiffers, m);
                addLedgerSide(d, r);
                report.differences.append(d);
            } else {
                ++report.totals.matched;
            }
        }
    }

    void ledgerNotInAccount()
    {
        report.differences.append(
            ledger.unmatchedInPeriod(DifferenceKind::LedgerNotInAccount, options.period));
    }

    void balanceBroken()
    {
        for (const AccountBalanceBreak &b : bill.balanceBreaks) {
            Difference d;
            d.period = options.period;
            d.kind = DifferenceKind::BalanceBroken;
            d.diffKey = differenceKindCode(d.kind) + u':' + utf8(b.serialNo);
            d.billAmount = b.stated;
            for (const AccountMovement &m : bill.movements)
                if (m.lineNumber == b.lineNumber)
                    d.happened = QDateTime::fromMSecsSinceEpoch(m.atMs, Qt::UTC);
            //: %1 line number, %2 serial number (账务流水号), %3 and %4 amounts in yuan
            d.detail = tr("Line %1 (movement %2) says the balance is ¥%3, but the balance before "
                          "it plus the movement make ¥%4: the account bill's running balance is "
                          "broken. Download the bill again; if it stays, raise it with Alipay.")
                           .arg(b.lineNumber)
                           .arg(utf8(b.serialNo), b.stated.toYuan(), b.expected.toYuan());
            report.differences.append(d);
        }
    }

    void totals()
    {
        ReconciliationTotals &t = report.totals;
        AccountBillTotals a = AccountReconciliation::totalsOf(bill);
        SideTotals &b = t.bill;
        for (const AccountMovement &m : bill.movements) {
            b.tradeCount += m.business == AccountBusiness::Payment ? 1 : 0;
            b.refundCount += m.business == AccountBusiness::Refund ? 1 : 0;
        }
        b.income = a.income;
        b.refunds = a.refunds;
        b.fees = a.fees - a.feeRefunds;
        SideTotals &g = t.ledger;
        g = ledger.sideTotals();
        g.fees = b.fees; // the ledger knows no fees
        const QStringList footer = AccountBillParser::footerProblems(bill);
        const QStringList summary = AccountBillParser::summaryProblems(bill);
        t.footerAgrees = footer.isEmpty();
        t.summaryAgrees = summary.isEmpty();
        t.hasSummary = bill.summary.has_value();
        addTotals(QStringLiteral("footer"), footer,
                  tr("The account bill's totals lines do not add up: %1. Download the bill "
                     "again."));
        addTotals(QStringLiteral("summary"), summary,
                  tr("The account bill's summary file does not match its movements: %1. "
                     "Download the bill again."));

        a.tradeBill = options.tradeBillState;
        a.tradeBillFile = options.tradeBillFile;
        if (options.tradeBill) {
            a.tradeBill = AccountBillTotals::TradeBill::Compared;
            Money income, refunds, fees;
            for (const BillDetailLine &l : options.tradeBill->lines) {
                (l.type == BillDetailLine::Type::Trade ? income : refunds) += l.merchantReceipt;
                fees -= l.serviceFee;
            }
            refunds = -refunds;
            QStringList parts;
            const auto compare = [&parts](const QString &name, Money account, Money trade) {
                if (account != trade)
                    //: %1 what is compared, %2 the account bill's amount, %3 the trade bill's
                    parts.append(
                        tr("%1: ¥%2 against ¥%3").arg(name, account.toYuan(), trade.toYuan()));
            };
            compare(tr("income"), a.income, income);
            compare(tr("refunds"), a.refunds, refunds);
            compare(tr("fees less fees given back"), a.fees - a.feeRefunds, fees);
            a.tradeBillAgrees = parts.isEmpty();
            addTotals(QStringLiteral("trade_bill"), parts,
                      tr("The account bill and the trade bill of the same period disagree "
                         "(account bill against trade bill): %1."));
        }
        t.account = a;
    }

    void addTotals(const QString &what, const QStringList &parts, const QString &sentence)
    {
        if (parts.isEmpty())
            return;
        report.differences.append(ReconciliationEngine::totalsDifference(
            DifferenceKind::AccountTotalsDiffer, what, sentence.arg(parts.join(tr("; "))),
            options.period, bill.periodFromMs));
    }
};

AccountBillTotals AccountReconciliation::totalsOf(const ParsedAccountBill &bill)
{
    AccountBillTotals a;
    a.movements = int(bill.movements.size());
    for (const AccountMovement &m : bill.movements) {
        switch (m.business) {
        case AccountBusiness::Payment:
            a.income += m.income + m.expense;
            break;
        case AccountBusiness::Refund:
            a.refunds -= m.expense + m.income;
            break;
        case AccountBusiness::Fee:
            a.fees -= m.expense + m.income;
            break;
        case AccountBusiness::FeeRefund:
            a.feeRefunds += m.income + m.expense;
            break;
        case AccountBusiness::TransferOut:
            a.transfersOut -= m.expense + m.income;
            break;
        case AccountBusiness::Other:
            a.otherIn += m.income;
            a.otherOut -= m.expense;
            break;
        }
    }
    a.opening = bill.opening();
    a.closing = bill.closing();
    a.balanceBreaks = int(bill.balanceBreaks.size());
    return a;
}

std::optional<AccountReconciliation::Report>
AccountReconciliation::reconcile(const Store &store, const ParsedAccountBill &bill,
                                 const Options &options, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QSqlDatabase db = store.database();
    if (!db.isOpen()) {
        why = tr("The database is not open: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    AccountRun run{bill, options, {}, std::vector<qint32>(bill.movements.size(), -1), {}, {}};
    run.progress(0);
    run.ledger.reserve(bill.movements.size() + 1024);
    // A day either side: a charge at 23:59:59 may be stamped a moment later in our ledger.
    if (!run.ledger.loadWindow(db, bill.periodFromMs - DayMs, bill.periodToMs + DayMs,
                               bill.periodFromMs, bill.periodToMs, options.cancel, {}, &why))
        return std::nullopt;
    run.ledger.buildIndex();
    run.indexRefunds();
    run.progress(50);
    run.match(false);
    if (const QList<QByteArray> missing = run.unmatchedRequestNos(); !missing.isEmpty()) {
        const size_t before = run.ledger.rows().size();
        if (!run.ledger.loadRequests(db, missing, options.cancel, &why))
            return std::nullopt;
        if (run.ledger.rows().size() > before) {
            run.ledger.buildIndex();
            run.indexRefunds();
            run.match(true);
        }
    }
    if (!run.ledger.settleClosedTrades(db, &why))
        return std::nullopt;
    if (run.cancelled()) {
        why = tr("The reconciliation was cancelled.");
        return std::nullopt;
    }
    run.progress(75);
    run.classify();
    run.ledgerNotInAccount();
    run.balanceBroken();
    run.totals();
    ReconciliationEngine::finishReport(run.report);
    run.progress(100);
    return std::move(run.report);
}

} // namespace DepositDesk
