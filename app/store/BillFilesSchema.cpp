#include "store/SchemaParts.h"

namespace DepositDesk {

QStringList billFilesSchema(const SqlDialect &d)
{
    const QString key = d.keyTextType();
    // Every bill archive fetched, kept as downloaded; the same bytes twice are one row.
    return {
        d.createTable(
            QStringLiteral("bill_files"),
            QStringLiteral("id %1, bill_type %2 NOT NULL, bill_date %2 NOT NULL, "
                           "file_name TEXT NOT NULL, path TEXT NOT NULL, sha256 %2 NOT NULL, "
                           "size_bytes BIGINT NOT NULL, fetched_at BIGINT NOT NULL, "
                           "fetched_by TEXT NOT NULL, UNIQUE (bill_type, bill_date, sha256)")
                .arg(d.identityPrimaryKey(), key)),
        d.createIndex(QStringLiteral("bill_files_period"), QStringLiteral("bill_files"),
                      QStringLiteral("bill_type, bill_date, fetched_at")),
    };
}

} // namespace DepositDesk
