#include "store/AuditLog.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"
#include "store/StoreQuery.h"

#include "domain/CsvField.h"
#include "domain/SecretText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::AuditLog", text);
}

const QString Columns =
    QStringLiteral("seq, at_ms, operator, action, out_order_no, detail, prev_hash, hash");

AuditEntry readEntry(const StoreQuery &q)
{
    AuditEntry e;
    e.seq = q.int64(0);
    e.at = QDateTime::fromMSecsSinceEpoch(q.int64(1), Qt::UTC);
    e.operatorLogin = q.text(2);
    e.action = q.text(3);
    e.outOrderNo = q.text(4);
    e.detail = q.text(5);
    e.prevHash = q.text(6);
    e.hash = q.text(7);
    return e;
}

bool secretKey(const QString &key)
{
    return SecretText::isSecretName(key);
}

bool secretValue(const QString &value)
{
    return SecretText::looksLikeSecret(value);
}

// The first detail path that is or holds a secret, or empty.
QString findSecret(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (secretKey(it.key()))
                return child;
            const QString found = findSecret(it.value(), child);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString found = findSecret(array[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isString() && secretValue(value.toString())) {
        return path;
    }
    return {};
}

// Calls sink for every entry that passes the filter, a page at a time.
bool forEachEntry(const AuditLog &log, AuditFilter filter,
                  const std::function<bool(const AuditEntry &)> &sink)
{
    filter.limit = 1000;
    filter.newestFirst = false;
    for (;;) {
        const QList<AuditEntry> page = log.entries(filter);
        for (const AuditEntry &e : page)
            if (!sink(e))
                return false;
        if (page.size() < filter.limit)
            return true;
        filter.afterSeq = page.last().seq;
    }
}

} // namespace

AuditLog::AuditLog(const Store &store)
    : AuditLog(store, Clock::system())
{}

AuditLog::AuditLog(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

bool AuditLog::looksLikeSecret(const QString &text)
{
    return secretValue(text);
}

QString AuditLog::secretProblem(const AuditEvent &event)
{
    QString where = findSecret(event.details, QString());
    if (where.isEmpty() && (secretValue(event.operatorLogin) || secretValue(event.outOrderNo)))
        where = QStringLiteral("operator/order");
    if (where.isEmpty())
        return {};
    return tr("The audit entry was not written: its detail \"%1\" is or looks like a secret "
              "(password, key or token). Secrets never go into the audit log; leave that "
              "detail out.")
        .arg(where);
}

StoreResult AuditLog::append(const AuditEvent &event, AuditEntry *written)
{
    static const QRegularExpression actionPattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}$"));
    if (!actionPattern.match(event.action).hasMatch() || event.operatorLogin.trimmed().isEmpty())
        return StoreResult::failure(tr("An audit entry needs the operator and an action name "
                                       "such as \"order.unfreeze\"."));
    const QString secret = secretProblem(event);
    if (!secret.isEmpty())
        return StoreResult::failure(secret);

    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::AuditChain);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreQuery head(db, QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1") +
                            m_store.dialect().forUpdate());
    if (!head.exec() || !head.next())
        return StoreResult::failure(head.errorString());
    AuditEntry e;
    e.seq = head.int64(0) + 1;
    e.prevHash = head.text(1);
    head.finish();
    e.at = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
    e.operatorLogin = event.operatorLogin;
    e.action = event.action;
    e.outOrderNo = event.outOrderNo;
    e.detail = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    e.hash = e.computeHash();

    StoreQuery insert(db, QStringLiteral("INSERT INTO audit_log (%1) VALUES (:seq, :at, :op, "
                                         ":action, :o, :detail, :prev, :hash)")
                              .arg(Columns));
    insert.bind(QStringLiteral("seq"), e.seq)
        .bind(QStringLiteral("at"), e.at.toMSecsSinceEpoch())
        .bind(QStringLiteral("op"), e.operatorLogin)
        .bind(QStringLiteral("action"), e.action)
        .bind(QStringLiteral("o"), e.outOrderNo)
        .bind(QStringLiteral("detail"), e.detail)
        .bind(QStringLiteral("prev"), e.prevHash)
        .bind(QStringLiteral("hash"), e.hash);
    if (!insert.exec())
        return StoreResult::failure(insert.errorString());
    StoreQuery move(db, QStringLiteral("UPDATE audit_head SET last_seq = :seq, last_hash = :hash "
                                       "WHERE id = 1"));
    move.bind(QStringLiteral("seq"), e.seq).bind(QStringLiteral("hash"), e.hash);
    if (!move.exec())
        return StoreResult::failure(move.errorString());
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (written)
        *written = e;
    return StoreResult::success();
}

namespace {

AuditVerification brokenAt(AuditVerification result, qint64 seq, const QString &problem)
{
    result.ok = false;
    result.firstBrokenSeq = seq;
    result.problem = problem;
    return result;
}

// Walks the entries after fromSeq (whose hash is fromHash; 0 and "" for the whole chain) and
// checks that the head record ends where they end. On success *lastHash is the last entry's hash.
AuditVerification walkChain(const QSqlDatabase &db, qint64 fromSeq, const QString &fromHash,
                            QString *lastHash)
{
    AuditVerification result;
    result.fromSeq = fromSeq;
    StoreQuery q(
        db, QStringLiteral("SELECT %1 FROM audit_log WHERE seq > :from ORDER BY seq").arg(Columns));
    q.bind(QStringLiteral("from"), fromSeq);
    if (!q.exec())
        return brokenAt(result, 0, q.errorString());
    qint64 expected = fromSeq + 1;
    QString previousHash = fromHash;
    while (q.next()) {
        const AuditEntry e = readEntry(q);
        if (e.seq != expected)
            return brokenAt(result, expected,
                            QCoreApplication::translate(
                                "DepositDesk::AuditLog",
                                "Entry %1 is missing or out of place: the chain jumps to %2.")
                                .arg(expected)
                                .arg(e.seq));
        if (e.prevHash != previousHash)
            return brokenAt(
                result, e.seq,
                QCoreApplication::translate("DepositDesk::AuditLog",
                                            "Entry %1 does not point to the entry before it.")
                    .arg(e.seq));
        if (e.computeHash() != e.hash)
            return brokenAt(
                result, e.seq,
                QCoreApplication::translate("DepositDesk::AuditLog",
                                            "Entry %1 was changed after it was written.")
                    .arg(e.seq));
        previousHash = e.hash;
        ++expected;
        ++result.entries;
    }
    q.finish();
    const qint64 lastSeq = fromSeq + result.entries;
    StoreQuery head(db, QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
    if (!head.exec() || !head.next())
        return brokenAt(result, expected,
                        QCoreApplication::translate("DepositDesk::AuditLog",
                                                    "The audit log's head record is missing."));
    if (head.int64(0) != lastSeq || head.text(1) != previousHash)
        return brokenAt(result, qMin(expected, head.int64(0) + 1),
                        QCoreApplication::translate(
                            "DepositDesk::AuditLog",
                            "The audit log ends at entry %1 but was last written at entry %2: "
                            "entries were removed or added outside DepositDesk.")
                            .arg(lastSeq)
                            .arg(head.int64(0)));
    if (lastHash)
        *lastHash = previousHash;
    return result;
}

} // namespace

AuditVerification AuditLog::verify() const
{
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Read);
    return walkChain(db, 0, QString(), nullptr);
}

AuditVerification AuditLog::verifyFromCheckpoint() const
{
    AuditVerification failed;
    const QSqlDatabase db = m_store.database();
    qint64 checkpointSeq = 0;
    QString checkpointHash;
    QString lastHash;
    AuditVerification result;
    {
        SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Read);
        StoreQuery checkpoint(
            db, QStringLiteral("SELECT seq, hash FROM audit_checkpoint WHERE id = 1"));
        if (!checkpoint.exec() || !checkpoint.next())
            return brokenAt(failed, 1, tr("The audit log's checkpoint record is missing."));
        checkpointSeq = checkpoint.int64(0);
        checkpointHash = checkpoint.text(1);
        checkpoint.finish();
        failed.fromSeq = checkpointSeq;
        if (checkpointSeq > 0) {
            // The entry verified last time must still be there, unchanged: rewriting any entry
            // up to it and recomputing the hashes changes its hash too.
            StoreQuery row(
                db, QStringLiteral("SELECT %1 FROM audit_log WHERE seq = :seq").arg(Columns));
            row.bind(QStringLiteral("seq"), checkpointSeq);
            if (!row.exec())
                return brokenAt(failed, checkpointSeq, row.errorString());
            if (!row.next())
                return brokenAt(failed, checkpointSeq,
                                tr("Entry %1, verified before, is missing.").arg(checkpointSeq));
            const AuditEntry e = readEntry(row);
            if (e.hash != checkpointHash || e.computeHash() != checkpointHash)
                return brokenAt(
                    failed, checkpointSeq,
                    tr("Entry %1, verified before, was changed since.").arg(checkpointSeq));
        }
        result = walkChain(db, checkpointSeq, checkpointHash, &lastHash);
    }
    if (!result.ok || result.entries == 0)
        return result;
    // Forward only: the checkpoint of a desk that verified further is never moved back. When it
    // cannot be moved the chain still verified; the next check just reads these entries again.
    StoreQuery move(db, QStringLiteral("UPDATE audit_checkpoint SET seq = :seq, hash = :hash, "
                                       "verified_at = :at WHERE id = 1 AND seq < :below"));
    move.bind(QStringLiteral("seq"), checkpointSeq + result.entries)
        .bind(QStringLiteral("hash"), lastHash)
        .bind(QStringLiteral("at"), m_clock.now().toMSecsSinceEpoch())
        .bind(QStringLiteral("below"), checkpointSeq + result.entries);
    (void)move.exec();
    return result;
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter) const
{
    QStringList where{QStringLiteral("seq > :after")};
    QList<std::pair<QString, QVariant>> binds{{QStringLiteral("after"), filter.afterSeq}};
    const auto add = [&](bool use, const QString &condition, const QString &name,
                         const QVariant &value) {
        if (!use)
            return;
        where.append(condition);
        binds.append({name, value});
    };
    add(!filter.outOrderNo.isEmpty(), QStringLiteral("out_order_no = :o"), QStringLiteral("o"),
        filter.outOrderNo);
    add(!filter.operatorLogin.isEmpty(), QStringLiteral("operator = :op"), QStringLiteral("op"),
        filter.operatorLogin);
    add(!filter.action.isEmpty(), QStringLiteral("action = :action"), QStringLiteral("action"),
        filter.action);
    add(filter.from.isValid(), QStringLiteral("at_ms >= :from"), QStringLiteral("from"),
        filter.from.toMSecsSinceEpoch());
    add(filter.before.isValid(), QStringLiteral("at_ms < :before"), QStringLiteral("before"),
        filter.before.toMSecsSinceEpoch());
    add(filter.beforeSeq > 0, QStringLiteral("seq < :beforeSeq"), QStringLiteral("beforeSeq"),
        filter.beforeSeq);
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY seq%3 LIMIT %4")
                     .arg(Columns, where.join(QStringLiteral(" AND ")),
                          filter.newestFirst ? QStringLiteral(" DESC") : QString(),
                          QString::number(qBound(1, filter.limit, 10000))));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    QList<AuditEntry> list;
    if (q.exec())
        while (q.next())
            list.append(readEntry(q));
    return list;
}

std::optional<AuditEntry> AuditLog::last() const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT 1").arg(Columns));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

StoreResult AuditLog::exportCsv(const AuditFilter &filter, QIODevice *device) const
{
    device->write("seq,at,operator,action,order,detail,prev_hash,hash\r\n");
    const bool ok = forEachEntry(*this, filter, [device](const AuditEntry &e) {
        // Read by people in a spreadsheet: text that starts like a formula is neutralised.
        const QString line = CsvField::number(QString::number(e.seq)) + u',' +
                             CsvField::line({e.at.toString(Qt::ISODateWithMs), e.operatorLogin,
                                             e.action, e.outOrderNo, e.detail, e.prevHash, e.hash},
                                            CsvField::Formulas::Neutralise);
        return device->write(line.toUtf8() + "\r\n") >= 0;
    });
    return ok ? StoreResult::success()
              : StoreResult::failure(
                    tr("The export could not be written: %1").arg(device->errorString()));
}

StoreResult AuditLog::exportJson(const AuditFilter &filter, QIODevice *device) const
{
    QJsonArray array;
    forEachEntry(*this, filter, [&array](const AuditEntry &e) {
        array.append(QJsonObject{
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("operator"), e.operatorLogin},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("order"), e.outOrderNo},
            {QStringLiteral("details"), QJsonDocument::fromJson(e.detail.toUtf8()).object()},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash},
        });
        return true;
    });
    if (device->write(QJsonDocument(array).toJson(QJsonDocument::Indented)) < 0)
        return StoreResult::failure(
            tr("The export could not be written: %1").arg(device->errorString()));
    return StoreResult::success();
}

} // namespace DepositDesk
