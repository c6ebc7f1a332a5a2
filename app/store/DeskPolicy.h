#pragma once

#include "store/StoreResult.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// Settings every desk of the team shares and the services enforce (table desk_policy, migration
// 7): one row per setting, its value as text, who changed it last and when. A setting without a
// row has its default. Typed accessors below; the service layer checks who may change them and
// audits each change (RefundApprovals::setThreshold).
class DeskPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::DeskPolicy)

public:
    // Refunds of less than this many fen execute without a supervisor; no row: every refund
    // needs an approval (the default).
    static const QString RefundApprovalThreshold; // "refund_approval_threshold_fen"

    explicit DeskPolicy(const Store &store);
    DeskPolicy(const Store &store, const Clock &clock);

    // The stored text of a setting; nullopt when it has no row (or the database failed: then
    // *error says why).
    std::optional<QString> value(const QString &name, QString *error = nullptr) const;
    // Writes (or, with nullopt, removes) a setting; `who` is recorded with it.
    StoreResult setValue(const QString &name, const std::optional<QString> &value,
                         const QString &who);

    // nullopt: every refund needs an approval.
    std::optional<Money> refundApprovalThreshold() const;
    // A threshold must be above zero; nullopt restores the default.
    StoreResult setRefundApprovalThreshold(const std::optional<Money> &threshold,
                                           const QString &who);

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
