#include "SandboxStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace DepositDesk {

namespace {

constexpr int SchemaVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::SandboxStore", text);
}

// Column lists; the write and read functions below use the same order.
const QStringList &orderColumns()
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
                                        QStringLiteral("ended_at")};
    return columns;
}

const QStringList &operationColumns()
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

const QStringList &tradeColumns()
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

const QStringList &refundColumns()
{
    static const QStringList columns = {
        QStringLiteral("trade_no"),     QStringLiteral("out_request_no"), QStringLiteral("app_id"),
        QStringLiteral("out_trade_no"), QStringLiteral("reason"),         QStringLiteral("amount"),
        QStringLiteral("refunded_at")};
    return columns;
}

const QStringList &syncColumns()
{
    static const QStringList columns = {
        QStringLiteral("trade_no"), QStringLiteral("out_request_no"),
        QStringLiteral("app_id"),   QStringLiteral("biz_type"),
        QStringLiteral("status"),   QStringLiteral("orig_request_no"),
        QStringLiteral("synced_at")};
    return columns;
}

QVariant fen(Money money)
{
    return QVariant::fromValue(money.fen());
}

QVariant instant(const QDateTime &time)
{
    return time.isValid() ? QVariant::fromValue(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QVariantList values(const FundAuthOrder &o)
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
            instant(o.endedAt)};
}

QVariantList values(const FundAuthOperation &o)
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

QVariantList values(const SandboxTrade &t)
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

QVariantList values(const SandboxRefund &r)
{
    return {r.tradeNo,     r.outRequestNo,       r.appId, r.outTradeNo, r.reason,
            fen(r.amount), instant(r.refundedAt)};
}

QVariantList values(const OrderInfoSyncRecord &s)
{
    return {s.tradeNo,       s.outRequestNo,     s.appId, s.bizType, s.status,
            s.origRequestNo, instant(s.syncedAt)};
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

QString createTable(const QString &table, const QStringList &columns, const QString &key)
{
    QStringList defs;
    for (const QString &column : columns) {
        const bool numeric =
            column.startsWith(QLatin1String("total_")) || column.endsWith(QLatin1String("_at")) ||
            column.endsWith(QLatin1String("amount")) || column == QLatin1String("refund_fee") ||
            column == QLatin1String("complete_mode");
        defs << column + (numeric ? QStringLiteral(" INTEGER") : QStringLiteral(" TEXT"));
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2, PRIMARY KEY (%3))")
        .arg(table, defs.join(QLatin1String(", ")), key);
}

QString upsert(const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
}

} // namespace

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("dd_sandbox_store_") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SandboxStore::~SandboxStore()
{
    close();
}

void SandboxStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool SandboxStore::open(const QString &path, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open()) {
        if (error)
            *error =
                tr("Cannot open the sandbox state file %1: %2").arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        createTable(QStringLiteral("auth_order"), orderColumns(), QStringLiteral("auth_no")),
        createTable(QStringLiteral("auth_operation"), operationColumns(),
                    QStringLiteral("operation_id")),
        createTable(QStringLiteral("trade"), tradeColumns(), QStringLiteral("trade_no")),
        createTable(QStringLiteral("refund"), refundColumns(),
                    QStringLiteral("trade_no, out_request_no")),
        createTable(QStringLiteral("orderinfo_sync"), syncColumns(),
                    QStringLiteral("trade_no, out_request_no")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value "
                       "INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)};
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("Cannot prepare the sandbox state file %1: %2")
                             .arg(path, query.lastError().text());
            return false;
        }
    }
    m_path = path;
    m_open = true;
    return true;
}

bool SandboxStore::write(const LedgerChange &change, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!m_open || !db.transaction()) {
        if (error)
            *error = tr("The sandbox state cannot be written: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    auto run = [&query](const QString &sql, const QVariantList &bound) {
        query.prepare(sql);
        for (const QVariant &value : bound)
            query.addBindValue(value);
        return query.exec();
    };
    bool ok = true;
    for (const FundAuthOrder &o : change.orders)
        ok = ok && run(upsert(QStringLiteral("auth_order"), orderColumns()), values(o));
    for (const FundAuthOperation &o : change.operations)
        ok = ok && run(upsert(QStringLiteral("auth_operation"), operationColumns()), values(o));
    for (const SandboxTrade &t : change.trades)
        ok = ok && run(upsert(QStringLiteral("trade"), tradeColumns()), values(t));
    for (const SandboxRefund &r : change.refunds)
        ok = ok && run(upsert(QStringLiteral("refund"), refundColumns()), values(r));
    for (const OrderInfoSyncRecord &s : change.syncs)
        ok = ok && run(upsert(QStringLiteral("orderinfo_sync"), syncColumns()), values(s));
    for (auto it = change.counters.cbegin(); ok && it != change.counters.cend(); ++it) {
        ok = run(QStringLiteral("INSERT OR REPLACE INTO counter (name, value) VALUES (?, ?)"),
                 {it.key(), it.value()});
    }
    if (!ok || !db.commit()) {
        if (error)
            *error = tr("The sandbox state cannot be written: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

namespace {

template<typename Read>
void selectAll(const QString &connection, const QString &table, const QStringList &columns,
               const QString &order, Read read)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                        .arg(columns.join(QLatin1String(", ")), table, order)))
        return;
    while (query.next()) {
        Row row(query);
        read(row);
    }
}

} // namespace

QList<FundAuthOrder> SandboxStore::loadOrders() const
{
    QList<FundAuthOrder> orders;
    selectAll(m_connection, QStringLiteral("auth_order"), orderColumns(),
              QStringLiteral("created_at, auth_no"), [&orders](Row &r) {
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
                  orders << o;
              });
    return orders;
}

QList<FundAuthOperation> SandboxStore::loadOperations() const
{
    QList<FundAuthOperation> operations;
    selectAll(m_connection, QStringLiteral("auth_operation"), operationColumns(),
              QStringLiteral("created_at, operation_id"), [&operations](Row &r) {
                  FundAuthOperation o;
                  o.operationId = r.text();
                  o.authNo = r.text();
                  o.outOrderNo = r.text();
                  o.outRequestNo = r.text();
                  o.type =
                      authOperationTypeFromProtocol(r.text()).value_or(AuthOperationType::Freeze);
                  o.status =
                      authOperationStatusFromProtocol(r.text()).value_or(AuthOperationStatus::Init);
                  o.amount = r.money();
                  o.creditAmount = r.money();
                  o.remark = r.text();
                  o.notifyUrl = r.text();
                  o.tradeNo = r.text();
                  o.cancelAction = r.text();
                  o.createdAt = r.time();
                  o.transAt = r.time();
                  operations << o;
              });
    return operations;
}

QList<SandboxTrade> SandboxStore::loadTrades() const
{
    QList<SandboxTrade> trades;
    selectAll(m_connection, QStringLiteral("trade"), tradeColumns(),
              QStringLiteral("created_at, trade_no"), [&trades](Row &r) {
                  SandboxTrade t;
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
                  trades << t;
              });
    return trades;
}

QList<SandboxRefund> SandboxStore::loadRefunds() const
{
    QList<SandboxRefund> refunds;
    selectAll(m_connection, QStringLiteral("refund"), refundColumns(),
              QStringLiteral("refunded_at, trade_no, out_request_no"), [&refunds](Row &r) {
                  SandboxRefund f;
                  f.tradeNo = r.text();
                  f.outRequestNo = r.text();
                  f.appId = r.text();
                  f.outTradeNo = r.text();
                  f.reason = r.text();
                  f.amount = r.money();
                  f.refundedAt = r.time();
                  refunds << f;
              });
    return refunds;
}

QList<OrderInfoSyncRecord> SandboxStore::loadSyncs() const
{
    QList<OrderInfoSyncRecord> syncs;
    selectAll(m_connection, QStringLiteral("orderinfo_sync"), syncColumns(),
              QStringLiteral("synced_at, trade_no, out_request_no"), [&syncs](Row &r) {
                  OrderInfoSyncRecord s;
                  s.tradeNo = r.text();
                  s.outRequestNo = r.text();
                  s.appId = r.text();
                  s.bizType = r.text();
                  s.status = r.text();
                  s.origRequestNo = r.text();
                  s.syncedAt = r.time();
                  syncs << s;
              });
    return syncs;
}

QHash<QString, qint64> SandboxStore::loadCounters() const
{
    QHash<QString, qint64> counters;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT name, value FROM counter"))) {
        while (query.next())
            counters.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counters;
}

} // namespace DepositDesk
