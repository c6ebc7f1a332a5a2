#pragma once

#include "domain/OperatorSession.h"
#include "store/OrderNote.h"
#include "store/StoreResult.h"

#include <QObject>

#include <functional>
#include <memory>

namespace DepositDesk {

class Store;
class StoreWorker;

// Notes on an order for hand-over between operators (who called the customer, what was promised).
// Anyone who may view the order may add one; nobody may change or remove one. A note is written
// with its audit entry "order.note_added" (its id, length and whole text: the text is checked
// for secrets before, like a reason) in one transaction, or not at all; its words become search
// keys of the order (store/OrderNotes.h). Other desks see it through the change feed.
class OrderNotesService : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLength = 500; // characters

    explicit OrderNotesService(const Store &store, QObject *parent = nullptr);
    ~OrderNotesService() override; // waits for notes still being written

    // Why the text cannot be a note (translated), or empty: empty or blank, longer than
    // MaxLength, a control character other than a line break (tabs, escape sequences, invisible
    // direction marks), or something that looks like a secret.
    static QString problem(const QString &text);

    // Writes the note now, on this thread (tests, tools). The text's line ends become "\n" and
    // its ends are trimmed. Emits noteAdded on success.
    StoreResult add(const OperatorSession &session, const QString &outOrderNo, const QString &text,
                    OrderNote *written = nullptr);
    // add() off the calling thread: done(result) follows on context's thread, never if context is
    // destroyed first. A refusal (role, text) is answered at once, before anything is written.
    using AddDone = std::function<void(const StoreResult &result)>;
    void addLater(const OperatorSession &session, const QString &outOrderNo, const QString &text,
                  const QObject *context, AddDone done);

Q_SIGNALS:
    void noteAdded(const QString &outOrderNo);

private:
    StoreResult refusal(const OperatorSession &session, const QString &text) const;
    StoreResult write(const OperatorSession &session, const QString &outOrderNo,
                      const QString &text, OrderNote *written) const;

    const Store &m_store;
    std::unique_ptr<StoreWorker> m_worker;
};

} // namespace DepositDesk
