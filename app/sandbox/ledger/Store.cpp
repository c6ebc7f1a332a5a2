#include "sandbox/ledger/Store.h"

#include "sandbox/ledger/StoreRows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

namespace DepositDesk::Sandbox {

namespace {

// 1: the first layout. 2: auth_order.payer_can_pay (added to a version-1 file, its orders can
// pay).
constexpr int SchemaVersion = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::Store", text);
}

QString createTable(const QString &table, const QStringList &columns, const QString &key)
{
    QStringList defs;
    for (const QString &column : columns) {
        const bool numeric =
            column.startsWith(QLatin1String("total_")) || column.endsWith(QLatin1String("_at")) ||
            column.endsWith(QLatin1String("amount")) || column == QLatin1String("refund_fee") ||
            column == QLatin1String("complete_mode") || column == QLatin1String("payer_can_pay");
        defs << column + (numeric ? QStringLiteral(" INTEGER") : QStringLiteral(" TEXT"));
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2, PRIMARY KEY (%3))")
        .arg(table, defs.join(QLatin1String(", ")), key);
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
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

Store::Store()
    : m_connection(QStringLiteral("dd_sandbox_store_") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Store::~Store()
{
    close();
}

void Store::close()
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

bool Store::open(const QString &path, QString *error)
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
        createTable(QStringLiteral("auth_order"), StoreRows::orderColumns(),
                    QStringLiteral("auth_no")),
        createTable(QStringLiteral("auth_operation"), StoreRows::operationColumns(),
                    QStringLiteral("operation_id")),
        createTable(QStringLiteral("trade"), StoreRows::tradeColumns(), QStringLiteral("trade_no")),
        createTable(QStringLiteral("refund"), StoreRows::refundColumns(),
                    QStringLiteral("trade_no, out_request_no")),
        createTable(QStringLiteral("orderinfo_sync"), StoreRows::syncColumns(),
                    QStringLiteral("trade_no, out_request_no")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS counter (name TEXT PRIMARY KEY, value "
                       "INTEGER NOT NULL)")};
    const auto run = [&](const QString &statement) {
        if (query.exec(statement))
            return true;
        if (error)
            *error = tr("Cannot prepare the sandbox state file %1: %2")
                         .arg(path, query.lastError().text());
        return false;
    };
    for (const QString &statement : statements) {
        if (!run(statement))
            return false;
    }
    // A file of an earlier version gains the new columns; its rows take their defaults.
    if (!hasColumn(db, QStringLiteral("auth_order"), QStringLiteral("payer_can_pay")) &&
        !run(QStringLiteral(
            "ALTER TABLE auth_order ADD COLUMN payer_can_pay INTEGER NOT NULL DEFAULT 1")))
        return false;
    if (!run(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)))
        return false;
    m_path = path;
    m_open = true;
    return true;
}

bool Store::write(const LedgerChange &change, QString *error)
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
        ok = ok && run(upsert(QStringLiteral("auth_order"), StoreRows::orderColumns()),
                       StoreRows::values(o));
    for (const FundAuthOperation &o : change.operations)
        ok = ok && run(upsert(QStringLiteral("auth_operation"), StoreRows::operationColumns()),
                       StoreRows::values(o));
    for (const Trade &t : change.trades)
        ok = ok &&
             run(upsert(QStringLiteral("trade"), StoreRows::tradeColumns()), StoreRows::values(t));
    for (const Refund &r : change.refunds)
        ok = ok && run(upsert(QStringLiteral("refund"), StoreRows::refundColumns()),
                       StoreRows::values(r));
    for (const OrderInfoSyncRecord &s : change.syncs)
        ok = ok && run(upsert(QStringLiteral("orderinfo_sync"), StoreRows::syncColumns()),
                       StoreRows::values(s));
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
    while (query.next())
        read(query);
}

} // namespace

QList<FundAuthOrder> Store::loadOrders() const
{
    QList<FundAuthOrder> orders;
    selectAll(m_connection, QStringLiteral("auth_order"), StoreRows::orderColumns(),
              QStringLiteral("created_at, auth_no"),
              [&orders](const QSqlQuery &query) { orders << StoreRows::readOrder(query); });
    return orders;
}

QList<FundAuthOperation> Store::loadOperations() const
{
    QList<FundAuthOperation> operations;
    selectAll(m_connection, QStringLiteral("auth_operation"), StoreRows::operationColumns(),
              QStringLiteral("created_at, operation_id"), [&operations](const QSqlQuery &query) {
                  operations << StoreRows::readOperation(query);
              });
    return operations;
}

QList<Trade> Store::loadTrades() const
{
    QList<Trade> trades;
    selectAll(m_connection, QStringLiteral("trade"), StoreRows::tradeColumns(),
              QStringLiteral("created_at, trade_no"),
              [&trades](const QSqlQuery &query) { trades << StoreRows::readTrade(query); });
    return trades;
}

QList<Refund> Store::loadRefunds() const
{
    QList<Refund> refunds;
    selectAll(m_connection, QStringLiteral("refund"), StoreRows::refundColumns(),
              QStringLiteral("refunded_at, trade_no, out_request_no"),
              [&refunds](const QSqlQuery &query) { refunds << StoreRows::readRefund(query); });
    return refunds;
}

QList<OrderInfoSyncRecord> Store::loadSyncs() const
{
    QList<OrderInfoSyncRecord> syncs;
    selectAll(m_connection, QStringLiteral("orderinfo_sync"), StoreRows::syncColumns(),
              QStringLiteral("synced_at, trade_no, out_request_no"),
              [&syncs](const QSqlQuery &query) { syncs << StoreRows::readSync(query); });
    return syncs;
}

QHash<QString, qint64> Store::loadCounters() const
{
    QHash<QString, qint64> counters;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT name, value FROM counter"))) {
        while (query.next())
            counters.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counters;
}

} // namespace DepositDesk::Sandbox
