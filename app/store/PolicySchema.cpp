#include "store/SchemaParts.h"

namespace DepositDesk {

QStringList policySchema(const SqlDialect &d)
{
    // One row per setting: what the services enforce for every desk of the team (never a
    // per-desk file, which an operator could edit). Changes are audited by the service layer.
    return {
        d.createTable(QStringLiteral("desk_policy"),
                      QStringLiteral("name %1 PRIMARY KEY, value TEXT NOT NULL, "
                                     "updated_by TEXT NOT NULL, updated_at BIGINT NOT NULL")
                          .arg(d.keyTextType())),
    };
}

} // namespace DepositDesk
