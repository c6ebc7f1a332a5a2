#include "services/orders/CustomerScripts.h"

#include "domain/ChinaTime.h"
#include "domain/Sentences.h"
#include "domain/YuanText.h"

namespace DepositDesk {

namespace {

using Script = CustomerScripts::Script;

// Dates as the customer sees them in Alipay: China time, year first.
QString day(const QDateTime &at)
{
    return ChinaTime::toChina(at).toString(QStringLiteral("yyyy-MM-dd"));
}

// When money last moved in a direction ("FREEZE", "UNFREEZE"); the order's time otherwise.
QDateTime lastOperation(const OrderSnapshot &s, QStringView type)
{
    QDateTime at;
    for (const OperationRecord &op : s.operations)
        if (op.type == type && op.status == u"SUCCESS" && op.happened.isValid() &&
            (!at.isValid() || op.happened > at))
            at = op.happened;
    return at.isValid() ? at : (type == u"FREEZE" ? s.order.created : s.order.updated);
}

const TradeRecord *lastCharge(const OrderSnapshot &s)
{
    const TradeRecord *last = nullptr;
    for (const TradeRecord &t : s.trades)
        if (!last || t.happened > last->happened)
            last = &t;
    return last;
}

} // namespace

QList<CustomerScripts::Script> CustomerScripts::forOrder(const OrderSnapshot &s)
{
    const OrderRecord &o = s.order;
    QList<Script> scripts;

    for (const IntentRecord &intent : s.awaiting()) {
        const QString amount = yuanDigits(intent.amount);
        QString what;
        if (intent.kind == IntentRecord::Kind::Unfreeze)
            what = tr("the release of ¥%1 of your deposit").arg(amount);
        else if (intent.kind == IntentRecord::Kind::Pay)
            what = tr("the charge of ¥%1 from your deposit").arg(amount);
        else if (intent.kind == IntentRecord::Kind::Refund)
            what = tr("the refund of ¥%1").arg(amount);
        else
            what = tr("the last change to your deposit");
        scripts << Script{tr("Confirming with Alipay"),
                          tr("We are confirming %1 with Alipay. Please do not pay again or ask "
                             "for it again: it will be done at most once. We will tell you as soon "
                             "as Alipay confirms it.")
                              .arg(what)};
    }
    for (const RefundRequestRecord &r : s.refundRequests) {
        using S = RefundRequestRecord::Status;
        if (r.status != S::PendingApproval && r.status != S::Approved)
            continue;
        scripts << Script{tr("Refund requested"),
                          tr("We have requested a refund of ¥%1 on %2. It is being approved; once "
                             "it is done, the money goes back the way you paid, usually within "
                             "a few minutes and at most a few working days for bank cards.")
                              .arg(yuanDigits(r.amount), day(r.requested))};
    }

    const QString total = yuanDigits(o.total);
    const QString refundedNote =
        o.refunded.isZero()
            ? QString()
            : tr("¥%1 of the charges has been refunded to you.").arg(yuanDigits(o.refunded));
    // An order that ended with a charge reads as finished, whatever Alipay calls it.
    const bool charged = !o.paid.isZero();
    switch (o.status == OrderStatus::Closed && charged ? OrderStatus::Finish : o.status) {
    case OrderStatus::Init:
        scripts << Script{tr("Waiting for your authorization"),
                          tr("Your deposit of ¥%1 is not authorized yet. Please open Alipay and "
                             "confirm the deposit authorization; nothing is charged by it.")
                              .arg(total)};
        break;
    case OrderStatus::Authorized:
        if (charged) {
            const TradeRecord *charge = lastCharge(s);
            scripts << Script{
                tr("Charged from the deposit"),
                Sentences::join(
                    tr("On %1 we charged ¥%2 from your deposit of ¥%3 (¥%4 in total so far). ¥%5 "
                       "remains frozen and will be released when the rental ends.")
                        .arg(day(charge ? charge->happened : o.updated),
                             yuanDigits(charge ? charge->amount : o.paid), total,
                             yuanDigits(o.paid), yuanDigits(o.rest)),
                    refundedNote)};
        } else if (!o.unfrozen.isZero()) {
            scripts << Script{tr("Deposit partly released"),
                              tr("On %1 we released ¥%2 of your deposit of ¥%3 back to your "
                                 "Alipay account. ¥%4 remains frozen and will be released when the "
                                 "rental ends.")
                                  .arg(day(lastOperation(s, u"UNFREEZE")), yuanDigits(o.unfrozen),
                                       total, yuanDigits(o.rest))};
        } else {
            QString text = tr("Your deposit of ¥%1 has been frozen in your Alipay account since "
                              "%2. It is not a payment: it is released when the rental ends.")
                               .arg(total, day(lastOperation(s, u"FREEZE")));
            if (!o.credit.isZero())
                text = Sentences::join(text, tr("¥%1 of it was waived by your Sesame credit, so "
                                                "only ¥%2 is actually frozen.")
                                                 .arg(yuanDigits(o.credit), yuanDigits(o.fund)));
            scripts << Script{tr("Deposit frozen"), text};
        }
        break;
    case OrderStatus::Finish:
        scripts << Script{
            tr("Order finished"),
            Sentences::join(tr("Your order is finished: ¥%1 was charged from your deposit of "
                               "¥%2 and ¥%3 was released back to your Alipay account. Nothing "
                               "remains frozen.")
                                .arg(yuanDigits(o.paid), total, yuanDigits(o.unfrozen)),
                            refundedNote)};
        break;
    case OrderStatus::Closed:
        if (o.unfrozen.isZero())
            scripts << Script{tr("Authorization closed"),
                              tr("The deposit authorization was closed before it was completed. "
                                 "Nothing was frozen or charged.")};
        else
            scripts << Script{tr("Deposit released"),
                              tr("Your deposit of ¥%1 has been released in full back to your "
                                 "Alipay account on %2. Nothing was charged.")
                                  .arg(total, day(lastOperation(s, u"UNFREEZE")))};
        break;
    }
    return scripts;
}

} // namespace DepositDesk
