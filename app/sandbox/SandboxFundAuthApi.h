#pragma once

#include "SandboxNode.h"
#include "SandboxRecords.h"

#include <QUrl>

namespace DepositDesk {

class SandboxLedger;

// The fund-authorization APIs on top of the ledger (alipay-openapi.md §6.1–§6.6): turns a
// checked request into ledger calls and the answer node (plus notifications to send).
class SandboxFundAuthApi
{
public:
    SandboxFundAuthApi(SandboxLedger &ledger, const QUrl &baseUrl)
        : m_ledger(ledger)
        , m_baseUrl(baseUrl)
    {}

    ApiAnswer handle(const CheckedRequest &request, const QDateTime &now);

    // The answer fields of a freeze (app.freeze, order.freeze, and the freeze part of a
    // detail query).
    static void writeFreeze(SandboxNode &node, const FundAuthOrder &order,
                            const FundAuthOperation &freeze);

private:
    ApiAnswer freeze(const CheckedRequest &request, FreezeKind kind, const QDateTime &now);
    ApiAnswer unfreeze(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer cancel(const CheckedRequest &request, const QDateTime &now);
    ApiAnswer detail(const CheckedRequest &request, const QDateTime &now);

    SandboxLedger &m_ledger;
    QUrl m_baseUrl;
};

} // namespace DepositDesk
