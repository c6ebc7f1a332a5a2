#include "store/OrderIndex.h"

#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace DepositDesk {

namespace {

const QStringList Columns = {
    QStringLiteral("out_order_no"),   QStringLiteral("auth_no"),
    QStringLiteral("status"),         QStringLiteral("total_fen"),
    QStringLiteral("credit_fen"),     QStringLiteral("fund_fen"),
    QStringLiteral("rest_fen"),       QStringLiteral("unfrozen_fen"),
    QStringLiteral("paid_fen"),       QStringLiteral("refunded_fen"),
    QStringLiteral("title"),          QStringLiteral("store"),
    QStringLiteral("category"),       QStringLiteral("payer_user_id"),
    QStringLiteral("payer_logon_id"), QStringLiteral("phone_tail"),
    QStringLiteral("created_at"),     QStringLiteral("updated_at"),
};

QString selectColumns()
{
    return QStringLiteral("o.id, o.") + Columns.join(QStringLiteral(", o."));
}

qint64 millis(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMillis(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Reads a row selected with selectColumns() (id first).
OrderRecord readOrder(const StoreQuery &q)
{
    OrderRecord o;
    o.outOrderNo = q.text(1);
    o.authNo = q.text(2);
    o.status = orderStatusFromCode(q.text(3)).value_or(OrderStatus::Init);
    o.total = Money::fromFen(q.int64(4));
    o.credit = Money::fromFen(q.int64(5));
    o.fund = Money::fromFen(q.int64(6));
    o.rest = Money::fromFen(q.int64(7));
    o.unfrozen = Money::fromFen(q.int64(8));
    o.paid = Money::fromFen(q.int64(9));
    o.refunded = Money::fromFen(q.int64(10));
    o.title = q.text(11);
    o.store = q.text(12);
    o.category = q.text(13);
    o.payerUserId = q.text(14);
    o.payerLogonId = q.text(15);
    o.phoneTail = q.text(16);
    o.created = fromMillis(q.int64(17));
    o.updated = fromMillis(q.int64(18));
    return o;
}

void bindOrder(StoreQuery &q, const OrderRecord &o)
{
    const QVariant values[] = {
        o.outOrderNo,     o.authNo,          orderStatusCode(o.status),
        o.total.fen(),    o.credit.fen(),    o.fund.fen(),
        o.rest.fen(),     o.unfrozen.fen(),  o.paid.fen(),
        o.refunded.fen(), o.title,           o.store,
        o.category,       o.payerUserId,     o.payerLogonId,
        o.phoneTail,      millis(o.created), millis(o.updated),
    };
    for (int i = 0; i < Columns.size(); ++i)
        q.bind(Columns[i], values[i]);
}

bool sameFacts(const OrderRecord &a, const OrderRecord &b)
{
    return a.authNo == b.authNo && a.status == b.status && a.total == b.total &&
           a.credit == b.credit && a.fund == b.fund && a.rest == b.rest &&
           a.unfrozen == b.unfrozen && a.paid == b.paid && a.refunded == b.refunded &&
           a.title == b.title && a.store == b.store && a.category == b.category &&
           a.payerUserId == b.payerUserId && a.payerLogonId == b.payerLogonId &&
           a.phoneTail == b.phoneTail && millis(a.created) == millis(b.created);
}

QString sortColumn(OrderQuery::SortBy sortBy)
{
    switch (sortBy) {
    case OrderQuery::SortBy::Created:
        return QStringLiteral("o.created_at");
    case OrderQuery::SortBy::Updated:
        return QStringLiteral("o.updated_at");
    case OrderQuery::SortBy::Total:
        return QStringLiteral("o.total_fen");
    }
    return QStringLiteral("o.created_at");
}

qint64 sortValue(const OrderRecord &o, OrderQuery::SortBy sortBy)
{
    switch (sortBy) {
    case OrderQuery::SortBy::Created:
        return millis(o.created);
    case OrderQuery::SortBy::Updated:
        return millis(o.updated);
    case OrderQuery::SortBy::Total:
        return o.total.fen();
    }
    return 0;
}

// Keys that come from the order row itself (the others come from the ledger).
constexpr OrderKeyKind OwnKinds[] = {OrderKeyKind::OutOrderNo, OrderKeyKind::AuthNo,
                                     OrderKeyKind::PayerUserId, OrderKeyKind::PayerLogonId,
                                     OrderKeyKind::PhoneTail};

} // namespace

OrderIndex::OrderIndex(const Store &store)
    : m_store(store)
{}

QString OrderIndex::normaliseKey(QStringView key)
{
    return key.trimmed().toString().toLower();
}

QString OrderIndex::prefixUpperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (last < 0xFFFF) {
            // Skip the surrogate block: a lone surrogate is not valid text for either database.
            bound.back() = QChar(last == 0xD7FF ? char16_t(0xE000) : char16_t(last + 1));
            return bound;
        }
        bound.chop(1);
    }
    return bound;
}

std::optional<qint64> OrderIndex::orderId(const QString &outOrderNo) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT id FROM orders WHERE out_order_no = :o"));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (q.exec() && q.next())
        return q.int64(0);
    return std::nullopt;
}

StoreResult OrderIndex::upsert(const OrderRecord &order, UpsertOutcome *outcome,
                               const std::optional<OrderRecord> *stored)
{
    if (order.outOrderNo.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "DepositDesk::OrderIndex", "An order without out_order_no cannot be indexed."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());

    const std::optional<OrderRecord> existing = stored ? *stored : find(order.outOrderNo);
    if (existing &&
        (millis(order.updated) < millis(existing->updated) || sameFacts(*existing, order))) {
        if (outcome)
            *outcome = UpsertOutcome::Unchanged;
        return StoreResult::success();
    }
    QStringList update = Columns;
    update.removeFirst(); // out_order_no is the conflict key
    StoreQuery q(db, m_store.dialect().upsert(
                         QStringLiteral("orders"), Columns, {QStringLiteral("out_order_no")},
                         update, QStringLiteral("orders.updated_at <= excluded.updated_at")) +
                         m_store.dialect().returningId());
    bindOrder(q, order);
    if (!q.exec())
        return StoreResult::failure(q.errorString());
    if (!q.next()) { // a newer row arrived meanwhile (another desk)
        q.finish();
        if (outcome)
            *outcome = UpsertOutcome::Unchanged;
        return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
    }
    const qint64 id = q.int64(0);
    q.finish();
    // A new row also gets the keys of the facts the ledger already holds for it, in the same
    // statements as its own.
    QList<std::pair<OrderKeyKind, QString>> keys;
    if (!existing)
        if (StoreResult read = ledgerKeys(order.outOrderNo, keys); !read)
            return read;
    if (StoreResult indexed = indexKeys(id, order, keys); !indexed)
        return indexed;
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (outcome)
        *outcome = existing ? UpsertOutcome::Updated : UpsertOutcome::Inserted;
    return StoreResult::success();
}

StoreResult OrderIndex::indexKeys(qint64 id, const OrderRecord &order,
                                  QList<std::pair<OrderKeyKind, QString>> keys)
{
    StoreQuery remove(m_store.database(),
                      QStringLiteral("DELETE FROM order_keys WHERE order_id = :id AND kind IN "
                                     "(1, 2, 7, 8, 9)"));
    remove.bind(QStringLiteral("id"), id);
    if (!remove.exec())
        return StoreResult::failure(remove.errorString());
    const QString values[] = {order.outOrderNo, order.authNo, order.payerUserId, order.payerLogonId,
                              order.phoneTail};
    for (int i = 0; i < int(std::size(OwnKinds)); ++i)
        keys.append({OwnKinds[i], values[i]});
    return insertKeys(id, keys);
}

StoreResult OrderIndex::ledgerKeys(const QString &outOrderNo,
                                   QList<std::pair<OrderKeyKind, QString>> &keys) const
{
    StoreQuery facts(m_store.database(),
                     QStringLiteral("SELECT kind, alipay_no, request_no FROM ledger_facts WHERE "
                                    "out_order_no = :o AND kind IN ('operation', 'trade')"));
    facts.bind(QStringLiteral("o"), outOrderNo);
    if (!facts.exec())
        return StoreResult::failure(facts.errorString());
    while (facts.next()) {
        const bool operation = facts.text(0) == u"operation";
        keys.append({operation ? OrderKeyKind::OperationId : OrderKeyKind::TradeNo, facts.text(1)});
        keys.append(
            {operation ? OrderKeyKind::OutRequestNo : OrderKeyKind::OutTradeNo, facts.text(2)});
    }
    return StoreResult::success();
}

StoreResult OrderIndex::insertKeys(qint64 id, const QList<std::pair<OrderKeyKind, QString>> &keys)
{
    constexpr qsizetype RowsPerStatement = 8;
    QList<std::pair<int, QString>> rows;
    for (const auto &[kind, text] : keys) {
        const std::pair<int, QString> row{int(kind), normaliseKey(text)};
        if (!row.second.isEmpty() && !rows.contains(row))
            rows.append(row);
    }
    const QStringList columns = {QStringLiteral("key_norm"), QStringLiteral("kind"),
                                 QStringLiteral("order_id")};
    for (qsizetype at = 0; at < rows.size(); at += RowsPerStatement) {
        const qsizetype n = std::min(RowsPerStatement, rows.size() - at);
        StoreQuery insert(m_store.database(), m_store.dialect().insertIgnoreRows(
                                                  QStringLiteral("order_keys"), columns, int(n)));
        for (qsizetype i = 0; i < n; ++i) {
            const QString row = QString::number(i);
            insert.bind(u"key_norm" + row, rows[at + i].second)
                .bind(u"kind" + row, rows[at + i].first)
                .bind(u"order_id" + row, id);
        }
        if (!insert.exec())
            return StoreResult::failure(insert.errorString());
    }
    return StoreResult::success();
}

StoreResult OrderIndex::addKey(const QString &outOrderNo, OrderKeyKind kind, const QString &key)
{
    return addKeys(outOrderNo, {{kind, key}});
}

StoreResult OrderIndex::addKeys(const QString &outOrderNo,
                                const QList<std::pair<OrderKeyKind, QString>> &keys)
{
    if (std::all_of(keys.cbegin(), keys.cend(),
                    [](const auto &key) { return normaliseKey(key.second).isEmpty(); }))
        return StoreResult::success();
    const std::optional<qint64> id = orderId(outOrderNo);
    if (!id)
        return StoreResult::success();
    return insertKeys(*id, keys);
}

std::optional<OrderRecord> OrderIndex::find(const QString &outOrderNo, QString *error) const
{
    StoreQuery q(m_store.database(), QStringLiteral("SELECT %1 FROM orders o WHERE "
                                                    "o.out_order_no = :o")
                                         .arg(selectColumns()));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readOrder(q);
}

QList<std::pair<OrderKeyKind, QString>> OrderIndex::keys(const QString &outOrderNo) const
{
    QList<std::pair<OrderKeyKind, QString>> result;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT k.kind, k.key_norm FROM order_keys k JOIN orders o ON "
                                "o.id = k.order_id WHERE o.out_order_no = :o ORDER BY k.kind, "
                                "k.key_norm"));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (q.exec())
        while (q.next())
            result.append({OrderKeyKind(q.value(0).toInt()), q.text(1)});
    return result;
}

std::optional<OrderPage> OrderIndex::search(const OrderQuery &query, QString *error) const
{
    QStringList where;
    QList<std::pair<QString, QVariant>> binds;
    // The orders whose keys match are found first, through the key index, and only then
    // filtered and sorted: left to itself a planner may walk the time index and probe every
    // order (PostgreSQL did, at 1,000,000 orders, for a phone tail shared by 100 orders).
    QString matched;
    const QString term = normaliseKey(query.text);
    if (!term.isEmpty()) {
        QString condition = QStringLiteral("k.key_norm = :term");
        binds.append({QStringLiteral("term"), term});
        if (query.match == OrderQuery::Match::Prefix) {
            const QString upper = prefixUpperBound(term);
            condition = upper.isEmpty()
                            ? QStringLiteral("k.key_norm >= :term")
                            : QStringLiteral("k.key_norm >= :term AND k.key_norm < :hi");
            if (!upper.isEmpty())
                binds.append({QStringLiteral("hi"), upper});
        }
        matched = QStringLiteral("WITH matched AS MATERIALIZED (SELECT DISTINCT k.order_id FROM "
                                 "order_keys k WHERE %1) ")
                      .arg(condition);
    }
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.statuses.size(); ++i) {
            names.append(QStringLiteral(":s%1").arg(i));
            binds.append({QStringLiteral("s%1").arg(i), orderStatusCode(query.statuses[i])});
        }
        where.append(QStringLiteral("o.status IN (%1)").arg(names.join(u", ")));
    }
    if (query.createdFrom.isValid()) {
        where.append(QStringLiteral("o.created_at >= :from"));
        binds.append({QStringLiteral("from"), millis(query.createdFrom)});
    }
    if (query.createdBefore.isValid()) {
        where.append(QStringLiteral("o.created_at < :before"));
        binds.append({QStringLiteral("before"), millis(query.createdBefore)});
    }
    if (query.minTotal) {
        where.append(QStringLiteral("o.total_fen >= :minTotal"));
        binds.append({QStringLiteral("minTotal"), query.minTotal->fen()});
    }
    if (query.maxTotal) {
        where.append(QStringLiteral("o.total_fen <= :maxTotal"));
        binds.append({QStringLiteral("maxTotal"), query.maxTotal->fen()});
    }
    const QString column = sortColumn(query.sortBy);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (query.after) {
        where.append(
            QStringLiteral("(%1 %2 :cv OR (%1 = :cv AND o.id %2 :cid))")
                .arg(column, query.descending ? QStringLiteral("<") : QStringLiteral(">")));
        binds.append({QStringLiteral("cv"), query.after->sortValue});
        binds.append({QStringLiteral("cid"), query.after->id});
    }
    const int pageSize = qBound(1, query.pageSize, 500);
    const QString sql =
        QStringLiteral("%1SELECT %2 FROM orders o%3%4 ORDER BY %5 %6, o.id %6 LIMIT %7")
            .arg(matched, selectColumns(),
                 matched.isEmpty() ? QString()
                                   : QStringLiteral(" JOIN matched m ON m.order_id = o.id"),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND "),
                 column, direction, QString::number(pageSize + 1));
    StoreQuery q(m_store.database(), sql);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    OrderPage page;
    qint64 lastId = 0;
    while (q.next()) {
        if (page.orders.size() == pageSize) {
            page.next = OrderCursor{sortValue(page.orders.last(), query.sortBy), lastId};
            break;
        }
        lastId = q.int64(0);
        page.orders.append(readOrder(q));
    }
    return page;
}

qint64 OrderIndex::count(QString *error) const
{
    StoreQuery q(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM orders"));
    if (q.exec() && q.next())
        return q.int64(0);
    if (error)
        *error = q.errorString();
    return -1;
}

} // namespace DepositDesk
