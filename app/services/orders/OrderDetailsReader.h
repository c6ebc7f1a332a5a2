#pragma once

#include "services/orders/OrderSnapshot.h"

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace DepositDesk {

class Store;
class StoreWorker;

// Reads an OrderSnapshot (index row, ledger, journal, refund requests, audit) and builds its
// timeline and Sesame state. Safe on any thread (the Store gives each thread its connection).
class OrderDetailsReader
{
public:
    explicit OrderDetailsReader(const Store &store);
    ~OrderDetailsReader(); // waits for the reads still running

    // nullopt and *error (translated) when the order is not in the index or the database failed.
    std::optional<OrderSnapshot> read(const QString &outOrderNo, QString *error = nullptr) const;

    // read() off the calling thread, one read after the other in the order asked: done(snapshot,
    // error) follows on context's thread, never if context is destroyed first.
    using ReadDone =
        std::function<void(const std::optional<OrderSnapshot> &snapshot, const QString &error)>;
    void readLater(const QString &outOrderNo, const QObject *context, ReadDone done) const;

private:
    const Store &m_store;
    // Off-thread reads; a const reader still reads later (the worker is thread-safe).
    std::unique_ptr<StoreWorker> m_worker;
};

} // namespace DepositDesk
