#pragma once

#include "domain/OperatorSession.h"
#include "services/actions/ActionOutcome.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace DepositDesk {

class AlipayApi;
class Clock;
class OrderFacts;
class Store;

// Settles every intent whose outcome is UNKNOWN with the query that matches its kind
// (unfreeze: operation.detail.query by out_request_no; charge: trade.query by out_trade_no;
// refund: fastpay.refund.query; cancel: detail.query of the freeze; Sesame sync: trade.query),
// at once, then with backoff (backoffMs: 2 s, 5 s, 15 s, 1 min, 5 min, then every 5 min), and
// again at every start (resolveAll()).
//
// A query that shows the request was applied settles it SUCCEEDED (facts, outcome and audit entry
// in one transaction); anything unclear leaves it UNKNOWN and schedules the next try. "Not
// applied" settles it NOT_DONE only when queries said so notDoneConfirmations times in a row,
// the request is older than the transport's timeout plus a margin, and the desk that sent it
// no longer holds the order's lock (its call is not out any more). Even then it may land late,
// so a NOT_DONE intent blocks new request numbers of its order and kind (IntentJournal): the
// way forward is retry(), which sends exactly the journaled biz_content with the same request
// number after checking the order again under its lock. At start, resolveAll() also repairs
// refund requests left behind their call's outcome (ActionRecorder::repair()).
class OutcomeResolver : public QObject
{
    Q_OBJECT

public:
    OutcomeResolver(const Store &store, AlipayApi &api, OrderFacts &facts,
                    QObject *parent = nullptr);
    ~OutcomeResolver() override;

    static constexpr int DefaultNotDoneMarginMs = 30000;

    // The desk whose order locks retry() takes (OrderActions' desk: one per process); default:
    // a new desk id.
    void setDesk(const QString &desk);
    QString desk() const;
    void setClock(const Clock &clock);
    // How long past the transport's timeout a request must be before "not found" may settle it
    // NOT_DONE. Default DefaultNotDoneMarginMs.
    void setNotDoneMargin(int ms);
    // The order locks' lease while a retry is out; tests use short ones.
    void setLeaseSeconds(int seconds);
    // How many queries in a row must show "not done" before it is settled NOT_DONE (a query
    // right after the call may not see it yet, docs/alipay-protocol.md §6.9, §6.10). Default 2.
    void setNotDoneConfirmations(int count);

    // Delays between attempts for one intent; the last one repeats. Tests set short ones.
    void setBackoff(const QList<int> &backoffMs);
    QList<int> backoff() const { return m_backoffMs; }

    // Starts settling every UNKNOWN intent in the journal (call at start).
    void resolveAll();
    // Starts settling one intent now (OrderActions::intentUnknown connects here).
    void resolve(qint64 intentId);
    // Re-sends a NOT_DONE intent with the same request number and parameters; refused (with a
    // message) for any other outcome or without the capability for its kind.
    void retry(const OperatorSession &session, qint64 intentId, const QObject *context,
               std::function<void(const ActionOutcome &)> done);

    // Intents being worked on (UNKNOWN, with a try scheduled or running).
    int pending() const;

Q_SIGNALS:
    // An intent was settled (SUCCEEDED / FAILED / NOT_DONE); the UI reloads the order.
    void settled(qint64 intentId, const QString &outOrderNo);
    void pendingChanged(int pending);
    // Something an operator must know that no one asked for: a query settled an intent but its
    // audit entry could not be written. message is translated, without secrets.
    void problem(const QString &message);

private:
    struct Private;
    void attempt(qint64 intentId);
    void schedule(qint64 intentId);
    void finish(qint64 intentId, const QString &outOrderNo);
    // Whether the intent's request could still be on its way (too young, or its desk still holds
    // the order): then "not found" does not settle it.
    bool mayBeInFlight(qint64 intentId) const;

    const Store &m_store;
    AlipayApi &m_api;
    OrderFacts &m_facts;
    QList<int> m_backoffMs;
    std::unique_ptr<Private> d;
};

} // namespace DepositDesk
