#include "services/orders/OrderLookup.h"

#include "services/orders/OrderFacts.h"

#include "alipay/AlipayApi.h"
#include "store/AuditLog.h"
#include "store/OrderIndex.h"

#include <QPointer>
#include <QRegularExpression>

namespace DepositDesk {

namespace {

// Alipay's auth_no: the year (20xx) and at least 14 more digits.
bool looksLikeAuthNo(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^20\\d{14,62}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

OrderLookup::OrderLookup(const Store &store, AlipayApi &api, OrderFacts &facts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_facts(facts)
{}

bool OrderLookup::looksLikeOrderNumber(const QString &text)
{
    // Merchant numbers are letters, digits, '_' and '-' (Alipay allows at most 64), with at
    // least one digit; 8 characters at least, so a phone tail or a name never qualifies.
    static const QRegularExpression pattern(QStringLiteral("^(?=.*\\d)[A-Za-z0-9_-]{8,64}$"));
    static const QRegularExpression mobile(QStringLiteral("^1\\d{10}$")); // a phone number
    const QString trimmed = text.trimmed();
    return pattern.match(trimmed).hasMatch() && !mobile.match(trimmed).hasMatch();
}

void OrderLookup::lookUp(const QString &text, const QObject *context,
                         std::function<void(const Result &)> done)
{
    lookUp(OperatorSession(), text, context, std::move(done));
}

void OrderLookup::lookUp(const OperatorSession &session, const QString &text,
                         const QObject *context, std::function<void(const Result &)> done)
{
    const QString number = text.trimmed();
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    auto finish = [guard, guarded, done = std::move(done)](const Result &result) {
        if (!guarded || guard)
            done(result);
    };
    auto later = [this, finish](const Result &result) {
        QMetaObject::invokeMethod(
            this, [finish, result] { finish(result); }, Qt::QueuedConnection);
    };

    Result result;
    if (!looksLikeOrderNumber(number)) {
        result.message = tr("\"%1\" does not look like an order number. Paste the whole auth_no or "
                            "merchant order number.")
                             .arg(number);
        later(result);
        return;
    }
    OrderIndex index(m_store);
    OrderQuery query;
    query.text = number;
    query.match = OrderQuery::Match::Exact;
    query.pageSize = 5;
    QString error;
    if (const auto page = index.search(query, &error)) {
        for (const OrderRecord &order : page->orders) {
            if (order.outOrderNo == number || order.authNo == number) {
                result.status = Result::Status::AlreadyKnown;
                result.order = order;
                result.message = tr("Order %1 is already in the order list.").arg(number);
                later(result);
                return;
            }
        }
    }

    OperationQuery detail;
    (looksLikeAuthNo(number) ? detail.authNo : detail.outOrderNo) = number;
    m_api.queryOperation(detail, this, [this, session, number, finish](const OperationDetail &d) {
        finish(settle(session, number, d));
    });
}

OrderLookup::Result OrderLookup::settle(const OperatorSession &session, const QString &number,
                                        const OperationDetail &detail)
{
    Result result;
    result.code = detail.call.code;
    result.subCode = detail.call.subCode;
    if (detail.notFound) {
        result.status = Result::Status::NotFound;
        result.message = tr("Alipay has no order %1 for this merchant. Check the number with the "
                            "customer.")
                             .arg(number);
        return result;
    }
    if (!detail.call.succeeded()) {
        result.message =
            tr("Alipay could not be asked about order %1: %2").arg(number, detail.call.message);
        return result;
    }
    OrderIndex index(m_store);
    const bool known = index.find(detail.outOrderNo).has_value();
    FactChanges changes;
    if (const StoreResult applied = m_facts.applyDetail(detail, FactSource::Query, &changes);
        !applied) {
        result.message = tr("Alipay knows order %1, but it could not be saved: %2")
                             .arg(number, applied.errorString);
        return result;
    }
    QString error;
    const std::optional<OrderRecord> order = index.find(detail.outOrderNo, &error);
    if (!order) {
        result.message =
            tr("Alipay knows order %1, but it could not be read back: %2").arg(number, error);
        return result;
    }
    result.order = *order;
    result.status = known ? Result::Status::AlreadyKnown : Result::Status::Added;
    result.message =
        known ? tr("Order %1 is already in the order list.").arg(number)
              : tr("Order %1 was found at Alipay and added to the order list.").arg(number);
    if (!known && session.isValid()) {
        AuditEvent event;
        event.operatorLogin = session.login;
        event.action = QStringLiteral("order.lookup");
        event.outOrderNo = order->outOrderNo;
        event.details.insert(QStringLiteral("asked"), number);
        event.details.insert(QStringLiteral("auth_no"), order->authNo);
        event.details.insert(QStringLiteral("status"), orderStatusCode(order->status));
        event.details.insert(QStringLiteral("total_fen"), order->total.fen());
        event.details.insert(QStringLiteral("total"), order->total.toYuan());
        if (const StoreResult audited = AuditLog(m_store).append(event); !audited)
            result.message +=
                u' ' + tr("(The audit log could not record it: %1)").arg(audited.errorString);
    }
    return result;
}

} // namespace DepositDesk
