#pragma once

#include "domain/Nodiscard.h"
#include "services/orders/OrderFacts.h"

#include "alipay/CallResult.h"
#include "store/IntentRecord.h"

#include <QByteArray>
#include <QString>

namespace DepositDesk {

// How the answer to a journaled money-moving call is read: the same for the first call
// (OrderActions) and for a retry (OutcomeResolver::retry), because both send exactly the
// journaled biz_content. The typed result of the intent's kind refines the call's outcome, and a
// Succeeded answer becomes facts in the ledger and index (OrderFacts) — once, because the ledger
// keeps what it already knows.
class IntentAnswer
{
public:
    struct DD_NODISCARD Result
    {
        IntentRecord::Outcome outcome = IntentRecord::Outcome::Unknown;
        CallResult call;    // refined by the typed result
        QString factsError; // a Succeeded answer that could not be recorded (store failure)
        FactChanges changes;
    };

    // The OpenAPI method of the intent's kind ("alipay.fund.auth.order.unfreeze" ...).
    static QString methodOf(IntentRecord::Kind kind);
    // The biz_content to send: the journaled parameters, serialized the one way every send uses.
    static QByteArray bizContent(const IntentRecord &intent);
    static Result read(OrderFacts &facts, const IntentRecord &intent, const CallResult &call);
};

} // namespace DepositDesk
