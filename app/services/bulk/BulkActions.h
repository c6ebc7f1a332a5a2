#pragma once

#include "domain/Money.h"
#include "domain/OperatorSession.h"
#include "services/actions/ActionOutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace DepositDesk {

class OrderActions;
class OutcomeResolver;
class Store;
struct OrderActionState;

// One action run on many orders (a selection of the search page, or a loaded order list:
// BulkOrderList), with no widgets, so a command line can drive it as well as the Bulk action
// dialog.
//
// preview() says per row what would happen (what is left frozen before and after) or why it is
// refused (unknown order, listed twice, the order's state, the role, the amount, an earlier run).
// run() then sends the rows through OrderActions — the same guarded path as a single action:
// permission, the order's lock, the checks under the lock, the intent journal and the audit log —
// with at most maxInFlight() calls out at once; cancel() sends no further row. Each row ends
// Done, Refused, Failed or Unknown (written down as awaiting confirmation: OutcomeResolver
// settles it by query), or Cancelled (not sent).
//
// A refund request (Action::RefundRequest) is recorded through OrderActions::requestRefund(), as
// a single one is, and waits for a supervisor (RefundApprovals) unless the desk policy's
// threshold lets it go at once, as for a single one. It is about the order's latest charge with
// something left to refund; the amount is the request's, or all that is left of that charge. An
// order with a refund request still open (waiting for approval, approved, awaiting confirmation)
// is refused: a bulk request never stacks on one nobody has decided yet. Its amounts before and
// after are what may still be refunded of that charge.
//
// Exactly once across runs: every row's request number is derived
// (RequestNumberGenerator::derived()) from the batch — the order list as given, the action and
// its amount — and the row's position, so running the same list again after a crash or a cancel
// sends the same numbers. A row whose number is already in the intent journal is not sent again:
// it reports what the earlier run came to (done, failed, still awaiting confirmation); a NOT_DONE
// one (a query showed it never landed) is sent again with its recorded parameters through
// OutcomeResolver::retry(). The reason is not part of the batch: changing it does not make a
// row new.
//
// A refund request row is recorded under the row's derived number too (its out_request_no, which
// approval sends to Alipay): a re-run finds the earlier request by it, whatever became of it
// (waiting, approved, executed, rejected), and asks nothing again; OrderActions::requestRefund()
// itself reports a request already recorded under the number it is given.
//
// The calls' network waits run in the background; each row's own reads and writes are short
// and run, one row at a time, on the thread OrderActions lives on, between the event loop's other
// work (BulkRunner keeps that thread a worker's, off the UI thread). The rows whose turn comes
// together start in one group (OrderActions::startInNextGroup()): their intents and locks, and
// the answers that arrived meanwhile, are committed in one transaction, and none of their calls
// leaves before it is (nor at all when it fails). Results are given per row as rowChanged();
// rows() holds them all.
class BulkActions : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        UnfreezeRest,   // unfreeze everything left frozen of each order
        UnfreezeAmount, // unfreeze the same amount of each order
        SesameComplete, // report each order's latest charge to Sesame Credit as COMPLETE
        RefundRequest,  // ask for a refund of each order's latest refundable charge
    };
    Q_ENUM(Action)

    struct Request
    {
        Action action = Action::UnfreezeRest;
        Money amount;       // UnfreezeAmount; RefundRequest: none (0) is all that is left
        QString reason;     // required; the remark and the audit log's reason of every row
        QStringList orders; // out_order_no, in the order of the list (its rows)
    };

    enum class State {
        Ready,     // preview: would be sent
        Refused,   // not sent: checked and refused (the message says why); nothing changed
        Pending,   // run: waiting for its turn
        Running,   // run: its call is out
        Done,      // Alipay confirmed it, or a refund request is recorded (in this run or an
                   // earlier one: the message says)
        Failed,    // Alipay refused it; nothing moved
        Unknown,   // the answer did not arrive: recorded, settled by query
        Cancelled, // run cancelled before this row was sent
    };
    Q_ENUM(State)

    struct Row
    {
        int row = 0; // 1-based position in the list
        QString outOrderNo;
        // Derived; empty for a row that can never be sent. RefundRequest: the refund request's own
        // out_request_no once it is recorded (in this run or an earlier one).
        QString requestNo;
        State state = State::Ready;
        Money restBefore; // RefundRequest: what may still be refunded of the charge
        Money amount;
        Money restAfter;
        QString message; // translated: why refused, what happened
        qint64 intentId = 0;
        QString outTradeNo; // RefundRequest: the charge
    };

    static constexpr int DefaultMaxInFlight = 4;

    // resolver: sends NOT_DONE rows of an earlier run again (may be null: such rows are refused).
    BulkActions(const Store &store, OrderActions &actions, OutcomeResolver *resolver,
                QObject *parent = nullptr);
    ~BulkActions() override;

    static QString actionName(Action action); // translated, "Unfreeze everything left" ...
    // Whether the action has an amount to give: required (UnfreezeAmount) or optional
    // (RefundRequest).
    static bool takesAmount(Action action);
    static bool amountRequired(Action action);
    static QString stateName(State state); // translated, "Done", "Refused" ...
    // The batch's identity: SHA-256 (hex) of the action, its amount and the list of orders.
    static QByteArray batchId(const Request &request);
    // The request number of the row at `index` (0-based) of the batch.
    static QString requestNo(const Request &request, int index);

    // Why the request as a whole cannot run (no orders, no reason, no amount), or empty.
    static QString requestProblem(const Request &request);

    QList<Row> preview(const OperatorSession &session, const Request &request) const;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    // Starts the batch (refused while one runs); rows() is its preview at start, then updated.
    bool run(const OperatorSession &session, const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void rowChanged(int index);
    void progress(int finished, int total);
    // Every row has its result (cancelled: cancel() was asked for).
    void finished(bool cancelled);

private:
    // batch: batchId(request), computed once per list (it reads every order of it).
    Row previewRow(const OperatorSession &session, const Request &request, const QByteArray &batch,
                   int index, bool duplicate) const;
    static QString requestNo(const QByteArray &batch, const Request &request, int index);
    // The row at `index` as it is now, when its turn comes (previewRow() again, or less where
    // OrderActions checks the rest under the order's lock).
    Row current(int index) const;
    void pump();
    void startWaiting(); // starts m_starting's rows, their intents in one group
    void start(int index);
    void settle(int index, const ActionOutcome &outcome);
    void rowEnded();
    std::optional<Row> earlierRefundRequest(Row row) const;

    const Store &m_store;
    OrderActions &m_actions;
    OutcomeResolver *m_resolver;
    int m_maxInFlight = DefaultMaxInFlight;

    OperatorSession m_session;
    Request m_request;
    QByteArray m_batchId; // batchId(m_request)
    QList<Row> m_rows;
    int m_next = 0;
    QList<int> m_starting; // rows whose turn came, started together by startWaiting()
    bool m_startQueued = false;
    int m_inFlight = 0;
    int m_finished = 0;
    bool m_running = false;
    bool m_cancelled = false;
    std::unique_ptr<QObject> m_context; // the calls' context: their answers end with it
};

} // namespace DepositDesk
