#include "services/orders/OrderNotesService.h"

#include "store/AuditLog.h"
#include "store/OrderNotes.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace DepositDesk {

namespace {

QString normalised(const QString &text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(u'\r', u'\n');
    return t.trimmed();
}

// A character a note may not hold: control characters (a line break is fine) and the invisible
// marks that reorder how text is shown.
bool forbidden(QChar c)
{
    if (c == u'\n')
        return false;
    if (c.category() == QChar::Other_Control)
        return true;
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F;
}

} // namespace

OrderNotesService::OrderNotesService(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(std::make_unique<StoreWorker>(store))
{}

OrderNotesService::~OrderNotesService() = default;

QString OrderNotesService::problem(const QString &text)
{
    const QString t = normalised(text);
    if (t.isEmpty())
        return tr("Write the note first: it is empty.");
    if (t.size() > MaxLength)
        //: %1 the most characters a note may have, %2 how many this one has
        return tr("A note may have at most %1 characters; this one has %2. Shorten it.")
            .arg(MaxLength)
            .arg(t.size());
    for (const QChar c : t)
        if (forbidden(c))
            return tr("The note holds a control character (such as a tab or an invisible "
                      "formatting mark, often pasted along with text). Type the note again "
                      "without it.");
    if (AuditLog::looksLikeSecret(t))
        return tr("The note looks like it holds a password, key or token. Secrets never go "
                  "into notes or the audit log: write the note without it.");
    return {};
}

StoreResult OrderNotesService::refusal(const OperatorSession &session, const QString &text) const
{
    if (!session.can(Capability::View))
        return StoreResult::failure(Permissions::deniedReason(session.role, Capability::View));
    if (const QString why = problem(text); !why.isEmpty())
        return StoreResult::failure(why);
    return StoreResult::success();
}

StoreResult OrderNotesService::write(const OperatorSession &session, const QString &outOrderNo,
                                     const QString &text, OrderNote *written) const
{
    if (const StoreResult refused = refusal(session, text); !refused)
        return refused;
    OrderNote note;
    note.outOrderNo = outOrderNo;
    note.operatorLogin = session.login;
    note.text = normalised(text);
    // The audit chain's writer lock first, as AuditLog::append takes it.
    SqlTransaction tx(m_store.database(), m_store.dialect(),
                      SqlDialect::TransactionMode::Serialised, StoreLockKeys::AuditChain);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    if (const StoreResult added = OrderNotes(m_store).add(note); !added)
        return added;
    const AuditEvent event{session.login,
                           QStringLiteral("order.note_added"),
                           outOrderNo,
                           {{QStringLiteral("note_id"), note.id},
                            {QStringLiteral("length"), int(note.text.size())},
                            {QStringLiteral("text"), note.text}}};
    if (const StoreResult logged = AuditLog(m_store).append(event); !logged)
        return StoreResult::failure(
            tr("The note was not added: the audit log could not record it. %1")
                .arg(logged.errorString));
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (written)
        *written = note;
    return StoreResult::success();
}

StoreResult OrderNotesService::add(const OperatorSession &session, const QString &outOrderNo,
                                   const QString &text, OrderNote *written)
{
    const StoreResult result = write(session, outOrderNo, text, written);
    if (result)
        Q_EMIT noteAdded(outOrderNo);
    return result;
}

void OrderNotesService::addLater(const OperatorSession &session, const QString &outOrderNo,
                                 const QString &text, const QObject *context, AddDone done)
{
    if (const StoreResult refused = refusal(session, text); !refused) {
        done(refused);
        return;
    }
    m_worker->run([this, session, outOrderNo,
                   text](const Store &) { return write(session, outOrderNo, text, nullptr); },
                  context,
                  [this, outOrderNo, done = std::move(done)](const StoreResult &result) {
                      if (result)
                          Q_EMIT noteAdded(outOrderNo);
                      done(result);
                  });
}

} // namespace DepositDesk
