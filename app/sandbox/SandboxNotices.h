#pragma once

#include "SandboxNode.h"
#include "SandboxRecords.h"

#include <optional>

namespace DepositDesk {

// The business fields of the notifications the sandbox sends (alipay-openapi.md §5.4, §5.5).
// Never an empty value: fields without a value are left out.
class SandboxNotices
{
public:
    // fund_auth_freeze / fund_auth_unfreeze / fund_auth_operation_cancel for one operation,
    // with the order's running totals after it.
    static SandboxNotification fundAuth(const QString &notifyType, const FundAuthOrder &order,
                                        const FundAuthOperation &operation, const QString &url);

    // trade_status_sync after a payment, or after `refund` when given.
    static SandboxNotification trade(const SandboxTrade &trade, const FundAuthOrder &order,
                                     const std::optional<SandboxRefund> &refund);
};

} // namespace DepositDesk
