#include "services/audit/AuditService.h"

#include "services/audit/AuditTableModel.h"

#include "domain/ChinaTime.h"
#include "finance/TableExport.h"
#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>

namespace DepositDesk {

Q_LOGGING_CATEGORY(lcAuditService, "depositdesk.audit")

namespace {

QString formatCode(AuditService::Format format)
{
    return format == AuditService::Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

QJsonObject filterDetails(const AuditFilter &f)
{
    QJsonObject d;
    if (!f.operatorLogin.isEmpty())
        d.insert(QStringLiteral("operator"), f.operatorLogin);
    if (!f.action.isEmpty())
        d.insert(QStringLiteral("action"), f.action);
    if (!f.outOrderNo.isEmpty())
        d.insert(QStringLiteral("order"), f.outOrderNo);
    if (f.from.isValid())
        d.insert(QStringLiteral("from"), f.from.toUTC().toString(Qt::ISODate));
    if (f.before.isValid())
        d.insert(QStringLiteral("before"), f.before.toUTC().toString(Qt::ISODate));
    return d;
}

} // namespace

AuditService::AuditService(const Store &store, const QString &desk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_worker(std::make_unique<StoreWorker>(store))
{}

AuditService::~AuditService() = default;

QString AuditService::refusal(const OperatorSession &session)
{
    if (session.can(Capability::ReadAuditLog))
        return {};
    return Permissions::deniedReason(session.role, Capability::ReadAuditLog);
}

QString AuditService::page(const OperatorSession &session, AuditFilter filter,
                           const QObject *context, PageDone done)
{
    if (QString refused = refusal(session); !refused.isEmpty())
        return refused;
    filter.newestFirst = true;
    filter.afterSeq = 0;
    filter.limit = PageSize + 1; // one more says whether there is more
    struct Page
    {
        QList<AuditEntry> entries;
        bool more = false;
        QString error;
    };
    m_worker->run(
        [filter](const Store &store) {
            Page p;
            p.entries = AuditLog(store).entries(filter);
            p.more = p.entries.size() > PageSize;
            if (p.more)
                p.entries.removeLast();
            return p;
        },
        context, [done = std::move(done)](const Page &p) { done(p.entries, p.more, p.error); });
    return {};
}

QString AuditService::verdictText(bool ok, qint64 entries, qint64 firstBrokenSeq,
                                  const QDateTime &lastAt, const QString &problem)
{
    if (ok && entries == 0)
        return tr("The audit log is empty: there is nothing to check yet.");
    const QString last = ChinaTime::toChina(lastAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (ok)
        //: %Ln entries checked (with thousands separators), %1 date and time (China time)
        return tr("All %Ln entries are intact; the last was written %1.", nullptr, int(entries))
            .arg(last);
    //: %1 the first broken entry, %2 why (the check's own sentence), %Ln entries intact before it
    return tr("The audit log is broken at entry %1: %2 The %Ln entries before it are intact. "
              "Entries were changed, removed or added outside DepositDesk, so the log no longer "
              "proves what happened from that entry on. Leave the database as it is and tell "
              "your administrator.",
              nullptr, int(qMax<qint64>(0, firstBrokenSeq - 1)))
        .arg(firstBrokenSeq)
        .arg(problem);
}

QString AuditService::verify(const OperatorSession &session, const QObject *context,
                             std::function<void(const Verdict &)> done)
{
    if (QString refused = refusal(session); !refused.isEmpty())
        return refused;
    const QString login = session.login;
    const QString desk = m_desk;
    m_worker->run(
        [login, desk](const Store &store) {
            const AuditLog log(store);
            const AuditVerification checked = log.verify();
            Verdict v;
            v.ok = checked.ok;
            v.entries = checked.entries;
            v.firstBrokenSeq = checked.firstBrokenSeq;
            if (const std::optional<AuditEntry> last = log.last())
                v.lastAt = last->at;
            v.text = verdictText(v.ok, v.entries, v.firstBrokenSeq, v.lastAt, checked.problem);
            AuditEvent event;
            event.operatorLogin = login;
            event.action = v.ok ? QStringLiteral("audit.verified") : QStringLiteral("audit.broken");
            event.details = {{QStringLiteral("entries_checked"), checked.entries},
                             {QStringLiteral("from_seq"), 0},
                             {QStringLiteral("desk"), desk},
                             {QStringLiteral("on_demand"), true}};
            if (!v.ok)
                event.details.insert(QStringLiteral("first_broken_seq"), checked.firstBrokenSeq);
            if (const StoreResult written = AuditLog(store).append(event); !written)
                qCWarning(lcAuditService).noquote()
                    << "audit check not audited:" << written.errorString;
            return v;
        },
        context, [done = std::move(done)](const Verdict &v) { done(v); });
    return {};
}

QString AuditService::exportTo(const OperatorSession &session, AuditFilter filter, Format format,
                               const QString &path, const QObject *context,
                               std::function<void(const Exported &)> done)
{
    if (QString refused = refusal(session); !refused.isEmpty())
        return refused;
    const QString login = session.login;
    const QString desk = m_desk;
    m_worker->run(
        [login, desk, filter, format, path](const Store &store) mutable {
            Exported out;
            AuditTableModel model;
            const AuditLog log(store);
            filter.newestFirst = true;
            filter.afterSeq = 0;
            filter.limit = 1000;
            for (;;) {
                const QList<AuditEntry> page = log.entries(filter);
                model.append(page, false);
                if (page.size() < filter.limit)
                    break;
                filter.beforeSeq = page.last().seq;
            }
            filter.beforeSeq = 0;
            out.entries = model.rowCount();
            const QString shown = QDir::toNativeSeparators(path);
            QString error;
            bool written = false;
            if (format == Format::Xlsx) {
                written = TableExport::writeXlsx(model, path, QStringLiteral("audit"), &error);
            } else {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    error = tr("%1 could not be opened for writing: %2. Choose another folder or "
                               "file name.")
                                .arg(shown, file.errorString());
                else if (!TableExport::writeCsv(model, &file, &error))
                    file.cancelWriting();
                else if (!file.commit())
                    error = tr("%1 could not be saved: %2. Check that the disk has room, then "
                               "export again.")
                                .arg(shown, file.errorString());
                else
                    written = true;
            }
            if (!written) {
                out.message = error;
                return out;
            }
            AuditEvent event;
            event.operatorLogin = login;
            event.action = QStringLiteral("audit.exported");
            event.details = {{QStringLiteral("format"), formatCode(format)},
                             {QStringLiteral("entries"), out.entries},
                             {QStringLiteral("file"), QFileInfo(path).fileName()},
                             {QStringLiteral("filter"), filterDetails(filter)},
                             {QStringLiteral("desk"), desk}};
            if (const StoreResult logged = AuditLog(store).append(event); !logged) {
                // The log leaves the database only with its own entry saying so.
                QFile::remove(path);
                out.message = tr("Nothing was exported: the audit log could not record the "
                                 "export. %1")
                                  .arg(logged.errorString);
                return out;
            }
            out.ok = true;
            //: %Ln entries, %1 the file
            out.message = tr("%Ln entries exported to %1.", nullptr, int(out.entries)).arg(shown);
            return out;
        },
        context, [done = std::move(done)](const Exported &e) { done(e); });
    return {};
}

} // namespace DepositDesk
