#pragma once

#include "store/LedgerEntry.h"
#include "store/StoreResult.h"

#include "domain/OperationRecord.h"
#include "domain/RefundRecord.h"
#include "domain/TradeRecord.h"

#include <QList>

namespace DepositDesk {

class Clock;
class Store;

// Every fund-auth operation, trade and refund the console has learned of, with its source.
//
// Facts are never overwritten: recording what is already known adds nothing, and recording a
// change (a new status, an amount that differs) adds a new revision row next to the old one.
// Fields a source leaves empty keep their known value (a notification that lacks gmt_trans does
// not count as a change). The ledger has no UPDATE and no DELETE statement.
// Operations and charges also feed the order index's search keys.
class Ledger
{
public:
    enum class RecordOutcome { New, Changed, Known };

    explicit Ledger(const Store &store);
    Ledger(const Store &store, const Clock &clock);

    StoreResult recordOperation(const OperationRecord &operation, FactSource source,
                                RecordOutcome *outcome = nullptr);
    StoreResult recordTrade(const TradeRecord &trade, FactSource source,
                            RecordOutcome *outcome = nullptr);
    StoreResult recordRefund(const RefundRecord &refund, FactSource source,
                             RecordOutcome *outcome = nullptr);

    // For the writer that read order outOrderNo's whole history in this transaction, under the
    // facts writer's lock (OrderFactsWriter): from now on every entry this object writes (a new
    // fact or a new revision) is appended to *history as stored, so that the writer follows it
    // without reading it again, and the latest revision of a fact of that order is looked up there
    // instead of in the database. `indexed`: the order has a row in the index; without one, a
    // fact's search keys are left to the row's first upsert, which reads them from the ledger.
    // A revision another writer stored meanwhile is still found: its unique number refuses the
    // write, and the database is asked. nullptr stops it.
    void followHistory(const QString &outOrderNo, QList<LedgerEntry> *history, bool indexed)
    {
        m_historyOf = outOrderNo;
        m_history = history;
        m_indexed = indexed;
    }

    // Every revision of every fact of the order, oldest first.
    QList<LedgerEntry> history(const QString &outOrderNo) const;
    // The latest revision of each fact of the order.
    QList<OperationRecord> operations(const QString &outOrderNo) const;
    QList<TradeRecord> trades(const QString &outOrderNo) const;
    QList<RefundRecord> refunds(const QString &outOrderNo) const;
    // The same from a history() already read, without asking the database again.
    static QList<OperationRecord> operationsOf(const QList<LedgerEntry> &history);
    static QList<TradeRecord> tradesOf(const QList<LedgerEntry> &history);
    static QList<RefundRecord> refundsOf(const QList<LedgerEntry> &history);

private:
    StoreResult record(LedgerEntry entry, FactSource source, RecordOutcome *outcome);
    StoreResult recordOnce(LedgerEntry &entry, RecordOutcome *outcome, bool &conflict,
                           bool fromHistory);
    // The entry is of the order whose history is followed (followHistory()).
    bool follows(const LedgerEntry &entry) const
    {
        return m_history && m_historyOf == entry.outOrderNo;
    }
    std::optional<LedgerEntry> lastRevision(const LedgerEntry &entry, bool fromHistory,
                                            QString *error) const;
    QList<LedgerEntry> latest(const QString &outOrderNo, LedgerEntry::Kind kind) const;
    static QList<LedgerEntry> latestOf(const QList<LedgerEntry> &history, LedgerEntry::Kind kind);

    const Store &m_store;
    const Clock &m_clock;
    QString m_historyOf;
    QList<LedgerEntry> *m_history = nullptr;
    bool m_indexed = true;
};

} // namespace DepositDesk
