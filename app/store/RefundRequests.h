#pragma once

#include "store/RefundRequestRecord.h"
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// One status change of a refund request, as kept in refund_request_events.
struct RefundRequestEvent
{
    RefundRequestRecord::Status status = RefundRequestRecord::Status::PendingApproval;
    QString operatorLogin; // who moved it ("" never: the resolver writes its own name)
    QString comment;
    QDateTime at;
};

// Refund requests (table refund_requests, migration 6): an agent asks, a supervisor approves or
// rejects, the approval sends exactly the recorded request (same out_request_no and amount).
//
// Status moves only forward along: PENDING_APPROVAL → APPROVED | REJECTED; APPROVED → EXECUTED |
// FAILED | AWAITING_CONFIRMATION; AWAITING_CONFIRMATION → EXECUTED | FAILED | APPROVED (the query
// showed it was not done: it may be sent again, with the same number). Setting the status it
// already has changes nothing. Every change is appended to refund_request_events with who and
// why; rows are never deleted. A new request for a trade is refused while a refund of that trade
// is AWAITING_CONFIRMATION (nobody can know yet what is left to refund).
class RefundRequests
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::RefundRequests)

public:
    explicit RefundRequests(const Store &store);
    RefundRequests(const Store &store, const Clock &clock);

    // Writes a new request (id, requested and status PENDING_APPROVAL are set on return).
    StoreResult create(RefundRequestRecord &request);
    std::optional<RefundRequestRecord> find(qint64 id) const;
    std::optional<RefundRequestRecord> findByRequestNo(const QString &outTradeNo,
                                                       const QString &outRequestNo) const;
    // Oldest first.
    QList<RefundRequestRecord> forOrder(const QString &outOrderNo) const;
    QList<RefundRequestRecord> forTrade(const QString &outTradeNo) const;
    // Oldest first; every status when none is given.
    QList<RefundRequestRecord> list(std::optional<RefundRequestRecord::Status> status = {},
                                    int limit = 1000) const;

    // Moves a request to `to`; APPROVED and REJECTED also record who decided, the comment and
    // when. A move the rules above do not allow is refused with a translated reason.
    StoreResult setStatus(qint64 id, RefundRequestRecord::Status to, const QString &who,
                          const QString &comment = {});
    // Remembers the intent of the execution (set once; the same id again is fine).
    StoreResult linkIntent(qint64 id, qint64 intentId);
    // Every status the request had, oldest first (the first is PENDING_APPROVAL).
    QList<RefundRequestEvent> history(qint64 id) const;

    static bool canMove(RefundRequestRecord::Status from, RefundRequestRecord::Status to);

private:
    QList<RefundRequestRecord> select(const QString &where,
                                      const QList<std::pair<QString, QVariant>> &binds,
                                      int limit = -1) const;
    StoreResult appendEvent(qint64 id, RefundRequestRecord::Status status, const QString &who,
                            const QString &comment, qint64 at);

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
