#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// A bill archive as downloaded (table bill_files, migration 8).
struct BillFileRecord
{
    qint64 id = 0;
    QString billType; // trade / signcustomer
    QString billDate; // yyyy-MM-dd or yyyy-MM
    QString fileName; // downloadFileName, e.g. 20881234123412340156_20261123.csv.zip
    QString path;     // absolute path of the kept original
    QString sha256;   // lower-case hex of the archive bytes
    qint64 sizeBytes = 0;
    QDateTime fetchedAt;
    QString fetchedBy; // operator login
};

// The register of downloaded bills. The same bytes for the same bill are one row (a second
// download is recognised: record() answers the existing row with *alreadyKnown set).
class BillFiles
{
public:
    explicit BillFiles(const Store &store);
    BillFiles(const Store &store, const Clock &clock);

    StoreResult record(BillFileRecord &file, bool *alreadyKnown = nullptr);
    std::optional<BillFileRecord> find(qint64 id) const;
    // Newest first; every type and date when empty.
    QList<BillFileRecord> list(const QString &billType = {}, const QString &billDate = {}) const;

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
