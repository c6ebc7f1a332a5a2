#pragma once

#include "domain/Nodiscard.h"
#include "domain/OperatorSession.h"
#include "finance/DifferenceWords.h"
#include "finance/ReconciliationTypes.h"

#include <QObject>

#include <functional>
#include <optional>

namespace DepositDesk {

class OrderRefresher;
class OutcomeResolver;
class ReconciliationService;
class Store;

// Corrections of a reconciliation difference: what resolves it by changing the ledger (or the
// known external payments) through the normal paths, never by editing numbers.
// - refreshOrder: OrderRefresher asks Alipay about the order and applies what it signed; then the
//   period is reconciled again (ReconciliationService::start with its latest bill) and the
//   difference is marked resolved when that run no longer finds it.
// - recordExternalPayment (bill-only lines): the line goes into known_external_payments
//   (KnownExternalPayments); later runs count it as explained ("known external" in the totals).
// - settleByQuery (status differs, and the charge's intent is still UNKNOWN): OutcomeResolver
//   settles the intent by query, then the period is reconciled again as for a refresh.
// Each needs Capability::RunReconciliation and a note (refused in this class), writes the audit
// entry "reconciliation.corrected" (difference, kind, correction, note, what changed, whether it
// is still found) and refuses with nothing changed when it does not apply: a difference already
// resolved or gone, an order we do not know, Alipay unreachable, a line already recorded.
class DifferenceCorrections : public QObject
{
    Q_OBJECT

public:
    struct DD_NODISCARD Result
    {
        bool ok = false;       // the correction was made (false: refused, nothing changed)
        bool resolved = false; // the difference is marked resolved with the correction
        QString message;       // translated: what changed, or why it was refused
    };
    using Done = std::function<void(const Result &)>;

    DifferenceCorrections(const Store &store, ReconciliationService &reconciliation,
                          OrderRefresher &refresher, OutcomeResolver &resolver,
                          QObject *parent = nullptr);

    // The corrections that apply to this difference now (its kind, still open, and for a
    // settle by query an UNKNOWN charge intent).
    QList<Correction> available(const Difference &difference) const;

    // done follows on context's thread (never when context is destroyed first).
    void refreshOrder(const OperatorSession &session, qint64 differenceId, const QString &note,
                      const QObject *context, Done done);
    Result recordExternalPayment(const OperatorSession &session, qint64 differenceId,
                                 const QString &note);
    void settleByQuery(const OperatorSession &session, qint64 differenceId, const QString &note,
                       const QObject *context, Done done);
    // How long a settle by query waits for the first answer (default 20 s).
    void setSettleWaitMs(int ms) { m_settleWaitMs = ms; }

private:
    struct Work
    {
        OperatorSession session;
        Difference difference;
        QString note;
        QString outOrderNo;
        qint64 intentId = 0;
        Correction correction = Correction::RefreshOrder;
        QStringList changes;
    };

    std::optional<Work> check(const OperatorSession &session, qint64 differenceId,
                              const QString &note, Correction correction, QString *why) const;
    QString orderOf(const Difference &difference) const;
    qint64 unknownIntentOf(const Difference &difference) const;
    void recheck(const Work &work, const QObject *context, Done done);
    Result finish(const Work &work, bool stillFound, const QString &outcome);

    const Store &m_store;
    ReconciliationService &m_reconciliation;
    OrderRefresher &m_refresher;
    OutcomeResolver &m_resolver;
    int m_settleWaitMs = 20000;
};

} // namespace DepositDesk
