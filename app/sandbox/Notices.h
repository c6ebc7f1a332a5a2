#pragma once

#include "sandbox/Node.h"
#include "sandbox/ledger/Records.h"

#include <optional>

namespace DepositDesk::Sandbox {

// The business fields of the notifications the sandbox sends (docs/alipay-protocol.md §5.4, §5.5).
// Never an empty value: fields without a value are left out.
class Notices
{
public:
    // fund_auth_freeze / fund_auth_unfreeze / fund_auth_operation_cancel for one operation,
    // with the order's running totals after it.
    static Notification fundAuth(const QString &notifyType, const FundAuthOrder &order,
                                 const FundAuthOperation &operation, const QString &url);

    // trade_status_sync after a payment, or after `refund` when given.
    static Notification trade(const Trade &trade, const FundAuthOrder &order,
                              const std::optional<Refund> &refund);
};

} // namespace DepositDesk::Sandbox
