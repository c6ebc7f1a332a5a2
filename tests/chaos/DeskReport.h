#pragma once

// What the checker needs from a desk's store, as JSON: every order of the index with its
// amounts, every intent (kind, request number, reason, outcome, when written and settled), and
// whether the audit chain verifies (AuditLog::verify).

#include "domain/OrderRecord.h"

#include <QByteArray>
#include <QList>

namespace DepositDesk {
class Store;
}

namespace DepositDesk::Chaos {

QByteArray deskReport(const Store &store);
// Every order of the index, page after page, by out_order_no; empty and *error on failure.
QList<OrderRecord> allOrders(const Store &store, QString *error);

} // namespace DepositDesk::Chaos
