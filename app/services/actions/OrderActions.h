#pragma once

#include "domain/OperatorSession.h"
#include "services/actions/ActionOutcome.h"

#include "domain/Money.h"
#include "domain/OrderRecord.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace DepositDesk {

class AlipayApi;
class Clock;
class LeaseKeeper;
class RequestNumberGenerator;
class Store;
class OrderFacts;
struct OrderActionState;
struct SesameDefaultRequest;

// The guarded actions on one deposit, the only way the console moves money.
//
// Every action: checks the session's Permissions, takes the order's lock (OrderLocks), checks the
// order's state and amounts as read under the lock (a refusal changes nothing and says why),
// writes the intent (IntentJournal) with a new request number and the full biz_content together
// with "requested" in the audit log, calls Alipay while renewing the lock (LeaseKeeper), then
// records what Alipay signed in the ledger and order index (OrderFacts), settles the intent and
// appends the outcome to the audit log in one transaction, and calls `done` once. An unknown
// answer — or one that could not be recorded — leaves the intent UNKNOWN and the outcome
// AwaitingConfirmation; OutcomeResolver settles it. Callbacks run later on this thread, only
// while `context` lives.
class OrderActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Unfreeze, Charge, RequestRefund, CancelFreeze, ReportToSesame };
    Q_ENUM(Action)

    // Whether a button for `action` should be enabled for this session and order; when not,
    // `reason` is the translated tooltip ("Only supervisors may …", "Nothing is left frozen.",
    // "An unfreeze of ¥12.00 is awaiting confirmation.").
    struct Availability
    {
        bool enabled = false;
        QString reason;
    };

    struct UnfreezeInput
    {
        QString outOrderNo;
        Money amount;         // ≤ rest
        QString reason;       // required, sent as remark and kept in the audit log
        bool complete = true; // credit orders: bizComplete when this releases everything left
        // Empty: a new number from the generator. Set: the caller's derived number
        // (RequestNumberGenerator::derived(), bulk actions), sent as out_request_no; an intent
        // already journaled under it is not sent again (IntentJournal::begin()).
        QString requestNo = QString();
    };
    struct ChargeInput
    {
        QString outOrderNo;
        Money amount; // ≤ rest, ≤ the role's charge limit
        QString subject;
        QString reason;
        bool releaseRest = false; // true: auth_confirm_mode COMPLETE (rest unfrozen, order ends)
        // The customer defaulted: the order gets the VIOLATED mark (OrderMarks, audited
        // "order.marked") when the charge is sent, so reconciliation can tell whether the
        // default was reported to Sesame.
        bool violation = false;
    };
    struct RefundInput
    {
        QString outOrderNo;
        QString outTradeNo; // the charge to refund
        Money amount;       // ≤ charged − refunded of that charge
        QString reason;
        // As UnfreezeInput::requestNo: the request's out_request_no. A request of the order
        // already recorded under it is not asked again: requestRefund() reports it.
        QString requestNo = QString();
    };
    struct CancelInput
    {
        QString outOrderNo;
        QString reason;
    };
    struct SesameInput
    {
        QString outOrderNo;
        QString outTradeNo; // the charge the sync is about
        // VIOLATED is never sent directly: it is asked for (requestDefaultReport()) and a
        // supervisor approves it (approveDefaultReport()). reportToSesame() refuses it.
        bool violated = false;
        QString reason;
        QString requestNo = QString(); // as UnfreezeInput::requestNo
        // Set by approveDefaultReport() only: the approved request and the approver's comment.
        qint64 defaultRequestId = 0;
        QString approvalComment = QString();
    };
    struct DefaultReportInput
    {
        QString outOrderNo;
        QString reason; // required; kept with the request and in the audit log
    };

    using Done = std::function<void(const ActionOutcome &)>;

    // desk: this console's identity (OrderLocks::newDeskId(), one per process).
    OrderActions(const Store &store, AlipayApi &api, RequestNumberGenerator &numbers,
                 OrderFacts &facts, const QString &desk, QObject *parent = nullptr);
    ~OrderActions() override;

    QString desk() const;
    // The order locks' lease (OrderLocks::DefaultLeaseSeconds); tests use short ones.
    void setLeaseSeconds(int seconds);

    Availability availability(Action action, const OperatorSession &session,
                              const OrderRecord &order) const;
    // The same on the order's state as the caller read it already (OrderActionGuards::load()).
    Availability availabilityOf(Action action, const OperatorSession &session,
                                const OrderActionState &state) const;
    // Why this desk cannot call Alipay for `action` (the database cannot be reached, or no usable
    // credentials: read-only desk; for a charge also no seller ID), or empty. A refund request is
    // recorded locally and needs no credentials, but it needs the database.
    QString gatewayProblem(Action action) const;
    // What gatewayProblem() says while the gateway has no usable keys (ConsoleServices: the
    // keychain's state in plain words); empty: the generic sentence.
    void setCredentialsProblem(const QString &problem) { m_credentialsProblem = problem; }
    // While not empty (the database cannot be reached: ConsoleServices says since when), every
    // action, a refund request included, is refused with this sentence before anything is
    // written, locked or sent; nothing is kept to be sent later.
    void setDatabaseProblem(const QString &problem) { m_databaseProblem = problem; }
    QString databaseProblem() const { return m_databaseProblem; }

    void unfreeze(const OperatorSession &session, const UnfreezeInput &input,
                  const QObject *context, Done done);
    void charge(const OperatorSession &session, const ChargeInput &input, const QObject *context,
                Done done);
    // Records a refund request (PENDING_APPROVAL) with its out_request_no chosen now; sends
    // nothing. The approval flow executes it with executeRefund().
    void requestRefund(const OperatorSession &session, const RefundInput &input,
                       const QObject *context, Done done);
    // Sends exactly the recorded request (same out_request_no, same amount). The approver needs
    // ApproveRefund and must not be the requester. The comment is kept with the approval.
    // A request below the desk policy's approval threshold (DeskPolicy) is executed by
    // requestRefund() itself, approved by PolicyApprover.
    void executeRefund(const OperatorSession &approver, qint64 refundRequestId,
                       const QObject *context, Done done);
    void executeRefund(const OperatorSession &approver, qint64 refundRequestId,
                       const QString &comment, const QObject *context, Done done);
    static const QString PolicyApprover; // "policy": decidedBy of below-threshold refunds
    void cancelFreeze(const OperatorSession &session, const CancelInput &input,
                      const QObject *context, Done done);
    // COMPLETE (the customer kept the agreement), one step.
    void reportToSesame(const OperatorSession &session, const SesameInput &input,
                        const QObject *context, Done done);
    // The customer defaulted: records a request (SesameDefaultRequests) to report VIOLATED about
    // the order's failed charge, with its out_request_no chosen now; sends nothing. Refused before
    // SesameDefaultRule allows it (no charge the customer could not pay, or fewer than 15 days
    // since the first one: the refusal says from when), and while the order has a pending or
    // approved request. Audited "sesame.default.requested".
    void requestDefaultReport(const OperatorSession &session, const DefaultReportInput &input,
                              const QObject *context, Done done);
    // A supervisor (Capability::ApproveRefund) who did not ask approves: the rule is checked
    // again, the failed charge is queried (Alipay's trade number; a charge the customer paid after
    // all is not reported), then exactly the recorded report is sent through the guarded path and
    // the request becomes APPROVED, audited "sesame.default.approved".
    void approveDefaultReport(const OperatorSession &approver, qint64 requestId,
                              const QString &comment, const QObject *context, Done done);
    // Rejects a pending request (the comment, why, is required); sends nothing. Audited
    // "sesame.default.rejected".
    ActionOutcome rejectDefaultReport(const OperatorSession &approver, qint64 requestId,
                                      const QString &comment);
    // Why `session` may not decide the request (translated), or empty.
    static QString defaultDecisionProblem(const OperatorSession &session,
                                          const SesameDefaultRequest &request);

    // Intents written while a group is open (between its construction and its end) are
    // committed together, in one transaction, when it ends: each action's own checks, lock,
    // intent and "requested" entry are a savepoint of that transaction (an action refused rolls
    // back only its own), and no call of the group leaves before the whole is on disk. When the
    // group cannot be committed, none of its calls is sent: each is refused with the store's
    // error, nothing of it written. Answers (and refusals) arrive as usual, from the event loop.
    // Only OrderActions' own calls wait for the group: nothing else that writes and then sends
    // may run while one is open. A group that cannot open its transaction groups nothing (each
    // action commits on its own, as without it). Groups do not nest.
    class IntentGroup
    {
    public:
        explicit IntentGroup(OrderActions &actions);
        ~IntentGroup() { end(); }
        IntentGroup(const IntentGroup &) = delete;
        IntentGroup &operator=(const IntentGroup &) = delete;

        bool isOpen() const { return m_open; }
        // Ends the group now (the destructor does otherwise): commits it, then sends its calls,
        // or refuses them. Returns whether it was committed (a group that did not open: true),
        // with the store's error in *error when not.
        bool end(QString *error = nullptr);

    private:
        OrderActions &m_actions;
        bool m_open = false;
    };

    // Runs start() from the event loop, soon, inside a group (IntentGroup) that also records
    // the answers that arrived meanwhile: what the actions start() begins and those answers are
    // committed together, and its calls leave after that commit. Dropped when `context` is gone.
    void startInNextGroup(const QObject *context, std::function<void()> start);

    // Where "now" comes from: SesameDefaultRule, and the dates of the intents, audit entries and
    // refund requests written (tests move it; the demo writes its history of the past with it).
    // The system clock by default; the clock must outlive this object.
    void setClock(const Clock &clock) { m_clock = &clock; }

Q_SIGNALS:
    // The ledger, index or journal of an order changed (UI: reload the detail, the row).
    void orderChanged(const QString &outOrderNo);
    // An intent was left UNKNOWN (OutcomeResolver listens and starts settling it).
    void intentUnknown(qint64 intentId);

private:
    struct Private;
    // What availability() says before the order is read: no such role, or the gateway's problem.
    std::optional<Availability> unavailableBeforeReading(Action action,
                                                         const OperatorSession &session) const;
    void sendSesameReport(const OperatorSession &session, const SesameInput &input,
                          const QString &tradeNo, const QObject *context, Done done);

    const Store &m_store;
    AlipayApi &m_api;
    RequestNumberGenerator &m_numbers;
    OrderFacts &m_facts;
    LeaseKeeper *m_leases;
    const Clock *m_clock;
    QString m_credentialsProblem;
    QString m_databaseProblem;
    struct Group;
    // The open IntentGroup's transaction and the calls waiting for its commit; null: none open.
    std::unique_ptr<Group> m_group;
    struct Pending;
    // Answers arrived and not recorded yet, and what startInNextGroup() was given: recorded and
    // run together, in one group, from the event loop.
    std::unique_ptr<Pending> m_pending;
};

} // namespace DepositDesk
