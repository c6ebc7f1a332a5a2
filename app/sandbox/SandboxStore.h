#pragma once

#include "SandboxRecords.h"

#include <QHash>
#include <QList>
#include <QString>

namespace DepositDesk {

// Everything the SandboxLedger changes in one step; written in one transaction.
struct LedgerChange
{
    QList<FundAuthOrder> orders;
    QList<FundAuthOperation> operations;
    QList<SandboxTrade> trades;
    QList<SandboxRefund> refunds;
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
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // An empty path means in memory. Creates the schema if needed.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    bool write(const LedgerChange &change, QString *error = nullptr);

    QList<FundAuthOrder> loadOrders() const;
    QList<FundAuthOperation> loadOperations() const;
    QList<SandboxTrade> loadTrades() const;
    QList<SandboxRefund> loadRefunds() const;
    QList<OrderInfoSyncRecord> loadSyncs() const;
    QHash<QString, qint64> loadCounters() const;

private:
    void close();

    QString m_connection;
    QString m_path;
    bool m_open = false;
};

} // namespace DepositDesk
