#pragma once

#include "store/OrderQuery.h"

#include "domain/OrderRecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace DepositDesk {

// One row of an order export, checked and turned into an order plus its extra search keys.
class OrderImportRow
{
public:
    struct Parsed
    {
        OrderRecord order;
        QList<std::pair<OrderKeyKind, QString>> keys; // operations and charges named in the row
    };

    // The canonical column name for a header cell ("ORDER_STATUS" → "status"), or the cell
    // lower-cased when it is not one of ours.
    static QString canonicalColumn(const QString &header);

    // fields: canonical column → value (string, number or array). now: when the row has no time.
    // nullopt with *reason (translated) when the row cannot be imported.
    static std::optional<Parsed> parse(const QHash<QString, QJsonValue> &fields,
                                       const QDateTime &now, QString *reason);
};

} // namespace DepositDesk
