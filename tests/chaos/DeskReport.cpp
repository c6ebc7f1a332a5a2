#include "DeskReport.h"

#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace DepositDesk::Chaos {

namespace {

QJsonObject orderJson(const OrderRecord &o)
{
    return {{QStringLiteral("out_order_no"), o.outOrderNo},
            {QStringLiteral("auth_no"), o.authNo},
            {QStringLiteral("status"), orderStatusCode(o.status)},
            {QStringLiteral("total"), o.total.fen()},
            {QStringLiteral("rest"), o.rest.fen()},
            {QStringLiteral("unfrozen"), o.unfrozen.fen()},
            {QStringLiteral("paid"), o.paid.fen()},
            {QStringLiteral("refunded"), o.refunded.fen()}};
}

// Every outcome reported for the intent with when it was recorded (ms since the epoch): read
// straight from the journal's history table, which IntentJournal gives without the times.
QJsonArray outcomeTimes(const Store &store, qint64 id)
{
    QJsonArray list;
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT outcome, recorded_at FROM intent_outcomes WHERE intent_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            list.append(QJsonArray{q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

QJsonObject intentJson(const IntentRecord &i, const IntentJournal &journal, const Store &store)
{
    QJsonArray history;
    for (IntentRecord::Outcome outcome : journal.outcomeHistory(i.id))
        history.append(intentOutcomeCode(outcome));
    return {{QStringLiteral("history"), history},
            {QStringLiteral("outcome_times"), outcomeTimes(store, i.id)},
            {QStringLiteral("id"), i.id},
            {QStringLiteral("kind"), intentKindCode(i.kind)},
            {QStringLiteral("out_order_no"), i.outOrderNo},
            {QStringLiteral("request_no"), i.requestNo},
            {QStringLiteral("amount"), i.amount.fen()},
            {QStringLiteral("reason"), i.reason},
            {QStringLiteral("outcome"), intentOutcomeCode(i.outcome)},
            {QStringLiteral("created"), i.created.toMSecsSinceEpoch()},
            {QStringLiteral("settled"), i.settled.isValid() ? i.settled.toMSecsSinceEpoch() : 0}};
}

} // namespace

QList<OrderRecord> allOrders(const Store &store, QString *error)
{
    QList<OrderRecord> all;
    OrderQuery query;
    query.pageSize = 500;
    for (;;) {
        const std::optional<OrderPage> page = OrderIndex(store).search(query, error);
        if (!page)
            return {};
        all += page->orders;
        if (!page->next)
            break;
        query.after = page->next;
    }
    std::sort(all.begin(), all.end(), [](const OrderRecord &a, const OrderRecord &b) {
        return a.outOrderNo < b.outOrderNo;
    });
    return all;
}

QByteArray deskReport(const Store &store)
{
    QString error;
    const QList<OrderRecord> all = allOrders(store, &error);
    QJsonArray orders;
    QJsonArray intents;
    const IntentJournal journal(store);
    for (const OrderRecord &o : all) {
        orders.append(orderJson(o));
        for (const IntentRecord &i : journal.forOrder(o.outOrderNo))
            intents.append(intentJson(i, journal, store));
    }
    const AuditVerification audit = AuditLog(store).verify();
    const QJsonObject report{
        {QStringLiteral("error"), error},
        {QStringLiteral("orders"), orders},
        {QStringLiteral("intents"), intents},
        {QStringLiteral("audit"),
         QJsonObject{{QStringLiteral("ok"), audit.ok},
                     {QStringLiteral("entries"), audit.entries},
                     {QStringLiteral("first_broken_seq"), audit.firstBrokenSeq},
                     {QStringLiteral("problem"), audit.problem}}}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace DepositDesk::Chaos
