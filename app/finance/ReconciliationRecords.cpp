#include "finance/ReconciliationRecords.h"

#include "domain/Clock.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace DepositDesk {

namespace {

const QString RunColumns =
    QStringLiteral("id, bill_file_id, period, operator, started_at, finished_at, totals_json");

const QString DifferenceColumns = QStringLiteral(
    "id, period, diff_key, kind, out_order_no, trade_no, out_trade_no, out_request_no, "
    "bill_amount_fen, ledger_amount_fen, bill_status, ledger_status, happened_at, detail, "
    "first_run_id, last_run_id, resolved_by, resolved_at, note, correction");

QVariant orNull(const std::optional<Money> &m)
{
    return m ? QVariant(m->fen()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<Money> moneyOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromFen(v.toLongLong()));
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Difference readDifference(const StoreQuery &q)
{
    Difference d;
    d.id = q.int64(0);
    d.period = q.text(1);
    d.diffKey = q.text(2);
    d.kind = differenceKindFromCode(q.text(3)).value_or(DifferenceKind::BillOnly);
    d.outOrderNo = q.text(4);
    d.tradeNo = q.text(5);
    d.outTradeNo = q.text(6);
    d.outRequestNo = q.text(7);
    d.billAmount = moneyOf(q.value(8));
    d.ledgerAmount = moneyOf(q.value(9));
    d.billStatus = q.text(10);
    d.ledgerStatus = q.text(11);
    d.happened = timeOf(q.value(12));
    d.detail = q.text(13);
    d.firstRunId = q.int64(14);
    d.lastRunId = q.int64(15);
    d.resolvedBy = q.text(16);
    d.resolvedAt = timeOf(q.value(17));
    d.note = q.text(18);
    d.correction = q.text(19);
    return d;
}

QJsonObject sideToJson(const SideTotals &s)
{
    return {{QStringLiteral("trades"), s.tradeCount},
            {QStringLiteral("refunds"), s.refundCount},
            {QStringLiteral("income_fen"), s.income.fen()},
            {QStringLiteral("refunds_fen"), s.refunds.fen()},
            {QStringLiteral("fees_fen"), s.fees.fen()}};
}

SideTotals sideFromJson(const QJsonObject &o)
{
    SideTotals s;
    s.tradeCount = o.value(QStringLiteral("trades")).toInt();
    s.refundCount = o.value(QStringLiteral("refunds")).toInt();
    s.income = Money::fromFen(o.value(QStringLiteral("income_fen")).toInteger());
    s.refunds = Money::fromFen(o.value(QStringLiteral("refunds_fen")).toInteger());
    s.fees = Money::fromFen(o.value(QStringLiteral("fees_fen")).toInteger());
    return s;
}

QJsonObject accountToJson(const AccountBillTotals &a)
{
    return {{QStringLiteral("movements"), a.movements},
            {QStringLiteral("income_fen"), a.income.fen()},
            {QStringLiteral("refunds_fen"), a.refunds.fen()},
            {QStringLiteral("fees_fen"), a.fees.fen()},
            {QStringLiteral("fee_refunds_fen"), a.feeRefunds.fen()},
            {QStringLiteral("transfers_out_fen"), a.transfersOut.fen()},
            {QStringLiteral("other_in_fen"), a.otherIn.fen()},
            {QStringLiteral("other_out_fen"), a.otherOut.fen()},
            {QStringLiteral("opening_fen"), a.opening.fen()},
            {QStringLiteral("closing_fen"), a.closing.fen()},
            {QStringLiteral("balance_breaks"), a.balanceBreaks},
            {QStringLiteral("trade_bill"), int(a.tradeBill)},
            {QStringLiteral("trade_bill_file"), a.tradeBillFile},
            {QStringLiteral("trade_bill_agrees"), a.tradeBillAgrees}};
}

AccountBillTotals accountFromJson(const QJsonObject &o)
{
    const auto money = [&o](const char *key) {
        return Money::fromFen(o.value(QLatin1String(key)).toInteger());
    };
    AccountBillTotals a;
    a.movements = o.value(QStringLiteral("movements")).toInt();
    a.income = money("income_fen");
    a.refunds = money("refunds_fen");
    a.fees = money("fees_fen");
    a.feeRefunds = money("fee_refunds_fen");
    a.transfersOut = money("transfers_out_fen");
    a.otherIn = money("other_in_fen");
    a.otherOut = money("other_out_fen");
    a.opening = money("opening_fen");
    a.closing = money("closing_fen");
    a.balanceBreaks = o.value(QStringLiteral("balance_breaks")).toInt();
    const int tradeBill = o.value(QStringLiteral("trade_bill")).toInt();
    a.tradeBill = tradeBill >= 0 && tradeBill <= int(AccountBillTotals::TradeBill::Compared)
                      ? AccountBillTotals::TradeBill(tradeBill)
                      : AccountBillTotals::TradeBill::NotDownloaded;
    a.tradeBillFile = o.value(QStringLiteral("trade_bill_file")).toString();
    a.tradeBillAgrees = o.value(QStringLiteral("trade_bill_agrees")).toBool(true);
    return a;
}

// Runs of account bills are those whose file is a signcustomer bill; every other run is a
// trade bill's.
QString runsOfType(const QString &billType)
{
    return QStringLiteral(" AND %1 EXISTS (SELECT 1 FROM bill_files WHERE bill_files.id = "
                          "reconciliations.bill_file_id AND bill_files.bill_type = '%2')")
        .arg(billType == QLatin1String(AccountBillType) ? QString() : QStringLiteral("NOT"),
             QLatin1String(AccountBillType));
}

} // namespace

ReconciliationRecords::ReconciliationRecords(const Store &store)
    : ReconciliationRecords(store, Clock::system())
{}

ReconciliationRecords::ReconciliationRecords(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QJsonObject ReconciliationRecords::totalsToJson(const ReconciliationTotals &t)
{
    QJsonObject differences;
    for (const auto &[kind, count] : t.differences)
        differences.insert(differenceKindCode(kind), count);
    QJsonObject json = {{QStringLiteral("bill"), sideToJson(t.bill)},
                        {QStringLiteral("ledger"), sideToJson(t.ledger)},
                        {QStringLiteral("matched"), t.matched},
                        {QStringLiteral("known_external"), t.knownExternal},
                        {QStringLiteral("differences"), differences},
                        {QStringLiteral("footer_agrees"), t.footerAgrees},
                        {QStringLiteral("summary_agrees"), t.summaryAgrees},
                        {QStringLiteral("has_summary"), t.hasSummary}};
    if (t.account)
        json.insert(QStringLiteral("account"), accountToJson(*t.account));
    return json;
}

ReconciliationTotals ReconciliationRecords::totalsFromJson(const QJsonObject &o)
{
    ReconciliationTotals t;
    t.bill = sideFromJson(o.value(QStringLiteral("bill")).toObject());
    t.ledger = sideFromJson(o.value(QStringLiteral("ledger")).toObject());
    t.matched = o.value(QStringLiteral("matched")).toInt();
    t.knownExternal = o.value(QStringLiteral("known_external")).toInt();
    const QJsonObject differences = o.value(QStringLiteral("differences")).toObject();
    for (DifferenceKind kind : allDifferenceKinds())
        if (const int n = differences.value(differenceKindCode(kind)).toInt(); n > 0)
            t.differences.append({kind, n});
    t.footerAgrees = o.value(QStringLiteral("footer_agrees")).toBool(true);
    t.summaryAgrees = o.value(QStringLiteral("summary_agrees")).toBool(true);
    t.hasSummary = o.value(QStringLiteral("has_summary")).toBool();
    if (o.contains(QStringLiteral("account")))
        t.account = accountFromJson(o.value(QStringLiteral("account")).toObject());
    return t;
}

StoreResult ReconciliationRecords::beginRun(ReconciliationRun &run)
{
    run.startedAt = m_clock.now();
    StoreQuery q(m_store.database(),
                 QStringLiteral("INSERT INTO reconciliations (bill_file_id, period, operator, "
                                "started_at) VALUES (:b, :p, :op, :at)") +
                     m_store.dialect().returningId());
    q.bind(QStringLiteral("b"), run.billFileId)
        .bind(QStringLiteral("p"), run.period)
        .bind(QStringLiteral("op"), run.operatorLogin)
        .bind(QStringLiteral("at"), run.startedAt.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return StoreResult::failure(q.errorString());
    run.id = q.int64(0);
    return StoreResult::success();
}

StoreResult ReconciliationRecords::finishRun(ReconciliationRun &run, QList<Difference> &found)
{
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    const QStringList columns = {QStringLiteral("period"),
                                 QStringLiteral("diff_key"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("out_order_no"),
                                 QStringLiteral("trade_no"),
                                 QStringLiteral("out_trade_no"),
                                 QStringLiteral("out_request_no"),
                                 QStringLiteral("bill_amount_fen"),
                                 QStringLiteral("ledger_amount_fen"),
                                 QStringLiteral("amount_fen"),
                                 QStringLiteral("bill_status"),
                                 QStringLiteral("ledger_status"),
                                 QStringLiteral("happened_at"),
                                 QStringLiteral("detail"),
                                 QStringLiteral("first_run_id"),
                                 QStringLiteral("last_run_id")};
    // Everything but the key, the first run, the resolution and the note.
    const QStringList update = columns.mid(2, 12) + QStringList{QStringLiteral("last_run_id")};
    StoreQuery upsert(db, m_store.dialect().upsert(
                              QStringLiteral("recon_differences"), columns,
                              {QStringLiteral("period"), QStringLiteral("diff_key")}, update));
    StoreQuery id(db, QStringLiteral("SELECT id FROM recon_differences WHERE period = :p AND "
                                     "diff_key = :k"));
    for (Difference &d : found) {
        const qint64 larger = std::max(d.billAmount ? std::abs(d.billAmount->fen()) : 0,
                                       d.ledgerAmount ? std::abs(d.ledgerAmount->fen()) : 0);
        const QVariant values[] = {run.period,
                                   d.diffKey,
                                   differenceKindCode(d.kind),
                                   d.outOrderNo,
                                   d.tradeNo,
                                   d.outTradeNo,
                                   d.outRequestNo,
                                   orNull(d.billAmount),
                                   orNull(d.ledgerAmount),
                                   larger,
                                   d.billStatus,
                                   d.ledgerStatus,
                                   orNull(d.happened),
                                   d.detail,
                                   run.id,
                                   run.id};
        for (qsizetype i = 0; i < columns.size(); ++i)
            upsert.bind(columns[i], values[i]);
        if (!upsert.exec())
            return StoreResult::failure(upsert.errorString());
        id.bind(QStringLiteral("p"), run.period).bind(QStringLiteral("k"), d.diffKey);
        if (!id.exec() || !id.next())
            return StoreResult::failure(id.errorString());
        d.id = id.int64(0);
        id.finish();
        d.period = run.period;
        d.lastRunId = run.id;
    }
    run.finishedAt = m_clock.now();
    StoreQuery finish(db, QStringLiteral("UPDATE reconciliations SET finished_at = :at, "
                                         "totals_json = :t WHERE id = :id"));
    finish.bind(QStringLiteral("at"), run.finishedAt.toMSecsSinceEpoch())
        .bind(QStringLiteral("t"),
              QString::fromUtf8(
                  QJsonDocument(totalsToJson(run.totals)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral("id"), run.id);
    if (!finish.exec())
        return StoreResult::failure(finish.errorString());
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    return StoreResult::success();
}

QList<ReconciliationRun> ReconciliationRecords::selectRuns(const QString &where,
                                                           const QString &period, int limit) const
{
    QList<ReconciliationRun> list;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM reconciliations WHERE finished_at IS NOT NULL %2 "
                                "ORDER BY id DESC LIMIT %3")
                     .arg(RunColumns, where)
                     .arg(limit));
    if (!period.isEmpty())
        q.bind(QStringLiteral("p"), period);
    if (!q.exec())
        return list;
    while (q.next()) {
        ReconciliationRun r;
        r.id = q.int64(0);
        r.billFileId = q.int64(1);
        r.period = q.text(2);
        r.operatorLogin = q.text(3);
        r.startedAt = timeOf(q.value(4));
        r.finishedAt = timeOf(q.value(5));
        r.totals = totalsFromJson(QJsonDocument::fromJson(q.text(6).toUtf8()).object());
        list.append(r);
    }
    return list;
}

std::optional<ReconciliationRun> ReconciliationRecords::latestRun(const QString &period,
                                                                  const QString &billType) const
{
    const auto list =
        selectRuns(QStringLiteral("AND period = :p") + runsOfType(billType), period, 1);
    return list.isEmpty() ? std::nullopt : std::optional<ReconciliationRun>(list.first());
}

QList<ReconciliationRun> ReconciliationRecords::runs(const QString &period) const
{
    return selectRuns(period.isEmpty() ? QString() : QStringLiteral("AND period = :p"), period,
                      1000);
}

QList<Difference> ReconciliationRecords::differences(const DifferenceFilter &f) const
{
    QList<Difference> list;
    const auto latest = latestRun(f.period, f.billType);
    if (!latest)
        return list;
    // The kinds of the bill type's runs (a difference is found by runs of one type only).
    QStringList kinds;
    for (DifferenceKind kind : allDifferenceKinds())
        if (isAccountBillKind(kind) == (f.billType == QLatin1String(AccountBillType)))
            kinds.append(u'\'' + differenceKindCode(kind) + u'\'');
    QString where = QStringLiteral("period = :p AND kind IN (%1)").arg(kinds.join(u','));
    QList<std::pair<QString, QVariant>> binds = {{QStringLiteral("p"), f.period}};
    const auto add = [&](const QString &condition, const QString &name, const QVariant &value) {
        where += QStringLiteral(" AND ") + condition;
        binds.append({name, value});
    };
    if (!f.includeGone)
        add(QStringLiteral("last_run_id = :run"), QStringLiteral("run"), latest->id);
    if (f.kind)
        add(QStringLiteral("kind = :kind"), QStringLiteral("kind"), differenceKindCode(*f.kind));
    const auto chinaDayStart = [](QDate day) {
        return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600).toMSecsSinceEpoch();
    };
    if (f.from)
        add(QStringLiteral("happened_at >= :from"), QStringLiteral("from"), chinaDayStart(*f.from));
    if (f.to)
        add(QStringLiteral("happened_at < :to"), QStringLiteral("to"),
            chinaDayStart(f.to->addDays(1)));
    if (f.minAmount)
        add(QStringLiteral("amount_fen >= :min"), QStringLiteral("min"), f.minAmount->fen());
    if (f.maxAmount)
        add(QStringLiteral("amount_fen <= :max"), QStringLiteral("max"), f.maxAmount->fen());
    if (!f.includeResolved)
        where += QStringLiteral(" AND resolved_by = ''");
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT %1 FROM recon_differences WHERE %2 ORDER BY kind, "
                                "happened_at, id LIMIT %3")
                     .arg(DifferenceColumns, where)
                     .arg(std::max(1, f.limit)));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (q.exec())
        while (q.next())
            list.append(readDifference(q));
    return list;
}

std::optional<Difference> ReconciliationRecords::difference(qint64 id) const
{
    StoreQuery q(
        m_store.database(),
        QStringLiteral("SELECT %1 FROM recon_differences WHERE id = :id").arg(DifferenceColumns));
    q.bind(QStringLiteral("id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDifference(q);
}

StoreResult ReconciliationRecords::resolve(qint64 id, const QString &operatorLogin,
                                           const QString &note, const QString &correction)
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("UPDATE recon_differences SET resolved_by = :by, resolved_at = "
                                ":at, note = :note, correction = :c WHERE id = :id"));
    q.bind(QStringLiteral("by"), operatorLogin)
        .bind(QStringLiteral("c"), correction)
        .bind(QStringLiteral("at"), m_clock.now().toMSecsSinceEpoch())
        .bind(QStringLiteral("note"), note)
        .bind(QStringLiteral("id"), id);
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(QCoreApplication::translate(
            "DepositDesk::ReconciliationService",
            "This difference no longer exists. Reload the reconciliation."));
    return StoreResult::success();
}

} // namespace DepositDesk
