#pragma once

#include "store/Ledger.h"
#include "store/StoreResult.h"

#include "domain/OrderRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DepositDesk {

class Store;
struct FactBatch;
struct OperationDetail;
struct RefundQueryResult;
struct TradeQueryResult;
struct TradePayResult;
struct UnfreezeResult;
struct CancelResult;

// What changed in one order when facts were applied (for "Refresh" and tests).
struct FactChanges
{
    QString outOrderNo;
    QStringList changes; // translated lines: "Status: Authorized → Finished", "New charge ¥12.00"
    bool any() const { return !changes.isEmpty(); }
};

// The one place where what Alipay signed becomes the console's knowledge: writes facts to the
// Ledger (New / Changed / Known) and recomputes the order's row in the OrderIndex from them
// (status and every amount: rest = total − unfrozen − paid, refunded from refunds), in one
// transaction. Used by OrderActions (answers), OutcomeResolver and OrderRefresher (queries), and
// NotificationIntake (notifications). Only pass results whose call Succeeded (signed), or
// notifications whose signature was verified; anything else is refused with an error.
class OrderFacts
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderFacts)

public:
    // What happened to the rest of the deposit with a charge: alipay.trade.pay with
    // auth_confirm_mode COMPLETE releases it in the same step (the order finishes).
    enum class RestAfterPay { StaysFrozen, Released };

    explicit OrderFacts(const Store &store);

    StoreResult applyDetail(const OperationDetail &detail, FactSource source,
                            FactChanges *changes = nullptr);
    StoreResult applyUnfreeze(const QString &outOrderNo, const UnfreezeResult &result,
                              FactChanges *changes = nullptr);
    StoreResult applyPay(const QString &outOrderNo, const TradePayResult &result,
                         FactChanges *changes = nullptr);
    StoreResult applyPay(const QString &outOrderNo, const TradePayResult &result, RestAfterPay rest,
                         FactChanges *changes = nullptr);
    StoreResult applyTrade(const QString &outOrderNo, const TradeQueryResult &result,
                           FactSource source, FactChanges *changes = nullptr);
    StoreResult applyRefund(const QString &outOrderNo, const RefundQueryResult &result,
                            FactSource source, FactChanges *changes = nullptr);
    StoreResult applyCancel(const QString &outOrderNo, const CancelResult &result,
                            FactChanges *changes = nullptr);
    // The facts of one asynchronous notification whose signature and app_id were checked
    // (services/intake/NotificationIntake.h builds them); batch.source must be
    // FactSource::Notification. batch.seed creates the index row of an order the index does not
    // have yet.
    StoreResult applyNotification(const FactBatch &batch, FactChanges *changes = nullptr);

private:
    const Store &m_store;
};

} // namespace DepositDesk
