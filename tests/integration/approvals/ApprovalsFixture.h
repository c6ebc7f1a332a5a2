#pragma once

// The refund approval flow over the demo environment (ConsoleFixture): the real sandbox gateway
// on loopback, the demo SQLite database, the console's own services.

#include "ActionAnswer.h"
#include "ConsoleFixture.h"

#include "alipay/AlipayApi.h"
#include "sandbox/ledger/Ledger.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/refunds/RefundApprovals.h"
#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"
#include "store/OrderIndex.h"

#include <QSet>
#include <QTest>

namespace DepositDesk::Testing {

inline OperatorSession demoSession(OperatorRole role)
{
    OperatorSession s;
    s.login = OperatorDirectory::demoLogin(role);
    s.displayName = s.login;
    s.role = role;
    return s;
}

class ApprovalsFixture
{
public:
    bool start(QString *error)
    {
        if (!console.start(OperatorRole::Agent, 60, QStringLiteral("approvals"))) {
            *error = console.error;
            return false;
        }
        return true;
    }

    ConsoleServices &services() { return console.services(); }
    RefundApprovals &approvals() { return services().approvals(); }
    OrderActions &actions() { return services().actions(); }
    const Store &store() const { return console.store(); }
    Sandbox::Ledger &ledger() { return console.demo().gateway().ledger(); }
    Sandbox::Faults &faults() { return console.demo().gateway().faults(); }

    // Runs an action and waits for its one answer.
    template<typename Call>
    ActionOutcome run(Call call)
    {
        return waitForAnswer(call);
    }

    // An authorized order not used yet with at least `minRest` frozen, charged `charged` by a
    // supervisor: the charge's out_trade_no, or empty.
    QString chargedTrade(Money minRest, Money charged, QString *outOrderNo)
    {
        OrderQuery query;
        query.statuses = {OrderStatus::Authorized};
        query.pageSize = 500;
        const auto page = OrderIndex(store()).search(query);
        if (!page)
            return {};
        for (const OrderRecord &o : page->orders) {
            if (m_used.contains(o.outOrderNo) || o.rest < minRest || o.payerUserId.isEmpty())
                continue;
            m_used.insert(o.outOrderNo);
            OrderActions::ChargeInput input{o.outOrderNo, charged, QStringLiteral("Damage"),
                                            QStringLiteral("Broken screen"), false};
            const ActionOutcome paid = run([&](QObject *c, auto done) {
                actions().charge(demoSession(OperatorRole::Supervisor), input, c, done);
            });
            if (paid.status != ActionOutcome::Status::Done) {
                qWarning("charge refused: %s", qPrintable(paid.message));
                continue;
            }
            *outOrderNo = o.outOrderNo;
            return paid.requestNo;
        }
        return {};
    }

    ActionOutcome request(const OperatorSession &who, const QString &outOrderNo,
                          const QString &outTradeNo, Money amount)
    {
        return run([&](QObject *c, auto done) {
            actions().requestRefund(
                who, {outOrderNo, outTradeNo, amount, QStringLiteral("Goodwill")}, c, done);
        });
    }

    ActionOutcome approve(const OperatorSession &who, qint64 id, const QString &comment = {})
    {
        return run([&](QObject *c, auto done) { approvals().approve(who, id, comment, c, done); });
    }

    QString tradeNoOf(const QString &outTradeNo)
    {
        for (const Sandbox::Trade &t : ledger().trades())
            if (t.outTradeNo == outTradeNo)
                return t.tradeNo;
        return {};
    }

    // Refunds of the charge the sandbox (Alipay's side) holds with this request number.
    QList<Sandbox::Refund> sandboxRefunds(const QString &outTradeNo, const QString &requestNo)
    {
        QList<Sandbox::Refund> found;
        const QList<Sandbox::Refund> all = ledger().refunds(tradeNoOf(outTradeNo));
        for (const Sandbox::Refund &r : all)
            if (r.outRequestNo == requestNo)
                found << r;
        return found;
    }

    QStringList auditActions(const QString &outOrderNo = {}) const
    {
        AuditFilter filter;
        filter.outOrderNo = outOrderNo;
        filter.limit = 100000;
        QStringList list;
        for (const AuditEntry &e : AuditLog(store()).entries(filter))
            list << e.action;
        return list;
    }

    ConsoleFixture console;

private:
    QSet<QString> m_used;
};

} // namespace DepositDesk::Testing
