#pragma once

#include "domain/Nodiscard.h"

#include <QString>

namespace DepositDesk {

// Outcome of a store call: ok, or a translated sentence saying what went wrong and what to do.
struct DD_NODISCARD StoreResult
{
    bool ok = true;
    QString errorString;
    // A failure to reach the database (server down, connection refused or timed out, the
    // network): trying again later may succeed. Never set for a refused password, TLS, or a
    // database written by a newer program.
    bool unreachable = false;

    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

} // namespace DepositDesk
