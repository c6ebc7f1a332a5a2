#include "services/orders/OrderSnapshot.h"
#include "domain/YuanText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace DepositDesk {

namespace {

using Outcome = IntentRecord::Outcome;

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// "Request H2UF1 · Alipay 2024…" — the numbers an expert looks for, in one line.
QString numbers(const QString &requestNo, const QString &alipayNo)
{
    QStringList parts;
    if (!requestNo.isEmpty())
        parts << OrderSnapshot::tr("Request %1").arg(requestNo);
    if (!alipayNo.isEmpty())
        parts << OrderSnapshot::tr("Alipay %1").arg(alipayNo);
    return parts.join(QStringLiteral(" · "));
}

TimelineEntry operationEntry(const OperationRecord &op)
{
    const QString amount = yuanDigits(op.amount);
    TimelineEntry e{TimelineEntry::Kind::Operation,           op.happened, QString(),
                    numbers(op.outRequestNo, op.operationId), op.status,   false};
    const bool done = op.status == u"SUCCESS";
    const bool closed = op.status == u"CLOSED";
    if (op.type == u"FREEZE")
        e.title = done     ? OrderSnapshot::tr("Deposit frozen ¥%1").arg(amount)
                  : closed ? OrderSnapshot::tr("Freeze ¥%1 closed").arg(amount)
                           : OrderSnapshot::tr("Freeze ¥%1 waiting for the customer").arg(amount);
    else if (op.type == u"UNFREEZE")
        e.title = done ? OrderSnapshot::tr("Unfrozen ¥%1").arg(amount)
                       : OrderSnapshot::tr("Unfreeze ¥%1 (%2)").arg(amount, op.status);
    else
        e.title = done ? OrderSnapshot::tr("Charged ¥%1").arg(amount)
                       : OrderSnapshot::tr("Charge ¥%1 (%2)").arg(amount, op.status);
    return e;
}

TimelineEntry tradeEntry(const TradeRecord &t)
{
    const QString amount = yuanDigits(t.amount);
    TimelineEntry e{TimelineEntry::Kind::Trade,       t.happened, QString(),
                    numbers(t.outTradeNo, t.tradeNo), t.status,   false};
    if (t.status == u"TRADE_SUCCESS")
        e.title = OrderSnapshot::tr("Charged ¥%1").arg(amount);
    else if (t.status == u"TRADE_FINISHED")
        e.title = OrderSnapshot::tr("Charged ¥%1 (no longer refundable)").arg(amount);
    else if (t.status == u"TRADE_CLOSED")
        e.title = OrderSnapshot::tr("Charge ¥%1 closed").arg(amount);
    else
        e.title = OrderSnapshot::tr("Charge ¥%1 waiting for payment").arg(amount);
    return e;
}

TimelineEntry refundEntry(const RefundRecord &r)
{
    const bool done = r.status == u"REFUND_SUCCESS";
    return {TimelineEntry::Kind::Refund,
            r.happened,
            done ? OrderSnapshot::tr("Refunded ¥%1").arg(yuanDigits(r.amount))
                 : OrderSnapshot::tr("Refund ¥%1 not confirmed").arg(yuanDigits(r.amount)),
            numbers(r.outRequestNo, r.tradeNo),
            r.status,
            false};
}

// COMPLETE / VIOLATED / CLOSED of an orderinfo.sync intent's biz_content.
QString sesameStatusOf(const IntentRecord &intent)
{
    const QJsonValue info = intent.parameters.value(u"order_biz_info");
    const QJsonObject object = info.isObject()
                                   ? info.toObject()
                                   : QJsonDocument::fromJson(info.toString().toUtf8()).object();
    const QString status = object.value(u"status").toString();
    return status.isEmpty() ? intent.parameters.value(u"status").toString() : status;
}

QString sesameStatusText(const QString &status)
{
    if (status == u"COMPLETE")
        return OrderSnapshot::tr("fulfilled (COMPLETE)");
    if (status == u"VIOLATED")
        return OrderSnapshot::tr("defaulted (VIOLATED)");
    if (status == u"CLOSED")
        return OrderSnapshot::tr("closed (CLOSED)");
    return status;
}

QString intentAction(const IntentRecord &intent)
{
    const QString amount = yuanDigits(intent.amount);
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        return OrderSnapshot::tr("Unfreeze ¥%1").arg(amount);
    case IntentRecord::Kind::Pay:
        return OrderSnapshot::tr("Charge ¥%1").arg(amount);
    case IntentRecord::Kind::Refund:
        return OrderSnapshot::tr("Refund ¥%1").arg(amount);
    case IntentRecord::Kind::Cancel:
        return OrderSnapshot::tr("Cancel the freeze");
    case IntentRecord::Kind::OrderInfoSync:
        return OrderSnapshot::tr("Sesame report: %1").arg(sesameStatusText(sesameStatusOf(intent)));
    }
    return {};
}

TimelineEntry intentEntry(const IntentRecord &intent)
{
    TimelineEntry e{TimelineEntry::Kind::Intent,
                    intent.created,
                    QString(),
                    QString(),
                    intentOutcomeCode(intent.outcome),
                    intent.outcome == Outcome::Unknown};
    const QString action = intentAction(intent);
    if (intent.outcome == Outcome::Unknown)
        e.title = OrderSnapshot::tr("%1 (awaiting confirmation)").arg(action);
    else if (intent.outcome == Outcome::Succeeded)
        e.title = OrderSnapshot::tr("%1 (confirmed by Alipay)").arg(action);
    else if (intent.outcome == Outcome::NotDone)
        e.title = OrderSnapshot::tr("%1 (not done, may be sent again)").arg(action);
    else
        e.title = OrderSnapshot::tr("%1 (refused by Alipay)").arg(action);
    QStringList detail{OrderSnapshot::tr("Request %1").arg(intent.requestNo),
                       OrderSnapshot::tr("by %1").arg(intent.operatorLogin)};
    if (!intent.reason.isEmpty())
        detail << OrderSnapshot::tr("reason: %1").arg(intent.reason);
    if (!intent.subCode.isEmpty() || !intent.code.isEmpty())
        detail
            << QStringLiteral("%1 %2 %3").arg(intent.code, intent.subCode, intent.subMsg).trimmed();
    e.detail = detail.join(QStringLiteral(" · "));
    return e;
}

TimelineEntry refundRequestEntry(const RefundRequestRecord &r)
{
    const bool waiting = r.status == RefundRequestRecord::Status::AwaitingConfirmation;
    QStringList detail{numbers(r.outRequestNo, r.tradeNo),
                       OrderSnapshot::tr("asked by %1").arg(r.requester)};
    if (!r.reason.isEmpty())
        detail << OrderSnapshot::tr("reason: %1").arg(r.reason);
    if (!r.decidedBy.isEmpty())
        detail << OrderSnapshot::tr("decided by %1").arg(r.decidedBy);
    return {TimelineEntry::Kind::RefundRequest,
            r.decided.isValid() ? r.decided : r.requested,
            OrderSnapshot::tr("Refund request ¥%1: %2")
                .arg(yuanDigits(r.amount), refundRequestStatusDisplayName(r.status)),
            detail.join(QStringLiteral(" · ")),
            refundRequestStatusCode(r.status),
            waiting};
}

TimelineEntry noteEntry(const OrderNote &note)
{
    //: Order timeline: a note an operator wrote for whoever handles the order next. %1: login
    return {TimelineEntry::Kind::Note,
            note.at,
            OrderSnapshot::tr("Note by %1").arg(note.operatorLogin),
            note.text.simplified(),
            QString(),
            false};
}

} // namespace

QList<IntentRecord> OrderSnapshot::awaiting() const
{
    QList<IntentRecord> list;
    for (const IntentRecord &intent : intents)
        if (intent.outcome == Outcome::Unknown)
            list << intent;
    return list;
}

Money OrderSnapshot::refundableOf(const QString &outTradeNo) const
{
    const auto trade = std::find_if(trades.cbegin(), trades.cend(), [&](const TradeRecord &t) {
        return t.outTradeNo == outTradeNo;
    });
    if (trade == trades.cend() || trade->status != u"TRADE_SUCCESS")
        return Money();
    Money left = trade->amount;
    for (const RefundRecord &r : refunds)
        if (r.outTradeNo == outTradeNo && r.status == u"REFUND_SUCCESS")
            left -= r.amount;
    // Asked for but not refunded yet: requests still open, and refund calls not settled that
    // no request stands for.
    QSet<qint64> requestIntents;
    for (const RefundRequestRecord &r : refundRequests) {
        requestIntents.insert(r.intentId);
        using S = RefundRequestRecord::Status;
        if (r.outTradeNo == outTradeNo &&
            (r.status == S::PendingApproval || r.status == S::Approved ||
             r.status == S::AwaitingConfirmation))
            left -= r.amount;
    }
    for (const IntentRecord &intent : intents)
        if (intent.kind == IntentRecord::Kind::Refund && intent.outcome == Outcome::Unknown &&
            !requestIntents.contains(intent.id) &&
            intent.parameters.value(u"out_trade_no").toString() == outTradeNo)
            left -= intent.amount;
    return std::max(Money(), left);
}

QList<TimelineEntry> OrderSnapshot::timelineOf(const OrderSnapshot &s)
{
    QList<TimelineEntry> entries;
    QSet<QString> charges;
    for (const TradeRecord &t : s.trades) {
        charges.insert(t.outTradeNo);
        entries << tradeEntry(t);
    }
    for (const OperationRecord &op : s.operations)
        if (op.type != u"PAY" || !charges.contains(op.outRequestNo)) // a charge shows once
            entries << operationEntry(op);
    for (const RefundRecord &r : s.refunds)
        entries << refundEntry(r);
    for (const IntentRecord &intent : s.intents)
        entries << intentEntry(intent);
    for (const RefundRequestRecord &r : s.refundRequests)
        entries << refundRequestEntry(r);
    for (const OrderNote &note : s.notes)
        entries << noteEntry(note);
    // Newest first; facts without a time (rare: Alipay left it out) go last.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) {
                         if (a.at.isValid() != b.at.isValid())
                             return a.at.isValid();
                         return a.at > b.at;
                     });
    return entries;
}

// The detail page shows the text after its own "Sesame report:" label: it does not name Sesame.
SesameState OrderSnapshot::sesameOf(const OrderSnapshot &s)
{
    SesameState state;
    if (s.order.credit.isZero()) {
        state.text = tr("Not a Sesame credit order: nothing to report.");
        return state;
    }
    const IntentRecord *reported = nullptr;
    const IntentRecord *failed = nullptr;
    for (const IntentRecord &intent : s.intents) {
        if (intent.kind != IntentRecord::Kind::OrderInfoSync)
            continue;
        if (intent.outcome == Outcome::Unknown) {
            state.state = SesameState::State::AwaitingConfirmation;
            state.reportedStatus = sesameStatusOf(intent);
            state.at = intent.created;
            //: After "Sesame report:". %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when
            state.text = tr("%1, sent %2, awaiting confirmation.")
                             .arg(sesameStatusText(state.reportedStatus), when(state.at));
            return state;
        }
        if (intent.outcome == Outcome::Succeeded)
            reported = &intent;
        else
            failed = &intent;
    }
    if (reported) {
        state.state = SesameState::State::Reported;
        state.reportedStatus = sesameStatusOf(*reported);
        state.at = reported->settled.isValid() ? reported->settled : reported->created;
        //: After "Sesame report:". %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: when
        state.text =
            tr("%1, confirmed on %2.").arg(sesameStatusText(state.reportedStatus), when(state.at));
    } else if (failed) {
        state.state = SesameState::State::Failed;
        state.reportedStatus = sesameStatusOf(*failed);
        state.at = failed->settled.isValid() ? failed->settled : failed->created;
        //: After "Sesame report:". %1: fulfilled (COMPLETE) or defaulted (VIOLATED); %2: why
        state.text = tr("%1 was not accepted (%2). Report again.")
                         .arg(sesameStatusText(state.reportedStatus),
                              failed->subMsg.isEmpty() ? failed->subCode : failed->subMsg);
    } else {
        state.state = SesameState::State::NotReported;
        //: After "Sesame report:" on the detail page.
        state.text = tr("not sent yet.");
    }
    for (const SesameDefaultRequest &request : s.defaultRequests) {
        if (request.status != SesameDefaultRequest::Status::PendingApproval)
            continue;
        state.pendingDefault = request;
        if (state.state == SesameState::State::NotReported)
            //: After "Sesame report:". %1 who asked, %2 when
            state.text = tr("a default (VIOLATED) was asked for by %1 on %2 and waits for a "
                            "supervisor's approval.")
                             .arg(request.requester, when(request.requested));
    }
    return state;
}

} // namespace DepositDesk
