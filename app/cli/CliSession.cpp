#include "cli/CliSession.h"

#include "cli/CliCommand.h"
#include "cli/CliText.h"

#include "finance/TableExport.h"
#include "services/ConsoleServices.h"
#include "services/actions/ActionOutcome.h"

#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace DepositDesk {

CliSession::CliSession(ConsoleServices &services, const OperatorSession &session,
                       const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
    : m_services(services)
    , m_session(session)
    , m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_json(parser.isSet(QStringLiteral("json")))
{}

const Store &CliSession::store() const
{
    return m_services.store();
}

QString CliSession::argument(int n) const
{
    return m_parser.positionalArguments().value(n);
}

std::optional<Money> CliSession::amountArgument(int n)
{
    QString error;
    const QString text = argument(n);
    const std::optional<Money> amount = Money::fromRequestYuan(text, &error);
    if (!amount)
        m_err << CliText::tr("The amount \"%1\" cannot be used: %2").arg(text, error) << Qt::endl;
    return amount;
}

QString CliSession::requiredValue(const QString &option)
{
    const QString value = m_parser.value(option).trimmed();
    if (value.isEmpty())
        m_err << CliText::tr("--%1 is required.").arg(option) << Qt::endl;
    return value;
}

void CliSession::print(const QString &words, const QJsonObject &object)
{
    if (m_json)
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
              << Qt::endl;
    else
        m_out << words << Qt::endl;
}

bool CliSession::writeTable(const QAbstractItemModel &table, const QString &path,
                            const QString &sheetName, QString *error)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return TableExport::writeXlsx(table, path, sheetName, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!TableExport::writeCsv(table, &file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int CliSession::report(const QString &action, const QString &order, const ActionOutcome &outcome)
{
    QString status;
    int exit = Cli::Refused;
    switch (outcome.status) {
    case ActionOutcome::Status::Done:
        status = QStringLiteral("done");
        exit = Cli::Done;
        break;
    case ActionOutcome::Status::Recorded:
        status = QStringLiteral("recorded");
        exit = Cli::Done;
        break;
    case ActionOutcome::Status::Refused:
        status = QStringLiteral("refused");
        break;
    case ActionOutcome::Status::Failed:
        status = QStringLiteral("failed");
        break;
    case ActionOutcome::Status::AwaitingConfirmation:
        status = QStringLiteral("unknown");
        exit = Cli::Unknown;
        break;
    }
    QJsonObject object{{QStringLiteral("order"), order},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("operator"), m_session.login},
                       {QStringLiteral("amount_fen"), outcome.amount.fen()},
                       {QStringLiteral("amount_yuan"), outcome.amount.toYuan()},
                       {QStringLiteral("request_no"), outcome.requestNo},
                       {QStringLiteral("outcome"), status},
                       {QStringLiteral("message"), outcome.message}};
    if (!outcome.code.isEmpty()) {
        object.insert(QStringLiteral("code"), outcome.code);
        object.insert(QStringLiteral("sub_code"), outcome.subCode);
    }
    QString words = outcome.message;
    if (!outcome.requestNo.isEmpty())
        words += u' ' + CliText::tr("(request %1)").arg(outcome.requestNo);
    if (outcome.status == ActionOutcome::Status::AwaitingConfirmation)
        words += u'\n' + CliText::tr("The outcome is unknown and was recorded: run "
                                     "\"depositdesk resolve\" to settle it by query.");
    print(words, object);
    return exit;
}

} // namespace DepositDesk
