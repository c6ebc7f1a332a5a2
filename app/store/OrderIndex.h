#pragma once

#include "store/OrderQuery.h"
#include "store/StoreResult.h"

#include "domain/OrderRecord.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace DepositDesk {

class Store;

// The console's own index of fund-auth orders (Alipay has no API that lists them).
//
// One row per order with its status and amounts, and a key table with every string someone may
// search by, folded to lower case: out_order_no, auth_no, the operation_id / out_request_no of
// its operations and the trade_no / out_trade_no of its charges (added by the Ledger), payer user
// id, masked logon id and phone tail. A search takes one string and finds it as an exact key or
// as a key prefix; the prefix is a range on the key index (`key >= p AND key < successor(p)`),
// so quotes, %, _ and the like are plain text, and every value is a bound parameter.
// Pages are keyset pages (sort value, id), never OFFSET.
class OrderIndex
{
public:
    enum class UpsertOutcome { Inserted, Updated, Unchanged };

    explicit OrderIndex(const Store &store);

    // Inserts the order, or updates the one with the same out_order_no unless the stored row is
    // newer (record.updated earlier than the stored updated time: an old export never rolls an
    // order back). Re-indexes the order's own keys.
    // A caller that read the stored row in the same transaction passes it as *stored (nullopt:
    // there is none), so that it is not read again.
    StoreResult upsert(const OrderRecord &order, UpsertOutcome *outcome = nullptr,
                       const std::optional<OrderRecord> *stored = nullptr);
    // Adds a search key to a known order; does nothing for an unknown order or an empty key.
    StoreResult addKey(const QString &outOrderNo, OrderKeyKind kind, const QString &key);
    // The same for several keys of one order, written together.
    StoreResult addKeys(const QString &outOrderNo,
                        const QList<std::pair<OrderKeyKind, QString>> &keys);

    std::optional<OrderRecord> find(const QString &outOrderNo, QString *error = nullptr) const;
    // The keys of an order, folded, by kind.
    QList<std::pair<OrderKeyKind, QString>> keys(const QString &outOrderNo) const;
    // One page of results; nullopt and *error when the database fails.
    std::optional<OrderPage> search(const OrderQuery &query, QString *error = nullptr) const;
    qint64 count(QString *error = nullptr) const;

    // How keys and search strings are compared: trimmed and folded to lower case.
    static QString normaliseKey(QStringView key);
    // The smallest string greater than every string that starts with prefix (empty: none).
    static QString prefixUpperBound(const QString &prefix);

private:
    std::optional<qint64> orderId(const QString &outOrderNo) const;
    // Replaces order `id`'s own keys (its numbers, payer, phone) and adds `keys` besides.
    StoreResult indexKeys(qint64 id, const OrderRecord &order,
                          QList<std::pair<OrderKeyKind, QString>> keys);
    // Appends the keys of the order's operations and trades in the ledger.
    StoreResult ledgerKeys(const QString &outOrderNo,
                           QList<std::pair<OrderKeyKind, QString>> &keys) const;
    // Inserts the non-empty folded keys of order `id` that it does not have yet, several rows to
    // a statement.
    StoreResult insertKeys(qint64 id, const QList<std::pair<OrderKeyKind, QString>> &keys);

    const Store &m_store;
};

} // namespace DepositDesk
