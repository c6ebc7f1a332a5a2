#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// The Sesame credit waiver policy (芝麻分 → 减免额度): for a rental category and a range of
// Sesame scores, the most of a deposit Alipay may waive by credit. Kept in versions that are
// never changed once written (store/WaiverPolicies.h); the one in force at a moment is the
// newest created at or before it.
struct WaiverBand
{
    static constexpr int LowestScore = 350;
    static constexpr int HighestScore = 950;

    QString category;            // the order's category, e.g. RENT_PHONE
    int scoreMin = LowestScore;  // inclusive
    std::optional<int> scoreMax; // inclusive; nullopt: open-ended ("700+")
    Money maxWaive;              // the most waived by credit for a score in the range
    bool partialAllowed = false; // whether a waiver of only part of the deposit is allowed

    // "600–699" or "700+".
    QString scoreRangeText() const
    {
        return scoreMax ? QStringLiteral("%1–%2").arg(scoreMin).arg(*scoreMax)
                        : QStringLiteral("%1+").arg(scoreMin);
    }
    friend bool operator==(const WaiverBand &a, const WaiverBand &b)
    {
        return a.category == b.category && a.scoreMin == b.scoreMin && a.scoreMax == b.scoreMax &&
               a.maxWaive == b.maxWaive && a.partialAllowed == b.partialAllowed;
    }
    friend bool operator!=(const WaiverBand &a, const WaiverBand &b) { return !(a == b); }
};

// One version of the policy: who saved it, when and why, and its bands (by category, then score).
struct WaiverPolicyVersion
{
    qint64 id = 0;
    int version = 0; // 1, 2, 3 ... in the order saved
    QString createdBy;
    QDateTime createdAt; // UTC
    QString reason;
    QList<WaiverBand> bands; // empty when only the version list was read
};

} // namespace DepositDesk
