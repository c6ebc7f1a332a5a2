#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

class Ledger;
struct GatewayConfig;
struct SeededOrder;

// What `depositdesk-sandbox --seed N --seed-value S` does before the gateway starts: seeds N
// orders for the app with the smallest app id (history ending at 00:00 GMT+8 today) and writes
// the merchant's order list next to them, so the console can import the same orders.
class Seeding
{
public:
    // The seed number of a --seed-value: a decimal number as is; any other text hashed
    // (SHA-256, first 8 bytes); empty: 1.
    static quint64 seedNumber(const QString &seedValue);

    // exportPath empty: <temp>/depositdesk-sandbox-orders-<seed number>.csv. Adds the lines to
    // print to `report`. False and a translated message when seeding or writing failed.
    // payersWhoCannotPay: SeedOptions::payersWhoCannotPay (the demo's); `seeded` receives every
    // order made, those last.
    static bool run(Ledger &ledger, const GatewayConfig &config, int count,
                    const QString &seedValue, const QString &exportPath, QStringList *report,
                    QString *error, int payersWhoCannotPay = 0,
                    QList<SeededOrder> *seeded = nullptr);
};

} // namespace DepositDesk::Sandbox
