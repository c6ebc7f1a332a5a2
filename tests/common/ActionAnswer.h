#pragma once

// Runs one asynchronous service action (OrderActions, RefundApprovals ...) and waits for its one
// answer: `call(context, done)` must call `done` exactly once, later, from the event loop.
//
//   const ActionOutcome out = waitForAnswer([&](QObject *c, auto done) {
//       actions.requestRefund(session, input, c, done);
//   });

#include "services/actions/ActionOutcome.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace DepositDesk::Testing {

template<typename Call>
ActionOutcome waitForAnswer(Call call, int timeoutMs = 20000)
{
    std::optional<ActionOutcome> outcome;
    int calls = 0;
    QObject context;
    call(&context, [&](const ActionOutcome &o) {
        outcome = o;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        qFatal("no answer within %d ms", timeoutMs);
    QTest::qWait(0); // a second answer would arrive now
    if (calls != 1)
        qFatal("done called %d times", calls);
    return *outcome;
}

} // namespace DepositDesk::Testing
