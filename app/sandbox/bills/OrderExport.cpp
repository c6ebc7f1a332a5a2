#include "sandbox/bills/OrderExport.h"

#include "domain/ChinaTime.h"
#include "domain/CsvField.h"
#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/ledger/Ledger.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::OrderExport", text);
}

QString timeText(const QDateTime &at)
{
    return at.isValid() ? ChinaTime::format(at) : QString();
}

// "138****5678" -> "5678"; empty for an e-mail or anything else.
QString phoneTail(const QString &maskedLogonId)
{
    static const QRegularExpression phone(QStringLiteral("^1\\d{2}\\*+(\\d{4})$"));
    const auto match = phone.match(maskedLogonId);
    return match.hasMatch() ? match.captured(1) : QString();
}

struct OrderTrades
{
    QStringList tradeNos;
    QStringList outTradeNos;
    QStringList refundRequestNos;
    Money refunded;
    QDateTime lastChange;
};

QStringList row(const FundAuthOrder &order, const QList<FundAuthOperation> &operations,
                const OrderTrades &trades)
{
    const QJsonObject extra = QJsonDocument::fromJson(order.extraParam.toUtf8()).object();
    QString freezeRequestNo;
    QString freezeOperationId;
    Money requested;
    QStringList operationIds;
    QDateTime updated = order.createdAt;
    for (const QDateTime &at : {order.authorizedAt, order.endedAt, trades.lastChange})
        updated = std::max(updated, at.isValid() ? at : updated);
    for (const FundAuthOperation &operation : operations) {
        operationIds.append(operation.operationId);
        if (operation.type == AuthOperationType::Freeze) {
            freezeRequestNo = operation.outRequestNo;
            freezeOperationId = operation.operationId;
            requested = operation.amount;
        }
        if (operation.transAt.isValid())
            updated = std::max(updated, operation.transAt);
    }
    return {order.outOrderNo,
            order.authNo,
            freezeRequestNo,
            order.orderTitle,
            toProtocol(order.status),
            order.isCreditAuth() ? QStringLiteral("CREDIT_AUTH") : QString(),
            requested.toYuan(),
            order.totalFreezeAmount.toYuan(),
            order.totalFreezeCreditAmount.toYuan(),
            order.totalFreezeFundAmount().toYuan(),
            order.restAmount().toYuan(),
            order.totalUnfreezeAmount().toYuan(),
            order.totalPayAmount().toYuan(),
            trades.refunded.toYuan(),
            order.payerUserId,
            order.payerLogonId,
            BillLedgerSource::maskRealName(order.payerName),
            phoneTail(order.payerLogonId),
            extra.value(u"outStoreCode").toString(),
            extra.value(u"outStoreAlias").toString(),
            extra.value(u"category").toString(),
            timeText(order.createdAt),
            timeText(updated),
            freezeOperationId,
            operationIds.join(u'|'),
            trades.tradeNos.join(u'|'),
            trades.outTradeNos.join(u'|'),
            trades.refundRequestNos.join(u'|'),
            order.appId,
            order.payeeUserId};
}

} // namespace

QStringList OrderExport::columns()
{
    return {QStringLiteral("out_order_no"),     QStringLiteral("auth_no"),
            QStringLiteral("out_request_no"),   QStringLiteral("order_title"),
            QStringLiteral("status"),           QStringLiteral("pre_auth_type"),
            QStringLiteral("requested_amount"), QStringLiteral("total_amount"),
            QStringLiteral("credit_amount"),    QStringLiteral("fund_amount"),
            QStringLiteral("rest_amount"),      QStringLiteral("unfrozen_amount"),
            QStringLiteral("paid_amount"),      QStringLiteral("refunded_amount"),
            QStringLiteral("payer_user_id"),    QStringLiteral("payer_logon_id"),
            QStringLiteral("payer_name"),       QStringLiteral("phone_tail"),
            QStringLiteral("store_id"),         QStringLiteral("store_name"),
            QStringLiteral("category"),         QStringLiteral("created"),
            QStringLiteral("updated"),          QStringLiteral("operation_id"),
            QStringLiteral("operation_ids"),    QStringLiteral("trade_nos"),
            QStringLiteral("out_trade_nos"),    QStringLiteral("refund_request_nos"),
            QStringLiteral("app_id"),           QStringLiteral("payee_user_id")};
}

QByteArray OrderExport::csv(const Ledger &ledger, const QString &appId)
{
    QHash<QString, OrderTrades> tradesByAuthNo;
    for (const Trade &trade : ledger.trades(appId)) {
        if (trade.refusedUnpaid())
            continue; // a refused charge moved nothing: not part of the order's history
        OrderTrades &entry = tradesByAuthNo[trade.authNo];
        entry.tradeNos.append(trade.tradeNo);
        entry.outTradeNos.append(trade.outTradeNo);
        entry.refunded += trade.refundFee;
        entry.lastChange = std::max(entry.lastChange, trade.paidAt);
        for (const Refund &refund : ledger.refunds(trade.tradeNo)) {
            entry.refundRequestNos.append(refund.outRequestNo);
            entry.lastChange = std::max(entry.lastChange, refund.refundedAt);
        }
    }
    QString text;
    const auto appendRow = [&text](const QStringList &cells) {
        // Read back by the importer: the cells keep their exact bytes (no apostrophes).
        text += CsvField::line(cells, CsvField::Formulas::Verbatim) + QStringLiteral("\r\n");
    };
    appendRow(columns());
    for (const FundAuthOrder &order : ledger.orders(appId))
        appendRow(row(order, ledger.operations(order.authNo), tradesByAuthNo.value(order.authNo)));
    return text.toUtf8();
}

bool OrderExport::writeFile(const Ledger &ledger, const QString &appId, const QString &path,
                            QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(ledger, appId)) < 0 || !file.commit()) {
        if (error)
            *error = tr("The order list could not be written to %1: %2. Choose a folder you "
                        "can write to.")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace DepositDesk::Sandbox
