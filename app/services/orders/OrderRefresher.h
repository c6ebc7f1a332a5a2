#pragma once

#include "domain/Nodiscard.h"
#include "domain/OperatorSession.h"
#include "services/orders/OrderFacts.h"

#include <QObject>

#include <functional>
#include <memory>

namespace DepositDesk {

class AlipayApi;
class Store;
struct CallResult;
struct OperationQuery;
struct RefundRecord;
struct RefreshRun;

// "Refresh" on the detail page: asks Alipay about one order (operation.detail.query of the order
// and of each known operation, trade.query of each charge, refund query of each refund), applies
// what Alipay signed through OrderFacts (FactSource::Query), and reports what changed.
// A query that fails or is unknown is reported, never guessed; facts from the others still apply.
class OrderRefresher : public QObject
{
    Q_OBJECT

public:
    struct DD_NODISCARD Result
    {
        bool ok = false;     // every query answered (signed)
        FactChanges changes; // empty: nothing changed
        QString error;       // translated, when !ok: which query failed and why
        QString code;
        QString subCode;
    };

    OrderRefresher(const Store &store, AlipayApi &api, OrderFacts &facts,
                   QObject *parent = nullptr);

    // When something changed, appends "order.refresh" (with the changes) to the audit log as
    // `session`'s operator. The overload without a session writes no audit entry: callers with a
    // signed-in operator use the first one.
    void refresh(const OperatorSession &session, const QString &outOrderNo, const QObject *context,
                 std::function<void(const Result &)> done);
    void refresh(const QString &outOrderNo, const QObject *context,
                 std::function<void(const Result &)> done);

private:
    void addDetailStep(const std::shared_ptr<RefreshRun> &run, const OperationQuery &query,
                       const QString &what);
    void addTradeStep(const std::shared_ptr<RefreshRun> &run, const QString &outTradeNo,
                      const QString &tradeNo);
    void addRefundStep(const std::shared_ptr<RefreshRun> &run, const RefundRecord &refund);
    void next(const std::shared_ptr<RefreshRun> &run);
    void fail(const std::shared_ptr<RefreshRun> &run, const CallResult &call, const QString &error);
    void apply(const std::shared_ptr<RefreshRun> &run, const StoreResult &applied);
    void finish(const std::shared_ptr<RefreshRun> &run);

    const Store &m_store;
    AlipayApi &m_api;
    OrderFacts &m_facts;
};

} // namespace DepositDesk
