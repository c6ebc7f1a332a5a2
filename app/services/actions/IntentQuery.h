#pragma once

#include "alipay/CallResult.h"
#include "domain/Nodiscard.h"
#include "store/IntentRecord.h"
#include "store/StoreResult.h"

#include <QObject>

#include <functional>

namespace DepositDesk {

class AlipayApi;
class OrderFacts;

// The query that matches one journaled call, and what its answer says about the call:
// unfreeze → operation.detail.query (UNFREEZE by out_request_no); charge → trade.query by
// out_trade_no (then the PAY operation's detail for the order's amounts); refund →
// fastpay.refund.query; cancel → the freeze's detail (order CLOSED: done); Sesame report →
// the same orderinfo.sync again, which Alipay accepts any number of times without a second effect
// (docs/alipay-protocol.md §7) and so answers as a query would. What an applied call changed is
// not written by the query: Result::record writes it, inside the transaction that settles the
// intent (ActionRecorder::settledByQuery), so facts, outcome and audit entry are one.
class IntentQuery
{
public:
    enum class Verdict {
        Applied,    // Alipay shows it done (record() writes what it changed)
        NotApplied, // Alipay definitely shows it not done (the resolver confirms it again)
        Refused,    // it cannot be done any more (closed trade, unknown order): FAILED
        Unclear,    // no definite answer: ask again later
    };
    struct DD_NODISCARD Result
    {
        Verdict verdict = Verdict::Unclear;
        CallResult call; // the query's answer
        // Writes the facts the answer shows (Applied only; empty otherwise).
        std::function<StoreResult()> record;
    };
    using Done = std::function<void(const Result &)>;

    static void run(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent,
                    const QObject *context, Done done);
};

} // namespace DepositDesk
