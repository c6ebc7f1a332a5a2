#pragma once

#include "domain/OperatorSession.h"
#include "services/actions/ActionOutcome.h"
#include "services/actions/OrderActions.h"

#include "store/OperatorAccount.h"
#include "store/RefundRequests.h"
#include "store/StoreResult.h"

#include <QObject>

#include <optional>

namespace DepositDesk {

class ChangeFeed;
class Store;

// The supervisors' refund queue: lists refund requests, approves (executes exactly the
// recorded request through OrderActions::executeRefund) or rejects them, and keeps the desk
// policy's approval threshold. Every decision is checked here, not only in the UI: the decider
// needs Capability::ApproveRefund and must not be the requester, whatever their role; the
// threshold needs Capability::ManageOperators. Decisions, threshold changes and sign-ins of a
// supervisor in the approval dialog are audited (never with a password).
//
// queueChanged() is emitted at once for changes made through this desk's services and, for
// changes made at other desks of the team or by other processes, when the change feed
// (ChangeFeed::refundsChanged(), within about a second) says so. Either way a cheap fingerprint
// of the table (how many requests, the newest status change) is read and the signal is emitted
// only when it moved. The feed is followed only while queueChanged() has a receiver.
class RefundApprovals : public QObject
{
    Q_OBJECT

public:
    RefundApprovals(const Store &store, OrderActions &actions, ChangeFeed &changes,
                    QObject *parent = nullptr);

    // Newest first; every status when none is given.
    QList<RefundRequestRecord> queue(std::optional<RefundRequestRecord::Status> status = {},
                                     int limit = 1000) const;
    std::optional<RefundRequestRecord> find(qint64 id) const;
    QList<RefundRequestEvent> history(qint64 id) const;
    int pendingCount() const;

    // Why `session` may not approve or reject `request` (translated), or empty when it may.
    static QString decisionProblem(const OperatorSession &session,
                                   const RefundRequestRecord &request);
    // Why a decision's comment may not be kept (it looks like a secret: the audit log keeps it),
    // or empty. Checked before anything is written or sent.
    static QString commentProblem(const QString &comment);

    // Approves and sends the request; `done` gets the outcome of the refund (or the refusal).
    void approve(const OperatorSession &approver, qint64 id, const QString &comment,
                 const QObject *context, OrderActions::Done done);
    // Rejects a pending request; the comment (why) is required. Synchronous: nothing is sent.
    ActionOutcome reject(const OperatorSession &session, qint64 id, const QString &comment);

    // Refunds below the threshold execute without a supervisor; nullopt: every refund needs one.
    std::optional<Money> threshold() const;
    StoreResult setThreshold(const OperatorSession &session, const std::optional<Money> &threshold);

    // A supervisor signs in inside the approval dialog at someone else's desk: checked by
    // SignIn (failures counted by the directory, lockout), audited "refund.approval_sign_in" with
    // the desk's operator. The desk's own session is not changed. The session is valid when Ok.
    OperatorSession signInApprover(const QString &deskLogin, const QString &login,
                                   const QString &password, QString *message);

    // Whether the change feed is followed (only while queueChanged() has a receiver).
    bool isListening() const { return bool(m_following); }

public Q_SLOTS:
    // Reads the fingerprint now and emits queueChanged() when it moved.
    void refresh();

Q_SIGNALS:
    void queueChanged();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    QString fingerprint() const;
    void updateListening();

    const Store &m_store;
    OrderActions &m_actions;
    ChangeFeed &m_changes;
    QMetaObject::Connection m_following; // m_changes' refundsChanged -> refresh
    QString m_fingerprint;
};

} // namespace DepositDesk
