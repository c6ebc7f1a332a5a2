#pragma once

#include "store/OrderNote.h"
#include "store/StoreResult.h"

#include <QList>
#include <QStringList>

namespace DepositDesk {

class Clock;
class Store;

// The notes of orders (table order_notes). There is no way to change or remove a note: what was
// handed over stays. add() also indexes the note's words as search keys of its order
// (OrderKeyKind::NoteWord), so the order search finds the order by them. The caller checks the
// text (services/orders/OrderNotesService.h), audits the note and holds the transaction.
class OrderNotes
{
public:
    explicit OrderNotes(const Store &store);
    OrderNotes(const Store &store, const Clock &clock);

    // Appends a note (id and at are set on return). Fails for an order not in the index.
    StoreResult add(OrderNote &note);
    // Every note of the order, oldest first.
    QList<OrderNote> forOrder(const QString &outOrderNo) const;

    // The search keys of a note's text, folded to lower case: every word (letters and digits
    // between spaces and punctuation), and for a run of Chinese characters, which has no spaces,
    // every tail of the run, so that a prefix search finds any part of it. At most 200 keys of at
    // most 32 characters each.
    static QStringList searchWords(const QString &text);

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
