#include "services/finance/BillFileImport.h"

#include "domain/ChinaTime.h"
#include "finance/AccountBillParser.h"
#include "finance/BillParser.h"
#include "finance/ReconciliationTypes.h"
#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace DepositDesk {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

// yyyy-MM-dd for a day's bill, yyyy-MM for a month's (China time).
QString periodOf(qint64 periodFromMs, qint64 periodToMs)
{
    const QDateTime from =
        ChinaTime::toChina(QDateTime::fromMSecsSinceEpoch(periodFromMs, Qt::UTC));
    if (periodToMs - periodFromMs <= DayMs)
        return from.toString(QStringLiteral("yyyy-MM-dd"));
    return from.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

BillFileImport::Result BillFileImport::importFile(const Store &store,
                                                  const OperatorSession &session,
                                                  const QString &path, const QString &dataDirectory)
{
    Result result;
    if (!session.can(Capability::RunReconciliation)) {
        result.message = tr("Only finance and administrators may import bills.");
        return result;
    }
    const BillParser::Limits limits;
    BillProblem problem;
    if (!BillParser::checkArchive(path, limits, &problem)) {
        result.message = problem.toString();
        return result;
    }
    BillParser::Options options;
    options.limits = limits;
    options.checkTotals = false;
    QString billType = QString::fromLatin1(TradeBillType);
    QString billDate;
    if (const std::optional<ParsedBill> bill = BillParser::parseArchive(path, options, &problem)) {
        billDate = periodOf(bill->periodFromMs, bill->periodToMs);
    } else {
        // Not a trade bill: an account bill (账务明细) then, or the trade bill's problem when
        // the archive holds no account bill either.
        BillProblem accountProblem;
        const auto account = AccountBillParser::parseArchive(path, options, &accountProblem);
        if (!account) {
            const bool isAccountBill = accountProblem.file.contains(QStringLiteral("账务明细"));
            result.message = (isAccountBill ? accountProblem : problem).toString();
            return result;
        }
        billType = QString::fromLatin1(AccountBillType);
        billDate = periodOf(account->periodFromMs, account->periodToMs);
    }
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        result.message = tr("%1 cannot be read: %2").arg(path, source.errorString());
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&source)) {
        result.message = tr("%1 cannot be read: %2").arg(path, source.errorString());
        return result;
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());

    BillFiles files(store);
    for (const BillFileRecord &earlier : files.list(billType, billDate)) {
        if (earlier.sha256 == sha) {
            result.file = earlier;
            result.alreadyKnown = true;
            break;
        }
    }
    if (!result.alreadyKnown) {
        const QString folder = QDir(dataDirectory).filePath(QStringLiteral("bills/") + billType);
        const QString fileName = QFileInfo(path).fileName();
        const QString kept = QDir(folder).filePath(sha.left(12) + u'_' + fileName);
        if (!QDir().mkpath(folder) || (!QFile::exists(kept) && !QFile::copy(path, kept))) {
            result.message =
                tr("The bill cannot be kept in %1.").arg(QDir::toNativeSeparators(folder));
            return result;
        }
        result.file = {0,   billType,      billDate,    fileName,     kept,
                       sha, source.size(), QDateTime(), session.login};
        if (const StoreResult stored = files.record(result.file, &result.alreadyKnown); !stored) {
            result.message = stored.errorString;
            return result;
        }
    }
    AuditEvent event;
    event.operatorLogin = session.login;
    event.action = QStringLiteral("bill.imported");
    event.details = {{QStringLiteral("type"), billType},
                     {QStringLiteral("date"), billDate},
                     {QStringLiteral("sha256"), sha},
                     {QStringLiteral("size"), source.size()},
                     {QStringLiteral("file"), result.file.fileName},
                     {QStringLiteral("already_known"), result.alreadyKnown}};
    if (const StoreResult audited = AuditLog(store).append(event); !audited) {
        result.message = tr("The audit log could not record the bill: %1").arg(audited.errorString);
        return result;
    }
    result.ok = true;
    result.message = result.alreadyKnown
                         ? tr("This %1 bill for %2 was imported before, with the same content.")
                               .arg(billType, billDate)
                         : tr("The %1 bill for %2 was imported.").arg(billType, billDate);
    return result;
}

} // namespace DepositDesk
