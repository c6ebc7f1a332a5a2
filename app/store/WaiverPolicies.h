#pragma once

#include "domain/WaiverPolicy.h"
#include "store/SqlDialect.h"
#include "store/StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// The versions of the Sesame credit waiver policy (tables waiver_policy_versions and
// waiver_policy_bands, migration 18). A version is written whole, its bands with it, in one
// transaction, or not at all; there is no way to change or remove one. The caller
// (services/risk/WaiverPolicyService.h) checks the bands, audits the version and holds the
// transaction that makes the two one.
class WaiverPolicies
{
public:
    explicit WaiverPolicies(const Store &store);
    WaiverPolicies(const Store &store, const Clock &clock);

    // Migration 18's statements.
    static QStringList schema(const SqlDialect &d);

    // Writes a new version: its number (the newest plus one), createdAt (the clock's now) and id
    // are set on return. createdBy and reason must not be empty.
    StoreResult add(WaiverPolicyVersion &version);

    // Every version without its bands, newest first. nullopt and *error when the read failed.
    std::optional<QList<WaiverPolicyVersion>> versions(QString *error = nullptr) const;
    // One version with its bands; a version that does not exist is nullopt with *error empty.
    std::optional<WaiverPolicyVersion> version(int number, QString *error = nullptr) const;
    // The newest version with its bands (nullopt, *error empty: no policy yet).
    std::optional<WaiverPolicyVersion> current(QString *error = nullptr) const;
    // The version in force at `at`: the newest created at or before it (nullopt, *error empty:
    // none was).
    std::optional<WaiverPolicyVersion> inForceAt(const QDateTime &at,
                                                 QString *error = nullptr) const;

    // What the order check needs, in one query: the number of the version in force at `at`
    // (0: none) and its bands of `category` only, lowest score first.
    struct CategoryBands
    {
        int version = 0;
        QList<WaiverBand> bands;
    };
    std::optional<CategoryBands> bandsInForce(const QString &category, const QDateTime &at,
                                              QString *error = nullptr) const;

private:
    std::optional<WaiverPolicyVersion> read(const QString &where, const QVariant &value,
                                            const QString &newest, QString *error) const;

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
