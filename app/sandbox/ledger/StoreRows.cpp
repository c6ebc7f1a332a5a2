#include "sandbox/ledger/StoreRows.h"

#include <QSqlQuery>
#include <QVariant>

namespace DepositDesk::Sandbox {

namespace {

QVariant fen(Money money)
{
    return QVariant::fromValue(money.fen());
}

QVariant instant(const QDateTime &time)
{
    return time.isValid() ? QVariant::fromValue(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}
// Reads the current row of a query in the column order of the table.
class Row
{
public:
    explicit Row(const QSqlQuery &query)
        : m_query(query)
    {}
    QString text() { return m_query.value(m_index++).toString(); }
    Money money() { return Money::fromFen(m_query.value(m_index++).toLongLong()); }
    bool flag() { return m_query.value(m_index++).toInt() != 0; }
    // NULL (a row written before the column existed) reads as `fallback`.
    bool flag(bool fallback)
    {
        const QVariant value = m_query.value(m_index++);
        return value.isNull() ? fallback : value.toInt() != 0;
    }
    QDateTime time()
    {
        const QVariant value = m_query.value(m_index++);
        return value.isNull() ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    }

private:
    const QSqlQuery &m_query;
    int m_index = 0;
};

} // namespace

// Column lists; the write and read functions below use the same order.
const QStringList &StoreRows::orderColumns()
{
    static const QStringList columns = {QStringLiteral("auth_no"),
                                        QStringLiteral("app_id"),
                                        QStringLiteral("out_order_no"),
                                        QStringLiteral("order_title"),
                                        QStringLiteral("product_code"),
                                        QStringLiteral("kind"),
                                        QStringLiteral("status"),
                                        QStringLiteral("payer_user_id"),
                                        QStringLiteral("payer_logon_id"),
                                        QStringLiteral("payer_name"),
                                        QStringLiteral("payee_user_id"),
                                        QStringLiteral("payee_logon_id"),
                                        QStringLiteral("extra_param"),
                                        QStringLiteral("total_freeze"),
                                        QStringLiteral("total_freeze_credit"),
                                        QStringLiteral("total_unfreeze_credit"),
                                        QStringLiteral("total_unfreeze_fund"),
                                        QStringLiteral("total_pay_credit"),
                                        QStringLiteral("total_pay_fund"),
                                        QStringLiteral("created_at"),
                                        QStringLiteral("expires_at"),
                                        QStringLiteral("authorized_at"),
                                        QStringLiteral("ended_at"),
                                        QStringLiteral("payer_can_pay")};
    return columns;
}

const QStringList &StoreRows::operationColumns()
{
    static const QStringList columns = {
        QStringLiteral("operation_id"), QStringLiteral("auth_no"),
        QStringLiteral("out_order_no"), QStringLiteral("out_request_no"),
        QStringLiteral("type"),         QStringLiteral("status"),
        QStringLiteral("amount"),       QStringLiteral("credit_amount"),
        QStringLiteral("remark"),       QStringLiteral("notify_url"),
        QStringLiteral("trade_no"),     QStringLiteral("cancel_action"),
        QStringLiteral("created_at"),   QStringLiteral("trans_at")};
    return columns;
}

const QStringList &StoreRows::tradeColumns()
{
    static const QStringList columns = {
        QStringLiteral("trade_no"),       QStringLiteral("app_id"),
        QStringLiteral("out_trade_no"),   QStringLiteral("auth_no"),
        QStringLiteral("subject"),        QStringLiteral("body"),
        QStringLiteral("product_code"),   QStringLiteral("buyer_user_id"),
        QStringLiteral("buyer_logon_id"), QStringLiteral("buyer_name"),
        QStringLiteral("seller_id"),      QStringLiteral("store_id"),
        QStringLiteral("operator_id"),    QStringLiteral("terminal_id"),
        QStringLiteral("notify_url"),     QStringLiteral("complete_mode"),
        QStringLiteral("status"),         QStringLiteral("total_amount"),
        QStringLiteral("credit_amount"),  QStringLiteral("unfreeze_amount"),
        QStringLiteral("refund_fee"),     QStringLiteral("created_at"),
        QStringLiteral("paid_at"),        QStringLiteral("closed_at")};
    return columns;
}

const QStringList &StoreRows::refundColumns()
{
    static const QStringList columns = {
        QStringLiteral("trade_no"),     QStringLiteral("out_request_no"), QStringLiteral("app_id"),
        QStringLiteral("out_trade_no"), QStringLiteral("reason"),         QStringLiteral("amount"),
        QStringLiteral("refunded_at")};
    return columns;
}

const QStringList &StoreRows::syncColumns()
{
    static const QStringList columns = {
        QStringLiteral("trade_no"), QStringLiteral("out_request_no"),
        QStringLiteral("app_id"),   QStringLiteral("biz_type"),
        QStringLiteral("status"),   QStringLiteral("orig_request_no"),
        QStringLiteral("synced_at")};
    return columns;
}

QVariantList StoreRows::values(const FundAuthOrder &o)
{
    return {o.authNo,
            o.appId,
            o.outOrderNo,
            o.orderTitle,
            o.productCode,
            toProtocol(o.kind),
            toProtocol(o.status),
            o.payerUserId,
            o.payerLogonId,
            o.payerName,
            o.payeeUserId,
            o.payeeLogonId,
            o.extraParam,
            fen(o.totalFreezeAmount),
            fen(o.totalFreezeCreditAmount),
            fen(o.totalUnfreezeCreditAmount),
            fen(o.totalUnfreezeFundAmount),
            fen(o.totalPayCreditAmount),
            fen(o.totalPayFundAmount),
            instant(o.createdAt),
            instant(o.expiresAt),
            instant(o.authorizedAt),
            instant(o.endedAt),
            o.payerCanPay ? 1 : 0};
}

QVariantList StoreRows::values(const FundAuthOperation &o)
{
    return {o.operationId,
            o.authNo,
            o.outOrderNo,
            o.outRequestNo,
            toProtocol(o.type),
            toProtocol(o.status),
            fen(o.amount),
            fen(o.creditAmount),
            o.remark,
            o.notifyUrl,
            o.tradeNo,
            o.cancelAction,
            instant(o.createdAt),
            instant(o.transAt)};
}

QVariantList StoreRows::values(const Trade &t)
{
    return {t.tradeNo,
            t.appId,
            t.outTradeNo,
            t.authNo,
            t.subject,
            t.body,
            t.productCode,
            t.buyerUserId,
            t.buyerLogonId,
            t.buyerName,
            t.sellerId,
            t.storeId,
            t.operatorId,
            t.terminalId,
            t.notifyUrl,
            t.completeMode ? 1 : 0,
            toProtocol(t.status),
            fen(t.totalAmount),
            fen(t.creditAmount),
            fen(t.unfreezeAmount),
            fen(t.refundFee),
            instant(t.createdAt),
            instant(t.paidAt),
            instant(t.closedAt)};
}

QVariantList StoreRows::values(const Refund &r)
{
    return {r.tradeNo,     r.outRequestNo,       r.appId, r.outTradeNo, r.reason,
            fen(r.amount), instant(r.refundedAt)};
}

QVariantList StoreRows::values(const OrderInfoSyncRecord &s)
{
    return {s.tradeNo,       s.outRequestNo,     s.appId, s.bizType, s.status,
            s.origRequestNo, instant(s.syncedAt)};
}

FundAuthOrder StoreRows::readOrder(const QSqlQuery &query)
{
    Row r(query);
    FundAuthOrder o;
    o.authNo = r.text();
    o.appId = r.text();
    o.outOrderNo = r.text();
    o.orderTitle = r.text();
    o.productCode = r.text();
    o.kind = freezeKindFromProtocol(r.text()).value_or(FreezeKind::App);
    o.status = authOrderStatusFromProtocol(r.text()).value_or(AuthOrderStatus::Init);
    o.payerUserId = r.text();
    o.payerLogonId = r.text();
    o.payerName = r.text();
    o.payeeUserId = r.text();
    o.payeeLogonId = r.text();
    o.extraParam = r.text();
    o.totalFreezeAmount = r.money();
    o.totalFreezeCreditAmount = r.money();
    o.totalUnfreezeCreditAmount = r.money();
    o.totalUnfreezeFundAmount = r.money();
    o.totalPayCreditAmount = r.money();
    o.totalPayFundAmount = r.money();
    o.createdAt = r.time();
    o.expiresAt = r.time();
    o.authorizedAt = r.time();
    o.endedAt = r.time();
    o.payerCanPay = r.flag(true);
    return o;
}

FundAuthOperation StoreRows::readOperation(const QSqlQuery &query)
{
    Row r(query);
    FundAuthOperation o;
    o.operationId = r.text();
    o.authNo = r.text();
    o.outOrderNo = r.text();
    o.outRequestNo = r.text();
    o.type = authOperationTypeFromProtocol(r.text()).value_or(AuthOperationType::Freeze);
    o.status = authOperationStatusFromProtocol(r.text()).value_or(AuthOperationStatus::Init);
    o.amount = r.money();
    o.creditAmount = r.money();
    o.remark = r.text();
    o.notifyUrl = r.text();
    o.tradeNo = r.text();
    o.cancelAction = r.text();
    o.createdAt = r.time();
    o.transAt = r.time();
    return o;
}

Trade StoreRows::readTrade(const QSqlQuery &query)
{
    Row r(query);
    Trade t;
    t.tradeNo = r.text();
    t.appId = r.text();
    t.outTradeNo = r.text();
    t.authNo = r.text();
    t.subject = r.text();
    t.body = r.text();
    t.productCode = r.text();
    t.buyerUserId = r.text();
    t.buyerLogonId = r.text();
    t.buyerName = r.text();
    t.sellerId = r.text();
    t.storeId = r.text();
    t.operatorId = r.text();
    t.terminalId = r.text();
    t.notifyUrl = r.text();
    t.completeMode = r.flag();
    t.status = tradeStatusFromProtocol(r.text()).value_or(TradeStatus::Success);
    t.totalAmount = r.money();
    t.creditAmount = r.money();
    t.unfreezeAmount = r.money();
    t.refundFee = r.money();
    t.createdAt = r.time();
    t.paidAt = r.time();
    t.closedAt = r.time();
    return t;
}

Refund StoreRows::readRefund(const QSqlQuery &query)
{
    Row r(query);
    Refund f;
    f.tradeNo = r.text();
    f.outRequestNo = r.text();
    f.appId = r.text();
    f.outTradeNo = r.text();
    f.reason = r.text();
    f.amount = r.money();
    f.refundedAt = r.time();
    return f;
}

OrderInfoSyncRecord StoreRows::readSync(const QSqlQuery &query)
{
    Row r(query);
    OrderInfoSyncRecord s;
    s.tradeNo = r.text();
    s.outRequestNo = r.text();
    s.appId = r.text();
    s.bizType = r.text();
    s.status = r.text();
    s.origRequestNo = r.text();
    s.syncedAt = r.time();
    return s;
}

} // namespace DepositDesk::Sandbox
