#pragma once

#include "domain/Nodiscard.h"
#include "store/StoreResult.h"

#include <QList>
#include <QString>

namespace DepositDesk {

// What an order import did.
struct DD_NODISCARD ImportReport
{
    struct Rejection
    {
        int line = 0;       // CSV: the line the row starts on; JSON: the record's number (1-based)
        QString outOrderNo; // as far as it could be read
        QString reason;     // translated
    };

    int rows = 0; // data rows read
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Rejection> rejected;
    bool committed = false; // false: nothing was written
    QString errorString;    // the file or the database failed (translated)

    int imported() const { return inserted + updated + unchanged; }
    // The rejected rows as CSV (line,out_order_no,reason), for the person who fixes the file.
    StoreResult writeRejections(const QString &path) const;
};

} // namespace DepositDesk
