#pragma once

#include "store/IntentRecord.h"
#include "store/StoreResult.h"

#include <QList>

namespace DepositDesk {

class Clock;
class Store;

// The intent journal: a row before every money-moving call, then its outcome.
//
// A request number belongs to one call: (kind, request number) is unique in the database, so
// two desks can never send two different calls under one number. Writing the same intent again
// (same kind, number and parameters) is how a retry starts; it returns the existing row. Rows
// are never deleted; every reported outcome is also kept in intent_outcomes, in order. SUCCEEDED
// and FAILED are final: a later, different outcome is refused. NOT_DONE (a query proved it was not
// applied) is final for settle() too, but begin() of the same intent — the retry — moves it back
// to UNKNOWN (recorded in the history) before the call goes out again.
class IntentJournal
{
public:
    explicit IntentJournal(const Store &store);
    IntentJournal(const Store &store, const Clock &clock);

    // Writes the intent (id, created, sent and outcome are set on return; intent.desk is the
    // sending desk), or — for a retry with the same parameters — fills it from the existing row
    // and sets *retry; a NOT_DONE row becomes UNKNOWN again, sent now by intent.desk. The caller
    // checks intent.outcome: a SUCCEEDED or FAILED one is not resent. A new request number is
    // refused while another intent of the order and kind is open (open(), openProblem()).
    StoreResult begin(IntentRecord &intent, bool *retry = nullptr);
    StoreResult settle(qint64 id, IntentRecord::Outcome outcome, const QString &code = {},
                       const QString &subCode = {}, const QString &subMsg = {});

    std::optional<IntentRecord> find(IntentRecord::Kind kind, const QString &requestNo) const;
    std::optional<IntentRecord> find(qint64 id) const;
    // The intent of this order and kind that is UNKNOWN or NOT_DONE, if any: while there is one,
    // begin() writes no other request number of that order and kind.
    std::optional<IntentRecord> open(const QString &outOrderNo, IntentRecord::Kind kind) const;
    // Why a new request cannot start while `earlier` is open (translated).
    static QString openProblem(const IntentRecord &earlier);
    // Every intent whose outcome is still UNKNOWN, oldest first: the resolver's work list.
    QList<IntentRecord> unknown() const;
    QList<IntentRecord> forOrder(const QString &outOrderNo) const;
    // The outcomes reported for an intent, oldest first.
    QList<IntentRecord::Outcome> outcomeHistory(qint64 id) const;

private:
    StoreResult reopen(IntentRecord &intent, const QString &desk);
    StoreResult recordOutcome(qint64 id, IntentRecord::Outcome outcome, const QString &code,
                              const QString &subCode, const QString &subMsg);
    QList<IntentRecord> select(const QString &where,
                               const QList<std::pair<QString, QVariant>> &binds) const;

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
