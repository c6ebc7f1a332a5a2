#include "store/SesameDefaultRequests.h"

#include "domain/Clock.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

namespace DepositDesk {

namespace {

using S = SesameDefaultRequest::Status;

const QString Columns = QStringLiteral(
    "id, out_order_no, out_trade_no, amount_fen, failed_at, out_request_no, reason, requester, "
    "requested_at, status, decided_by, decision_comment, decided_at, intent_id");

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

SesameDefaultRequest readRequest(const StoreQuery &q)
{
    SesameDefaultRequest r;
    r.id = q.int64(0);
    r.outOrderNo = q.text(1);
    r.outTradeNo = q.text(2);
    r.amount = Money::fromFen(q.int64(3));
    r.failed = utc(q.int64(4));
    r.outRequestNo = q.text(5);
    r.reason = q.text(6);
    r.requester = q.text(7);
    r.requested = utc(q.int64(8));
    r.status = SesameDefaultRequests::statusFromCode(q.text(9)).value_or(S::PendingApproval);
    r.decidedBy = q.text(10);
    r.decisionComment = q.text(11);
    if (!q.value(12).isNull())
        r.decided = utc(q.int64(12));
    r.intentId = q.int64(13);
    return r;
}

} // namespace

SesameDefaultRequests::SesameDefaultRequests(const Store &store)
    : SesameDefaultRequests(store, Clock::system())
{}

SesameDefaultRequests::SesameDefaultRequests(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString SesameDefaultRequests::statusCode(S status)
{
    switch (status) {
    case S::PendingApproval:
        return QStringLiteral("PENDING_APPROVAL");
    case S::Approved:
        return QStringLiteral("APPROVED");
    case S::Rejected:
        return QStringLiteral("REJECTED");
    }
    return {};
}

std::optional<S> SesameDefaultRequests::statusFromCode(QStringView code)
{
    for (const S s : {S::PendingApproval, S::Approved, S::Rejected})
        if (code == statusCode(s))
            return s;
    return std::nullopt;
}

StoreResult SesameDefaultRequests::create(SesameDefaultRequest &request)
{
    if (request.outOrderNo.trimmed().isEmpty() || request.outTradeNo.trimmed().isEmpty() ||
        request.outRequestNo.trimmed().isEmpty() || request.requester.trimmed().isEmpty() ||
        !request.failed.isValid())
        return StoreResult::failure(
            tr("A default report is asked for only with its order, its failed charge, its "
               "request number and who asks."));
    for (const SesameDefaultRequest &earlier : forOrder(request.outOrderNo))
        if (earlier.status != S::Rejected)
            return StoreResult::failure(
                tr("The default of order %1 was already asked for by %2 (%3).")
                    .arg(request.outOrderNo, earlier.requester,
                         earlier.status == S::Approved ? tr("approved and reported")
                                                       : tr("waiting for approval")));
    request.requested = utc(m_clock.now().toMSecsSinceEpoch());
    request.status = S::PendingApproval;
    StoreQuery q(m_store.database(),
                 QStringLiteral("INSERT INTO sesame_default_requests (out_order_no, out_trade_no, "
                                "amount_fen, failed_at, out_request_no, reason, requester, "
                                "requested_at, status, decided_by, decision_comment, intent_id) "
                                "VALUES (:o, :t, :a, :f, :r, :why, :who, :at, :s, '', '', 0)") +
                     m_store.dialect().returningId());
    q.bind(QStringLiteral("o"), request.outOrderNo)
        .bind(QStringLiteral("t"), request.outTradeNo)
        .bind(QStringLiteral("a"), request.amount.fen())
        .bind(QStringLiteral("f"), request.failed.toMSecsSinceEpoch())
        .bind(QStringLiteral("r"), request.outRequestNo)
        .bind(QStringLiteral("why"), request.reason)
        .bind(QStringLiteral("who"), request.requester)
        .bind(QStringLiteral("at"), request.requested.toMSecsSinceEpoch())
        .bind(QStringLiteral("s"), statusCode(S::PendingApproval));
    if (!q.exec() || !q.next())
        return StoreResult::failure(q.errorString());
    request.id = q.int64(0);
    return StoreResult::success();
}

QList<SesameDefaultRequest> SesameDefaultRequests::select(const QString &where, const QString &key,
                                                          const QVariant &value) const
{
    QList<SesameDefaultRequest> list;
    StoreQuery q(m_store.database(), QStringLiteral("SELECT %1 FROM sesame_default_requests "
                                                    "WHERE %2 ORDER BY id")
                                         .arg(Columns, where));
    q.bind(key, value);
    if (q.exec())
        while (q.next())
            list.append(readRequest(q));
    return list;
}

std::optional<SesameDefaultRequest> SesameDefaultRequests::find(qint64 id) const
{
    const QList<SesameDefaultRequest> found =
        select(QStringLiteral("id = :id"), QStringLiteral("id"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<SesameDefaultRequest> SesameDefaultRequests::forOrder(const QString &outOrderNo) const
{
    return select(QStringLiteral("out_order_no = :o"), QStringLiteral("o"), outOrderNo);
}

StoreResult SesameDefaultRequests::decide(qint64 id, S to, const QString &who,
                                          const QString &comment, qint64 intentId)
{
    if (to == S::PendingApproval || who.trimmed().isEmpty())
        return StoreResult::failure(tr("A default report is approved or rejected by someone."));
    StoreQuery q(m_store.database(),
                 QStringLiteral("UPDATE sesame_default_requests SET status = :to, decided_by = "
                                ":who, decision_comment = :c, decided_at = :at, intent_id = :i "
                                "WHERE id = :id AND status = :pending"));
    q.bind(QStringLiteral("to"), statusCode(to))
        .bind(QStringLiteral("who"), who)
        .bind(QStringLiteral("c"), comment)
        .bind(QStringLiteral("at"), m_clock.now().toMSecsSinceEpoch())
        .bind(QStringLiteral("i"), intentId)
        .bind(QStringLiteral("id"), id)
        .bind(QStringLiteral("pending"), statusCode(S::PendingApproval));
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(tr("This default report was already decided."));
    return StoreResult::success();
}

} // namespace DepositDesk
