#pragma once

#include "sandbox/Node.h"
#include "sandbox/ledger/Records.h"

#include <QUrl>

namespace DepositDesk::Sandbox {

class Ledger;

// The fund-authorization APIs on top of the ledger (docs/alipay-protocol.md §6.1–§6.6): turns a
// checked request into ledger calls and the answer node (plus notifications to send).
class FundAuthApi
{
public:
    FundAuthApi(Ledger &ledger, const QUrl &baseUrl)
        : m_ledger(ledger)
        , m_baseUrl(baseUrl)
    {}

    ApiAnswer handle(const CheckedRequest &request, const QDateTime &now);

    // The answer fields of a freeze (app.freeze, order.freeze, and the freeze part of a
    // detail query).
    static void writeFreeze(Node &node, const FundAuthOrder &order,
                            const FundAuthOperation &freeze);

private:
    ApiAnswer freeze(const CheckedRequest &request, FreezeKind kind, const QDateTime &now);
    ApiAnswer unfreeze(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer cancel(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer detail(const CheckedRequest &request, const QDateTime &now);

    Ledger &m_ledger;
    QUrl m_baseUrl;
};

} // namespace DepositDesk::Sandbox
