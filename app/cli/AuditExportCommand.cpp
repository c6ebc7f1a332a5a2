#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "domain/ChinaTime.h"
#include "finance/TableExport.h"
#include "services/ConsoleServices.h"
#include "store/AuditEntry.h"
#include "store/AuditLog.h"

#include <QAbstractTableModel>
#include <QSaveFile>
#include <QTextStream>
#include <QTimeZone>

namespace DepositDesk::CliCommands {

namespace {

const QString FormatOption = QStringLiteral("format");
const QString OutputOption = QStringLiteral("output");
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString OperatorOption = QStringLiteral("operator");
const QString OrderOption = QStringLiteral("order");

// The audit entries as a table for TableExport: the columns of AuditLog::exportCsv().
class AuditTable : public QAbstractTableModel
{
public:
    explicit AuditTable(QList<AuditEntry> entries)
        : m_entries(std::move(entries))
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 8;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        static const QStringList names = {QStringLiteral("seq"),       QStringLiteral("at"),
                                          QStringLiteral("operator"),  QStringLiteral("action"),
                                          QStringLiteral("order"),     QStringLiteral("detail"),
                                          QStringLiteral("prev_hash"), QStringLiteral("hash")};
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return names.value(section);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != TableExport::ExportRole))
            return {};
        const AuditEntry &e = m_entries.at(index.row());
        switch (index.column()) {
        case 0:
            return role == TableExport::ExportRole ? QVariant(e.seq)
                                                   : QVariant(QString::number(e.seq));
        case 1:
            return role == TableExport::ExportRole ? QVariant(e.at)
                                                   : QVariant(ChinaTime::format(e.at));
        case 2:
            return e.operatorLogin;
        case 3:
            return e.action;
        case 4:
            return e.outOrderNo;
        case 5:
            return e.detail;
        case 6:
            return e.prevHash;
        case 7:
            return e.hash;
        }
        return {};
    }

private:
    QList<AuditEntry> m_entries;
};

// A day (yyyy-MM-dd) in China time; `next`: the start of the day after.
std::optional<QDateTime> dayStart(const QString &text, bool next)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return std::nullopt;
    if (next)
        day = day.addDays(1);
    return QDateTime(day, QTime(0, 0), QTimeZone(ChinaTime::OffsetSeconds));
}

} // namespace

QList<QCommandLineOption> auditExportOptions()
{
    return {
        QCommandLineOption(FormatOption, CliText::tr("csv or xlsx."), QStringLiteral("format")),
        QCommandLineOption(OutputOption, CliText::tr("The file to write."), QStringLiteral("file")),
        QCommandLineOption(FromOption, CliText::tr("The first day (yyyy-MM-dd, China time)."),
                           QStringLiteral("day")),
        QCommandLineOption(ToOption, CliText::tr("The last day (yyyy-MM-dd, China time)."),
                           QStringLiteral("day")),
        QCommandLineOption(OperatorOption, CliText::tr("Only this operator's entries."),
                           QStringLiteral("login")),
        QCommandLineOption(OrderOption, CliText::tr("Only the entries of this order."),
                           QStringLiteral("order"))};
}

// Supervisors, finance and administrators read the audit trail (Capability::ReadAuditLog); agents
// and risk analysts do not. Audited as
// "audit.exported" (the filter and the number of entries; not the file's content).
int auditExport(CliSession &session)
{
    const QString format = session.requiredValue(FormatOption).toLower();
    const QString output = session.requiredValue(OutputOption);
    if (format.isEmpty() || output.isEmpty())
        return Cli::Usage;
    if (format != u"csv" && format != u"xlsx") {
        session.err() << CliText::tr("The format \"%1\" is not known: use csv or xlsx.").arg(format)
                      << Qt::endl;
        return Cli::Usage;
    }
    AuditFilter filter;
    for (const auto &[option, next] : {std::pair{FromOption, false}, std::pair{ToOption, true}}) {
        if (!session.isSet(option))
            continue;
        const std::optional<QDateTime> at = dayStart(session.value(option), next);
        if (!at) {
            session.err() << CliText::tr("--%1 takes a day as yyyy-MM-dd.").arg(option) << Qt::endl;
            return Cli::Usage;
        }
        (next ? filter.before : filter.from) = *at;
    }
    filter.operatorLogin = session.value(OperatorOption).trimmed();
    filter.outOrderNo = session.value(OrderOption).trimmed();

    if (!session.session().can(Capability::ReadAuditLog)) {
        const QString message =
            CliText::tr("Only supervisors, finance and administrators may export the audit log.");
        session.print(message, {{QStringLiteral("action"), QStringLiteral("audit export")},
                                {QStringLiteral("outcome"), QStringLiteral("refused")},
                                {QStringLiteral("message"), message}});
        return Cli::Refused;
    }

    AuditLog log(session.store());
    QList<AuditEntry> entries;
    filter.limit = 10000;
    for (;;) {
        const QList<AuditEntry> page = log.entries(filter);
        entries += page;
        if (page.size() < filter.limit)
            break;
        filter.afterSeq = page.constLast().seq;
    }
    const AuditTable table(entries);
    QString error;
    bool written = false;
    if (format == u"csv") {
        QSaveFile file(output);
        written = file.open(QIODevice::WriteOnly) && TableExport::writeCsv(table, &file, &error) &&
                  file.commit();
        if (!written && error.isEmpty())
            error = file.errorString();
    } else {
        written = TableExport::writeXlsx(table, output, QStringLiteral("audit"), &error);
    }
    if (!written) {
        session.err() << CliText::tr("%1 could not be written: %2").arg(output, error) << Qt::endl;
        return Cli::Refused;
    }
    AuditEvent event;
    event.operatorLogin = session.session().login;
    event.action = QStringLiteral("audit.exported");
    event.details = {{QStringLiteral("format"), format},
                     {QStringLiteral("entries"), qint64(entries.size())},
                     {QStringLiteral("from"), session.value(FromOption)},
                     {QStringLiteral("to"), session.value(ToOption)},
                     {QStringLiteral("operator"), filter.operatorLogin},
                     {QStringLiteral("order"), filter.outOrderNo}};
    if (const StoreResult audited = log.append(event); !audited)
        session.err() << audited.errorString << Qt::endl;
    const QString words =
        CliText::tr("%n audit entries written to %1.", nullptr, int(entries.size())).arg(output);
    session.print(words, {{QStringLiteral("action"), QStringLiteral("audit export")},
                          {QStringLiteral("outcome"), QStringLiteral("done")},
                          {QStringLiteral("entries"), qint64(entries.size())},
                          {QStringLiteral("file"), output},
                          {QStringLiteral("message"), words}});
    return Cli::Done;
}

} // namespace DepositDesk::CliCommands
