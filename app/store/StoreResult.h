#pragma once

#include <QString>

namespace DepositDesk {

// Outcome of a store call: ok, or a translated sentence saying what went wrong and what to do.
struct [[nodiscard]] StoreResult
{
    bool ok = true;
    QString errorString;

    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

} // namespace DepositDesk
