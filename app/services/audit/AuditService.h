#pragma once

#include "domain/OperatorSession.h"
#include "store/AuditEntry.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace DepositDesk {

class Store;
class StoreWorker;

// The audit log page's use cases, off the UI thread (store/StoreWorker.h): a page of entries at
// a time, newest first, with filters (operator, action, order, period); the whole chain verified
// on demand, with a verdict in words; what the filters select exported to CSV or XLSX
// (finance/TableExport.h, formulas neutralised in CSV).
//
// Who: Capability::ReadAuditLog (supervisors, finance, administrators). Each call checks it and
// answers a refusal (translated) at once, doing nothing. Reading is not audited, as reading
// orders is not; an export (the log leaving the database) is audited as "audit.exported" after
// the file is written, and the file is removed when that entry cannot be written. A verification
// is audited as "audit.verified" / "audit.broken" like the start-up check.
class AuditService : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    AuditService(const Store &store, const QString &desk, QObject *parent = nullptr);
    ~AuditService() override; // waits for the work still running

    // Why the session may not read the audit log (translated), or empty.
    static QString refusal(const OperatorSession &session);

    // Up to PageSize entries matching `filter`, newest first, before filter.beforeSeq when set.
    // done(entries, more, error) follows on context's thread.
    using PageDone =
        std::function<void(const QList<AuditEntry> &entries, bool more, const QString &error)>;
    QString page(const OperatorSession &session, AuditFilter filter, const QObject *context,
                 PageDone done);

    struct Verdict
    {
        bool ok = false;
        qint64 entries = 0;
        qint64 firstBrokenSeq = 0;
        QDateTime lastAt; // when the last entry was written (invalid: empty log)
        QString text;     // translated, for people
    };
    // AuditLog::verify() of the whole chain.
    QString verify(const OperatorSession &session, const QObject *context,
                   std::function<void(const Verdict &)> done);
    // The words of a verification's result; `problem` is the store's sentence for the break.
    static QString verdictText(bool ok, qint64 entries, qint64 firstBrokenSeq,
                               const QDateTime &lastAt, const QString &problem);

    enum class Format { Csv, Xlsx };
    struct Exported
    {
        bool ok = false;
        qint64 entries = 0;
        QString message; // translated: what was written where, or why nothing was
    };
    // Every entry matching `filter` (newest first, as the page shows them) into `path`.
    QString exportTo(const OperatorSession &session, AuditFilter filter, Format format,
                     const QString &path, const QObject *context,
                     std::function<void(const Exported &)> done);

private:
    const Store &m_store;
    QString m_desk;
    std::unique_ptr<StoreWorker> m_worker;
};

} // namespace DepositDesk
