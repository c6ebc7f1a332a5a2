#pragma once

// The reconciliation benchmark's data (bench_reconcile): a month trade bill of N lines written by
// the sandbox's BillWriter (the real layout: GBK zip, GBK entry names, # header and footer lines,
// tab-padded cells, summary file) and a real SQLite store whose ledger_facts hold the same N
// charges and refunds, bulk-inserted in one transaction, with a few planted differences.

#include <QString>

namespace DepositDesk::BenchBill {

struct Files
{
    QString zip;    // <dir>/20881234123412340156_202405.csv.zip
    QString ledger; // <dir>/ledger.sqlite (a migrated store)
    QString period; // "2024-05"
    qint64 trades = 0;
    qint64 refunds = 0;
    // Differences planted in the ledger: `planted` lines each whose amount differs by one fen,
    // that are missing from the ledger (bill only), that our ledger says did not succeed (status
    // differs); `ledgerOnly` charges only in our ledger (one per 100,000 lines).
    qint64 planted = 0;
    qint64 ledgerOnly = 0;
};

// The pre-authorization checks' store (PreauthChecks): `orders` orders of which 60 % AUTHORIZED
// with money frozen, one freeze operation each in ledger_facts, created in the month before the
// period's end; planted one per 100,000 orders each: frozen and stale (created two months
// earlier: FrozenNeverReleased), charged in the period leaving the rest frozen
// (RestNeverUnfrozen), marked VIOLATED and never reported (ViolationNotReported).
struct PreauthFiles
{
    QString store; // <dir>/preauth.sqlite
    qint64 orders = 0;
    // Planted: order i is a stale freeze when i % 100000 == 3, a charge leaving the rest
    // frozen when == 5, an unreported default when == 11.
    static qint64 plantedAt(qint64 orders, qint64 k)
    {
        return orders >= k ? (orders - k) / 100000 + 1 : 0;
    }
    qint64 fromMs = 0; // the period (May 2024, China time)
    qint64 toMs = 0;
};
bool preparePreauth(const QString &dir, qint64 orders, PreauthFiles *files, QString *error);

// Writes the files into `dir` unless a complete set for `lines` is there already (a marker file
// is written last). Prints progress. False with *error on any failure.
bool prepare(const QString &dir, qint64 lines, Files *files, QString *error);

} // namespace DepositDesk::BenchBill
