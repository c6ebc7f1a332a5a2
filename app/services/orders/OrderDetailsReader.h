#pragma once

#include "services/orders/OrderSnapshot.h"

#include <optional>

namespace DepositDesk {

class Store;

// Reads an OrderSnapshot (index row, ledger, journal, refund requests, audit) and builds its
// timeline and Sesame state. Safe on any thread (the Store gives each thread its connection).
class OrderDetailsReader
{
public:
    explicit OrderDetailsReader(const Store &store);

    // nullopt and *error (translated) when the order is not in the index or the database failed.
    std::optional<OrderSnapshot> read(const QString &outOrderNo, QString *error = nullptr) const;

private:
    const Store &m_store;
};

} // namespace DepositDesk
