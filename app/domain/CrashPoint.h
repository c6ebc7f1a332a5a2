#pragma once

namespace DepositDesk::CrashPoint {

// Named step boundaries of a money-moving call, where the chaos tests kill the console
// (tests/chaos). In a build configured with DD_CRASH_POINTS (test builds), the process sends
// itself SIGKILL when it reaches the step named by the environment variable DD_CRASH_AT:
// "request-sent" dies the first time that step is reached, "request-sent:3" the third time.
// Other builds, and a process without DD_CRASH_AT, only count.
//
// The steps, in the order a call passes them:
constexpr const char *IntentWritten = "intent-written"; // intent + "requested" committed
constexpr const char *RequestSent = "request-sent";     // the request's bytes have left
constexpr const char *AnswerRead = "answer-read";       // the answer arrived, nothing recorded
constexpr const char *FactsWritten = "facts-written";   // ledger facts written (not committed)
constexpr const char *Settled = "settled";              // intent settled (not committed)
constexpr const char *Audited = "audited";              // outcome audited, all committed

// Marks that `step` was reached; dies here when DD_CRASH_AT names it (test builds only).
void reached(const char *step);
// How many times `step` was reached in this process.
int count(const char *step);

} // namespace DepositDesk::CrashPoint
