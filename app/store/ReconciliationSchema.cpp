#include "store/SchemaParts.h"

namespace DepositDesk {

QStringList reconciliationSchema(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return {
        // Marks an operator put on an order ("VIOLATED": the customer defaulted and Sesame
        // must be told). Appended, never updated.
        d.createTable(QStringLiteral("order_marks"),
                      QStringLiteral("id %1, out_order_no %2 NOT NULL, mark %2 NOT NULL, "
                                     "operator TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
                                     "at_ms BIGINT NOT NULL")
                          .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("order_marks_mark"), QStringLiteral("order_marks"),
                      QStringLiteral("mark, out_order_no")),
        // One run of a reconciliation of one bill against the ledger.
        d.createTable(
            QStringLiteral("reconciliations"),
            QStringLiteral("id %1, bill_file_id BIGINT NOT NULL REFERENCES bill_files(id), "
                           "period %2 NOT NULL, operator TEXT NOT NULL, started_at BIGINT NOT "
                           "NULL, finished_at BIGINT, totals_json TEXT NOT NULL DEFAULT '{}'")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("reconciliations_period"), QStringLiteral("reconciliations"),
                      QStringLiteral("period, id")),
        // A difference found for a period, identified by diff_key so that a re-run finds the
        // same difference again and keeps its resolution and note. last_run_id: the latest run
        // that still found it. amount_fen: the larger absolute amount of the two sides (the
        // page's amount filter).
        d.createTable(
            QStringLiteral("recon_differences"),
            QStringLiteral(
                "id %1, period %2 NOT NULL, diff_key %2 NOT NULL, kind TEXT NOT NULL, "
                "out_order_no TEXT NOT NULL DEFAULT '', trade_no TEXT NOT NULL DEFAULT '', "
                "out_trade_no TEXT NOT NULL DEFAULT '', out_request_no TEXT NOT NULL DEFAULT '', "
                "bill_amount_fen BIGINT, ledger_amount_fen BIGINT, "
                "amount_fen BIGINT NOT NULL DEFAULT 0, "
                "bill_status TEXT NOT NULL DEFAULT '', ledger_status TEXT NOT NULL DEFAULT '', "
                "happened_at BIGINT, detail TEXT NOT NULL DEFAULT '', "
                "first_run_id BIGINT NOT NULL, last_run_id BIGINT NOT NULL, "
                "resolved_by TEXT NOT NULL DEFAULT '', resolved_at BIGINT, "
                "note TEXT NOT NULL DEFAULT '', UNIQUE (period, diff_key)")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("recon_differences_run"), QStringLiteral("recon_differences"),
                      QStringLiteral("last_run_id, kind")),
        d.createIndex(QStringLiteral("order_marks_order"), QStringLiteral("order_marks"),
                      QStringLiteral("out_order_no, id")),
        // Reconciliation reads the trades and refunds of a period in one range scan, and looks
        // up the few bill lines it did not find there by their merchant numbers.
        d.createIndex(QStringLiteral("ledger_facts_kind_happened"), QStringLiteral("ledger_facts"),
                      QStringLiteral("kind, happened_at")),
        d.createIndex(QStringLiteral("ledger_facts_request"), QStringLiteral("ledger_facts"),
                      QStringLiteral("request_no")),
    };
}

} // namespace DepositDesk
