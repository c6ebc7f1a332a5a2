#include "services/intake/NotificationIntake.h"

#include "services/orders/OrderFacts.h"
#include "services/orders/OrderFactsBatch.h"

#include "alipay/FormEncoding.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/NotificationVerifier.h"
#include "domain/ChinaTime.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"

#include <QHash>

#include <optional>

namespace DepositDesk {

namespace {

using Status = IntakeResult::Status;

// A received value as it may appear in a log line: cut short, control characters replaced.
QString printable(const QString &text, qsizetype max = 64)
{
    QString out = text.left(max);
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            c = u'?';
    return out;
}

IntakeResult refused(Status status, const QString &reason)
{
    IntakeResult result;
    result.status = status;
    result.reason = reason;
    return result;
}

// The decoded, verified parameters by name (the verifier refused duplicates).
class Fields
{
public:
    explicit Fields(const ParameterList &parameters)
    {
        for (const Parameter &p : parameters)
            m_values.insert(p.first, p.second);
    }

    QString text(const QString &key) const { return m_values.value(key).trimmed(); }
    bool has(const QString &key) const { return !text(key).isEmpty(); }

    // Names the first of `keys` that is missing, or nothing.
    QString missing(std::initializer_list<const char *> keys) const
    {
        for (const char *key : keys)
            if (!has(QString::fromLatin1(key)))
                return QString::fromLatin1(key);
        return {};
    }

    // An amount field: nullopt when absent; *bad names it when present but not an amount.
    std::optional<Money> amount(const QString &key, QString *bad) const
    {
        const QString value = text(key);
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<Money> parsed = Money::fromYuan(value);
        if (!parsed && bad && bad->isEmpty())
            *bad = key;
        return parsed;
    }

    QDateTime time(const QString &key) const
    {
        const QString value = text(key);
        return value.isEmpty() ? QDateTime() : ChinaTime::parse(value).value_or(QDateTime());
    }

private:
    QHash<QString, QString> m_values;
};

QString notRecorded(const QString &error)
{
    return NotificationIntake::tr(
               "The notification's facts could not be recorded (%1); Alipay sends it again.")
        .arg(error);
}

QString missingField(const QString &field)
{
    return NotificationIntake::tr(
               "The notification lacks the field \"%1\"; it was refused and nothing was recorded.")
        .arg(field);
}

QString badAmount(const QString &field)
{
    return NotificationIntake::tr("The field \"%1\" of the notification is not an amount; it was "
                                  "refused and nothing was recorded.")
        .arg(field);
}

// The order's status as a fund-auth notification's figures show it (a new index row only).
OrderStatus statusOf(const QString &operationType, const QString &operationStatus,
                     const OperationDetail &figures)
{
    if (operationType == u"FREEZE" && operationStatus == u"INIT")
        return OrderStatus::Init;
    if (operationType == u"FREEZE" && operationStatus == u"CLOSED")
        return OrderStatus::Closed;
    if (figures.restAmount.value_or(Money()) > Money())
        return OrderStatus::Authorized;
    return figures.totalPayAmount.value_or(Money()) > Money() ? OrderStatus::Finish
                                                              : OrderStatus::Closed;
}

} // namespace

QByteArray IntakeResult::answer() const
{
    return accepted() ? QByteArrayLiteral("success") : QByteArrayLiteral("fail");
}

QString IntakeResult::statusCode(Status status)
{
    switch (status) {
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Malformed:
        return QStringLiteral("malformed");
    case Status::TooLarge:
        return QStringLiteral("too_large");
    case Status::BadSignature:
        return QStringLiteral("bad_signature");
    case Status::UnknownApp:
        return QStringLiteral("unknown_app");
    case Status::CertificateChanged:
        return QStringLiteral("certificate_changed");
    case Status::UnsupportedType:
        return QStringLiteral("unsupported_type");
    case Status::UnknownOrder:
        return QStringLiteral("unknown_order");
    case Status::StoreFailed:
        return QStringLiteral("store_failed");
    case Status::NotConfigured:
        return QStringLiteral("not_configured");
    }
    return QStringLiteral("unknown");
}

NotificationIntake::NotificationIntake(const Store &store, const GatewayConfig &config)
    : m_store(store)
    , m_config(config)
{
    if (m_config.appId.isEmpty())
        m_problem = tr("No app_id is configured, so no notification can be checked.");
    else if (!m_config.alipayPublicKey)
        m_problem = tr("The Alipay public key (or the Alipay public-key certificate) of app_id %1 "
                       "is not available, so no notification can be verified.")
                        .arg(m_config.appId);
}

IntakeResult NotificationIntake::receive(QByteArrayView body, QByteArrayView contentType) const
{
    if (!canVerify())
        return refused(Status::NotConfigured, m_problem);
    if (body.size() > MaxBodyBytes)
        return refused(Status::TooLarge,
                       tr("The notification body has %1 bytes, more than the %2 accepted; it was "
                          "refused and nothing was recorded.")
                           .arg(body.size())
                           .arg(MaxBodyBytes));
    const QByteArray header = contentType.toByteArray().trimmed().toLower();
    const QByteArray mediaType = header.left(header.indexOf(';')).trimmed();
    if (mediaType != "application/x-www-form-urlencoded")
        return refused(Status::Malformed,
                       tr("The notification is not a form (Content-Type \"%1\"); forward Alipay's "
                          "POST body unchanged with its own Content-Type. Nothing was recorded.")
                           .arg(printable(QString::fromLatin1(header), 100)));
    if (const qsizetype at = header.indexOf("charset="); at >= 0) {
        const QByteArray charset = header.mid(at + 8).split(';').first().trimmed();
        if (charset != "utf-8" && charset != "utf8" && charset != "\"utf-8\"")
            return refused(Status::Malformed,
                           tr("The notification is encoded in %1; only UTF-8 is read. Set the "
                              "app's charset to utf-8. Nothing was recorded.")
                               .arg(printable(QString::fromLatin1(charset), 40)));
    }
    // Decoded exactly once (docs/alipay-protocol.md §5.3 step 1).
    QString decodeError;
    const std::optional<ParameterList> parameters = FormEncoding::decode(body, &decodeError);
    if (!parameters || parameters->isEmpty())
        return refused(Status::Malformed,
                       tr("The notification body cannot be read as a form (%1); nothing was "
                          "recorded.")
                           .arg(parameters ? tr("it is empty") : decodeError));

    const NotificationVerifier::Result verified =
        NotificationVerifier(*m_config.alipayPublicKey).verify(*parameters);
    const Fields f(*parameters);
    IntakeResult result;
    result.notifyId = printable(f.text(QStringLiteral("notify_id")));
    result.notifyType = printable(f.text(QStringLiteral("notify_type")));
    const auto refuse = [&result](Status status, const QString &reason) {
        result.status = status;
        result.reason = reason;
        result.changes.clear();
        return result;
    };
    if (!verified.isValid()) {
        const bool readable = verified.status == NotificationVerifier::Status::DuplicateParameter;
        return refuse(readable ? Status::Malformed : Status::BadSignature, verified.reason());
    }

    const QString appId = f.text(QStringLiteral("app_id"));
    if (appId != m_config.appId)
        return refuse(Status::UnknownApp,
                      tr("The notification is for app_id \"%1\", not for this desk's app %2; it "
                         "was refused.")
                          .arg(printable(appId, 32), m_config.appId));
    const QString certSn = f.text(QStringLiteral("alipay_cert_sn"));
    if (m_config.certificateMode() && !certSn.isEmpty() && certSn != m_config.alipayCertSn)
        return refuse(Status::CertificateChanged,
                      tr("The notification names Alipay certificate %1, not the configured %2: "
                         "Alipay has renewed its certificate. An administrator loads the new "
                         "alipayCertPublicKey_RSA2.crt; until then notifications are refused "
                         "and Alipay sends them again.")
                          .arg(printable(certSn), m_config.alipayCertSn));
    if (const QString missing = f.missing({"notify_id", "notify_type"}); !missing.isEmpty())
        return refuse(Status::Malformed, missingField(missing));

    const QString type = result.notifyType;
    FactBatch batch;
    OperationDetail seed;
    QString bad;
    if (type == u"fund_auth_freeze" || type == u"fund_auth_unfreeze" ||
        type == u"fund_auth_operation_cancel") {
        if (const QString missing =
                f.missing({"out_order_no", "auth_no", "operation_type", "status", "amount"});
            !missing.isEmpty())
            return refuse(Status::Malformed, missingField(missing));
        if (!f.has(QStringLiteral("operation_id")) && !f.has(QStringLiteral("out_request_no")))
            return refuse(Status::Malformed, missingField(QStringLiteral("out_request_no")));
        const QString payee = f.text(QStringLiteral("payee_user_id"));
        if (!m_config.sellerId.isEmpty() && !payee.isEmpty() && payee != m_config.sellerId)
            return refuse(Status::UnknownApp,
                          tr("The notification names payee %1, not this merchant (%2); it was "
                             "refused.")
                              .arg(printable(payee, 32), m_config.sellerId));
        batch = FactBatch::of(f.text(QStringLiteral("out_order_no")),
                              f.text(QStringLiteral("auth_no")), FactSource::Notification);
        OperationRecord op;
        op.outOrderNo = batch.outOrderNo;
        op.authNo = batch.authNo;
        op.operationId = f.text(QStringLiteral("operation_id"));
        op.outRequestNo = f.text(QStringLiteral("out_request_no"));
        op.type = f.text(QStringLiteral("operation_type")).toUpper();
        op.status = f.text(QStringLiteral("status")).toUpper();
        op.happened = f.time(QStringLiteral("gmt_trans"));
        if (!op.happened.isValid())
            op.happened = f.time(QStringLiteral("gmt_create"));
        const auto amount = f.amount(QStringLiteral("amount"), &bad);
        const auto credit = f.amount(QStringLiteral("credit_amount"), &bad);
        const auto fund = f.amount(QStringLiteral("fund_amount"), &bad);

        seed.call.outcome = CallResult::Outcome::Succeeded;
        seed.call.signatureVerified = true;
        seed.call.method = type;
        seed.authNo = batch.authNo;
        seed.outOrderNo = batch.outOrderNo;
        seed.totalFreezeAmount = f.amount(QStringLiteral("total_freeze_amount"), &bad);
        seed.restAmount = f.amount(QStringLiteral("rest_amount"), &bad);
        seed.totalPayAmount = f.amount(QStringLiteral("total_pay_amount"), &bad);
        seed.totalFreezeCreditAmount = f.amount(QStringLiteral("total_freeze_credit_amount"), &bad);
        seed.totalFreezeFundAmount = f.amount(QStringLiteral("total_freeze_fund_amount"), &bad);
        const auto unfrozen = f.amount(QStringLiteral("total_unfreeze_amount"), &bad);
        if (!bad.isEmpty())
            return refuse(Status::Malformed, badAmount(bad));
        if (!seed.totalFreezeAmount || !seed.restAmount)
            return refuse(Status::Malformed,
                          missingField(seed.totalFreezeAmount
                                           ? QStringLiteral("rest_amount")
                                           : QStringLiteral("total_freeze_amount")));
        seed.payerUserId = f.text(QStringLiteral("payer_user_id"));
        seed.payerLogonId = f.text(QStringLiteral("payer_logon_id"));
        seed.preAuthType = f.text(QStringLiteral("pre_auth_type"));
        seed.operation.operationType = op.type;
        seed.operation.status = op.status;
        seed.orderStatus = statusOf(op.type, op.status, seed);
        seed.orderStatusText = orderStatusCode(*seed.orderStatus);

        batch.operations << FactBatch::Operation{op, FactAmount::of(amount), FactAmount::of(credit),
                                                 FactAmount::of(fund)};
        if (type == u"fund_auth_operation_cancel")
            batch.cancel = unfrozen.value_or(Money()) > Money() ? CancelResult::Action::Unfreeze
                                                                : CancelResult::Action::Close;
        batch.seed = &seed;
    } else if (type == u"trade_status_sync") {
        if (const QString missing = f.missing({"trade_status", "total_amount"}); !missing.isEmpty())
            return refuse(Status::Malformed, missingField(missing));
        const QString tradeNo = f.text(QStringLiteral("trade_no"));
        const QString outTradeNo = f.text(QStringLiteral("out_trade_no"));
        if (tradeNo.isEmpty() && outTradeNo.isEmpty())
            return refuse(Status::Malformed, missingField(QStringLiteral("out_trade_no")));
        const QString seller = f.text(QStringLiteral("seller_id"));
        if (!m_config.sellerId.isEmpty() && !seller.isEmpty() && seller != m_config.sellerId)
            return refuse(Status::UnknownApp,
                          tr("The notification names seller %1, not this merchant (%2); it was "
                             "refused.")
                              .arg(printable(seller, 32), m_config.sellerId));
        const auto total = f.amount(QStringLiteral("total_amount"), &bad);
        if (!bad.isEmpty())
            return refuse(Status::Malformed, badAmount(bad));

        // The order: the charge's intent names it, else the order index knows the charge.
        QString order;
        const IntentJournal journal(m_store);
        if (!outTradeNo.isEmpty())
            if (const auto intent = journal.find(IntentRecord::Kind::Pay, outTradeNo))
                order = intent->outOrderNo;
        const OrderIndex index(m_store);
        for (const auto &[kind, key] : {std::pair{OrderKeyKind::OutTradeNo, outTradeNo},
                                        std::pair{OrderKeyKind::TradeNo, tradeNo}}) {
            if (!order.isEmpty() || key.isEmpty())
                continue;
            OrderQuery query;
            query.text = key;
            query.match = OrderQuery::Match::Exact;
            query.pageSize = 10;
            QString error;
            const std::optional<OrderPage> page = index.search(query, &error);
            if (!page)
                return refuse(Status::StoreFailed, error);
            for (const OrderRecord &candidate : page->orders)
                if (index.keys(candidate.outOrderNo)
                        .contains(std::pair{kind, OrderIndex::normaliseKey(key)}))
                    order = candidate.outOrderNo;
        }
        if (order.isEmpty())
            return refuse(Status::UnknownOrder,
                          tr("No order of this desk has the charge %1 (yet); the notification was "
                             "refused and Alipay sends it again later.")
                              .arg(printable(outTradeNo.isEmpty() ? tradeNo : outTradeNo)));
        batch = FactBatch::of(order, QString(), FactSource::Notification);
        TradeRecord trade{order,      tradeNo,
                          outTradeNo, f.text(QStringLiteral("trade_status")).toUpper(),
                          Money(),    f.time(QStringLiteral("gmt_payment"))};
        batch.trades << FactBatch::Trade{trade, FactAmount::of(total)};
        // A refund: its amount is what the desk's refund intent asked (refund_fee is the
        // running total, §5.4). Without an intent the refund query records it.
        const QString refundNo = f.text(QStringLiteral("out_biz_no"));
        if (!refundNo.isEmpty()) {
            const auto intent = journal.find(IntentRecord::Kind::Refund, refundNo);
            if (intent && intent->outOrderNo == order) {
                RefundRecord refund{order,
                                    tradeNo,
                                    outTradeNo,
                                    refundNo,
                                    QStringLiteral("REFUND_SUCCESS"),
                                    Money(),
                                    f.time(QStringLiteral("gmt_refund"))};
                batch.refunds << FactBatch::Refund{refund, FactAmount::of(intent->amount)};
            }
        }
    } else {
        return refuse(Status::UnsupportedType,
                      tr("The notification type \"%1\" is not handled here; it was refused and "
                         "nothing was recorded.")
                          .arg(type));
    }

    result.outOrderNo = printable(batch.outOrderNo);
    if (m_storeFault)
        if (const QString fault = m_storeFault(); !fault.isEmpty())
            return refuse(Status::StoreFailed, fault);
    FactChanges changes;
    if (const StoreResult applied = OrderFacts(m_store).applyNotification(batch, &changes);
        !applied)
        return refuse(Status::StoreFailed, notRecorded(applied.errorString));
    result.status = Status::Accepted;
    result.changes = changes.changes;
    result.reason = changes.any()
                        ? tr("Recorded: %1").arg(changes.changes.join(QStringLiteral("; ")))
                        : tr("Already known: nothing changed.");
    return result;
}

QList<IntakeResult> NotificationIntake::receiveAll(const QList<Received> &notifications) const
{
    QList<IntakeResult> results;
    const auto oneByOne = [&] {
        for (const Received &n : notifications)
            results.append(receive(n.body, n.contentType));
        return results;
    };
    if (notifications.size() < 2 || !canVerify())
        return oneByOne();
    const QSqlDatabase db = m_store.database();
    // The writer lock of OrderFactsWriter, taken once for all of them.
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::OrderFacts);
    if (!tx.isActive())
        return oneByOne();
    QString broken; // a savepoint that could not be set, released or undone: commit nothing
    for (const Received &n : notifications) {
        SqlTransaction one(db, m_store.dialect());
        if (!one.isActive() || !broken.isEmpty()) {
            if (broken.isEmpty())
                broken = one.errorString();
            results.append(refused(Status::StoreFailed, notRecorded(broken)));
            continue;
        }
        IntakeResult result = receive(n.body, n.contentType);
        if (result.accepted()) {
            if (!one.commit()) {
                broken = one.errorString();
                result.status = Status::StoreFailed;
                result.changes.clear();
                result.reason = notRecorded(broken);
            }
        } else {
            one.rollback(); // a refused notification leaves nothing behind
            if (!one.errorString().isEmpty())
                broken = one.errorString();
        }
        results.append(result);
    }
    QString error = broken;
    if (error.isEmpty() && !tx.commit())
        error = tx.errorString();
    if (!error.isEmpty()) {
        tx.rollback();
        for (IntakeResult &result : results)
            if (result.accepted()) {
                result.status = Status::StoreFailed;
                result.changes.clear();
                result.reason = notRecorded(error);
            }
    }
    return results;
}

} // namespace DepositDesk
