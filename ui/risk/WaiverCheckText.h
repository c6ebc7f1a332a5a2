#pragma once

#include "services/risk/WaiverCheck.h"

#include <QCoreApplication>
#include <QString>

namespace DepositDesk {

// An order's waiver check in words for its detail page: "Waived by credit ¥300.00 — policy v3
// allows up to ¥200.00 for RENT_PHONE: over the policy", and the category's bands for the
// tooltip. Amounts as elsewhere (yuanText: grouped, ¥, two decimals).
class WaiverCheckText
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::WaiverCheckText)

public:
    // Empty for an order nothing was waived of.
    static QString sentence(const WaiverCheck &check);
    // "600–699: up to ¥100.00 · 700+: up to ¥200.00 (partial allowed)"; empty without bands.
    static QString bands(const WaiverCheck &check);
};

} // namespace DepositDesk
