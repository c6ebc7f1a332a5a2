#include "finance/KnownExternalPayments.h"

#include "store/Store.h"
#include "store/StoreQuery.h"

namespace DepositDesk {

KnownExternalPayments::KnownExternalPayments(const Store &store)
    : m_store(store)
{}

QString KnownExternalPayments::keyOf(const QString &tradeNo, const QString &outTradeNo,
                                     const QString &outRequestNo)
{
    return tradeNo + u'\n' + outTradeNo + u'\n' + outRequestNo;
}

std::optional<QSet<QString>> KnownExternalPayments::keys(QString *error) const
{
    StoreQuery q(m_store.database(), QStringLiteral("SELECT trade_no, out_trade_no, "
                                                    "out_request_no FROM known_external_payments"));
    if (!q.exec()) {
        *error = q.errorString();
        return std::nullopt;
    }
    QSet<QString> keys;
    while (q.next())
        keys.insert(keyOf(q.text(0), q.text(1), q.text(2)));
    return keys;
}

std::optional<KnownExternalPayment> KnownExternalPayments::find(const QString &tradeNo,
                                                                const QString &outTradeNo,
                                                                const QString &outRequestNo) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT amount_fen, period, recorded_by, reason, recorded_at FROM "
                                "known_external_payments WHERE trade_no = :t AND out_trade_no = "
                                ":o AND out_request_no = :r"));
    q.bind(QStringLiteral("t"), tradeNo)
        .bind(QStringLiteral("o"), outTradeNo)
        .bind(QStringLiteral("r"), outRequestNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return KnownExternalPayment{
        tradeNo,   outTradeNo, outRequestNo, Money::fromFen(q.int64(0)),
        q.text(1), q.text(2),  q.text(3),    QDateTime::fromMSecsSinceEpoch(q.int64(4), Qt::UTC)};
}

StoreResult KnownExternalPayments::record(const KnownExternalPayment &p)
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("INSERT INTO known_external_payments (trade_no, out_trade_no, "
                                "out_request_no, amount_fen, period, recorded_by, reason, "
                                "recorded_at) VALUES (:t, :o, :r, :a, :p, :by, :why, :at)"));
    q.bind(QStringLiteral("t"), p.tradeNo)
        .bind(QStringLiteral("o"), p.outTradeNo)
        .bind(QStringLiteral("r"), p.outRequestNo)
        .bind(QStringLiteral("a"), p.amount.fen())
        .bind(QStringLiteral("p"), p.period)
        .bind(QStringLiteral("by"), p.recordedBy)
        .bind(QStringLiteral("why"), p.reason)
        .bind(QStringLiteral("at"), p.recordedAt.toMSecsSinceEpoch());
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    return StoreResult::success();
}

} // namespace DepositDesk
