#include "store/Ledger.h"

#include "domain/Clock.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace DepositDesk {

namespace {

const QString EntryColumns = QStringLiteral(
    "id, kind, out_order_no, fact_key, revision, alipay_no, request_no, parent_no, type, status, "
    "amount_fen, credit_fen, fund_fen, happened_at, source, recorded_at");

QString kindCode(LedgerEntry::Kind kind)
{
    switch (kind) {
    case LedgerEntry::Kind::Operation:
        return QStringLiteral("operation");
    case LedgerEntry::Kind::Trade:
        return QStringLiteral("trade");
    case LedgerEntry::Kind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

LedgerEntry::Kind kindFromCode(const QString &code)
{
    if (code == u"trade")
        return LedgerEntry::Kind::Trade;
    if (code == u"refund")
        return LedgerEntry::Kind::Refund;
    return LedgerEntry::Kind::Operation;
}

QVariant millisOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOrInvalid(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

LedgerEntry readEntry(const StoreQuery &q)
{
    LedgerEntry e;
    e.id = q.int64(0);
    e.kind = kindFromCode(q.text(1));
    e.outOrderNo = q.text(2);
    e.factKey = q.text(3);
    e.revision = q.value(4).toInt();
    e.alipayNo = q.text(5);
    e.requestNo = q.text(6);
    e.parentNo = q.text(7);
    e.type = q.text(8);
    e.status = q.text(9);
    e.amount = Money::fromFen(q.int64(10));
    e.credit = Money::fromFen(q.int64(11));
    e.fund = Money::fromFen(q.int64(12));
    e.happened = timeOrInvalid(q.value(13));
    e.source = q.text(14);
    e.recorded = timeOrInvalid(q.value(15));
    return e;
}

// Fills what the new report leaves empty from what is known.
void inherit(LedgerEntry &e, const LedgerEntry &known)
{
    for (auto [field, old] :
         {std::pair{&e.alipayNo, &known.alipayNo}, std::pair{&e.requestNo, &known.requestNo},
          std::pair{&e.parentNo, &known.parentNo}, std::pair{&e.type, &known.type},
          std::pair{&e.status, &known.status}}) {
        if (field->isEmpty())
            *field = *old;
    }
    if (!e.happened.isValid())
        e.happened = known.happened;
}

bool sameFacts(const LedgerEntry &a, const LedgerEntry &b)
{
    return a.alipayNo == b.alipayNo && a.requestNo == b.requestNo && a.parentNo == b.parentNo &&
           a.type == b.type && a.status == b.status && a.amount == b.amount &&
           a.credit == b.credit && a.fund == b.fund && a.happened == b.happened;
}

} // namespace

QString factSourceCode(FactSource source)
{
    switch (source) {
    case FactSource::OurAction:
        return QStringLiteral("action");
    case FactSource::Query:
        return QStringLiteral("query");
    case FactSource::Notification:
        return QStringLiteral("notification");
    case FactSource::Bill:
        return QStringLiteral("bill");
    case FactSource::Import:
        return QStringLiteral("import");
    }
    return {};
}

Ledger::Ledger(const Store &store)
    : Ledger(store, Clock::system())
{}

Ledger::Ledger(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

StoreResult Ledger::recordOperation(const OperationRecord &op, FactSource source,
                                    RecordOutcome *outcome)
{
    LedgerEntry e;
    e.kind = LedgerEntry::Kind::Operation;
    e.outOrderNo = op.outOrderNo;
    e.factKey =
        op.type.toUpper() + u':' + (op.outRequestNo.isEmpty() ? op.operationId : op.outRequestNo);
    e.alipayNo = op.operationId;
    e.requestNo = op.outRequestNo;
    e.type = op.type.toUpper();
    e.status = op.status;
    e.amount = op.amount;
    e.credit = op.credit;
    e.fund = op.fund;
    e.happened = op.happened;
    return record(e, source, outcome);
}

StoreResult Ledger::recordTrade(const TradeRecord &trade, FactSource source, RecordOutcome *outcome)
{
    LedgerEntry e;
    e.kind = LedgerEntry::Kind::Trade;
    e.outOrderNo = trade.outOrderNo;
    e.factKey = trade.outTradeNo.isEmpty() ? trade.tradeNo : trade.outTradeNo;
    e.alipayNo = trade.tradeNo;
    e.requestNo = trade.outTradeNo;
    e.status = trade.status;
    e.amount = trade.amount;
    e.happened = trade.happened;
    return record(e, source, outcome);
}

StoreResult Ledger::recordRefund(const RefundRecord &refund, FactSource source,
                                 RecordOutcome *outcome)
{
    LedgerEntry e;
    e.kind = LedgerEntry::Kind::Refund;
    e.outOrderNo = refund.outOrderNo;
    e.factKey = (refund.outTradeNo.isEmpty() ? refund.tradeNo : refund.outTradeNo) + u':' +
                refund.outRequestNo;
    e.alipayNo = refund.tradeNo;
    e.requestNo = refund.outRequestNo;
    e.parentNo = refund.outTradeNo;
    e.status = refund.status;
    e.amount = refund.amount;
    e.happened = refund.happened;
    return record(e, source, outcome);
}

StoreResult Ledger::record(LedgerEntry entry, FactSource source, RecordOutcome *outcome)
{
    entry.source = factSourceCode(source);
    // Two desks may learn the same fact at once: the loser of the unique (…, revision) race
    // reads again and finds it known, or records its own change as the next revision.
    for (int attempt = 0;; ++attempt) {
        bool conflict = false;
        LedgerEntry copy = entry;
        const StoreResult result = recordOnce(copy, outcome, conflict, attempt == 0);
        if (result || !conflict || attempt == 3)
            return result;
    }
}

std::optional<LedgerEntry> Ledger::lastRevision(const LedgerEntry &e, bool fromHistory,
                                                QString *error) const
{
    if (fromHistory && follows(e)) {
        const LedgerEntry *last = nullptr;
        for (const LedgerEntry &k : std::as_const(*m_history))
            if (k.kind == e.kind && k.factKey == e.factKey &&
                (!last || k.revision > last->revision))
                last = &k;
        return last ? std::optional(*last) : std::nullopt;
    }
    StoreQuery last(m_store.database(),
                    QStringLiteral("SELECT %1 FROM ledger_facts WHERE kind = :kind AND "
                                   "out_order_no = :o AND fact_key = :k ORDER BY revision "
                                   "DESC LIMIT 1")
                        .arg(EntryColumns));
    last.bind(QStringLiteral("kind"), kindCode(e.kind))
        .bind(QStringLiteral("o"), e.outOrderNo)
        .bind(QStringLiteral("k"), e.factKey);
    if (!last.exec()) {
        *error = last.errorString();
        return std::nullopt;
    }
    if (!last.next())
        return std::nullopt;
    return readEntry(last);
}

StoreResult Ledger::recordOnce(LedgerEntry &e, RecordOutcome *outcome, bool &conflict,
                               bool fromHistory)
{
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    QString error;
    const std::optional<LedgerEntry> known = lastRevision(e, fromHistory, &error);
    if (!error.isEmpty())
        return StoreResult::failure(error);
    if (known) {
        inherit(e, *known);
        if (sameFacts(e, *known)) {
            if (outcome)
                *outcome = RecordOutcome::Known;
            return StoreResult::success();
        }
        e.revision = known->revision + 1;
    }
    StoreQuery insert(db,
                      QStringLiteral("INSERT INTO ledger_facts (kind, out_order_no, fact_key, "
                                     "revision, alipay_no, request_no, parent_no, type, status, "
                                     "amount_fen, credit_fen, fund_fen, happened_at, source, "
                                     "recorded_at) VALUES (:kind, :o, :k, :rev, :an, :rn, :pn, "
                                     ":type, :status, :amount, :credit, :fund, :happened, "
                                     ":source, :recorded)"));
    insert.bind(QStringLiteral("kind"), kindCode(e.kind))
        .bind(QStringLiteral("o"), e.outOrderNo)
        .bind(QStringLiteral("k"), e.factKey)
        .bind(QStringLiteral("rev"), e.revision)
        .bind(QStringLiteral("an"), e.alipayNo)
        .bind(QStringLiteral("rn"), e.requestNo)
        .bind(QStringLiteral("pn"), e.parentNo)
        .bind(QStringLiteral("type"), e.type)
        .bind(QStringLiteral("status"), e.status)
        .bind(QStringLiteral("amount"), e.amount.fen())
        .bind(QStringLiteral("credit"), e.credit.fen())
        .bind(QStringLiteral("fund"), e.fund.fen())
        .bind(QStringLiteral("happened"), millisOrNull(e.happened))
        .bind(QStringLiteral("source"), e.source)
        .bind(QStringLiteral("recorded"), m_clock.now().toMSecsSinceEpoch());
    if (!insert.exec()) {
        conflict = m_store.dialect().isUniqueViolation(insert.lastError());
        return StoreResult::failure(insert.errorString());
    }
    if (e.kind != LedgerEntry::Kind::Refund && (m_indexed || !follows(e))) {
        const bool op = e.kind == LedgerEntry::Kind::Operation;
        const StoreResult keyed = OrderIndex(m_store).addKeys(
            e.outOrderNo,
            {{op ? OrderKeyKind::OperationId : OrderKeyKind::TradeNo, e.alipayNo},
             {op ? OrderKeyKind::OutRequestNo : OrderKeyKind::OutTradeNo, e.requestNo}});
        if (!keyed)
            return keyed;
    }
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (outcome)
        *outcome = known ? RecordOutcome::Changed : RecordOutcome::New;
    if (m_history)
        m_history->append(e);
    return StoreResult::success();
}

QList<LedgerEntry> Ledger::history(const QString &outOrderNo) const
{
    QList<LedgerEntry> entries;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM ledger_facts WHERE out_order_no = :o ORDER BY id")
                     .arg(EntryColumns));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (q.exec())
        while (q.next())
            entries.append(readEntry(q));
    return entries;
}

QList<LedgerEntry> Ledger::latest(const QString &outOrderNo, LedgerEntry::Kind kind) const
{
    QList<LedgerEntry> entries;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM ledger_facts f WHERE out_order_no = :o AND kind = "
                                ":kind AND revision = (SELECT MAX(g.revision) FROM ledger_facts g "
                                "WHERE g.kind = f.kind AND g.out_order_no = f.out_order_no AND "
                                "g.fact_key = f.fact_key) ORDER BY id")
                     .arg(EntryColumns));
    q.bind(QStringLiteral("o"), outOrderNo).bind(QStringLiteral("kind"), kindCode(kind));
    if (q.exec())
        while (q.next())
            entries.append(readEntry(q));
    return entries;
}

QList<LedgerEntry> Ledger::latestOf(const QList<LedgerEntry> &history, LedgerEntry::Kind kind)
{
    // The highest revision of each fact key, in the order of its id (as latest() reads them).
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const LedgerEntry &e = history[i];
        if (e.kind != kind)
            continue;
        const auto found = at.constFind(e.factKey);
        if (found == at.cend() || history[*found].revision < e.revision)
            at.insert(e.factKey, i);
    }
    QList<LedgerEntry> entries;
    for (const LedgerEntry &e : history)
        if (e.kind == kind && history[at.value(e.factKey)].id == e.id)
            entries.append(e);
    std::sort(entries.begin(), entries.end(),
              [](const LedgerEntry &a, const LedgerEntry &b) { return a.id < b.id; });
    return entries;
}

namespace {

QList<OperationRecord> operationsFrom(const QList<LedgerEntry> &entries)
{
    QList<OperationRecord> list;
    for (const LedgerEntry &e : entries)
        list.append({e.outOrderNo, QString(), e.alipayNo, e.requestNo, e.type, e.status, e.amount,
                     e.credit, e.fund, e.happened});
    return list;
}

QList<TradeRecord> tradesFrom(const QList<LedgerEntry> &entries)
{
    QList<TradeRecord> list;
    for (const LedgerEntry &e : entries)
        list.append({e.outOrderNo, e.alipayNo, e.requestNo, e.status, e.amount, e.happened});
    return list;
}

QList<RefundRecord> refundsFrom(const QList<LedgerEntry> &entries)
{
    QList<RefundRecord> list;
    for (const LedgerEntry &e : entries)
        list.append(
            {e.outOrderNo, e.alipayNo, e.parentNo, e.requestNo, e.status, e.amount, e.happened});
    return list;
}

} // namespace

QList<OperationRecord> Ledger::operations(const QString &outOrderNo) const
{
    return operationsFrom(latest(outOrderNo, LedgerEntry::Kind::Operation));
}

QList<TradeRecord> Ledger::trades(const QString &outOrderNo) const
{
    return tradesFrom(latest(outOrderNo, LedgerEntry::Kind::Trade));
}

QList<RefundRecord> Ledger::refunds(const QString &outOrderNo) const
{
    return refundsFrom(latest(outOrderNo, LedgerEntry::Kind::Refund));
}

QList<OperationRecord> Ledger::operationsOf(const QList<LedgerEntry> &history)
{
    return operationsFrom(latestOf(history, LedgerEntry::Kind::Operation));
}

QList<TradeRecord> Ledger::tradesOf(const QList<LedgerEntry> &history)
{
    return tradesFrom(latestOf(history, LedgerEntry::Kind::Trade));
}

QList<RefundRecord> Ledger::refundsOf(const QList<LedgerEntry> &history)
{
    return refundsFrom(latestOf(history, LedgerEntry::Kind::Refund));
}

} // namespace DepositDesk
