#include "store/IntentJournal.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::IntentJournal", text);
}

const QString Columns = QStringLiteral(
    "id, kind, out_order_no, request_no, amount_fen, operator, reason, created_at, parameters, "
    "outcome, code, sub_code, sub_msg, settled_at, desk, sent_at");

QString canonical(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

IntentRecord readIntent(const StoreQuery &q)
{
    IntentRecord i;
    i.id = q.int64(0);
    i.kind = intentKindFromCode(q.text(1)).value_or(IntentRecord::Kind::Unfreeze);
    i.outOrderNo = q.text(2);
    i.requestNo = q.text(3);
    i.amount = Money::fromFen(q.int64(4));
    i.operatorLogin = q.text(5);
    i.reason = q.text(6);
    i.created = QDateTime::fromMSecsSinceEpoch(q.int64(7), Qt::UTC);
    i.parameters = QJsonDocument::fromJson(q.text(8).toUtf8()).object();
    i.outcome = intentOutcomeFromCode(q.text(9)).value_or(IntentRecord::Outcome::Unknown);
    i.code = q.text(10);
    i.subCode = q.text(11);
    i.subMsg = q.text(12);
    if (!q.value(13).isNull())
        i.settled = QDateTime::fromMSecsSinceEpoch(q.int64(13), Qt::UTC);
    i.desk = q.text(14);
    i.sent =
        q.value(15).isNull() ? i.created : QDateTime::fromMSecsSinceEpoch(q.int64(15), Qt::UTC);
    return i;
}

} // namespace

QString intentKindCode(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return QStringLiteral("unfreeze");
    case IntentRecord::Kind::Pay:
        return QStringLiteral("pay");
    case IntentRecord::Kind::Refund:
        return QStringLiteral("refund");
    case IntentRecord::Kind::Cancel:
        return QStringLiteral("cancel");
    case IntentRecord::Kind::OrderInfoSync:
        return QStringLiteral("sync");
    }
    return {};
}

std::optional<IntentRecord::Kind> intentKindFromCode(QStringView code)
{
    using K = IntentRecord::Kind;
    for (K k : {K::Unfreeze, K::Pay, K::Refund, K::Cancel, K::OrderInfoSync})
        if (code == intentKindCode(k))
            return k;
    return std::nullopt;
}

QString intentOutcomeCode(IntentRecord::Outcome outcome)
{
    switch (outcome) {
    case IntentRecord::Outcome::Unknown:
        return QStringLiteral("UNKNOWN");
    case IntentRecord::Outcome::Succeeded:
        return QStringLiteral("SUCCEEDED");
    case IntentRecord::Outcome::Failed:
        return QStringLiteral("FAILED");
    case IntentRecord::Outcome::NotDone:
        return QStringLiteral("NOT_DONE");
    }
    return {};
}

bool intentIsOpen(IntentRecord::Outcome outcome)
{
    return outcome == IntentRecord::Outcome::Unknown || outcome == IntentRecord::Outcome::NotDone;
}

std::optional<IntentRecord::Outcome> intentOutcomeFromCode(QStringView code)
{
    using O = IntentRecord::Outcome;
    for (O o : {O::Unknown, O::Succeeded, O::Failed, O::NotDone})
        if (code == intentOutcomeCode(o))
            return o;
    return std::nullopt;
}

IntentJournal::IntentJournal(const Store &store)
    : IntentJournal(store, Clock::system())
{}

IntentJournal::IntentJournal(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

StoreResult IntentJournal::begin(IntentRecord &intent, bool *retry)
{
    if (retry)
        *retry = false;
    if (intent.requestNo.trimmed().isEmpty() || intent.outOrderNo.trimmed().isEmpty() ||
        intent.operatorLogin.trimmed().isEmpty())
        return StoreResult::failure(tr("A call is written down only with its order, its request "
                                       "number and the operator who asked for it."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (const auto existing = find(intent.kind, intent.requestNo)) {
        if (existing->outOrderNo != intent.outOrderNo || existing->amount != intent.amount ||
            existing->parameters != intent.parameters)
            return StoreResult::failure(
                tr("The request number %1 was already used for a different call on order %2. "
                   "A retry must send exactly the same parameters; a new call needs a new "
                   "number.")
                    .arg(intent.requestNo, existing->outOrderNo));
        const QString desk = intent.desk;
        intent = *existing;
        if (retry)
            *retry = true;
        if (existing->outcome == IntentRecord::Outcome::NotDone) {
            // A retry after a definite "not done": the call goes out again, its outcome is
            // unknown until answered.
            const StoreResult reopened = reopen(intent, desk);
            if (!reopened)
                return reopened;
        }
        return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
    }
    if (const auto earlier = open(intent.outOrderNo, intent.kind))
        return StoreResult::failure(openProblem(*earlier));
    intent.created = m_clock.now();
    intent.sent = intent.created;
    intent.outcome = IntentRecord::Outcome::Unknown;
    StoreQuery insert(db, QStringLiteral("INSERT INTO intents (kind, out_order_no, request_no, "
                                         "amount_fen, operator, reason, created_at, parameters, "
                                         "desk, sent_at) VALUES (:kind, :o, :r, :amount, :op, "
                                         ":reason, :created, :params, :desk, :sent)") +
                              m_store.dialect().returningId());
    insert.bind(QStringLiteral("kind"), intentKindCode(intent.kind))
        .bind(QStringLiteral("o"), intent.outOrderNo)
        .bind(QStringLiteral("r"), intent.requestNo)
        .bind(QStringLiteral("amount"), intent.amount.fen())
        .bind(QStringLiteral("op"), intent.operatorLogin)
        .bind(QStringLiteral("reason"), intent.reason)
        .bind(QStringLiteral("created"), intent.created.toMSecsSinceEpoch())
        .bind(QStringLiteral("params"), canonical(intent.parameters))
        .bind(QStringLiteral("desk"), intent.desk)
        .bind(QStringLiteral("sent"), intent.sent.toMSecsSinceEpoch());
    if (!insert.exec() || !insert.next()) {
        if (!m_store.dialect().isUniqueViolation(insert.lastError()))
            return StoreResult::failure(insert.errorString());
        insert.finish();
        tx.rollback(); // PostgreSQL: nothing more runs in a transaction after an error
        // Another desk wrote its intent between the check above and this insert.
        if (const auto earlier = open(intent.outOrderNo, intent.kind))
            return StoreResult::failure(openProblem(*earlier));
        return StoreResult::failure(
            tr("The request number %1 is being used by another desk at this moment. Open "
               "the order again to see that call.")
                .arg(intent.requestNo));
    }
    intent.id = insert.int64(0);
    insert.finish();
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    return StoreResult::success();
}

StoreResult IntentJournal::settle(qint64 id, IntentRecord::Outcome outcome, const QString &code,
                                  const QString &subCode, const QString &subMsg)
{
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    StoreQuery lock(db, QStringLiteral("SELECT outcome FROM intents WHERE id = :id") +
                            m_store.dialect().forUpdate());
    lock.bind(QStringLiteral("id"), id);
    if (!lock.exec())
        return StoreResult::failure(lock.errorString());
    if (!lock.next())
        return StoreResult::failure(tr("There is no journaled call number %1.").arg(id));
    const auto current = intentOutcomeFromCode(lock.text(0));
    lock.finish();
    if (current && *current != IntentRecord::Outcome::Unknown && *current != outcome)
        return StoreResult::failure(
            tr("This call was already settled as %1 and cannot become %2. Ask a supervisor to "
               "look at the order's ledger.")
                .arg(intentOutcomeCode(*current), intentOutcomeCode(outcome)));
    const StoreResult written = recordOutcome(id, outcome, code, subCode, subMsg);
    if (!written)
        return written;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

StoreResult IntentJournal::reopen(IntentRecord &intent, const QString &desk)
{
    const StoreResult written =
        recordOutcome(intent.id, IntentRecord::Outcome::Unknown, {}, {}, {});
    if (!written)
        return written;
    const QDateTime now = m_clock.now();
    StoreQuery sent(
        m_store.database(),
        QStringLiteral("UPDATE intents SET desk = :desk, sent_at = :at WHERE id = :id"));
    sent.bind(QStringLiteral("desk"), desk)
        .bind(QStringLiteral("at"), now.toMSecsSinceEpoch())
        .bind(QStringLiteral("id"), intent.id);
    if (!sent.exec())
        return StoreResult::failure(sent.errorString());
    intent.desk = desk;
    intent.sent = now;
    intent.outcome = IntentRecord::Outcome::Unknown;
    intent.code.clear();
    intent.subCode.clear();
    intent.subMsg.clear();
    intent.settled = QDateTime();
    return StoreResult::success();
}

// Appends the outcome to intent_outcomes and makes it the intent's current one (inside the
// caller's transaction). UNKNOWN clears settled_at.
StoreResult IntentJournal::recordOutcome(qint64 id, IntentRecord::Outcome outcome,
                                         const QString &code, const QString &subCode,
                                         const QString &subMsg)
{
    const QSqlDatabase db = m_store.database();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    StoreQuery history(db, QStringLiteral("INSERT INTO intent_outcomes (intent_id, outcome, code, "
                                          "sub_code, sub_msg, recorded_at) VALUES (:id, :outcome, "
                                          ":code, :sub, :msg, :at)"));
    history.bind(QStringLiteral("id"), id)
        .bind(QStringLiteral("outcome"), intentOutcomeCode(outcome))
        .bind(QStringLiteral("code"), code)
        .bind(QStringLiteral("sub"), subCode)
        .bind(QStringLiteral("msg"), subMsg)
        .bind(QStringLiteral("at"), now);
    if (!history.exec())
        return StoreResult::failure(history.errorString());
    StoreQuery update(db, QStringLiteral("UPDATE intents SET outcome = :outcome, code = :code, "
                                         "sub_code = :sub, sub_msg = :msg, settled_at = :at WHERE "
                                         "id = :id"));
    update.bind(QStringLiteral("outcome"), intentOutcomeCode(outcome))
        .bind(QStringLiteral("code"), code)
        .bind(QStringLiteral("sub"), subCode)
        .bind(QStringLiteral("msg"), subMsg)
        .bind(QStringLiteral("at"), outcome == IntentRecord::Outcome::Unknown && code.isEmpty()
                                        ? QVariant(QMetaType::fromType<qint64>())
                                        : QVariant(now))
        .bind(QStringLiteral("id"), id);
    if (!update.exec())
        return StoreResult::failure(update.errorString());
    return StoreResult::success();
}

QList<IntentRecord> IntentJournal::select(const QString &where,
                                          const QList<std::pair<QString, QVariant>> &binds) const
{
    QList<IntentRecord> list;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM intents WHERE %2 ORDER BY created_at, id")
                     .arg(Columns, where));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (q.exec())
        while (q.next())
            list.append(readIntent(q));
    return list;
}

std::optional<IntentRecord> IntentJournal::find(IntentRecord::Kind kind,
                                                const QString &requestNo) const
{
    const auto list =
        select(QStringLiteral("kind = :kind AND request_no = :r"),
               {{QStringLiteral("kind"), intentKindCode(kind)}, {QStringLiteral("r"), requestNo}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<IntentRecord> IntentJournal::find(qint64 id) const
{
    const auto list = select(QStringLiteral("id = :id"), {{QStringLiteral("id"), id}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<IntentRecord> IntentJournal::unknown() const
{
    return select(QStringLiteral("outcome = 'UNKNOWN'"), {});
}

std::optional<IntentRecord> IntentJournal::open(const QString &outOrderNo,
                                                IntentRecord::Kind kind) const
{
    const auto list =
        select(QStringLiteral("out_order_no = :o AND kind = :kind AND outcome IN "
                              "('UNKNOWN', 'NOT_DONE')"),
               {{QStringLiteral("o"), outOrderNo}, {QStringLiteral("kind"), intentKindCode(kind)}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QString IntentJournal::openProblem(const IntentRecord &earlier)
{
    if (earlier.outcome == IntentRecord::Outcome::NotDone)
        return tr("The earlier request %1 of this kind on order %2 was not done, but it may still "
                  "reach Alipay. Send that request again (it cannot move money twice) instead of "
                  "starting a new one.")
            .arg(earlier.requestNo, earlier.outOrderNo);
    return tr("The earlier request %1 of this kind on order %2 is awaiting Alipay's answer. Wait "
              "until it is settled.")
        .arg(earlier.requestNo, earlier.outOrderNo);
}

QList<IntentRecord> IntentJournal::forOrder(const QString &outOrderNo) const
{
    return select(QStringLiteral("out_order_no = :o"), {{QStringLiteral("o"), outOrderNo}});
}

QList<IntentRecord::Outcome> IntentJournal::outcomeHistory(qint64 id) const
{
    QList<IntentRecord::Outcome> list;
    StoreQuery q(m_store.database(), QStringLiteral("SELECT outcome FROM intent_outcomes WHERE "
                                                    "intent_id = :id ORDER BY id"));
    q.bind(QStringLiteral("id"), id);
    if (q.exec())
        while (q.next())
            list.append(intentOutcomeFromCode(q.text(0)).value_or(IntentRecord::Outcome::Unknown));
    return list;
}

} // namespace DepositDesk
