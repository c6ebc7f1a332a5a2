#include "services/risk/WaiverPolicyService.h"

#include "domain/Clock.h"
#include "domain/CsvField.h"
#include "store/AuditLog.h"
#include "store/CsvReader.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"
#include "store/WaiverPolicies.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace DepositDesk {

namespace {

enum Column { Category, ScoreMin, ScoreMax, MaxWaive, PartialAllowed, ColumnCount };

// "RENT_PHONE 600–699"
QString bandName(const WaiverBand &band)
{
    return band.category.trimmed() + u' ' + band.scoreRangeText();
}

bool validScore(int score)
{
    return score >= WaiverBand::LowestScore && score <= WaiverBand::HighestScore;
}

// Why one band is not valid on its own, or empty.
QString bandProblem(const WaiverBand &band)
{
    const QString category = band.category.trimmed();
    if (category.isEmpty())
        return WaiverPolicyService::tr("the category is empty.");
    if (category.size() > WaiverPolicyService::MaxCategoryLength)
        //: %1 the most characters a category may have
        return WaiverPolicyService::tr("the category is longer than %1 characters.")
            .arg(WaiverPolicyService::MaxCategoryLength);
    for (const QChar c : category)
        if (c.category() == QChar::Other_Control || c.isSpace())
            return WaiverPolicyService::tr("the category holds a space or a control character.");
    if (!validScore(band.scoreMin) || (band.scoreMax && !validScore(*band.scoreMax)))
        //: %1 lowest, %2 highest Sesame score
        return WaiverPolicyService::tr("a Sesame score must be between %1 and %2.")
            .arg(WaiverBand::LowestScore)
            .arg(WaiverBand::HighestScore);
    if (band.scoreMax && *band.scoreMax < band.scoreMin)
        return WaiverPolicyService::tr("the score range ends before it starts.");
    if (band.maxWaive.isNegative())
        return WaiverPolicyService::tr("the most waived may not be negative.");
    if (band.maxWaive.fen() > Money::MaxRequestFen)
        return WaiverPolicyService::tr("the most waived is larger than any deposit.");
    return {};
}

bool overlap(const WaiverBand &a, const WaiverBand &b)
{
    const int aMax = a.scoreMax.value_or(WaiverBand::HighestScore);
    const int bMax = b.scoreMax.value_or(WaiverBand::HighestScore);
    return a.category.trimmed() == b.category.trimmed() && a.scoreMin <= bMax && b.scoreMin <= aMax;
}

// The first two overlapping bands' indexes.
std::optional<std::pair<int, int>> firstOverlap(const QList<WaiverBand> &bands)
{
    for (int i = 0; i < bands.size(); ++i)
        for (int j = i + 1; j < bands.size(); ++j)
            if (overlap(bands.at(i), bands.at(j)))
                return std::pair{i, j};
    return std::nullopt;
}

std::optional<int> strictScore(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,4}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<bool> strictFlag(const QString &text)
{
    const QString t = text.toLower();
    if (t == u"yes" || t == u"true" || t == u"1")
        return true;
    if (t == u"no" || t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}

QString lineProblem(int line, const QString &why)
{
    //: CSV import: %1 line number in the file, %2 what is wrong
    return WaiverPolicyService::tr("Line %1: %2").arg(line).arg(why);
}

} // namespace

QStringList WaiverPolicyService::csvColumns()
{
    return {QStringLiteral("category"), QStringLiteral("score_min"), QStringLiteral("score_max"),
            QStringLiteral("max_waive"), QStringLiteral("partial_allowed")};
}

WaiverPolicyService::WaiverPolicyService(const Store &store)
    : WaiverPolicyService(store, Clock::system())
{}

WaiverPolicyService::WaiverPolicyService(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

namespace {

bool refused(const OperatorSession &session, Capability capability, QString *error)
{
    if (session.can(capability))
        return false;
    if (error)
        *error = session.isValid()
                     ? Permissions::deniedReason(session.role, capability)
                     : WaiverPolicyService::tr("Sign in first: nobody is signed in at this desk.");
    return true;
}

} // namespace

std::optional<WaiverPolicyVersion> WaiverPolicyService::current(const OperatorSession &session,
                                                                QString *error) const
{
    if (refused(session, Capability::View, error))
        return std::nullopt;
    return WaiverPolicies(m_store).current(error);
}

std::optional<QList<WaiverPolicyVersion>>
WaiverPolicyService::versions(const OperatorSession &session, QString *error) const
{
    if (refused(session, Capability::View, error))
        return std::nullopt;
    return WaiverPolicies(m_store).versions(error);
}

std::optional<WaiverPolicyVersion> WaiverPolicyService::version(const OperatorSession &session,
                                                                int number, QString *error) const
{
    if (refused(session, Capability::View, error))
        return std::nullopt;
    std::optional<WaiverPolicyVersion> found = WaiverPolicies(m_store).version(number, error);
    if (!found && error && error->isEmpty())
        //: %1 a version number of the waiver policy
        *error = tr("There is no version %1 of the waiver policy.").arg(number);
    return found;
}

std::optional<WaiverPolicyVersion> WaiverPolicyService::inForceAt(const OperatorSession &session,
                                                                  const QDateTime &at,
                                                                  QString *error) const
{
    if (refused(session, Capability::View, error))
        return std::nullopt;
    return WaiverPolicies(m_store).inForceAt(at, error);
}

QString WaiverPolicyService::problem(const QList<WaiverBand> &bands)
{
    if (bands.isEmpty())
        return tr("A waiver policy needs at least one band.");
    if (bands.size() > MaxBands)
        //: %1 the most bands a policy may have
        return tr("A waiver policy may have at most %1 bands.").arg(MaxBands);
    for (int i = 0; i < bands.size(); ++i)
        if (const QString why = bandProblem(bands.at(i)); !why.isEmpty())
            //: %1 the band's number in the table, %2 its category and scores, %3 what is wrong
            return tr("Band %1 (%2): %3").arg(i + 1).arg(bandName(bands.at(i)), why);
    if (const auto pair = firstOverlap(bands))
        //: %1 and %3 band numbers, %2 and %4 their category and score ranges
        return tr("Bands %1 (%2) and %3 (%4) cover the same scores of one category; a score may "
                  "fall in one band only.")
            .arg(pair->first + 1)
            .arg(bandName(bands.at(pair->first)))
            .arg(pair->second + 1)
            .arg(bandName(bands.at(pair->second)));
    return {};
}

QString WaiverPolicyService::reasonProblem(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return tr("Say why the policy changes: the reason is empty.");
    if (r.size() > MaxReasonLength)
        //: %1 the most characters a reason may have
        return tr("The reason may have at most %1 characters.").arg(MaxReasonLength);
    if (AuditLog::looksLikeSecret(r))
        return tr("The reason looks like it holds a password, key or token. Secrets never go into "
                  "the audit log: write the reason without it.");
    return {};
}

StoreResult WaiverPolicyService::save(const OperatorSession &session,
                                      const QList<WaiverBand> &bands, const QString &reason,
                                      WaiverPolicyVersion *saved)
{
    return write(session, bands, reason, QStringLiteral("edit"), saved);
}

StoreResult WaiverPolicyService::write(const OperatorSession &session, QList<WaiverBand> bands,
                                       const QString &reason, const QString &source,
                                       WaiverPolicyVersion *saved)
{
    QString denied;
    if (refused(session, Capability::ManageWaiverPolicy, &denied))
        return StoreResult::failure(denied);
    if (const QString why = problem(bands); !why.isEmpty())
        return StoreResult::failure(why);
    if (const QString why = reasonProblem(reason); !why.isEmpty())
        return StoreResult::failure(why);
    for (WaiverBand &band : bands)
        band.category = band.category.trimmed();
    std::stable_sort(bands.begin(), bands.end(), [](const WaiverBand &a, const WaiverBand &b) {
        return std::pair(a.category, a.scoreMin) < std::pair(b.category, b.scoreMin);
    });
    WaiverPolicyVersion version;
    version.createdBy = session.login;
    version.reason = reason.trimmed();
    version.bands = bands;
    // The audit chain's writer lock first, as AuditLog::append takes it.
    SqlTransaction tx(m_store.database(), m_store.dialect(),
                      SqlDialect::TransactionMode::Serialised, StoreLockKeys::AuditChain);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (const StoreResult added = WaiverPolicies(m_store, m_clock).add(version); !added)
        return added;
    QJsonArray bandList;
    for (const WaiverBand &band : std::as_const(bands))
        bandList.append(QJsonObject{{QStringLiteral("category"), band.category},
                                    {QStringLiteral("scores"), band.scoreRangeText()},
                                    {QStringLiteral("max_waive_fen"), band.maxWaive.fen()},
                                    {QStringLiteral("partial_allowed"), band.partialAllowed}});
    const AuditEvent event{session.login,
                           QStringLiteral("policy.waiver.saved"),
                           QString(),
                           {{QStringLiteral("version"), version.version},
                            {QStringLiteral("reason"), version.reason},
                            {QStringLiteral("source"), source},
                            {QStringLiteral("bands"), bandList}}};
    if (const StoreResult logged = AuditLog(m_store).append(event); !logged)
        return StoreResult::failure(
            tr("The policy was not saved: the audit log could not record it. %1")
                .arg(logged.errorString));
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (saved)
        *saved = version;
    return StoreResult::success();
}

QByteArray WaiverPolicyService::toCsv(const QList<WaiverBand> &bands)
{
    QString out = CsvField::line(csvColumns(), CsvField::Formulas::Neutralise) + u'\n';
    for (const WaiverBand &band : bands) {
        const QStringList fields{
            CsvField::text(band.category, CsvField::Formulas::Neutralise),
            CsvField::number(QString::number(band.scoreMin)),
            band.scoreMax ? CsvField::number(QString::number(*band.scoreMax)) : QString(),
            CsvField::number(band.maxWaive.toYuan()),
            CsvField::text(band.partialAllowed ? QStringLiteral("yes") : QStringLiteral("no"),
                           CsvField::Formulas::Neutralise)};
        out += fields.join(u',') + u'\n';
    }
    return out.toUtf8();
}

std::optional<QList<WaiverBand>> WaiverPolicyService::fromCsv(const QByteArray &csv, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString parseError;
    const QList<CsvReader::Record> records = CsvReader::parse(QString::fromUtf8(csv), &parseError);
    if (!parseError.isEmpty())
        return fail(parseError);
    if (records.isEmpty())
        return fail(tr("The file is empty: it needs a header line and one line per band."));
    // Columns by name.
    int index[ColumnCount];
    const QStringList names = csvColumns();
    const QStringList header = records.first().cells;
    for (int c = 0; c < ColumnCount; ++c) {
        int found = -1;
        for (int h = 0; h < header.size(); ++h) {
            if (header.at(h).trimmed().compare(names.at(c), Qt::CaseInsensitive) != 0)
                continue;
            if (found >= 0)
                //: %1 a column name
                return fail(lineProblem(records.first().line,
                                        tr("the column %1 appears twice.").arg(names.at(c))));
            found = h;
        }
        if (found < 0)
            //: %1 a column name, %2 every column the file needs
            return fail(lineProblem(records.first().line,
                                    tr("the column %1 is missing (the file needs %2).")
                                        .arg(names.at(c), names.join(QStringLiteral(", ")))));
        index[c] = found;
    }
    if (records.size() - 1 > MaxBands)
        return fail(tr("A waiver policy may have at most %1 bands.").arg(MaxBands));
    QList<WaiverBand> bands;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        if (record.cells.size() != header.size())
            //: %1 cells in the line, %2 columns in the header
            return fail(lineProblem(record.line, tr("it has %1 cells; the header has %2.")
                                                     .arg(record.cells.size())
                                                     .arg(header.size())));
        const auto cell = [&](Column c) {
            return record.cells.at(index[c]).trimmed();
        };
        WaiverBand band;
        band.category = cell(Category);
        const std::optional<int> min = strictScore(cell(ScoreMin));
        if (!min)
            //: %1 the text found in the column score_min
            return fail(lineProblem(
                record.line, tr("score_min “%1” is not a whole number.").arg(cell(ScoreMin))));
        band.scoreMin = *min;
        if (!cell(ScoreMax).isEmpty()) {
            const std::optional<int> max = strictScore(cell(ScoreMax));
            if (!max)
                return fail(lineProblem(record.line,
                                        tr("score_max “%1” is not a whole number (leave it empty "
                                           "for a band without an upper end).")
                                            .arg(cell(ScoreMax))));
            band.scoreMax = *max;
        }
        QString moneyError;
        const std::optional<Money> max = Money::fromYuan(cell(MaxWaive), &moneyError);
        if (!max)
            //: %1 the text found in the column max_waive, %2 why it is not an amount
            return fail(lineProblem(
                record.line,
                tr("max_waive “%1” is not an amount in yuan: %2").arg(cell(MaxWaive), moneyError)));
        band.maxWaive = *max;
        const std::optional<bool> partial = strictFlag(cell(PartialAllowed));
        if (!partial)
            return fail(lineProblem(
                record.line,
                tr("partial_allowed “%1” is neither yes nor no.").arg(cell(PartialAllowed))));
        band.partialAllowed = *partial;
        if (const QString why = bandProblem(band); !why.isEmpty())
            return fail(lineProblem(record.line, why));
        for (qsizetype earlier = 0; earlier < bands.size(); ++earlier)
            if (overlap(bands.at(earlier), band))
                //: %1 the earlier line's number
                return fail(lineProblem(record.line,
                                        tr("its scores overlap the band of line %1 in the same "
                                           "category.")
                                            .arg(records.at(earlier + 1).line)));
        bands.append(band);
    }
    if (bands.isEmpty())
        return fail(tr("The file has no band: it needs one line per band after the header."));
    return bands;
}

StoreResult WaiverPolicyService::exportCsv(const OperatorSession &session, int number,
                                           const QString &path) const
{
    QString error;
    const std::optional<WaiverPolicyVersion> policy =
        number > 0 ? version(session, number, &error) : current(session, &error);
    if (!policy)
        return StoreResult::failure(error.isEmpty() ? tr("There is no waiver policy to export yet.")
                                                    : error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(policy->bands)) < 0 || !file.commit())
        //: %1 file path, %2 the system's reason
        return StoreResult::failure(
            tr("The file %1 could not be written: %2").arg(path, file.errorString()));
    return StoreResult::success();
}

StoreResult WaiverPolicyService::importCsv(const OperatorSession &session, const QString &path,
                                           const QString &reason, WaiverPolicyVersion *saved)
{
    QString denied;
    if (refused(session, Capability::ManageWaiverPolicy, &denied))
        return StoreResult::failure(denied);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreResult::failure(
            tr("The file %1 could not be read: %2").arg(path, file.errorString()));
    // Refused by its size before it is read, and by what was read (a file still growing).
    QByteArray bytes;
    if (file.size() <= MaxCsvBytes)
        bytes = file.read(MaxCsvBytes + 1);
    if (file.size() > MaxCsvBytes || bytes.size() > MaxCsvBytes)
        //: %1 file path, %2 the largest size in KiB
        return StoreResult::failure(
            tr("The file %1 is too large for a waiver policy (more than %2 KiB); nothing was "
               "imported.")
                .arg(path)
                .arg(MaxCsvBytes / 1024));
    QString error;
    const std::optional<QList<WaiverBand>> bands = fromCsv(bytes, &error);
    if (!bands)
        //: %1 file name, %2 the first problem found ("Line 4: …")
        return StoreResult::failure(
            tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), error));
    return write(session, *bands, reason, QStringLiteral("import"), saved);
}

} // namespace DepositDesk
