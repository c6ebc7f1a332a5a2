#include "sandbox/bills/TradeBillCsv.h"

#include "sandbox/bills/BillCsvDocument.h"
#include "sandbox/bills/BillPeriod.h"

#include <map>
#include <utility>

namespace DepositDesk::Sandbox {

namespace {

const QString Zero = QStringLiteral("0.00");

// Sums of one store's rows (or of all rows) for the summary file and the footer lines.
struct Totals
{
    int trades = 0;
    int refunds = 0;
    Money tradeReceipt;
    Money refundReceipt;
    Money orderAmount;
    Money receipt;
    Money fee;

    void add(const BillLine &line)
    {
        if (line.type == BillLine::Type::Trade) {
            ++trades;
            tradeReceipt += line.merchantReceipt;
        } else {
            ++refunds;
            refundReceipt += line.merchantReceipt;
        }
        orderAmount += line.orderAmount;
        receipt += line.merchantReceipt;
        fee += line.serviceFee;
    }

    QStringList summaryCells(const QString &storeId, const QString &storeName) const
    {
        // 实收净额 = 商家实收 + 服务费 (negative when charged) + 分润 (none in the sandbox).
        return {storeId,
                storeName,
                QString::number(trades),
                QString::number(refunds),
                orderAmount.toYuan(),
                receipt.toYuan(),
                Zero,
                Zero,
                Zero,
                fee.toYuan(),
                Zero,
                (receipt + fee).toYuan()};
    }
};

QStringList detailCells(const BillLine &line)
{
    const bool refund = line.type == BillLine::Type::Refund;
    return {BillCsvDocument::padded(line.tradeNo),
            BillCsvDocument::padded(line.outTradeNo),
            refund ? QStringLiteral("退款") : QStringLiteral("交易"),
            line.subject,
            BillCsvDocument::plainTime(line.createdAt),
            BillCsvDocument::plainTime(line.finishedAt),
            BillCsvDocument::padded(line.storeId),
            line.storeName,
            line.operatorId,
            BillCsvDocument::padded(line.terminalId),
            line.buyerAccount,
            line.orderAmount.toYuan(),
            line.merchantReceipt.toYuan(),
            Zero,
            Zero,
            Zero,
            Zero,
            Zero,
            QString(),
            Zero,
            Zero,
            BillCsvDocument::padded(refund ? line.refundRequestNo : QString()),
            line.serviceFee.toYuan(),
            Zero,
            line.remark};
}

} // namespace

QStringList TradeBillCsv::detailColumns()
{
    return {QStringLiteral("支付宝交易号"),
            QStringLiteral("商户订单号"),
            QStringLiteral("业务类型"),
            QStringLiteral("商品名称"),
            QStringLiteral("创建时间"),
            QStringLiteral("完成时间"),
            QStringLiteral("门店编号"),
            QStringLiteral("门店名称"),
            QStringLiteral("操作员"),
            QStringLiteral("终端号"),
            QStringLiteral("对方账户"),
            QStringLiteral("订单金额（元）"),
            QStringLiteral("商家实收（元）"),
            QStringLiteral("支付宝红包（元）"),
            QStringLiteral("集分宝（元）"),
            QStringLiteral("支付宝优惠（元）"),
            QStringLiteral("商家优惠（元）"),
            QStringLiteral("券核销金额（元）"),
            QStringLiteral("券名称"),
            QStringLiteral("商家红包消费金额（元）"),
            QStringLiteral("卡消费金额（元）"),
            QStringLiteral("退款批次号/请求号"),
            QStringLiteral("服务费（元）"),
            QStringLiteral("分润（元）"),
            QStringLiteral("备注")};
}

QStringList TradeBillCsv::summaryColumns()
{
    return {QStringLiteral("门店编号"),         QStringLiteral("门店名称"),
            QStringLiteral("交易订单总笔数"),   QStringLiteral("退款订单总笔数"),
            QStringLiteral("订单金额（元）"),   QStringLiteral("商家实收（元）"),
            QStringLiteral("支付宝优惠（元）"), QStringLiteral("商家优惠（元）"),
            QStringLiteral("卡消费金额（元）"), QStringLiteral("服务费（元）"),
            QStringLiteral("分润（元）"),       QStringLiteral("实收净额（元）")};
}

QString TradeBillCsv::detail(const BillLines &lines, const QString &account,
                             const BillPeriod &period, const QDateTime &exportedAt)
{
    BillCsvDocument document;
    document.addTitle(QStringLiteral("支付宝业务明细查询"), account, period);
    document.addMarker(QStringLiteral("业务明细列表"));
    document.addRow(detailColumns());
    Totals totals;
    for (const BillLine &line : lines) {
        document.addRow(detailCells(line));
        totals.add(line);
    }
    document.addMarker(QStringLiteral("业务明细列表结束"));
    document.addComment(
        QStringLiteral("交易合计：%1笔，商家实收共%2元，商家优惠共%3元")
            .arg(QString::number(totals.trades), totals.tradeReceipt.toYuan(), Zero));
    document.addComment(
        QStringLiteral("退款合计：%1笔，商家实收退款共%2元，商家优惠退款共%3元")
            .arg(QString::number(totals.refunds), totals.refundReceipt.toYuan(), Zero));
    document.addExportTime(exportedAt);
    return document.text();
}

QString TradeBillCsv::summary(const BillLines &lines, const QString &account,
                              const BillPeriod &period, const QDateTime &exportedAt)
{
    // One line per store, ordered by store id; rows without a store form a store of their own.
    std::map<std::pair<QString, QString>, Totals> stores;
    Totals all;
    for (const BillLine &line : lines) {
        stores[{line.storeId, line.storeName}].add(line);
        all.add(line);
    }
    BillCsvDocument document;
    document.addTitle(QStringLiteral("支付宝业务汇总查询"), account, period);
    document.addMarker(QStringLiteral("业务汇总列表"));
    document.addRow(summaryColumns());
    for (const auto &[store, totals] : stores)
        document.addRow(totals.summaryCells(BillCsvDocument::padded(store.first), store.second));
    document.addRow(all.summaryCells(QStringLiteral("合计"), QString()));
    document.addMarker(QStringLiteral("业务汇总列表结束"));
    document.addExportTime(exportedAt);
    return document.text();
}

} // namespace DepositDesk::Sandbox
