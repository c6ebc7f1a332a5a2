#include "store/DeskPolicy.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

namespace DepositDesk {

const QString DeskPolicy::RefundApprovalThreshold = QStringLiteral("refund_approval_threshold_fen");

DeskPolicy::DeskPolicy(const Store &store)
    : DeskPolicy(store, Clock::system())
{}

DeskPolicy::DeskPolicy(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

std::optional<QString> DeskPolicy::value(const QString &name, QString *error) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT value FROM desk_policy WHERE name = :name"));
    q.bind(QStringLiteral("name"), name);
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

StoreResult DeskPolicy::setValue(const QString &name, const std::optional<QString> &value,
                                 const QString &who)
{
    if (name.trimmed().isEmpty() || who.trimmed().isEmpty())
        return StoreResult::failure(
            tr("A desk policy setting changes only with its name and who changed it."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreQuery remove(db, QStringLiteral("DELETE FROM desk_policy WHERE name = :name"));
    remove.bind(QStringLiteral("name"), name);
    if (!remove.exec())
        return StoreResult::failure(remove.errorString());
    if (value) {
        StoreQuery insert(db, QStringLiteral("INSERT INTO desk_policy (name, value, updated_by, "
                                             "updated_at) VALUES (:name, :value, :who, :at)"));
        insert.bind(QStringLiteral("name"), name)
            .bind(QStringLiteral("value"), *value)
            .bind(QStringLiteral("who"), who)
            .bind(QStringLiteral("at"), m_clock.now().toMSecsSinceEpoch());
        if (!insert.exec())
            return StoreResult::failure(insert.errorString());
    }
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

std::optional<Money> DeskPolicy::refundApprovalThreshold() const
{
    const std::optional<QString> text = value(RefundApprovalThreshold);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 fen = text->toLongLong(&ok);
    // A value no program of ours wrote is treated as absent: every refund needs an approval.
    if (!ok || fen <= 0)
        return std::nullopt;
    return Money::fromFen(fen);
}

StoreResult DeskPolicy::setRefundApprovalThreshold(const std::optional<Money> &threshold,
                                                   const QString &who)
{
    if (threshold && threshold->fen() <= 0)
        return StoreResult::failure(
            tr("An approval threshold must be above ¥0.00. To require an approval for every "
               "refund, remove the threshold."));
    return setValue(RefundApprovalThreshold,
                    threshold ? std::optional(QString::number(threshold->fen())) : std::nullopt,
                    who);
}

} // namespace DepositDesk
