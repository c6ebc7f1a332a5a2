#include "store/OrderImportRow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderImportRow)
};

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("order_status"), QStringLiteral("status")},
        {QStringLiteral("title"), QStringLiteral("order_title")},
        {QStringLiteral("amount"), QStringLiteral("total_amount")},
        {QStringLiteral("total_freeze_amount"), QStringLiteral("total_amount")},
        {QStringLiteral("total_freeze_credit_amount"), QStringLiteral("credit_amount")},
        {QStringLiteral("total_freeze_fund_amount"), QStringLiteral("fund_amount")},
        {QStringLiteral("total_unfreeze_amount"), QStringLiteral("unfrozen_amount")},
        {QStringLiteral("total_pay_amount"), QStringLiteral("paid_amount")},
        {QStringLiteral("refund_amount"), QStringLiteral("refunded_amount")},
        {QStringLiteral("store"), QStringLiteral("store_name")},
        {QStringLiteral("gmt_create"), QStringLiteral("created")},
        {QStringLiteral("created_at"), QStringLiteral("created")},
        {QStringLiteral("gmt_update"), QStringLiteral("updated")},
        {QStringLiteral("updated_at"), QStringLiteral("updated")},
    };
    return map;
}

QString text(const QHash<QString, QJsonValue> &fields, const QString &name)
{
    const QJsonValue v = fields.value(name);
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString().trimmed();
}

QStringList list(const QHash<QString, QJsonValue> &fields, const QString &name)
{
    const QJsonValue v = fields.value(name);
    QStringList items;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            items.append(item.toString().trimmed());
    } else {
        items = v.toString().split(u'|');
    }
    items.removeAll(QString());
    return items;
}

// An amount column: nullopt when absent; an error when present but not fen-exact yuan.
bool amount(const QHash<QString, QJsonValue> &fields, const QString &name,
            std::optional<Money> &out, QString *reason)
{
    out.reset();
    const QJsonValue v = fields.value(name);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return true;
    QString error;
    out =
        v.isDouble() ? Money::fromJson(v, &error) : Money::fromYuan(v.toString().trimmed(), &error);
    if (!out)
        *reason = Text::tr("%1: %2").arg(name, error);
    return out.has_value();
}

bool time(const QHash<QString, QJsonValue> &fields, const QString &name, QDateTime &out,
          QString *reason)
{
    const QString value = text(fields, name);
    out = QDateTime();
    if (value.isEmpty())
        return true;
    out = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (out.isValid()) // Alipay's and the export's wall-clock time: GMT+8
        out = QDateTime(out.date(), out.time(), Qt::OffsetFromUTC, 8 * 3600);
    else
        out = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!out.isValid() || out.timeSpec() == Qt::LocalTime)
        *reason = Text::tr("%1: \"%2\" is not a time; write yyyy-MM-dd HH:mm:ss (Beijing time).")
                      .arg(name, value);
    return out.isValid() && out.timeSpec() != Qt::LocalTime;
}

bool plausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace

QString OrderImportRow::canonicalColumn(const QString &header)
{
    const QString name = header.trimmed().toLower();
    return aliases().value(name, name);
}

std::optional<OrderImportRow::Parsed>
OrderImportRow::parse(const QHash<QString, QJsonValue> &fields, const QDateTime &now,
                      QString *reason)
{
    Parsed p;
    OrderRecord &o = p.order;
    o.outOrderNo = text(fields, QStringLiteral("out_order_no"));
    o.authNo = text(fields, QStringLiteral("auth_no"));
    for (const auto &[name, value] :
         {std::pair{"out_order_no", &o.outOrderNo}, std::pair{"auth_no", &o.authNo}}) {
        if (fields.value(QString::fromLatin1(name)).isDouble()) {
            // A JSON number cannot hold a 28-digit order number exactly.
            *reason = Text::tr("%1 must be written as text (in quotes), not as a number.")
                          .arg(QLatin1String(name));
            return std::nullopt;
        }
        if (value->isEmpty()) {
            *reason = Text::tr("%1 is missing.").arg(QLatin1String(name));
            return std::nullopt;
        }
        if (!plausibleId(*value)) {
            *reason =
                Text::tr("%1 \"%2\" is not an order number (at most 64 characters, no spaces).")
                    .arg(QLatin1String(name), *value);
            return std::nullopt;
        }
    }
    const QString status = text(fields, QStringLiteral("status"));
    const auto parsedStatus = orderStatusFromCode(status);
    if (!parsedStatus) {
        *reason = status.isEmpty()
                      ? Text::tr("status is missing.")
                      : Text::tr("status \"%1\" is not one of INIT, AUTHORIZED, FINISH, "
                                 "CLOSED.")
                            .arg(status);
        return std::nullopt;
    }
    o.status = *parsedStatus;

    std::optional<Money> total, credit, fund, rest, unfrozen, paid, refunded;
    if (!amount(fields, QStringLiteral("total_amount"), total, reason) ||
        !amount(fields, QStringLiteral("credit_amount"), credit, reason) ||
        !amount(fields, QStringLiteral("fund_amount"), fund, reason) ||
        !amount(fields, QStringLiteral("rest_amount"), rest, reason) ||
        !amount(fields, QStringLiteral("unfrozen_amount"), unfrozen, reason) ||
        !amount(fields, QStringLiteral("paid_amount"), paid, reason) ||
        !amount(fields, QStringLiteral("refunded_amount"), refunded, reason))
        return std::nullopt;
    if (!total) {
        *reason = Text::tr("total_amount is missing.");
        return std::nullopt;
    }
    o.total = *total;
    o.unfrozen = unfrozen.value_or(Money());
    o.paid = paid.value_or(Money());
    o.refunded = refunded.value_or(Money());
    o.credit = credit.value_or(fund ? o.total - *fund : Money());
    o.fund = fund.value_or(o.total - o.credit);
    o.rest = rest.value_or(o.total - o.unfrozen - o.paid);
    if (o.credit + o.fund != o.total) {
        *reason = Text::tr("credit_amount %1 + fund_amount %2 is not total_amount %3.")
                      .arg(o.credit.toYuan(), o.fund.toYuan(), o.total.toYuan());
        return std::nullopt;
    }
    if (o.rest.isNegative() || o.rest != o.total - o.unfrozen - o.paid) {
        *reason =
            Text::tr("rest_amount %1 is not total_amount %2 − unfrozen_amount %3 − paid_amount "
                     "%4.")
                .arg(o.rest.toYuan(), o.total.toYuan(), o.unfrozen.toYuan(), o.paid.toYuan());
        return std::nullopt;
    }
    if (o.refunded > o.paid) {
        *reason = Text::tr("refunded_amount %1 is more than paid_amount %2.")
                      .arg(o.refunded.toYuan(), o.paid.toYuan());
        return std::nullopt;
    }
    if (!time(fields, QStringLiteral("created"), o.created, reason) ||
        !time(fields, QStringLiteral("updated"), o.updated, reason))
        return std::nullopt;
    if (!o.created.isValid())
        o.created = o.updated.isValid() ? o.updated : now;
    if (!o.updated.isValid())
        o.updated = o.created;

    o.title = text(fields, QStringLiteral("order_title"));
    o.store = text(fields, QStringLiteral("store_name"));
    if (o.store.isEmpty())
        o.store = text(fields, QStringLiteral("store_id"));
    o.category = text(fields, QStringLiteral("category"));
    o.payerUserId = text(fields, QStringLiteral("payer_user_id"));
    o.payerLogonId = text(fields, QStringLiteral("payer_logon_id"));
    o.phoneTail = text(fields, QStringLiteral("phone_tail"));

    const std::pair<const char *, OrderKeyKind> keyColumns[] = {
        {"out_request_no", OrderKeyKind::OutRequestNo}, {"operation_id", OrderKeyKind::OperationId},
        {"operation_ids", OrderKeyKind::OperationId},   {"trade_nos", OrderKeyKind::TradeNo},
        {"out_trade_nos", OrderKeyKind::OutTradeNo},
    };
    for (const auto &[column, kind] : keyColumns)
        for (const QString &key : list(fields, QString::fromLatin1(column)))
            p.keys.append({kind, key});
    return p;
}

} // namespace DepositDesk
