#include "cli/CliCommand.h"
#include "cli/CliCommands.h"
#include "cli/CliSession.h"
#include "cli/CliText.h"

#include "domain/ChinaTime.h"
#include "finance/ReconciliationTypes.h"
#include "finance/TableExport.h"
#include "services/ConsoleServices.h"
#include "services/finance/BillFileImport.h"
#include "services/finance/ReconciliationService.h"

#include <QAbstractTableModel>
#include <QEventLoop>
#include <QJsonArray>
#include <QTextStream>

namespace DepositDesk::CliCommands {

namespace {

const QString ExportOption = QStringLiteral("export");

// The differences of a run as a table for TableExport.
class DifferenceTable : public QAbstractTableModel
{
public:
    explicit DifferenceTable(QList<Difference> rows)
        : m_rows(std::move(rows))
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 11;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        static const QStringList names = {
            QStringLiteral("kind"),           QStringLiteral("order"),
            QStringLiteral("trade_no"),       QStringLiteral("out_trade_no"),
            QStringLiteral("out_request_no"), QStringLiteral("bill_amount"),
            QStringLiteral("ledger_amount"),  QStringLiteral("bill_status"),
            QStringLiteral("ledger_status"),  QStringLiteral("happened"),
            QStringLiteral("detail")};
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return names.value(section);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != TableExport::ExportRole))
            return {};
        const Difference &d = m_rows.at(index.row());
        const auto money = [role](const std::optional<Money> &m) -> QVariant {
            if (!m)
                return QString();
            return role == TableExport::ExportRole ? QVariant::fromValue(*m)
                                                   : QVariant(m->toYuan());
        };
        switch (index.column()) {
        case 0:
            return differenceKindCode(d.kind);
        case 1:
            return d.outOrderNo;
        case 2:
            return d.tradeNo;
        case 3:
            return d.outTradeNo;
        case 4:
            return d.outRequestNo;
        case 5:
            return money(d.billAmount);
        case 6:
            return money(d.ledgerAmount);
        case 7:
            return d.billStatus;
        case 8:
            return d.ledgerStatus;
        case 9:
            return role == TableExport::ExportRole ? QVariant(d.happened)
                                                   : QVariant(ChinaTime::format(d.happened));
        case 10:
            return d.detail;
        }
        return {};
    }

private:
    QList<Difference> m_rows;
};

QJsonObject sideObject(const SideTotals &side)
{
    return {{QStringLiteral("trades"), side.tradeCount},
            {QStringLiteral("refunds"), side.refundCount},
            {QStringLiteral("income_fen"), side.income.fen()},
            {QStringLiteral("refunds_fen"), side.refunds.fen()},
            {QStringLiteral("fees_fen"), side.fees.fen()},
            {QStringLiteral("net_fen"), side.net().fen()},
            {QStringLiteral("net_yuan"), side.net().toYuan()}};
}

} // namespace

QList<QCommandLineOption> reconcileOptions()
{
    return {QCommandLineOption(ExportOption,
                               CliText::tr("Write the differences to this file (.csv or .xlsx)."),
                               QStringLiteral("file"))};
}

// The console's reconciliation (ReconciliationService, RunReconciliation) of a bill archive
// downloaded elsewhere, recorded first through BillFileImport.
int reconcile(CliSession &session)
{
    const OperatorSession &op = session.session();
    const BillFileImport::Result imported = BillFileImport::importFile(
        session.store(), op, session.argument(0), session.services().dataDirectory());
    const auto refuse = [&session](const QString &message) {
        session.print(message, {{QStringLiteral("action"), QStringLiteral("reconcile")},
                                {QStringLiteral("outcome"), QStringLiteral("refused")},
                                {QStringLiteral("message"), message}});
        return int(Cli::Refused);
    };
    if (!imported.ok)
        return refuse(imported.message);

    ReconciliationService &service = session.services().reconciliation();
    std::optional<ReconciliationService::Result> result;
    QEventLoop loop;
    QObject::connect(&service, &ReconciliationService::finished, &loop,
                     [&](const ReconciliationService::Result &r) {
                         result = r;
                         loop.quit();
                     });
    if (!service.start(op, imported.file.id))
        return refuse(CliText::tr("The reconciliation could not start (a run is going on, or "
                                  "your role may not reconcile)."));
    loop.exec();
    if (!result || result->status != ReconciliationService::Status::Done)
        return refuse(result ? result->message : QString());

    const ReconciliationRun &run = result->run;
    const ReconciliationTotals &t = run.totals;
    int differenceCount = 0;
    QJsonObject kinds;
    QStringList kindWords;
    for (const auto &[kind, count] : t.differences) {
        differenceCount += count;
        kinds.insert(differenceKindCode(kind), count);
        kindWords << QStringLiteral("%1 %2").arg(differenceKindDisplayName(kind)).arg(count);
    }
    QJsonObject object{{QStringLiteral("action"), QStringLiteral("reconcile")},
                       {QStringLiteral("outcome"), QStringLiteral("done")},
                       {QStringLiteral("period"), run.period},
                       {QStringLiteral("run"), run.id},
                       {QStringLiteral("matched"), t.matched},
                       {QStringLiteral("differences"), differenceCount},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("bill"), sideObject(t.bill)},
                       {QStringLiteral("ledger"), sideObject(t.ledger)}};
    QString words =
        CliText::tr("Bill %1 (%2): %3 matched, %4 difference(s). Bill: %5 trade(s), net ¥%6. "
                    "Ledger: %7 trade(s), net ¥%8.")
            .arg(imported.file.fileName, run.period)
            .arg(t.matched)
            .arg(differenceCount)
            .arg(t.bill.tradeCount)
            .arg(t.bill.net().toYuan())
            .arg(t.ledger.tradeCount)
            .arg(t.ledger.net().toYuan());
    if (!kindWords.isEmpty())
        words += u'\n' + kindWords.join(QStringLiteral("; "));

    if (session.isSet(ExportOption)) {
        DifferenceFilter filter;
        filter.period = run.period;
        filter.billType = imported.file.billType;
        const DifferenceTable table(service.differences(op, filter));
        const QString path = session.value(ExportOption);
        QString error;
        if (!CliSession::writeTable(table, path, QStringLiteral("differences"), &error)) {
            session.err() << CliText::tr("%1 could not be written: %2").arg(path, error)
                          << Qt::endl;
            return Cli::Refused;
        }
        object.insert(QStringLiteral("export"), path);
        words += u'\n' + CliText::tr("The differences were written to %1.").arg(path);
    }
    object.insert(QStringLiteral("message"), words);
    session.print(words, object);
    return Cli::Done;
}

} // namespace DepositDesk::CliCommands
