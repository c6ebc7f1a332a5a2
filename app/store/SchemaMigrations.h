#pragma once

#include "store/SqlDialect.h"
#include "store/StoreResult.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace DepositDesk {

class Store;

// The store's schema as a list of versioned, forward-only migrations. Each migration runs in its
// own transaction under the migration lock (two desks starting at once migrate once), and records
// its version in dd_schema_migrations in that same transaction.
//
// Versions: 1 order index and search keys · 2 ledger and intent journal · 3 audit log ·
// 4 operators · 5 order locks · 6 refund requests · 7 desk policy · 8 bill files ·
// 9 order marks and reconciliations (7–9: SchemaParts.h) · 10 one open request per order and
// kind · 11 audit checkpoint · 12 operator access in the audit log · 13 change feed
// (StoreChanges). Never edit a released migration: add the next one.
class SchemaMigrations
{
public:
    static int latestVersion();
    // Every version, ascending (numbers may be skipped).
    static QList<int> versions();
    // 0 for an empty database, nullopt (and a translated error) if it cannot be read.
    static std::optional<int> currentVersion(const QSqlDatabase &db, QString *error = nullptr);
    // Brings the schema up to targetVersion (tests build a database at an earlier version k
    // this way). Never goes down; does nothing if the database is already there or past it.
    static StoreResult migrate(const Store &store, int targetVersion = latestVersion());
};

} // namespace DepositDesk
