#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace DepositDesk {

// A forward-only read of many rows whose columns are handed out as bytes (text as UTF-8) and
// integers, with no QVariant or QString per value: for scans of a million rows (reconciliation's
// ledger). On SQLite it steps a statement of its own on the connection's handle (Debian's Qt
// SQLite driver uses the system libsqlite3, the one linked here); on any other driver it reads
// through QSqlQuery. Values are valid until the next next(). Named parameters as in StoreQuery
// (":name"); a failure is logged like StoreQuery's, never with bound values.
class RowScan
{
public:
    RowScan(const QSqlDatabase &db, const QString &sql);
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    RowScan &bind(const QString &name, qint64 value);
    RowScan &bind(const QString &name, const QString &value);
    bool exec();
    bool next();
    // False once preparing, binding or a step failed (next() then returned false early).
    bool ok() const;

    QByteArrayView bytes(int column) const; // empty for NULL
    qint64 int64(int column) const;         // 0 for NULL
    bool isNull(int column) const;

    // A translated sentence naming the driver's complaint (StoreQuery::errorString()).
    QString errorString() const;
    // True when the rows come straight from SQLite (not through QSqlQuery).
    bool isNative() const;

private:
    struct Native;
    struct Generic;
    std::unique_ptr<Native> m_native;
    std::unique_ptr<Generic> m_generic;
};

} // namespace DepositDesk
