#include "finance/BillFiles.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

const QString Columns = QStringLiteral(
    "id, bill_type, bill_date, file_name, path, sha256, size_bytes, fetched_at, fetched_by");

BillFileRecord readRecord(const StoreQuery &q)
{
    BillFileRecord r;
    r.id = q.int64(0);
    r.billType = q.text(1);
    r.billDate = q.text(2);
    r.fileName = q.text(3);
    r.path = q.text(4);
    r.sha256 = q.text(5);
    r.sizeBytes = q.int64(6);
    r.fetchedAt = QDateTime::fromMSecsSinceEpoch(q.int64(7), Qt::UTC);
    r.fetchedBy = q.text(8);
    return r;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::BillFiles", text);
}

} // namespace

BillFiles::BillFiles(const Store &store)
    : BillFiles(store, Clock::system())
{}

BillFiles::BillFiles(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

StoreResult BillFiles::record(BillFileRecord &file, bool *alreadyKnown)
{
    if (alreadyKnown)
        *alreadyKnown = false;
    if (file.billType.isEmpty() || file.billDate.isEmpty() || file.sha256.size() != 64 ||
        file.path.isEmpty() || file.fetchedBy.isEmpty())
        return StoreResult::failure(tr("A bill file is recorded only with its type, date, "
                                       "SHA-256, path and who fetched it."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (!file.fetchedAt.isValid())
        file.fetchedAt = m_clock.now().toUTC();
    // The same bytes of the same bill are one row (UNIQUE): the first download wins.
    StoreQuery insert(db, m_store.dialect().insertIgnore(
                              QStringLiteral("bill_files"),
                              {QStringLiteral("bill_type"), QStringLiteral("bill_date"),
                               QStringLiteral("file_name"), QStringLiteral("path"),
                               QStringLiteral("sha256"), QStringLiteral("size_bytes"),
                               QStringLiteral("fetched_at"), QStringLiteral("fetched_by")}));
    insert.bind(QStringLiteral("bill_type"), file.billType)
        .bind(QStringLiteral("bill_date"), file.billDate)
        .bind(QStringLiteral("file_name"), file.fileName)
        .bind(QStringLiteral("path"), file.path)
        .bind(QStringLiteral("sha256"), file.sha256.toLower())
        .bind(QStringLiteral("size_bytes"), file.sizeBytes)
        .bind(QStringLiteral("fetched_at"), file.fetchedAt.toMSecsSinceEpoch())
        .bind(QStringLiteral("fetched_by"), file.fetchedBy);
    if (!insert.exec())
        return StoreResult::failure(insert.errorString());
    const bool inserted = insert.numRowsAffected() > 0;
    insert.finish();
    StoreQuery select(db, QStringLiteral("SELECT %1 FROM bill_files WHERE bill_type = :t AND "
                                         "bill_date = :d AND sha256 = :s")
                              .arg(Columns));
    select.bind(QStringLiteral("t"), file.billType)
        .bind(QStringLiteral("d"), file.billDate)
        .bind(QStringLiteral("s"), file.sha256.toLower());
    if (!select.exec())
        return StoreResult::failure(select.errorString());
    if (!select.next())
        return StoreResult::failure(tr("The bill file was not recorded. Try again."));
    file = readRecord(select);
    select.finish();
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (alreadyKnown)
        *alreadyKnown = !inserted;
    return StoreResult::success();
}

std::optional<BillFileRecord> BillFiles::find(qint64 id) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM bill_files WHERE id = :id").arg(Columns));
    q.bind(QStringLiteral("id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRecord(q);
}

QList<BillFileRecord> BillFiles::list(const QString &billType, const QString &billDate) const
{
    QString sql = QStringLiteral("SELECT %1 FROM bill_files WHERE 1 = 1").arg(Columns);
    if (!billType.isEmpty())
        sql += QStringLiteral(" AND bill_type = :t");
    if (!billDate.isEmpty())
        sql += QStringLiteral(" AND bill_date = :d");
    sql += QStringLiteral(" ORDER BY fetched_at DESC, id DESC");
    StoreQuery q(m_store.database(), sql);
    if (!billType.isEmpty())
        q.bind(QStringLiteral("t"), billType);
    if (!billDate.isEmpty())
        q.bind(QStringLiteral("d"), billDate);
    QList<BillFileRecord> records;
    if (!q.exec())
        return records;
    while (q.next())
        records.append(readRecord(q));
    return records;
}

} // namespace DepositDesk
