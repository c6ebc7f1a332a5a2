#pragma once

#include "domain/Nodiscard.h"
#include "domain/OperatorSession.h"

#include "domain/OrderRecord.h"

#include <QObject>

#include <functional>

namespace DepositDesk {

class AlipayApi;
class OrderFacts;
class Store;
struct OperationDetail;

// When a pasted auth_no or out_order_no is not in the index: asks Alipay
// (operation.detail.query) and, when Alipay signs that the order exists, adds it to the index
// (and its operations to the ledger) so the agent can open it.
class OrderLookup : public QObject
{
    Q_OBJECT

public:
    struct DD_NODISCARD Result
    {
        enum class Status { Added, AlreadyKnown, NotFound, Failed };
        Status status = Status::Failed;
        OrderRecord order; // Added / AlreadyKnown
        QString message;   // translated
        QString code;
        QString subCode;
    };

    OrderLookup(const Store &store, AlipayApi &api, OrderFacts &facts, QObject *parent = nullptr);

    // Whether `text` looks like something Alipay can be asked about (an auth_no: 2-digit year +
    // digits, or a merchant out_order_no); the search page offers the look-up only then.
    static bool looksLikeOrderNumber(const QString &text);
    // An order added is audited as "order.lookup" by `session`'s operator; the overload without
    // a session writes no audit entry.
    void lookUp(const OperatorSession &session, const QString &text, const QObject *context,
                std::function<void(const Result &)> done);
    void lookUp(const QString &text, const QObject *context,
                std::function<void(const Result &)> done);

private:
    Result settle(const OperatorSession &session, const QString &number,
                  const OperationDetail &detail);

    const Store &m_store;
    AlipayApi &m_api;
    OrderFacts &m_facts;
};

} // namespace DepositDesk
