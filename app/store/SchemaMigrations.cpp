#include "store/SchemaMigrations.h"

#include "store/OperatorAccess.h"
#include "store/SchemaParts.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreChanges.h"
#include "store/StoreLockKeys.h"
#include "store/StoreQuery.h"
#include "store/WaiverPolicies.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

#include <vector>

namespace DepositDesk {

namespace {

const QString VersionTable = QStringLiteral("dd_schema_migrations");

struct Migration
{
    int version;
    const char *description;
    QStringList (*statements)(const SqlDialect &d);
    // Work after the statements that needs the store's own code, in the same transaction.
    StoreResult (*afterwards)(const Store &store) = nullptr;
};

QStringList orderIndex(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return {
        d.createTable(VersionTable, QStringLiteral("version INTEGER PRIMARY KEY, description TEXT "
                                                   "NOT NULL, applied_at BIGINT NOT NULL")),
        d.createTable(
            QStringLiteral("orders"),
            QStringLiteral(
                "id %1, out_order_no %2 NOT NULL UNIQUE, auth_no %2 NOT NULL DEFAULT '', "
                "status TEXT NOT NULL, total_fen BIGINT NOT NULL DEFAULT 0, "
                "credit_fen BIGINT NOT NULL DEFAULT 0, fund_fen BIGINT NOT NULL DEFAULT 0, "
                "rest_fen BIGINT NOT NULL DEFAULT 0, unfrozen_fen BIGINT NOT NULL DEFAULT 0, "
                "paid_fen BIGINT NOT NULL DEFAULT 0, refunded_fen BIGINT NOT NULL DEFAULT 0, "
                "title TEXT NOT NULL DEFAULT '', store TEXT NOT NULL DEFAULT '', "
                "category TEXT NOT NULL DEFAULT '', payer_user_id TEXT NOT NULL DEFAULT '', "
                "payer_logon_id TEXT NOT NULL DEFAULT '', phone_tail TEXT NOT NULL DEFAULT '', "
                "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("orders_status_created"), QStringLiteral("orders"),
                      QStringLiteral("status, created_at, id")),
        d.createIndex(QStringLiteral("orders_created"), QStringLiteral("orders"),
                      QStringLiteral("created_at, id")),
        d.createIndex(QStringLiteral("orders_updated"), QStringLiteral("orders"),
                      QStringLiteral("updated_at, id")),
        d.createIndex(QStringLiteral("orders_total"), QStringLiteral("orders"),
                      QStringLiteral("total_fen, id")),
        // Every search key of every order, folded to lower case: exact and prefix look-ups
        // are range scans of the primary key.
        d.createTable(QStringLiteral("order_keys"),
                      QStringLiteral("key_norm %1 NOT NULL, kind SMALLINT NOT NULL, "
                                     "order_id BIGINT NOT NULL REFERENCES orders(id), "
                                     "PRIMARY KEY (key_norm, kind, order_id)")
                          .arg(key),
                      true),
        d.createIndex(QStringLiteral("order_keys_order"), QStringLiteral("order_keys"),
                      QStringLiteral("order_id")),
    };
}

QStringList ledgerAndJournal(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return {
        d.createTable(
            QStringLiteral("ledger_facts"),
            QStringLiteral(
                "id %1, kind TEXT NOT NULL, out_order_no %2 NOT NULL, fact_key %2 NOT NULL, "
                "revision INTEGER NOT NULL, alipay_no TEXT NOT NULL DEFAULT '', "
                "request_no TEXT NOT NULL DEFAULT '', parent_no TEXT NOT NULL DEFAULT '', "
                "type TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', "
                "amount_fen BIGINT NOT NULL, credit_fen BIGINT NOT NULL DEFAULT 0, "
                "fund_fen BIGINT NOT NULL DEFAULT 0, happened_at BIGINT, source TEXT NOT NULL, "
                "recorded_at BIGINT NOT NULL, "
                "UNIQUE (kind, out_order_no, fact_key, revision)")
                .arg(d.identityPrimaryKey(), key)),
        d.createTable(
            QStringLiteral("intents"),
            QStringLiteral(
                "id %1, kind TEXT NOT NULL, out_order_no %2 NOT NULL, request_no %2 NOT NULL, "
                "amount_fen BIGINT NOT NULL, operator TEXT NOT NULL, reason TEXT NOT NULL, "
                "created_at BIGINT NOT NULL, parameters TEXT NOT NULL, "
                "outcome TEXT NOT NULL DEFAULT 'UNKNOWN', code TEXT NOT NULL DEFAULT '', "
                "sub_code TEXT NOT NULL DEFAULT '', sub_msg TEXT NOT NULL DEFAULT '', "
                "settled_at BIGINT, UNIQUE (kind, request_no)")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("intents_outcome"), QStringLiteral("intents"),
                      QStringLiteral("outcome, created_at")),
        d.createIndex(QStringLiteral("intents_order"), QStringLiteral("intents"),
                      QStringLiteral("out_order_no")),
        // Every outcome ever reported for an intent, in order: nothing is overwritten.
        d.createTable(QStringLiteral("intent_outcomes"),
                      QStringLiteral("id %1, intent_id BIGINT NOT NULL REFERENCES intents(id), "
                                     "outcome TEXT NOT NULL, code TEXT NOT NULL, "
                                     "sub_code TEXT NOT NULL, sub_msg TEXT NOT NULL, "
                                     "recorded_at BIGINT NOT NULL")
                          .arg(d.identityPrimaryKey())),
    };
}

QStringList auditLog(const SqlDialect &d)
{
    return {
        d.createTable(QStringLiteral("audit_log"),
                      QStringLiteral("seq BIGINT PRIMARY KEY, at_ms BIGINT NOT NULL, "
                                     "operator TEXT NOT NULL, action TEXT NOT NULL, "
                                     "out_order_no TEXT NOT NULL, detail TEXT NOT NULL, "
                                     "prev_hash TEXT NOT NULL, hash TEXT NOT NULL")),
        d.createIndex(QStringLiteral("audit_order"), QStringLiteral("audit_log"),
                      QStringLiteral("out_order_no, seq")),
        d.createIndex(QStringLiteral("audit_operator"), QStringLiteral("audit_log"),
                      QStringLiteral("operator, seq")),
        d.createIndex(QStringLiteral("audit_at"), QStringLiteral("audit_log"),
                      QStringLiteral("at_ms, seq")),
        // The chain's head: appends lock this row, so the chain has one writer at a time, and
        // verify() notices entries cut off the end.
        d.createTable(QStringLiteral("audit_head"),
                      QStringLiteral("id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL, "
                                     "last_hash TEXT NOT NULL")),
        QStringLiteral("INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '')"),
    };
}

QStringList operators(const SqlDialect &d)
{
    return {
        d.createTable(
            QStringLiteral("operators"),
            QStringLiteral(
                "id %1, login %2 NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                "role TEXT NOT NULL, password_hash TEXT NOT NULL, "
                "disabled SMALLINT NOT NULL DEFAULT 0, failed_attempts INTEGER NOT NULL DEFAULT 0, "
                "locked_until BIGINT NOT NULL DEFAULT 0, created_at BIGINT NOT NULL, "
                "updated_at BIGINT NOT NULL, last_sign_in BIGINT")
                .arg(d.identityPrimaryKey(), d.keyTextType())),
    };
}

QStringList orderLocks(const SqlDialect &d)
{
    return {
        d.createTable(QStringLiteral("order_locks"),
                      QStringLiteral("out_order_no %1 PRIMARY KEY, operator TEXT NOT NULL, "
                                     "desk TEXT NOT NULL, acquired_at BIGINT NOT NULL, "
                                     "heartbeat_at BIGINT NOT NULL, expires_at BIGINT NOT NULL")
                          .arg(d.keyTextType())),
        d.createIndex(QStringLiteral("order_locks_desk"), QStringLiteral("order_locks"),
                      QStringLiteral("desk")),
    };
}

QStringList refundRequests(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return {
        d.createTable(
            QStringLiteral("refund_requests"),
            QStringLiteral(
                "id %1, out_order_no %2 NOT NULL, trade_no TEXT NOT NULL DEFAULT '', "
                "out_trade_no %2 NOT NULL, out_request_no %2 NOT NULL, amount_fen BIGINT NOT NULL, "
                "reason TEXT NOT NULL, requester TEXT NOT NULL, requested_at BIGINT NOT NULL, "
                "status TEXT NOT NULL, decided_by TEXT NOT NULL DEFAULT '', "
                "decision_comment TEXT NOT NULL DEFAULT '', decided_at BIGINT, "
                "intent_id BIGINT NOT NULL DEFAULT 0, updated_at BIGINT NOT NULL, "
                "UNIQUE (out_trade_no, out_request_no)")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("refund_requests_order"), QStringLiteral("refund_requests"),
                      QStringLiteral("out_order_no, id")),
        d.createIndex(QStringLiteral("refund_requests_status"), QStringLiteral("refund_requests"),
                      QStringLiteral("status, requested_at, id")),
        // Every status a request went through, who moved it and why: nothing is overwritten.
        d.createTable(QStringLiteral("refund_request_events"),
                      QStringLiteral("id %1, request_id BIGINT NOT NULL REFERENCES "
                                     "refund_requests(id), status TEXT NOT NULL, "
                                     "operator TEXT NOT NULL, comment TEXT NOT NULL, "
                                     "at_ms BIGINT NOT NULL")
                          .arg(d.identityPrimaryKey())),
        d.createIndex(QStringLiteral("refund_request_events_request"),
                      QStringLiteral("refund_request_events"), QStringLiteral("request_id, id")),
    };
}

// Who sent an intent and when (the resolver settles NOT_DONE only once the request is older than
// the transport's timeout and its desk no longer holds the order), and at most one open (UNKNOWN
// or NOT_DONE) intent per order and kind: two desks cannot both mint a new number for it.
QStringList exactlyOnceSchema(const SqlDialect &)
{
    return {
        QStringLiteral("ALTER TABLE intents ADD COLUMN desk TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE intents ADD COLUMN sent_at BIGINT"),
        QStringLiteral("UPDATE intents SET sent_at = created_at"),
        QStringLiteral("CREATE UNIQUE INDEX intents_one_open ON intents (out_order_no, kind) "
                       "WHERE outcome IN ('UNKNOWN', 'NOT_DONE')"),
    };
}

// The last audit entry a check verified and its hash: AuditLog::verifyFromCheckpoint() starts
// after it. One row; seq 0 is the start of the chain.
QStringList auditCheckpoint(const SqlDialect &d)
{
    return {
        d.createTable(QStringLiteral("audit_checkpoint"),
                      QStringLiteral("id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, "
                                     "hash TEXT NOT NULL, verified_at BIGINT NOT NULL")),
        QStringLiteral(
            "INSERT INTO audit_checkpoint (id, seq, hash, verified_at) VALUES (1, 0, '', 0)"),
    };
}

// Who may do what, as the audit log recorded it: an index to read the access entries by action,
// and one baseline entry listing the operators a database had before access entries carried the
// whole access (OperatorAccess).
QStringList operatorAccessSchema(const SqlDialect &d)
{
    return {
        d.createIndex(QStringLiteral("audit_action"), QStringLiteral("audit_log"),
                      QStringLiteral("action, seq")),
    };
}

// Every change of an order's index row or facts, an intent or a refund request announced to
// every desk (StoreChanges: NOTIFY on PostgreSQL, counters on SQLite).
QStringList changeFeedSchema(const SqlDialect &d)
{
    return StoreChanges::schema(d);
}

// Free-text notes on an order for hand-over between operators: appended, never changed
// (OrderNotes), announced to every desk under the "orders" topic like the order's other rows.
QStringList orderNotesSchema(const SqlDialect &d)
{
    return QStringList{
               d.createTable(QStringLiteral("order_notes"),
                             QStringLiteral("id %1, out_order_no %2 NOT NULL, operator TEXT NOT "
                                            "NULL, body TEXT NOT NULL, at_ms BIGINT NOT NULL")
                                 .arg(d.identityPrimaryKey(), d.keyTextType())),
               d.createIndex(QStringLiteral("order_notes_order"), QStringLiteral("order_notes"),
                             QStringLiteral("out_order_no, id")),
           } +
           StoreChanges::watch(d, QStringLiteral("order_notes"), StoreChanges::Topic::Orders);
}

// An order's facts in one index range (Ledger::history: the notification intake, the detail page):
// without it every read of one order's facts scanned the whole ledger, slower as the ledger grows.
QStringList ledgerByOrder(const SqlDialect &d)
{
    return {
        d.createIndex(QStringLiteral("ledger_facts_order"), QStringLiteral("ledger_facts"),
                      QStringLiteral("out_order_no, id")),
    };
}

// Reconciliation reads a month's trades and refunds in one range scan of an index that holds
// every column it needs (no look-up of the table per row), and the latest revision of each: the
// few facts ever revised are in an index of their own, which tells which rows a newer revision
// replaced without a look-up per row of the month (ReconLedger in app/finance).
QStringList reconciliationScan(const SqlDialect &)
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS ledger_facts_recon ON ledger_facts (kind, "
                           "happened_at, out_order_no, alipay_no, request_no, parent_no, status, "
                           "amount_fen) WHERE kind IN ('trade', 'refund')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS ledger_facts_revised ON ledger_facts "
                           "(kind, out_order_no, fact_key, revision) WHERE revision > 1")};
}

// Reports of a customer's default (VIOLATED) to Sesame Credit are asked for by an agent and
// approved by a supervisor (SesameDefaultRequests); one pending or approved request per order.
QStringList sesameDefaultRequests(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return QStringList{
               d.createTable(
                   QStringLiteral("sesame_default_requests"),
                   QStringLiteral("id %1, out_order_no %2 NOT NULL, out_trade_no %2 NOT NULL, "
                                  "amount_fen BIGINT NOT NULL, failed_at BIGINT NOT NULL, "
                                  "out_request_no %2 NOT NULL UNIQUE, reason TEXT NOT NULL, "
                                  "requester TEXT NOT NULL, requested_at BIGINT NOT NULL, "
                                  "status TEXT NOT NULL, decided_by TEXT NOT NULL DEFAULT '', "
                                  "decision_comment TEXT NOT NULL DEFAULT '', decided_at BIGINT, "
                                  "intent_id BIGINT NOT NULL DEFAULT 0")
                       .arg(d.identityPrimaryKey(), key)),
               QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS sesame_default_requests_open ON "
                              "sesame_default_requests (out_order_no) WHERE status IN "
                              "('PENDING_APPROVAL', 'APPROVED')"),
               d.createIndex(QStringLiteral("sesame_default_requests_status"),
                             QStringLiteral("sesame_default_requests"),
                             QStringLiteral("status, requested_at, id")),
           } +
           StoreChanges::watch(d, QStringLiteral("sesame_default_requests"),
                               StoreChanges::Topic::Refunds);
}

// The Sesame credit waiver policy: versions that are never changed (who, when, why) and their
// bands per category and score range (WaiverPolicies).
QStringList waiverPolicy(const SqlDialect &d)
{
    return WaiverPolicies::schema(d);
}

// Bill lines finance recorded as known external payments (a payment made outside the console):
// reconciliation counts them as explained. One row per bill line (a charge, or a refund of it);
// recon_differences remembers which correction resolved a difference.
QStringList knownExternalPayments(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    return {d.createTable(QStringLiteral("known_external_payments"),
                          QStringLiteral("id %1, trade_no %2 NOT NULL, out_trade_no %2 NOT NULL, "
                                         "out_request_no %2 NOT NULL DEFAULT '', amount_fen "
                                         "BIGINT NOT NULL, period TEXT NOT NULL, recorded_by TEXT "
                                         "NOT NULL, reason TEXT NOT NULL, recorded_at BIGINT NOT "
                                         "NULL, UNIQUE (trade_no, out_trade_no, out_request_no)")
                              .arg(d.identityPrimaryKey(), key)),
            QStringLiteral("ALTER TABLE recon_differences ADD COLUMN correction TEXT NOT NULL "
                           "DEFAULT ''")};
}

// The risk report (services/risk/RiskReport.h) reads a period's orders per category and store with
// the columns it sums, and the charges (pay intents) of those orders, from indexes that hold every
// column it needs: no look-up of the table per order or per charge, and no sort of a million
// orders (the index is in category and store order; a period is a range within each store).
QStringList riskReport(const SqlDialect &d)
{
    return {
        d.createIndex(QStringLiteral("orders_risk"), QStringLiteral("orders"),
                      QStringLiteral("category, store, created_at, total_fen, credit_fen")),
        // A charge's order, found by its number, without reading the (wide) order row.
        d.createIndex(QStringLiteral("orders_risk_number"), QStringLiteral("orders"),
                      QStringLiteral("out_order_no, created_at, category, store, total_fen, "
                                     "credit_fen")),
        d.createIndex(QStringLiteral("intents_risk"), QStringLiteral("intents"),
                      QStringLiteral("kind, out_order_no, outcome, created_at, id, amount_fen, "
                                     "code, sub_code")),
    };
}

StoreResult operatorAccessBaseline(const Store &store)
{
    return OperatorAccess(store).recordBaseline();
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "order index and search keys", &orderIndex},
        {2, "ledger and intent journal", &ledgerAndJournal},
        {3, "audit log", &auditLog},
        {4, "operators", &operators},
        {5, "order locks", &orderLocks},
        {6, "refund requests", &refundRequests},
        {7, "desk policy", &policySchema},
        {8, "bill files", &billFilesSchema},
        {9, "order marks and reconciliations", &reconciliationSchema},
        {10, "one open request per order and kind", &exactlyOnceSchema},
        {11, "audit checkpoint", &auditCheckpoint},
        {12, "operator access in the audit log", &operatorAccessSchema, &operatorAccessBaseline},
        {13, "change feed", &changeFeedSchema},
        {14, "order notes", &orderNotesSchema},
        {15, "ledger by order", &ledgerByOrder},
        {16, "reconciliation scan", &reconciliationScan},
        {17, "Sesame default requests", &sesameDefaultRequests},
        {18, "waiver policy", &waiverPolicy},
        {19, "known external payments", &knownExternalPayments},
        {20, "risk report", &riskReport},
    };
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::SchemaMigrations", text);
}

} // namespace

int SchemaMigrations::latestVersion()
{
    return migrations().back().version;
}

QList<int> SchemaMigrations::versions()
{
    QList<int> list;
    for (const Migration &m : migrations())
        list.append(m.version);
    return list;
}

std::optional<int> SchemaMigrations::currentVersion(const QSqlDatabase &db, QString *error)
{
    if (!db.tables().contains(VersionTable))
        return 0;
    StoreQuery query(db, QStringLiteral("SELECT MAX(version) FROM dd_schema_migrations"));
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.errorString();
        return std::nullopt;
    }
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

StoreResult SchemaMigrations::migrate(const Store &store, int targetVersion)
{
    const QSqlDatabase db = store.database();
    const SqlDialect &dialect = store.dialect();
    for (const Migration &m : migrations()) {
        if (m.version > targetVersion)
            break;
        SqlTransaction tx(db, dialect, SqlDialect::TransactionMode::Serialised,
                          StoreLockKeys::Migration);
        if (!tx.isActive())
            return StoreResult::failure(tx.errorString());
        QString error;
        const std::optional<int> current = currentVersion(db, &error);
        if (!current)
            return StoreResult::failure(error);
        if (*current >= m.version)
            continue; // done before, by us or by another desk
        for (const QString &statement : m.statements(dialect)) {
            if (!StoreQuery::execDirect(db, statement, &error))
                return StoreResult::failure(
                    tr("Updating the database to version %1 (%2) failed: %3")
                        .arg(QString::number(m.version), QString::fromLatin1(m.description),
                             error));
        }
        if (m.afterwards) {
            if (const StoreResult done = m.afterwards(store); !done)
                return StoreResult::failure(
                    tr("Updating the database to version %1 (%2) failed: %3")
                        .arg(QString::number(m.version), QString::fromLatin1(m.description),
                             done.errorString));
        }
        StoreQuery record(db, QStringLiteral("INSERT INTO dd_schema_migrations (version, "
                                             "description, applied_at) VALUES (:v, :d, :t)"));
        record.bind(QStringLiteral("v"), m.version)
            .bind(QStringLiteral("d"), QString::fromLatin1(m.description))
            .bind(QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch());
        if (!record.exec())
            return StoreResult::failure(record.errorString());
        if (!tx.commit())
            return StoreResult::failure(tx.errorString());
    }
    return StoreResult::success();
}

} // namespace DepositDesk
