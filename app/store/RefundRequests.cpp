#include "store/RefundRequests.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

using S = RefundRequestRecord::Status;

const QString Columns = QStringLiteral(
    "id, out_order_no, trade_no, out_trade_no, out_request_no, amount_fen, reason, requester, "
    "requested_at, status, decided_by, decision_comment, decided_at, intent_id");

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

RefundRequestRecord readRequest(const StoreQuery &q)
{
    RefundRequestRecord r;
    r.id = q.int64(0);
    r.outOrderNo = q.text(1);
    r.tradeNo = q.text(2);
    r.outTradeNo = q.text(3);
    r.outRequestNo = q.text(4);
    r.amount = Money::fromFen(q.int64(5));
    r.reason = q.text(6);
    r.requester = q.text(7);
    r.requested = utc(q.int64(8));
    r.status = refundRequestStatusFromCode(q.text(9)).value_or(S::PendingApproval);
    r.decidedBy = q.text(10);
    r.decisionComment = q.text(11);
    if (!q.value(12).isNull())
        r.decided = utc(q.int64(12));
    r.intentId = q.int64(13);
    return r;
}

} // namespace

RefundRequests::RefundRequests(const Store &store)
    : RefundRequests(store, Clock::system())
{}

RefundRequests::RefundRequests(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

bool RefundRequests::canMove(S from, S to)
{
    switch (from) {
    case S::PendingApproval:
        return to == S::Approved || to == S::Rejected;
    case S::Approved:
        return to == S::Executed || to == S::Failed || to == S::AwaitingConfirmation;
    case S::AwaitingConfirmation:
        return to == S::Executed || to == S::Failed || to == S::Approved;
    case S::Rejected:
    case S::Executed:
    case S::Failed:
        return false;
    }
    return false;
}

StoreResult RefundRequests::create(RefundRequestRecord &request)
{
    if (request.outOrderNo.trimmed().isEmpty() || request.outTradeNo.trimmed().isEmpty() ||
        request.outRequestNo.trimmed().isEmpty() || request.requester.trimmed().isEmpty())
        return StoreResult::failure(tr("A refund request is recorded only with its order, its "
                                       "charge, its request number and who asked for it."));
    if (request.amount.fen() <= 0)
        return StoreResult::failure(tr("A refund request needs an amount above zero."));
    if (request.reason.trimmed().isEmpty())
        return StoreResult::failure(tr("A refund request needs a reason."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::RefundRequests);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreQuery awaiting(db, QStringLiteral("SELECT out_request_no FROM refund_requests WHERE "
                                           "out_trade_no = :t AND status = :s"));
    awaiting.bind(QStringLiteral("t"), request.outTradeNo)
        .bind(QStringLiteral("s"), refundRequestStatusCode(S::AwaitingConfirmation));
    if (!awaiting.exec())
        return StoreResult::failure(awaiting.errorString());
    if (awaiting.next())
        return StoreResult::failure(
            tr("The refund %1 of this charge is still awaiting Alipay's confirmation. Wait until "
               "it is settled, then ask again.")
                .arg(awaiting.text(0)));
    awaiting.finish();

    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    StoreQuery insert(
        db, QStringLiteral("INSERT INTO refund_requests (out_order_no, trade_no, out_trade_no, "
                           "out_request_no, amount_fen, reason, requester, requested_at, status, "
                           "updated_at) VALUES (:o, :tn, :t, :r, :amount, :reason, :who, :at, "
                           ":status, :at2)") +
                m_store.dialect().returningId());
    insert.bind(QStringLiteral("o"), request.outOrderNo)
        .bind(QStringLiteral("tn"), request.tradeNo)
        .bind(QStringLiteral("t"), request.outTradeNo)
        .bind(QStringLiteral("r"), request.outRequestNo)
        .bind(QStringLiteral("amount"), request.amount.fen())
        .bind(QStringLiteral("reason"), request.reason)
        .bind(QStringLiteral("who"), request.requester)
        .bind(QStringLiteral("at"), now)
        .bind(QStringLiteral("status"), refundRequestStatusCode(S::PendingApproval))
        .bind(QStringLiteral("at2"), now);
    if (!insert.exec() || !insert.next()) {
        if (m_store.dialect().isUniqueViolation(insert.lastError()))
            return StoreResult::failure(
                tr("The refund number %1 is already used for this charge. A new request needs a "
                   "new number.")
                    .arg(request.outRequestNo));
        return StoreResult::failure(insert.errorString());
    }
    const qint64 id = insert.int64(0);
    insert.finish();
    const StoreResult event =
        appendEvent(id, S::PendingApproval, request.requester, request.reason, now);
    if (!event)
        return event;
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    request.id = id;
    request.requested = utc(now);
    request.status = S::PendingApproval;
    request.decidedBy.clear();
    request.decisionComment.clear();
    request.decided = QDateTime();
    request.intentId = 0;
    return StoreResult::success();
}

StoreResult RefundRequests::setStatus(qint64 id, S to, const QString &who, const QString &comment)
{
    if (who.trimmed().isEmpty())
        return StoreResult::failure(tr("A refund request changes only with the name of who "
                                       "changed it."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::RefundRequests);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    const auto current = find(id);
    if (!current)
        return StoreResult::failure(tr("There is no refund request number %1.").arg(id));
    if (current->status == to)
        return StoreResult::success();
    if (!canMove(current->status, to))
        return StoreResult::failure(tr("This refund request is %1 and cannot become %2.")
                                        .arg(refundRequestStatusDisplayName(current->status),
                                             refundRequestStatusDisplayName(to)));
    if (to == S::AwaitingConfirmation) {
        StoreQuery other(db, QStringLiteral("SELECT out_request_no FROM refund_requests WHERE "
                                            "out_trade_no = :t AND status = :s AND id <> :id"));
        other.bind(QStringLiteral("t"), current->outTradeNo)
            .bind(QStringLiteral("s"), refundRequestStatusCode(S::AwaitingConfirmation))
            .bind(QStringLiteral("id"), id);
        if (!other.exec())
            return StoreResult::failure(other.errorString());
        if (other.next())
            return StoreResult::failure(
                tr("The refund %1 of this charge is still awaiting Alipay's confirmation. Wait "
                   "until it is settled, then send this one.")
                    .arg(other.text(0)));
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Only the supervisor's decision names a decider: a request going back to APPROVED after
    // AWAITING_CONFIRMATION (the query showed it was not done) keeps who approved it and why;
    // the move is still in the events with who made it.
    const bool decision =
        current->status == S::PendingApproval && (to == S::Approved || to == S::Rejected);
    StoreQuery update(db, decision ? QStringLiteral("UPDATE refund_requests SET status = :s, "
                                                    "decided_by = :who, decision_comment = :c, "
                                                    "decided_at = :at, updated_at = :at2 WHERE "
                                                    "id = :id")
                                   : QStringLiteral("UPDATE refund_requests SET status = :s, "
                                                    "updated_at = :at2 WHERE id = :id"));
    update.bind(QStringLiteral("s"), refundRequestStatusCode(to))
        .bind(QStringLiteral("at2"), now)
        .bind(QStringLiteral("id"), id);
    if (decision)
        update.bind(QStringLiteral("who"), who)
            .bind(QStringLiteral("c"), comment)
            .bind(QStringLiteral("at"), now);
    if (!update.exec())
        return StoreResult::failure(update.errorString());
    const StoreResult event = appendEvent(id, to, who, comment, now);
    if (!event)
        return event;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

StoreResult RefundRequests::linkIntent(qint64 id, qint64 intentId)
{
    StoreQuery update(m_store.database(),
                      QStringLiteral("UPDATE refund_requests SET intent_id = :intent WHERE id = "
                                     ":id AND (intent_id = 0 OR intent_id = :intent2)"));
    update.bind(QStringLiteral("intent"), intentId)
        .bind(QStringLiteral("id"), id)
        .bind(QStringLiteral("intent2"), intentId);
    if (!update.exec())
        return StoreResult::failure(update.errorString());
    if (update.numRowsAffected() != 1)
        return StoreResult::failure(
            tr("Refund request %1 does not exist or was already sent as another call.").arg(id));
    return StoreResult::success();
}

StoreResult RefundRequests::appendEvent(qint64 id, S status, const QString &who,
                                        const QString &comment, qint64 at)
{
    StoreQuery insert(m_store.database(),
                      QStringLiteral("INSERT INTO refund_request_events (request_id, status, "
                                     "operator, comment, at_ms) VALUES (:id, :s, :who, :c, :at)"));
    insert.bind(QStringLiteral("id"), id)
        .bind(QStringLiteral("s"), refundRequestStatusCode(status))
        .bind(QStringLiteral("who"), who)
        .bind(QStringLiteral("c"), comment)
        .bind(QStringLiteral("at"), at);
    return insert.exec() ? StoreResult::success() : StoreResult::failure(insert.errorString());
}

QList<RefundRequestRecord> RefundRequests::select(const QString &where,
                                                  const QList<std::pair<QString, QVariant>> &binds,
                                                  int limit) const
{
    QList<RefundRequestRecord> list;
    QString sql = QStringLiteral("SELECT %1 FROM refund_requests WHERE %2 ORDER BY requested_at, "
                                 "id")
                      .arg(Columns, where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    StoreQuery q(m_store.database(), sql);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (q.exec())
        while (q.next())
            list.append(readRequest(q));
    return list;
}

std::optional<RefundRequestRecord> RefundRequests::find(qint64 id) const
{
    const auto list = select(QStringLiteral("id = :id"), {{QStringLiteral("id"), id}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<RefundRequestRecord>
RefundRequests::findByRequestNo(const QString &outTradeNo, const QString &outRequestNo) const
{
    const auto list =
        select(QStringLiteral("out_trade_no = :t AND out_request_no = :r"),
               {{QStringLiteral("t"), outTradeNo}, {QStringLiteral("r"), outRequestNo}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<RefundRequestRecord> RefundRequests::forOrder(const QString &outOrderNo) const
{
    return select(QStringLiteral("out_order_no = :o"), {{QStringLiteral("o"), outOrderNo}});
}

QList<RefundRequestRecord> RefundRequests::forTrade(const QString &outTradeNo) const
{
    return select(QStringLiteral("out_trade_no = :t"), {{QStringLiteral("t"), outTradeNo}});
}

QList<RefundRequestRecord> RefundRequests::list(std::optional<S> status, int limit) const
{
    if (!status)
        return select(QStringLiteral("1 = 1"), {}, limit);
    return select(QStringLiteral("status = :s"),
                  {{QStringLiteral("s"), refundRequestStatusCode(*status)}}, limit);
}

QList<RefundRequestEvent> RefundRequests::history(qint64 id) const
{
    QList<RefundRequestEvent> list;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT status, operator, comment, at_ms FROM "
                                "refund_request_events WHERE request_id = :id ORDER BY id"));
    q.bind(QStringLiteral("id"), id);
    if (q.exec())
        while (q.next())
            list.append({refundRequestStatusFromCode(q.text(0)).value_or(S::PendingApproval),
                         q.text(1), q.text(2), utc(q.int64(3))});
    return list;
}

} // namespace DepositDesk
