#pragma once

#include "sandbox/Requests.h"
#include "sandbox/ledger/Store.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// The sandbox's state machine (docs/alipay-protocol.md §9, idempotency §7): fund-auth orders and
// their operations, trades from authorizations, refunds, orderinfo.sync records.
//
// Every call takes the instant `at` at which it happens, so history can be built in the past
// (in chronological order per order). Time-driven transitions (an INIT order past its
// timeout_express closes, a trade past the 90-day refund window finishes) are applied when a
// record is next touched, at the instant of that call.
//
// State lives in memory and is written through to a Store (SQLite, ":memory:" unless a
// state file is opened) in one transaction per call; a call whose write fails changes nothing
// and is refused with SYSTEM_ERROR. Use one ledger from one thread.
class Ledger
{
public:
    static constexpr qint64 CancelWindowSecs = 24 * 3600;
    static constexpr qint64 RefundWindowDays = 90;

    Ledger(); // in memory
    ~Ledger();
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    // Switches to a state file (empty = in memory) and loads what it holds.
    bool open(const QString &stateFile, QString *error = nullptr);
    QString stateFile() const { return m_store.path(); }

    FreezeOutcome createFreeze(const FreezeRequest &request, const QDateTime &at);
    // The user authorizes: creditAmount of the amount is waived by credit, the rest frozen;
    // payer.canPay becomes the order's payerCanPay.
    FreezeOutcome confirmFreeze(const QString &authNo, Money creditAmount, const Payer &payer,
                                const QDateTime &at);
    FreezeOutcome declineFreeze(const QString &authNo, const QDateTime &at);
    // Sandbox control: whether the order's payer can pay a charge beyond the fund part (a
    // charge that needs any of the credit part otherwise fails with
    // ACQ.BUYER_BALANCE_NOT_ENOUGH). Any status; AUTH_ORDER_NOT_EXIST for an unknown auth_no.
    FreezeOutcome setPayerCanPay(const QString &authNo, bool canPay, const QDateTime &at);
    CancelOutcome cancel(const CancelRequest &request, const QDateTime &at);
    UnfreezeOutcome unfreeze(const UnfreezeRequest &request, const QDateTime &at);
    PayOutcome pay(const PayRequest &request, const QDateTime &at);
    RefundOutcome refund(const RefundRequest &request, const QDateTime &at);
    SyncOutcome syncOrderInfo(const SyncRequest &request, const QDateTime &at);

    DetailOutcome detail(const DetailQuery &query, const QDateTime &at);
    std::optional<FundAuthOrder> findOrder(const QString &appId, const QString &authNo,
                                           const QString &outOrderNo, const QDateTime &at);
    std::optional<Trade> findTrade(const QString &appId, const QString &tradeNo,
                                   const QString &outTradeNo, const QDateTime &at);
    std::optional<Refund> findRefund(const QString &tradeNo, const QString &outRequestNo) const;

    // Listings (appId empty = every app), oldest first.
    QList<FundAuthOrder> orders(const QString &appId = {}) const;
    QList<FundAuthOperation> operations(const QString &authNo) const;
    QList<Trade> trades(const QString &appId = {}) const;
    QList<Trade> tradesPaidBetween(const QString &appId, const QDateTime &from,
                                   const QDateTime &to) const;
    QList<Refund> refunds(const QString &tradeNo) const;
    QList<Refund> refundsBetween(const QString &appId, const QDateTime &from,
                                 const QDateTime &to) const;
    QList<OrderInfoSyncRecord> syncs(const QString &tradeNo) const;

private:
    // A record of app `owner` is visible to a request of `requested` (empty = any app).
    static bool visibleTo(const QString &requested, const QString &owner)
    {
        return requested.isEmpty() || requested == owner;
    }
    FundAuthOrder *orderByAuthNo(const QString &authNo);
    FundAuthOrder *orderByOutOrderNo(const QString &appId, const QString &outOrderNo);
    FundAuthOperation *freezeOf(const QString &authNo);
    // The order and its FREEZE operation, time-driven transitions applied.
    FreezeOutcome freezeAt(const QString &authNo, const QDateTime &at);
    FreezeOutcome storeFreeze(const FundAuthOrder &order, const FundAuthOperation &freeze,
                              LedgerChange change);
    Trade *tradeBy(const QString &appId, const QString &tradeNo, const QString &outTradeNo);
    // pay() of an out_trade_no already charged: the earlier result if the content is the same.
    PayOutcome repeatedPay(const PayRequest &r, const Trade &existing) const;
    // The charge `r` of `order` refused because its payer cannot pay: a TRADE_CLOSED trade
    // that was never paid, so the number answers the same and trade.query finds it closed.
    PayOutcome refusedPay(const PayRequest &r, const FundAuthOrder &order, const QString &seller,
                          const QDateTime &at);
    // A new TRADE_SUCCESS trade of `order` for `r`, its trade_no drawn in `change`.
    Trade newPayTrade(const PayRequest &r, const FundAuthOrder &order, const QString &seller,
                      const QDateTime &at, LedgerChange &change);
    // A new SUCCESS operation of `order` tied to `trade`, its operation_id drawn in `change`;
    // the caller sets the amounts, the remark and the request number.
    FundAuthOperation newOperation(const FundAuthOrder &order, AuthOperationType type,
                                   const Trade &trade, const QDateTime &at, LedgerChange &change);
    // Time-driven transitions, recorded in change.
    void expireOrder(FundAuthOrder &order, const QDateTime &at, LedgerChange &change);
    void expireTrade(Trade &trade, const QDateTime &at, LedgerChange &change);
    void applyDue(FundAuthOrder *order, const QDateTime &at);
    void applyDue(Trade *trade, const QDateTime &at);

    QString nextId(const QString &counter, const QString &infix, const QDateTime &at,
                   LedgerChange &change);
    // Writes the change and applies it to memory; false (nothing applied) if the write failed.
    bool commit(const LedgerChange &change);
    void apply(const LedgerChange &change);
    void clear();

    Store m_store;
    QHash<QString, FundAuthOrder> m_orders; // by auth_no
    QHash<QString, QString> m_orderByOutNo; // app_id + '\n' + out_order_no -> auth_no
    QHash<QString, QList<FundAuthOperation>> m_operations; // by auth_no, oldest first
    QHash<QString, Trade> m_trades;                        // by trade_no
    QHash<QString, QString> m_tradeByOutNo;             // app_id + '\n' + out_trade_no -> trade_no
    QHash<QString, QList<Refund>> m_refunds;            // by trade_no, oldest first
    QHash<QString, QList<OrderInfoSyncRecord>> m_syncs; // by trade_no
    QHash<QString, qint64> m_counters;
    QList<QString> m_orderSequence; // auth_no in creation order
    QList<QString> m_tradeSequence; // trade_no in creation order
};

} // namespace DepositDesk::Sandbox
