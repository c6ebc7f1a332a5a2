#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace DepositDesk::Sandbox {

class Ledger;

// What `depositdesk-sandbox --seed N --seed-value S` asks for.
struct SeedOptions
{
    int count = 0;
    quint64 seedValue = 1;
    QString appId;        // the app the orders belong to
    QString payeeUserId;  // the merchant PID (2088...)
    QString payeeLogonId; // optional
    // The seeded history ends before this instant; defaultAnchor(now) in the executable.
    QDateTime anchor;
    int days = 90; // how far back the history reaches
    // After the `count` orders, this many more AUTHORIZED orders with a credit part whose payer
    // cannot pay (FundAuthOrder::payerCanPay false), with the instants at which the merchant
    // tries to charge them (SeededOrder::chargeAttempts). The seeder sends none of those charges:
    // the demo sends them through the console's client, so its desk records them as its own.
    int payersWhoCannotPay = 0;
};

// The life an order is given; together they cover every state of docs/alipay-protocol.md §9.
enum class SeedScenario {
    Pending,             // INIT: the user has not confirmed yet
    Declined,            // CLOSED: the user refused in the Alipay app
    TimedOut,            // CLOSED: never confirmed before timeout_express
    Cancelled,           // CLOSED: operation.cancel after an unknown freeze outcome
    Authorized,          // AUTHORIZED, nothing done yet
    PartlyUnfrozen,      // AUTHORIZED after one or two partial unfreezes
    FullyUnfrozen,       // CLOSED: the whole deposit released
    ChargedNotComplete,  // AUTHORIZED: trade.pay NOT_COMPLETE, the rest still frozen
    ChargedComplete,     // FINISH: trade.pay COMPLETE released the rest
    ChargedThenReleased, // FINISH: pay NOT_COMPLETE, then the rest unfrozen
    RefundedPartly,      // charged, then part of the charge refunded
    RefundedFully,       // charged, then the whole charge refunded (trade closed)
};
constexpr int SeedScenarioCount = 12;

// How the deposit of an authorized order is covered.
enum class SeedFunding {
    CreditOnly, // all waived by Sesame credit
    FundOnly,   // all frozen from the user's funds
    Mixed       // part credit, part funds
};

struct SeededOrder
{
    QString authNo;
    QString outOrderNo;
    SeedScenario scenario = SeedScenario::Authorized;
    SeedFunding funding = SeedFunding::FundOnly;
    bool alreadyThere = false; // the ledger held it from an earlier seeding with the same options
    bool payerCanPay = true;
    // When the merchant tries to charge the whole deposit of an order whose payer cannot pay,
    // oldest first, each with a new out_trade_no: the charge needs the credit part, so it fails
    // (ACQ.BUYER_BALANCE_NOT_ENOUGH). The first one is 20 days before the anchor for the first
    // such order, 17, 9 and 2 days for the next ones; the first order is tried again 12 days
    // before the anchor.
    QList<QDateTime> chargeAttempts;
};

// Fills a Ledger with realistic deposit orders over the last `days` days, every call
// made through the ledger's public state-machine API at past instants, so no rule is bypassed.
// Reproducible: the same options (seed value, count, anchor, ids) give identical data, drawn
// from std::mt19937_64 engines seeded from the seed value (one for the plan, one per order).
// Seeding a ledger again with the same options changes nothing: an order already there is
// recognised by its numbers (an idempotent repeat of its freeze) and left as it is.
class Seeder
{
public:
    explicit Seeder(Ledger &ledger);

    // The orders created, in the order they were made. On a refusal by the ledger (which would be a
    // bug in the seeder) stops and returns what was made so far plus a message in `error`.
    QList<SeededOrder> seed(const SeedOptions &options, QString *error = nullptr);

    // 00:00 GMT+8 of the day of `now`: seeded history ends before today, so every seeded day
    // has its bill, and seeding again the same day gives the same data.
    static QDateTime defaultAnchor(const QDateTime &now);
    static QString scenarioName(SeedScenario scenario);

private:
    Ledger &m_ledger;
};

} // namespace DepositDesk::Sandbox
