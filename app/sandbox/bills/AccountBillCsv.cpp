#include "sandbox/bills/AccountBillCsv.h"

#include "sandbox/bills/BillCsvDocument.h"
#include "sandbox/bills/BillPeriod.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace DepositDesk::Sandbox {

namespace {

const QString Zero = QStringLiteral("0.00");

QString typeTrade()
{
    return QStringLiteral("在线支付");
}
QString typeRefund()
{
    return QStringLiteral("交易退款");
}
QString typeFee()
{
    return QStringLiteral("收费");
}
QString typeFeeBack()
{
    return QStringLiteral("收费退回");
}

// A stable 账务流水号: the day of the movement and 20 digits derived from what it belongs to,
// so that a day bill and a month bill give the same movement the same number.
QString serialFor(const BillLine &line, const QString &businessType)
{
    const QByteArray key =
        (line.tradeNo + u'|' + line.refundRequestNo + u'|' + businessType).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const quint64 number = qFromBigEndian<quint64>(digest.constData()) % 10000000000000000000ULL;
    return BillCsvDocument::plainTime(line.finishedAt).left(10).remove(u'-') +
           QString::number(number).rightJustified(20, u'0');
}

struct TypeTotals
{
    int incomes = 0;
    int expenses = 0;
    Money income;
    Money expense;

    void add(const AccountBillCsv::Movement &movement)
    {
        if (!movement.income.isZero()) {
            ++incomes;
            income += movement.income;
        }
        if (!movement.expense.isZero()) {
            ++expenses;
            expense += movement.expense;
        }
    }
    QStringList cells(const QString &name) const
    {
        return {name,
                QString::number(incomes),
                income.toYuan(),
                QString::number(expenses),
                expense.toYuan(),
                (income + expense).toYuan()};
    }
};

} // namespace

QStringList AccountBillCsv::detailColumns()
{
    return {QStringLiteral("账务流水号"),      QStringLiteral("业务流水号"),
            QStringLiteral("商户订单号"),      QStringLiteral("商品名称"),
            QStringLiteral("发生时间"),        QStringLiteral("对方账号"),
            QStringLiteral("收入金额（+元）"), QStringLiteral("支出金额（-元）"),
            QStringLiteral("账户余额（元）"),  QStringLiteral("交易渠道"),
            QStringLiteral("业务类型"),        QStringLiteral("备注")};
}

QStringList AccountBillCsv::summaryColumns()
{
    return {QStringLiteral("业务类型"),        QStringLiteral("收入笔数"),
            QStringLiteral("收入金额（+元）"), QStringLiteral("支出笔数"),
            QStringLiteral("支出金额（-元）"), QStringLiteral("合计（元）")};
}

QList<AccountBillCsv::Movement> AccountBillCsv::movements(const BillLines &lines,
                                                          Money openingBalance)
{
    QList<Movement> result;
    Money balance = openingBalance;
    const auto add = [&](const BillLine &line, Money signedAmount, const QString &type,
                         const QString &remark) {
        Movement movement;
        movement.serialNo = serialFor(line, type);
        movement.businessNo = line.tradeNo;
        movement.outTradeNo = line.outTradeNo;
        movement.subject = line.subject;
        movement.at = line.finishedAt;
        movement.counterparty = line.buyerAccount;
        (signedAmount.isNegative() ? movement.expense : movement.income) = signedAmount;
        balance += signedAmount;
        movement.balance = balance;
        movement.businessType = type;
        movement.remark = remark;
        result.append(movement);
    };
    for (const BillLine &line : lines) {
        const bool refund = line.type == BillLine::Type::Refund;
        if (!line.merchantReceipt.isZero())
            add(line, line.merchantReceipt, refund ? typeRefund() : typeTrade(),
                refund && line.remark.isEmpty() ? line.refundRequestNo : line.remark);
        if (!line.serviceFee.isZero())
            add(line, line.serviceFee, line.serviceFee.isNegative() ? typeFee() : typeFeeBack(),
                QStringLiteral("交易服务费[%1]").arg(line.tradeNo));
    }
    return result;
}

QString AccountBillCsv::detail(const QList<Movement> &movements, const QString &account,
                               const BillPeriod &period, const QDateTime &exportedAt)
{
    BillCsvDocument document;
    document.addTitle(QStringLiteral("支付宝账务明细查询"), account, period);
    document.addMarker(QStringLiteral("账务明细列表"));
    document.addRow(detailColumns());
    TypeTotals totals;
    for (const Movement &movement : movements) {
        document.addRow({BillCsvDocument::padded(movement.serialNo),
                         BillCsvDocument::padded(movement.businessNo),
                         BillCsvDocument::padded(movement.outTradeNo), movement.subject,
                         BillCsvDocument::plainTime(movement.at), movement.counterparty,
                         movement.income.isZero() ? Zero : movement.income.toYuan(),
                         movement.expense.isZero() ? Zero : movement.expense.toYuan(),
                         movement.balance.toYuan(), QStringLiteral("支付宝"), movement.businessType,
                         movement.remark});
        totals.add(movement);
    }
    document.addMarker(QStringLiteral("账务明细列表结束"));
    document.addComment(QStringLiteral("收入合计：%1笔，共%2元")
                            .arg(QString::number(totals.incomes), totals.income.toYuan()));
    document.addComment(QStringLiteral("支出合计：%1笔，共%2元")
                            .arg(QString::number(totals.expenses), totals.expense.toYuan()));
    document.addExportTime(exportedAt);
    return document.text();
}

QString AccountBillCsv::summary(const QList<Movement> &movements, Money openingBalance,
                                const QString &account, const BillPeriod &period,
                                const QDateTime &exportedAt)
{
    const QStringList order = {typeTrade(), typeRefund(), typeFee(), typeFeeBack()};
    QList<TypeTotals> perType(order.size());
    TypeTotals all;
    for (const Movement &movement : movements) {
        perType[order.indexOf(movement.businessType)].add(movement);
        all.add(movement);
    }
    BillCsvDocument document;
    document.addTitle(QStringLiteral("支付宝账务汇总查询"), account, period);
    document.addMarker(QStringLiteral("账务汇总列表"));
    document.addRow(summaryColumns());
    for (int i = 0; i < order.size(); ++i) {
        if (perType[i].incomes + perType[i].expenses > 0)
            document.addRow(perType[i].cells(order[i]));
    }
    document.addRow(all.cells(QStringLiteral("合计")));
    document.addMarker(QStringLiteral("账务汇总列表结束"));
    document.addComment(
        QStringLiteral("期初余额：%1元，期末余额：%2元")
            .arg(openingBalance.toYuan(), (openingBalance + all.income + all.expense).toYuan()));
    document.addExportTime(exportedAt);
    return document.text();
}

} // namespace DepositDesk::Sandbox
