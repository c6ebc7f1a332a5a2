#pragma once

#include "store/SqlDialect.h"

#include <QStringList>

namespace DepositDesk {

// The statements of migrations 7–9, each kept beside the code that owns its tables
// (SchemaMigrations lists them in order). Unreleased until the next release: until then they
// may still change; afterwards, never edit them, add a migration.

// 7: desk_policy (shared settings the services enforce: the refund approval threshold).
QStringList policySchema(const SqlDialect &d);
// 8: bill_files (downloaded Alipay bills, their SHA-256 and when they were fetched).
QStringList billFilesSchema(const SqlDialect &d);
// 9: order_marks, reconciliations, recon_differences.
QStringList reconciliationSchema(const SqlDialect &d);

} // namespace DepositDesk
