#pragma once

#include "domain/Nodiscard.h"

#include <QString>

namespace DepositDesk {

// Outcome of a store call: ok, or a translated sentence saying what went wrong and what to do.
struct DD_NODISCARD StoreResult
{
    bool ok = true;
    QString errorString;

    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

} // namespace DepositDesk
