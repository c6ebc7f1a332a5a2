#pragma once

#include "domain/Money.h"
#include "domain/OrderRecord.h"
#include "domain/WaiverPolicy.h"

#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

class Store;

// An order's credit-waived part (credit_fen) next to what the waiver policy in force when the
// order was made allowed for its category. We do not know the customer's Sesame score, only what
// Alipay waived, so the order is flagged only when the waived part exceeds every band of its
// category (the highest band's maximum); a category the policy has no band for is a state of its
// own, not a flag.
struct WaiverCheck
{
    enum class State {
        NotWaived, // nothing was waived by credit: nothing to check
        NoPolicy,  // no policy version was in force when the order was made
        NoBand,    // the policy in force has no band for the order's category
        Within,    // the waived part is within the highest band's maximum
        Over,      // the waived part exceeds every band of the category: flagged
    };
    State state = State::NotWaived;
    int version = 0; // of the policy in force (0: none)
    QString category;
    Money waived;            // the order's credit-waived part
    Money allowed;           // the highest maximum of the category's bands
    QList<WaiverBand> bands; // the category's bands in that version, lowest score first

    bool flagged() const { return state == State::Over; }

    // The check of `order` against the bands of its category in force at its creation (as
    // WaiverPolicies::bandsInForce reads them): pure, for tests and callers that have the bands.
    static WaiverCheck of(const OrderRecord &order, int version, const QList<WaiverBand> &bands);
    // Reads the bands in force (one query) and checks. nullopt and *error when the read failed.
    static std::optional<WaiverCheck> read(const Store &store, const OrderRecord &order,
                                           QString *error = nullptr);
};

} // namespace DepositDesk
