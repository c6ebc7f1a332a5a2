#pragma once

#include "domain/OperatorSession.h"
#include "domain/WaiverPolicy.h"
#include "store/StoreResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// The Sesame credit waiver policy for the risk analysts' page (ui/risk/WaiverPolicyPage.h): the
// current version, every version (who, when, why), one version, the version in force at a moment,
// saving a new version, and the policy as CSV both ways. Reading needs Capability::View, saving
// and importing Capability::ManageWaiverPolicy, checked on every call. A new version is written
// with its audit entry "policy.waiver.saved" in one transaction, or not at all; a version once
// written never changes (store/WaiverPolicies.h). Runs on the calling thread: a policy is a few
// dozen rows.
class WaiverPolicyService
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::WaiverPolicyService)

public:
    // An imported file larger than this is refused before it is read.
    static constexpr qint64 MaxCsvBytes = 256 * 1024;
    static constexpr int MaxBands = 500;
    static constexpr int MaxCategoryLength = 64;
    static constexpr int MaxReasonLength = 500;
    // The CSV columns, by name (in this order when exported; any order when imported).
    static QStringList csvColumns();

    explicit WaiverPolicyService(const Store &store);
    WaiverPolicyService(const Store &store, const Clock &clock);

    // nullopt and *error (translated): refused (role) or the read failed. current() and
    // inForceAt() give nullopt with *error empty when there is no such version.
    std::optional<WaiverPolicyVersion> current(const OperatorSession &session,
                                               QString *error = nullptr) const;
    std::optional<QList<WaiverPolicyVersion>> versions(const OperatorSession &session,
                                                       QString *error = nullptr) const;
    std::optional<WaiverPolicyVersion> version(const OperatorSession &session, int number,
                                               QString *error = nullptr) const;
    std::optional<WaiverPolicyVersion>
    inForceAt(const OperatorSession &session, const QDateTime &at, QString *error = nullptr) const;

    // Why `bands` cannot be a policy (translated, naming the band), or empty: no band, a band
    // without a category, a score outside 350–950 or a range that ends before it starts, a
    // negative maximum, or two bands of one category whose score ranges overlap.
    static QString problem(const QList<WaiverBand> &bands);
    // Why `reason` cannot be a version's reason, or empty.
    static QString reasonProblem(const QString &reason);

    // Saves `bands` as the new current version (categories trimmed, bands sorted by category and
    // score). Refused with nothing written: the role, problem(), reasonProblem().
    StoreResult save(const OperatorSession &session, const QList<WaiverBand> &bands,
                     const QString &reason, WaiverPolicyVersion *saved = nullptr);

    // The bands as CSV (UTF-8, a header line of csvColumns(), max_waive in yuan with two
    // decimals, score_max empty when open-ended, partial_allowed "yes"/"no"), through CsvField.
    static QByteArray toCsv(const QList<WaiverBand> &bands);
    // Strict reading of such a file: columns by name (all of csvColumns(), once each), every row
    // checked; nullopt and *error ("Line 4: …", translated) at the first problem. The bands
    // together are not checked here (problem() does that).
    static std::optional<QList<WaiverBand>> fromCsv(const QByteArray &csv, QString *error);
    // Writes the bands of version `number` (0: the current one) to `path`. Needs View.
    StoreResult exportCsv(const OperatorSession &session, int number, const QString &path) const;
    // Reads `path` (refused above MaxCsvBytes), checks every row and the bands together, and
    // saves them as a new version with `reason`. A refused file changes nothing.
    StoreResult importCsv(const OperatorSession &session, const QString &path,
                          const QString &reason, WaiverPolicyVersion *saved = nullptr);

private:
    StoreResult write(const OperatorSession &session, QList<WaiverBand> bands,
                      const QString &reason, const QString &source, WaiverPolicyVersion *saved);

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
