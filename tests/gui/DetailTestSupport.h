#pragma once

// Shared by tst_orderdetail and tst_actiondialogs: picking a demo order in a given state,
// counting what the sandbox really did, and writing screenshots.

#include "ConsoleFixture.h"

#include "Screenshots.h"
#include "alipay/GatewayClient.h"
#include "sandbox/ledger/Ledger.h"
#include "services/orders/OrderDetailsReader.h"
#include "store/OrderIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <functional>
#include <optional>

namespace DepositDesk::Testing {

// The first AUTHORIZED order of the index for which `wanted` holds and that is not in `taken`
// (each test takes its own order, so tests do not depend on each other's changes).
inline std::optional<OrderRecord>
authorizedOrder(const Store &store, const std::function<bool(const OrderRecord &)> &wanted,
                QStringList *taken)
{
    OrderQuery query;
    query.statuses = {OrderStatus::Authorized};
    query.pageSize = 500;
    query.sortBy = OrderQuery::SortBy::Total;
    const std::optional<OrderPage> page = OrderIndex(store).search(query);
    if (!page)
        return std::nullopt;
    for (const OrderRecord &order : page->orders) {
        if (!taken->contains(order.outOrderNo) && wanted(order)) {
            taken->append(order.outOrderNo);
            return order;
        }
    }
    return std::nullopt;
}

inline std::optional<OrderSnapshot> readSnapshot(ConsoleServices &services,
                                                 const QString &outOrderNo)
{
    QString error;
    std::optional<OrderSnapshot> snapshot = services.details().read(outOrderNo, &error);
    if (!snapshot)
        qWarning("cannot read %s: %s", qPrintable(outOrderNo), qPrintable(error));
    return snapshot;
}

// Successful operations of `type` the sandbox (Alipay's side) holds for the order.
inline QList<Sandbox::FundAuthOperation>
sandboxOperations(DemoEnvironment &demo, const QString &authNo, Sandbox::AuthOperationType type)
{
    QList<Sandbox::FundAuthOperation> found;
    const QList<Sandbox::FundAuthOperation> all = demo.gateway().ledger().operations(authNo);
    for (const Sandbox::FundAuthOperation &operation : all) {
        if (operation.type == type && operation.status == Sandbox::AuthOperationStatus::Success)
            found << operation;
    }
    return found;
}

inline QList<Sandbox::Trade> sandboxTrades(DemoEnvironment &demo, const QString &authNo)
{
    QList<Sandbox::Trade> found;
    const QList<Sandbox::Trade> all = demo.gateway().ledger().trades(demo.summary().appId);
    for (const Sandbox::Trade &trade : all) {
        if (trade.authNo == authNo)
            found << trade;
    }
    return found;
}

// ${DD_BINARY_DIR}/screenshots/<test>-<page>-<language>.png
inline void saveScreenshot(QWidget *widget, const char *test, const QString &page,
                           const QString &language)
{
    saveScreenshot(*widget,
                   QStringLiteral("%1-%2-%3").arg(QString::fromLatin1(test), page, language));
}

} // namespace DepositDesk::Testing
