#include "services/refunds/RefundApprovals.h"

#include "services/actions/ActionMessages.h"
#include "services/actions/ActionRecorder.h"
#include "services/actions/OrderActionGuards.h"
#include "services/orders/ChangeFeed.h"
#include "services/session/SignIn.h"

#include "store/AuditLog.h"
#include "store/DeskPolicy.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QLoggingCategory>
#include <QMetaMethod>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcApprovals, "depositdesk.approvals")

using S = RefundRequestRecord::Status;

QString signInResultCode(SignInResult::Status status)
{
    switch (status) {
    case SignInResult::Status::Ok:
        return QStringLiteral("ok");
    case SignInResult::Status::WrongCredentials:
        return QStringLiteral("wrong_credentials");
    case SignInResult::Status::LockedOut:
        return QStringLiteral("locked_out");
    case SignInResult::Status::Disabled:
        return QStringLiteral("disabled");
    case SignInResult::Status::AccessChanged:
        return QStringLiteral("access_changed");
    case SignInResult::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

ActionOutcome refused(const QString &why)
{
    return ActionMessages::refused(why);
}

} // namespace

RefundApprovals::RefundApprovals(const Store &store, OrderActions &actions, ChangeFeed &changes,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_actions(actions)
    , m_changes(changes)
{
    // Requests and outcomes recorded through this desk's actions show at once.
    connect(&m_actions, &OrderActions::orderChanged, this, &RefundApprovals::refresh);
    m_fingerprint = fingerprint();
}

QList<RefundRequestRecord> RefundApprovals::queue(std::optional<S> status, int limit) const
{
    QList<RefundRequestRecord> list = RefundRequests(m_store).list(status, 0);
    std::reverse(list.begin(), list.end());
    if (limit > 0 && list.size() > limit)
        list.resize(limit);
    return list;
}

std::optional<RefundRequestRecord> RefundApprovals::find(qint64 id) const
{
    return RefundRequests(m_store).find(id);
}

QList<RefundRequestEvent> RefundApprovals::history(qint64 id) const
{
    return RefundRequests(m_store).history(id);
}

int RefundApprovals::pendingCount() const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT COUNT(*) FROM refund_requests WHERE status = :s"));
    q.bind(QStringLiteral("s"), refundRequestStatusCode(S::PendingApproval));
    return q.exec() && q.next() ? int(q.int64(0)) : 0;
}

QString RefundApprovals::decisionProblem(const OperatorSession &session,
                                         const RefundRequestRecord &request)
{
    if (!session.isValid())
        return tr("Sign in first.");
    if (!session.can(Capability::ApproveRefund))
        return Permissions::deniedReason(session.role, Capability::ApproveRefund);
    if (request.requester == session.login)
        return tr("%1 asked for this refund: another supervisor must approve or reject it.")
            .arg(session.login);
    if (request.status != S::PendingApproval)
        return tr("This refund request is %1: it no longer waits for a decision.")
            .arg(refundRequestStatusDisplayName(request.status));
    return {};
}

QString RefundApprovals::commentProblem(const QString &comment)
{
    return OrderActionGuards::commentProblem(comment);
}

void RefundApprovals::approve(const OperatorSession &approver, qint64 id, const QString &comment,
                              const QObject *context, OrderActions::Done done)
{
    const std::optional<RefundRequestRecord> request = find(id);
    QString problem = request ? decisionProblem(approver, *request)
                              : tr("There is no refund request number %1.").arg(id);
    if (problem.isEmpty())
        problem = commentProblem(comment);
    if (!problem.isEmpty()) {
        const ActionOutcome outcome = refused(problem);
        QTimer::singleShot(0, context, [done, outcome] {
            if (done)
                done(outcome);
        });
        return;
    }
    QPointer<RefundApprovals> self(this);
    m_actions.executeRefund(approver, id, comment.trimmed(), context,
                            [self, done](const ActionOutcome &outcome) {
                                if (self)
                                    self->refresh();
                                if (done)
                                    done(outcome);
                            });
    refresh(); // APPROVED is written before the call goes out
}

ActionOutcome RefundApprovals::reject(const OperatorSession &session, qint64 id,
                                      const QString &comment)
{
    const std::optional<RefundRequestRecord> request = find(id);
    if (!request)
        return refused(tr("There is no refund request number %1.").arg(id));
    if (const QString problem = decisionProblem(session, *request); !problem.isEmpty())
        return refused(problem);
    if (comment.trimmed().isEmpty())
        return refused(tr("Say why the refund is rejected: the agent and the customer will want "
                          "to know."));
    if (const QString problem = commentProblem(comment); !problem.isEmpty())
        return refused(problem);
    // The decision and its audit entry are written together, or neither.
    ActionRecorder recorder(m_store);
    const StoreResult moved = recorder.audited(
        [&] {
            return recorder.refundRequests().setStatus(id, S::Rejected, session.login,
                                                       comment.trimmed());
        },
        [&] {
            return AuditEvent{session.login, QStringLiteral("refund.request.rejected"),
                              request->outOrderNo,
                              QJsonObject{{QStringLiteral("refund_request_id"), id},
                                          {QStringLiteral("request_no"), request->outRequestNo},
                                          {QStringLiteral("requester"), request->requester},
                                          {QStringLiteral("amount_fen"), request->amount.fen()},
                                          {QStringLiteral("comment"), comment.trimmed()}}};
        });
    if (!moved)
        return refused(moved.errorString);
    refresh();
    ActionOutcome outcome;
    outcome.status = ActionOutcome::Status::Recorded;
    outcome.requestNo = request->outRequestNo;
    outcome.refundRequestId = id;
    outcome.amount = request->amount;
    outcome.message = tr("The refund of %1 (request %2) is rejected. Nothing was sent to Alipay.")
                          .arg(ActionMessages::yuan(request->amount), request->outRequestNo);
    return outcome;
}

std::optional<Money> RefundApprovals::threshold() const
{
    return DeskPolicy(m_store).refundApprovalThreshold();
}

StoreResult RefundApprovals::setThreshold(const OperatorSession &session,
                                          const std::optional<Money> &threshold)
{
    if (!session.isValid())
        return StoreResult::failure(tr("Sign in first."));
    if (!session.can(Capability::ManageOperators))
        return StoreResult::failure(tr("Only administrators may change the refund approval "
                                       "threshold."));
    const std::optional<Money> before = this->threshold();
    const StoreResult written =
        DeskPolicy(m_store).setRefundApprovalThreshold(threshold, session.login);
    if (!written)
        return written;
    const auto fen = [](const std::optional<Money> &m) {
        return m ? QJsonValue(m->fen()) : QJsonValue(QJsonValue::Null);
    };
    return AuditLog(m_store).append({session.login,
                                     QStringLiteral("policy.refund_threshold.changed"), QString(),
                                     QJsonObject{{QStringLiteral("before_fen"), fen(before)},
                                                 {QStringLiteral("after_fen"), fen(threshold)}}});
}

OperatorSession RefundApprovals::signInApprover(const QString &deskLogin, const QString &login,
                                                const QString &password, QString *message)
{
    const SignIn::Result result = SignIn(m_store).check(login, password);
    AuditEvent event;
    event.operatorLogin = result.ok() ? result.session.login : deskLogin;
    event.action = QStringLiteral("refund.approval_sign_in");
    event.details = {{QStringLiteral("approver_login"), login.trimmed().toLower()},
                     {QStringLiteral("desk_operator"), deskLogin},
                     {QStringLiteral("result"), signInResultCode(result.status)}};
    // Like the console's own sign-in, an unaudited attempt is logged and does not decide the
    // sign-in: what the approver then approves is audited with the approval, or not done.
    if (const StoreResult written = AuditLog(m_store).append(event); !written)
        qCWarning(lcApprovals).noquote() << "approval sign-in not audited:" << written.errorString;
    if (message)
        *message = result.message;
    return result.session;
}

void RefundApprovals::refresh()
{
    const QString now = fingerprint();
    if (now == m_fingerprint)
        return;
    m_fingerprint = now;
    Q_EMIT queueChanged();
}

QString RefundApprovals::fingerprint() const
{
    // Every change of a request appends an event: the newest event's id moves with each one,
    // even two within the same millisecond.
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM refund_requests), (SELECT MAX(id) "
                                "FROM refund_request_events)"));
    if (!q.exec() || !q.next())
        return m_fingerprint; // unreadable now: nothing to report
    return QStringLiteral("%1/%2").arg(q.int64(0)).arg(q.int64(1));
}

void RefundApprovals::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&RefundApprovals::queueChanged))
        QMetaObject::invokeMethod(this, &RefundApprovals::updateListening, Qt::QueuedConnection);
}

void RefundApprovals::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&RefundApprovals::queueChanged))
        QMetaObject::invokeMethod(this, &RefundApprovals::updateListening, Qt::QueuedConnection);
}

void RefundApprovals::updateListening()
{
    const bool listened =
        isSignalConnected(QMetaMethod::fromSignal(&RefundApprovals::queueChanged));
    if (listened && !m_following) {
        m_fingerprint = fingerprint();
        m_following =
            connect(&m_changes, &ChangeFeed::refundsChanged, this, &RefundApprovals::refresh);
    } else if (!listened && m_following) {
        disconnect(m_following);
        m_following = {};
    }
}

} // namespace DepositDesk
