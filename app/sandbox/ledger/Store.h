#pragma once

#include "sandbox/ledger/Records.h"

#include <QHash>
#include <QList>
#include <QString>

namespace DepositDesk::Sandbox {

// Everything the Ledger changes in one step; written in one transaction.
struct LedgerChange
{
    QList<FundAuthOrder> orders;
    QList<FundAuthOperation> operations;
    QList<Trade> trades;
    QList<Refund> refunds;
    QList<OrderInfoSyncRecord> syncs;
    QHash<QString, qint64> counters;

    bool isEmpty() const
    {
        return orders.isEmpty() && operations.isEmpty() && trades.isEmpty() && refunds.isEmpty() &&
               syncs.isEmpty() && counters.isEmpty();
    }
};

// The sandbox's SQLite persistence: a file (survives a restart) or ":memory:". One named
// connection per instance, used only from the thread that opened it.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // An empty path means in memory. Creates the schema if needed.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    bool write(const LedgerChange &change, QString *error = nullptr);

    QList<FundAuthOrder> loadOrders() const;
    QList<FundAuthOperation> loadOperations() const;
    QList<Trade> loadTrades() const;
    QList<Refund> loadRefunds() const;
    QList<OrderInfoSyncRecord> loadSyncs() const;
    QHash<QString, qint64> loadCounters() const;

private:
    void close();

    QString m_connection;
    QString m_path;
    bool m_open = false;
};

} // namespace DepositDesk::Sandbox
