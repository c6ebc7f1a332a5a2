#include "ui/risk/WaiverCheckText.h"

#include "domain/YuanText.h"

namespace DepositDesk {

QString WaiverCheckText::sentence(const WaiverCheck &check)
{
    const QString waived = yuanText(check.waived);
    switch (check.state) {
    case WaiverCheck::State::NotWaived:
        return {};
    case WaiverCheck::State::NoPolicy:
        //: Order detail: %1 the amount waived by Sesame credit
        return tr("Waived by credit %1 — no waiver policy was in force when the order was made")
            .arg(waived);
    case WaiverCheck::State::NoBand:
        //: Order detail: %1 amount waived, %2 policy version, %3 the order's category
        return tr("Waived by credit %1 — policy v%2 has no band for %3")
            .arg(waived)
            .arg(check.version)
            .arg(check.category);
    case WaiverCheck::State::Within:
        //: Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category
        return tr("Waived by credit %1 — policy v%2 allows up to %3 for %4: within the policy")
            .arg(waived)
            .arg(check.version)
            .arg(yuanText(check.allowed), check.category);
    case WaiverCheck::State::Over:
        //: Order detail: %1 amount waived, %2 policy version, %3 the most it allows, %4 category
        return tr("Waived by credit %1 — policy v%2 allows up to %3 for %4: over the policy")
            .arg(waived)
            .arg(check.version)
            .arg(yuanText(check.allowed), check.category);
    }
    return {};
}

QString WaiverCheckText::bands(const WaiverCheck &check)
{
    QStringList parts;
    for (const WaiverBand &band : check.bands)
        parts << (band.partialAllowed
                      //: Order detail, one band of the policy: %1 score range, %2 amount
                      ? tr("%1: up to %2 (partial allowed)")
                      : tr("%1: up to %2"))
                     .arg(band.scoreRangeText(), yuanText(band.maxWaive));
    return parts.join(QStringLiteral(" · "));
}

} // namespace DepositDesk
