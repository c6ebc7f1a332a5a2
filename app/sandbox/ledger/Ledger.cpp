#include "sandbox/ledger/Ledger.h"

#include "domain/ChinaTime.h"
#include "sandbox/SubCodes.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

QString outKey(const QString &appId, const QString &number)
{
    return appId + u'\n' + number;
}

const QSet<QString> &freezeProductCodes()
{
    static const QSet<QString> codes = {QStringLiteral("PREAUTH_PAY"),
                                        QStringLiteral("PRE_AUTH_ONLINE"),
                                        QStringLiteral("PRE_AUTH")};
    return codes;
}

bool validAmount(Money amount)
{
    return amount > Money() && amount.fen() <= Money::MaxRequestFen;
}

// A user for a freeze confirmed without one: 2088 + 12 digits, a masked phone, a name.
// The user of a freeze confirmed without naming one: a 2088 id of its own, made from the auth
// number (the same freeze always gets the same user), never the payee's: a buyer who is the
// seller would make every later charge a payment to oneself.
Payer defaultPayer(const QString &authNo, const QString &payee)
{
    constexpr quint64 Ids = 1000000000000ULL; // 12 digits after 2088
    const QByteArray hash = QCryptographicHash::hash(authNo.toUtf8(), QCryptographicHash::Sha256);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | quint8(hash.at(i));
    n %= Ids;
    QString userId = QStringLiteral("2088%1").arg(n, 12, 10, QLatin1Char('0'));
    if (userId == payee)
        userId = QStringLiteral("2088%1").arg((n + 1) % Ids, 12, 10, QLatin1Char('0'));
    return {userId, QStringLiteral("138") + userId.right(8), QStringLiteral("沙箱用户")};
}

} // namespace

Ledger::Ledger()
{
    open({});
}

Ledger::~Ledger() = default;

void Ledger::clear()
{
    m_orders.clear();
    m_orderByOutNo.clear();
    m_operations.clear();
    m_trades.clear();
    m_tradeByOutNo.clear();
    m_refunds.clear();
    m_syncs.clear();
    m_counters.clear();
    m_orderSequence.clear();
    m_tradeSequence.clear();
}

bool Ledger::open(const QString &stateFile, QString *error)
{
    clear();
    if (!m_store.open(stateFile, error))
        return false;
    LedgerChange loaded;
    loaded.orders = m_store.loadOrders();
    loaded.operations = m_store.loadOperations();
    loaded.trades = m_store.loadTrades();
    loaded.refunds = m_store.loadRefunds();
    loaded.syncs = m_store.loadSyncs();
    loaded.counters = m_store.loadCounters();
    apply(loaded);
    return true;
}

bool Ledger::commit(const LedgerChange &change)
{
    if (change.isEmpty())
        return true;
    if (!m_store.write(change))
        return false;
    apply(change);
    return true;
}

void Ledger::apply(const LedgerChange &change)
{
    for (const FundAuthOrder &order : change.orders) {
        if (!m_orders.contains(order.authNo))
            m_orderSequence << order.authNo;
        m_orders.insert(order.authNo, order);
        m_orderByOutNo.insert(outKey(order.appId, order.outOrderNo), order.authNo);
    }
    for (const FundAuthOperation &operation : change.operations) {
        QList<FundAuthOperation> &list = m_operations[operation.authNo];
        auto it = std::find_if(list.begin(), list.end(), [&](const FundAuthOperation &o) {
            return o.operationId == operation.operationId;
        });
        if (it == list.end())
            list << operation;
        else
            *it = operation;
    }
    for (const Trade &trade : change.trades) {
        if (!m_trades.contains(trade.tradeNo))
            m_tradeSequence << trade.tradeNo;
        m_trades.insert(trade.tradeNo, trade);
        m_tradeByOutNo.insert(outKey(trade.appId, trade.outTradeNo), trade.tradeNo);
    }
    for (const Refund &refund : change.refunds)
        m_refunds[refund.tradeNo] << refund;
    for (const OrderInfoSyncRecord &sync : change.syncs)
        m_syncs[sync.tradeNo] << sync;
    for (auto it = change.counters.cbegin(); it != change.counters.cend(); ++it)
        m_counters.insert(it.key(), it.value());
}

QString Ledger::nextId(const QString &counter, const QString &infix, const QDateTime &at,
                       LedgerChange &change)
{
    const qint64 next = change.counters.value(counter, m_counters.value(counter)) + 1;
    change.counters.insert(counter, next);
    return ChinaTime::compactDate(at) + infix +
           QStringLiteral("%1").arg(next, 12, 10, QLatin1Char('0'));
}

FundAuthOrder *Ledger::orderByAuthNo(const QString &authNo)
{
    auto it = m_orders.find(authNo);
    return it == m_orders.end() ? nullptr : &it.value();
}

FundAuthOrder *Ledger::orderByOutOrderNo(const QString &appId, const QString &outOrderNo)
{
    const QString authNo = m_orderByOutNo.value(outKey(appId, outOrderNo));
    return authNo.isEmpty() ? nullptr : orderByAuthNo(authNo);
}

FundAuthOperation *Ledger::freezeOf(const QString &authNo)
{
    QList<FundAuthOperation> &list = m_operations[authNo];
    for (FundAuthOperation &operation : list) {
        if (operation.type == AuthOperationType::Freeze)
            return &operation;
    }
    return nullptr;
}

Trade *Ledger::tradeBy(const QString &appId, const QString &tradeNo, const QString &outTradeNo)
{
    QString key = tradeNo;
    if (key.isEmpty())
        key = m_tradeByOutNo.value(outKey(appId, outTradeNo));
    auto it = m_trades.find(key);
    if (it == m_trades.end() || !visibleTo(appId, it->appId))
        return nullptr;
    return &it.value();
}

void Ledger::expireOrder(FundAuthOrder &order, const QDateTime &at, LedgerChange &change)
{
    if (order.status != AuthOrderStatus::Init || !order.expiresAt.isValid() || at < order.expiresAt)
        return;
    order.status = AuthOrderStatus::Closed;
    order.endedAt = order.expiresAt;
    change.orders << order;
    if (FundAuthOperation *freeze = freezeOf(order.authNo)) {
        FundAuthOperation closed = *freeze;
        closed.status = AuthOperationStatus::Closed;
        closed.transAt = order.expiresAt;
        change.operations << closed;
    }
}

void Ledger::expireTrade(Trade &trade, const QDateTime &at, LedgerChange &change)
{
    if (trade.status != TradeStatus::Success || at < trade.paidAt.addDays(RefundWindowDays))
        return;
    trade.status = TradeStatus::Finished;
    change.trades << trade;
}

void Ledger::applyDue(FundAuthOrder *order, const QDateTime &at)
{
    if (!order)
        return;
    FundAuthOrder copy = *order;
    LedgerChange change;
    expireOrder(copy, at, change);
    commit(change);
}

void Ledger::applyDue(Trade *trade, const QDateTime &at)
{
    if (!trade)
        return;
    Trade copy = *trade;
    LedgerChange change;
    expireTrade(copy, at, change);
    commit(change);
}

FreezeOutcome Ledger::freezeAt(const QString &authNo, const QDateTime &at)
{
    FreezeOutcome out;
    FundAuthOrder *stored = orderByAuthNo(authNo);
    if (!stored)
        return refused(out, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    applyDue(stored, at);
    const FundAuthOperation *freeze = freezeOf(authNo);
    if (!freeze)
        return refused(out, QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    out.order = *stored;
    out.freeze = *freeze;
    return out;
}

FreezeOutcome Ledger::storeFreeze(const FundAuthOrder &order, const FundAuthOperation &freeze,
                                  LedgerChange change)
{
    FreezeOutcome out;
    change.orders << order;
    change.operations << freeze;
    if (!commit(change))
        return refused(out, QStringLiteral("SYSTEM_ERROR"));
    out.order = order;
    out.freeze = freeze;
    return out;
}

FreezeOutcome Ledger::createFreeze(const FreezeRequest &r, const QDateTime &at)
{
    FreezeOutcome out;
    const QString timeout = r.timeoutExpress.isEmpty() ? QStringLiteral("15m") : r.timeoutExpress;
    const std::optional<qint64> timeoutSecs = SubCodes::timeoutSeconds(timeout);
    if (r.outOrderNo.isEmpty() || r.outRequestNo.isEmpty() || r.orderTitle.isEmpty())
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("out_order_no、out_request_no、order_title 不能为空"));
    if (!validAmount(r.amount))
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("amount 必须在 0.01 到 100000000.00 之间"));
    if (!freezeProductCodes().contains(r.productCode))
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("product_code 无效"));
    if (!timeoutSecs)
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("timeout_express 格式无效，取值范围 1m～15d"));
    if (r.kind == FreezeKind::Scan && (r.authCode.size() < 16 || r.authCode.size() > 24))
        return refused(out, QStringLiteral("ILLEGAL_ARGUMENT"), QStringLiteral("auth_code 无效"));

    if (FundAuthOrder *existing = orderByOutOrderNo(r.appId, r.outOrderNo)) {
        applyDue(existing, at);
        const FundAuthOperation *freeze = freezeOf(existing->authNo);
        const bool same = freeze && freeze->outRequestNo == r.outRequestNo &&
                          freeze->amount == r.amount && existing->orderTitle == r.orderTitle &&
                          existing->kind == r.kind &&
                          (r.payeeUserId.isEmpty() || r.payeeUserId == existing->payeeUserId);
        if (!same)
            return refused(out, QStringLiteral("REQUEST_INCONSISTENT"));
        out.order = *existing;
        out.freeze = *freeze;
        out.repeated = true;
        return out;
    }

    LedgerChange change;
    FundAuthOrder order;
    order.appId = r.appId;
    order.authNo = nextId(QStringLiteral("auth_no"), QStringLiteral("10002001"), at, change);
    order.outOrderNo = r.outOrderNo;
    order.orderTitle = r.orderTitle;
    order.productCode = r.productCode;
    order.kind = r.kind;
    order.payeeUserId = r.payeeUserId;
    order.payeeLogonId = r.payeeLogonId;
    order.extraParam = r.extraParam;
    order.createdAt = at;
    order.expiresAt = at.addSecs(*timeoutSecs);
    FundAuthOperation freeze;
    freeze.operationId =
        nextId(QStringLiteral("operation_id"), QStringLiteral("10005001"), at, change);
    freeze.authNo = order.authNo;
    freeze.outOrderNo = r.outOrderNo;
    freeze.outRequestNo = r.outRequestNo;
    freeze.type = AuthOperationType::Freeze;
    freeze.amount = r.amount;
    freeze.notifyUrl = r.notifyUrl;
    freeze.createdAt = at;
    out = storeFreeze(order, freeze, change);
    if (!out.ok())
        return out;
    // A scanned payment code is authorized on the spot, unless the code starts with "28"
    // (sandbox convention: the user still has to confirm with a password; stays INIT).
    if (r.kind == FreezeKind::Scan && !r.authCode.startsWith(QLatin1String("28"))) {
        const Payer payer{QStringLiteral("2088") + r.authCode.right(12),
                          QStringLiteral("139") + r.authCode.right(8), QStringLiteral("扫码用户")};
        return confirmFreeze(order.authNo, Money(), payer, at);
    }
    return out;
}

FreezeOutcome Ledger::confirmFreeze(const QString &authNo, Money creditAmount, const Payer &payer,
                                    const QDateTime &at)
{
    FreezeOutcome out = freezeAt(authNo, at);
    if (!out.ok())
        return out;
    if (out.freeze.status == AuthOperationStatus::Success) {
        out.repeated = true;
        return out;
    }
    if (out.order.status != AuthOrderStatus::Init)
        return refused(FreezeOutcome(), QStringLiteral("ORDER_ALREADY_CLOSED"));
    if (creditAmount.isNegative() || creditAmount > out.freeze.amount)
        return refused(FreezeOutcome(), QStringLiteral("ILLEGAL_ARGUMENT"),
                       QStringLiteral("信用免押金额不能超过授权金额"));

    const Payer who = payer.userId.isEmpty() ? defaultPayer(authNo, out.order.payeeUserId) : payer;
    FundAuthOrder order = out.order;
    FundAuthOperation freeze = out.freeze;
    order.status = AuthOrderStatus::Authorized;
    order.payerUserId = who.userId;
    order.payerLogonId = SubCodes::maskLogonId(who.logonId);
    order.payerName = who.name;
    order.payerCanPay = payer.canPay;
    order.totalFreezeAmount = freeze.amount;
    order.totalFreezeCreditAmount = creditAmount;
    order.authorizedAt = at;
    freeze.status = AuthOperationStatus::Success;
    freeze.creditAmount = creditAmount;
    freeze.transAt = at;
    return storeFreeze(order, freeze, {});
}

FreezeOutcome Ledger::declineFreeze(const QString &authNo, const QDateTime &at)
{
    FreezeOutcome out = freezeAt(authNo, at);
    if (!out.ok())
        return out;
    if (out.freeze.status == AuthOperationStatus::Closed) {
        out.repeated = true;
        return out;
    }
    if (out.freeze.status == AuthOperationStatus::Success)
        return refused(FreezeOutcome(), QStringLiteral("ORDER_ALREADY_AUTHORIZED"));
    FundAuthOrder order = out.order;
    FundAuthOperation freeze = out.freeze;
    order.status = AuthOrderStatus::Closed;
    order.endedAt = at;
    freeze.status = AuthOperationStatus::Closed;
    freeze.transAt = at;
    return storeFreeze(order, freeze, {});
}

FreezeOutcome Ledger::setPayerCanPay(const QString &authNo, bool canPay, const QDateTime &at)
{
    FreezeOutcome out = freezeAt(authNo, at);
    if (!out.ok() || out.order.payerCanPay == canPay) {
        out.repeated = out.ok();
        return out;
    }
    FundAuthOrder order = out.order;
    order.payerCanPay = canPay;
    LedgerChange change;
    change.orders << order;
    if (!commit(change))
        return refused(FreezeOutcome(), QStringLiteral("SYSTEM_ERROR"));
    out.order = order;
    return out;
}

} // namespace DepositDesk::Sandbox
