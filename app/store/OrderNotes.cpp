#include "store/OrderNotes.h"

#include "domain/Clock.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QSet>

namespace DepositDesk {

namespace {

constexpr int MaxKeys = 200;
constexpr int MaxKeyLength = 32;

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

} // namespace

OrderNotes::OrderNotes(const Store &store)
    : OrderNotes(store, Clock::system())
{}

OrderNotes::OrderNotes(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QStringList OrderNotes::searchWords(const QString &text)
{
    QStringList words;
    QSet<QString> seen;
    const auto add = [&](const QString &word) {
        const QString key = OrderIndex::normaliseKey(word.left(MaxKeyLength));
        if (key.isEmpty() || words.size() >= MaxKeys || seen.contains(key))
            return;
        seen.insert(key);
        words.append(key);
    };
    const QString folded = text.toLower();
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!folded[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const bool han = isHan(folded[i]);
        qsizetype end = i;
        while (end < folded.size() && folded[end].isLetterOrNumber() && isHan(folded[end]) == han)
            ++end;
        const QString run = folded.mid(i, end - i);
        if (han) {
            for (qsizetype start = 0; start < run.size(); ++start)
                add(run.mid(start));
        } else {
            add(run);
        }
        i = end;
    }
    return words;
}

StoreResult OrderNotes::add(OrderNote &note)
{
    if (note.outOrderNo.isEmpty() || note.operatorLogin.isEmpty() || note.text.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "DepositDesk::OrderNotes", "A note needs an order, an operator and some text."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    OrderIndex index(m_store);
    QString why;
    if (!index.find(note.outOrderNo, &why))
        return StoreResult::failure(
            why.isEmpty() ? QCoreApplication::translate("DepositDesk::OrderNotes",
                                                        "Order %1 is not in the order list.")
                                .arg(note.outOrderNo)
                          : why);
    note.at = QDateTime::fromMSecsSinceEpoch(m_clock.now().toMSecsSinceEpoch(), Qt::UTC);
    StoreQuery q(db, QStringLiteral("INSERT INTO order_notes (out_order_no, operator, body, at_ms) "
                                    "VALUES (:o, :op, :body, :at)") +
                         m_store.dialect().returningId());
    q.bind(QStringLiteral("o"), note.outOrderNo)
        .bind(QStringLiteral("op"), note.operatorLogin)
        .bind(QStringLiteral("body"), note.text)
        .bind(QStringLiteral("at"), note.at.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return StoreResult::failure(q.errorString());
    note.id = q.int64(0);
    q.finish();
    const QStringList words = searchWords(note.text);
    for (const QString &word : words)
        if (const StoreResult added = index.addKey(note.outOrderNo, OrderKeyKind::NoteWord, word);
            !added)
            return added;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.errorString());
}

QList<OrderNote> OrderNotes::forOrder(const QString &outOrderNo) const
{
    QList<OrderNote> notes;
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT id, out_order_no, operator, body, at_ms FROM order_notes "
                                "WHERE out_order_no = :o ORDER BY id"));
    q.bind(QStringLiteral("o"), outOrderNo);
    if (q.exec())
        while (q.next())
            notes.append({q.int64(0), q.text(1), q.text(2), q.text(3),
                          QDateTime::fromMSecsSinceEpoch(q.int64(4), Qt::UTC)});
    return notes;
}

} // namespace DepositDesk
