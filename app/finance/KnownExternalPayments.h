#pragma once

#include "domain/Money.h"
#include "store/StoreResult.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace DepositDesk {

class Store;

// A bill line finance recorded as a known external payment (made outside the console): later
// reconciliations count it as explained, not as a difference.
struct KnownExternalPayment
{
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo; // empty for a charge
    Money amount;
    QString period;
    QString recordedBy;
    QString reason;
    QDateTime recordedAt;
};

// Table known_external_payments (migration 19), one row per bill line. Written by
// DifferenceCorrections (which checks the rights and audits, in its transaction); read by
// ReconciliationEngine. Through the calling thread's connection.
class KnownExternalPayments
{
public:
    explicit KnownExternalPayments(const Store &store);

    // The line's identity as keys() gives it.
    static QString keyOf(const QString &tradeNo, const QString &outTradeNo,
                         const QString &outRequestNo);
    // Every recorded line's key; nullopt with *error on a database failure.
    std::optional<QSet<QString>> keys(QString *error) const;
    std::optional<KnownExternalPayment> find(const QString &tradeNo, const QString &outTradeNo,
                                             const QString &outRequestNo) const;
    StoreResult record(const KnownExternalPayment &payment);

private:
    const Store &m_store;
};

} // namespace DepositDesk
