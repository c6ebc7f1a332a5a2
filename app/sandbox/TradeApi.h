#pragma once

#include "sandbox/Node.h"

namespace DepositDesk::Sandbox {

class Ledger;

// The trade APIs on top of the ledger (docs/alipay-protocol.md §6.7–§6.10, §6.12): 转支付, refund,
// trade and refund queries, orderinfo.sync.
class TradeApi
{
public:
    explicit TradeApi(Ledger &ledger)
        : m_ledger(ledger)
    {}

    ApiAnswer handle(const CheckedRequest &request, const QDateTime &now);

private:
    ApiAnswer pay(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer refund(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer query(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer refundQuery(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer sync(const CheckedRequest &request, const QDateTime &now);

    Ledger &m_ledger;
};

} // namespace DepositDesk::Sandbox
