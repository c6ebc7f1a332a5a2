#include "store/WaiverPolicies.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

const QString VersionColumns = QStringLiteral("v.id, v.version, v.created_by, v.created_at, "
                                              "v.reason");
const QString BandColumns = QStringLiteral("b.category, b.score_min, b.score_max, "
                                           "b.max_waive_fen, b.partial_allowed");
const QString BandOrder = QStringLiteral("b.category, b.score_min, b.id");
// The newest version: by number, or (in force at a moment) the latest created, read backwards
// along the index on (created_at, version) in one seek.
const QString ByNumber = QStringLiteral("version DESC");
const QString ByTime = QStringLiteral("created_at DESC, version DESC");

WaiverPolicyVersion readVersion(const StoreQuery &q)
{
    WaiverPolicyVersion v;
    v.id = q.int64(0);
    v.version = int(q.int64(1));
    v.createdBy = q.text(2);
    v.createdAt = QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC);
    v.reason = q.text(4);
    return v;
}

// The band in columns first .. first + 4 (BandColumns).
WaiverBand readBand(const StoreQuery &q, int first)
{
    WaiverBand b;
    b.category = q.text(first);
    b.scoreMin = int(q.int64(first + 1));
    if (!q.value(first + 2).isNull())
        b.scoreMax = int(q.int64(first + 2));
    b.maxWaive = Money::fromFen(q.int64(first + 3));
    b.partialAllowed = q.int64(first + 4) != 0;
    return b;
}

} // namespace

WaiverPolicies::WaiverPolicies(const Store &store)
    : WaiverPolicies(store, Clock::system())
{}

WaiverPolicies::WaiverPolicies(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QStringList WaiverPolicies::schema(const SqlDialect &d)
{
    return {
        d.createTable(QStringLiteral("waiver_policy_versions"),
                      QStringLiteral("id %1, version INTEGER NOT NULL UNIQUE, "
                                     "created_by TEXT NOT NULL, created_at BIGINT NOT NULL, "
                                     "reason TEXT NOT NULL")
                          .arg(d.identityPrimaryKey())),
        d.createIndex(QStringLiteral("waiver_policy_versions_created"),
                      QStringLiteral("waiver_policy_versions"),
                      QStringLiteral("created_at, version")),
        // score_max NULL: open-ended ("700+").
        d.createTable(
            QStringLiteral("waiver_policy_bands"),
            QStringLiteral(
                "id %1, version_id BIGINT NOT NULL REFERENCES waiver_policy_versions(id), "
                "category %2 NOT NULL, score_min INTEGER NOT NULL, score_max INTEGER, "
                "max_waive_fen BIGINT NOT NULL, partial_allowed SMALLINT NOT NULL")
                .arg(d.identityPrimaryKey(), d.keyTextType())),
        d.createIndex(QStringLiteral("waiver_policy_bands_version"),
                      QStringLiteral("waiver_policy_bands"),
                      QStringLiteral("version_id, category, score_min")),
    };
}

StoreResult WaiverPolicies::add(WaiverPolicyVersion &version)
{
    if (version.createdBy.isEmpty() || version.reason.trimmed().isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("DepositDesk::WaiverPolicies",
                                        "A waiver policy version needs an operator and a reason."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreQuery newest(db, QStringLiteral("SELECT MAX(version) FROM waiver_policy_versions"));
    if (!newest.exec() || !newest.next())
        return StoreResult::failure(newest.errorString());
    const int number = newest.value(0).isNull() ? 1 : int(newest.int64(0)) + 1;
    newest.finish();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
    StoreQuery insert(db, QStringLiteral("INSERT INTO waiver_policy_versions (version, created_by, "
                                         "created_at, reason) VALUES (:v, :by, :at, :why)") +
                              m_store.dialect().returningId());
    insert.bind(QStringLiteral("v"), number)
        .bind(QStringLiteral("by"), version.createdBy)
        .bind(QStringLiteral("at"), at.toMSecsSinceEpoch())
        .bind(QStringLiteral("why"), version.reason);
    if (!insert.exec() || !insert.next())
        return StoreResult::failure(insert.errorString());
    const qint64 id = insert.int64(0);
    insert.finish();
    for (const WaiverBand &band : std::as_const(version.bands)) {
        StoreQuery q(db, QStringLiteral("INSERT INTO waiver_policy_bands (version_id, category, "
                                        "score_min, score_max, max_waive_fen, partial_allowed) "
                                        "VALUES (:v, :c, :lo, :hi, :max, :partial)"));
        q.bind(QStringLiteral("v"), id)
            .bind(QStringLiteral("c"), band.category)
            .bind(QStringLiteral("lo"), band.scoreMin)
            .bind(QStringLiteral("hi"),
                  band.scoreMax ? QVariant(*band.scoreMax) : QVariant(QMetaType::fromType<int>()))
            .bind(QStringLiteral("max"), band.maxWaive.fen())
            .bind(QStringLiteral("partial"), band.partialAllowed ? 1 : 0);
        if (!q.exec())
            return StoreResult::failure(q.errorString());
    }
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    version.id = id;
    version.version = number;
    version.createdAt = at;
    return StoreResult::success();
}

std::optional<QList<WaiverPolicyVersion>> WaiverPolicies::versions(QString *error) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM waiver_policy_versions v ORDER BY v.version DESC")
                     .arg(VersionColumns));
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    QList<WaiverPolicyVersion> list;
    while (q.next())
        list.append(readVersion(q));
    return list;
}

std::optional<WaiverPolicyVersion> WaiverPolicies::read(const QString &where, const QVariant &value,
                                                        const QString &newest, QString *error) const
{
    // The version and its bands in one statement: a version without bands is one row of NULLs.
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1, %2 FROM waiver_policy_versions v LEFT JOIN "
                                "waiver_policy_bands b ON b.version_id = v.id WHERE v.id = "
                                "(SELECT id FROM waiver_policy_versions WHERE %3 ORDER BY %4 "
                                "LIMIT 1) ORDER BY %5")
                     .arg(VersionColumns, BandColumns, where, newest, BandOrder));
    q.bind(QStringLiteral("x"), value);
    if (error)
        error->clear();
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    std::optional<WaiverPolicyVersion> found;
    while (q.next()) {
        if (!found)
            found = readVersion(q);
        if (!q.value(5).isNull())
            found->bands.append(readBand(q, 5));
    }
    return found;
}

std::optional<WaiverPolicyVersion> WaiverPolicies::version(int number, QString *error) const
{
    return read(QStringLiteral("version = :x"), number, ByNumber, error);
}

std::optional<WaiverPolicyVersion> WaiverPolicies::current(QString *error) const
{
    return read(QStringLiteral("version >= :x"), 0, ByNumber, error);
}

std::optional<WaiverPolicyVersion> WaiverPolicies::inForceAt(const QDateTime &at,
                                                             QString *error) const
{
    return read(QStringLiteral("created_at <= :x"), at.toMSecsSinceEpoch(), ByTime, error);
}

std::optional<WaiverPolicies::CategoryBands>
WaiverPolicies::bandsInForce(const QString &category, const QDateTime &at, QString *error) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT v.version, %1 FROM waiver_policy_versions v LEFT JOIN "
                                "waiver_policy_bands b ON b.version_id = v.id AND b.category = :c "
                                "WHERE v.id = (SELECT id FROM waiver_policy_versions WHERE "
                                "created_at <= :at ORDER BY %2 LIMIT 1) ORDER BY %3")
                     .arg(BandColumns, ByTime, BandOrder));
    q.bind(QStringLiteral("c"), category).bind(QStringLiteral("at"), at.toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    CategoryBands found;
    while (q.next()) {
        found.version = int(q.int64(0));
        if (!q.value(1).isNull())
            found.bands.append(readBand(q, 1));
    }
    return found;
}

} // namespace DepositDesk
