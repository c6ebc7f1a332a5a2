#pragma once

// What the chaos desk decides and does: random decisions on a fixed set of orders, each acted
// on through the console's services with "chaos d<id>" as its reason, and the re-attempt of a
// decision whose outcome was never seen, as an operator would after a restart.

#include "DecisionLog.h"

#include "services/actions/ActionOutcome.h"

#include <QRandomGenerator>
#include <QStringList>

namespace DepositDesk::Chaos {

class ChaosDesk;

class ChaosActions
{
public:
    ChaosActions(ChaosDesk &desk, const QStringList &orders);

    // A new decision, drawn with `rng` from the orders' current state at the desk.
    Decision decide(const QString &id, int number, QRandomGenerator &rng) const;
    // The gateway method a decision calls (for faults), or empty.
    QString methodOf(const Decision &decision) const;

    // Acts on a decision; "status" words for the log (done, refused, failed, unknown ...).
    QString perform(const Decision &decision);
    // After a restart, a decision begun but never seen to its end. The operator looks at the
    // order: nothing of it in the journal, or still unknown, or NOT_DONE → acts again (a new
    // action, or "Send again" of the NOT_DONE intent); SUCCEEDED or FAILED → nothing to do.
    QString reattempt(const Decision &decision, QRandomGenerator &rng);
    // While running: an open decision (its outcome was unknown) the operator looks at again.
    // Nothing while the journal still shows it UNKNOWN (empty status); otherwise as reattempt().
    QString followUp(const Decision &decision, QRandomGenerator &rng);

private:
    QString unfreeze(const Decision &d);
    QString charge(const Decision &d);
    QString refund(const Decision &d);
    QString sesame(const Decision &d);
    QString cancel(const Decision &d);
    QString again(const Decision &d, qint64 intentId);
    static QString statusOf(const ActionOutcome &outcome);

    ChaosDesk &m_desk;
    QStringList m_orders;
};

} // namespace DepositDesk::Chaos
