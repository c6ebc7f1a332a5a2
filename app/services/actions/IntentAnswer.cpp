#include "services/actions/IntentAnswer.h"

#include "alipay/AlipayApi.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/TradeTypes.h"
#include "domain/YuanText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::IntentAnswer)
};

QString text(const IntentRecord &intent, QStringView key)
{
    return intent.parameters.value(key).toString();
}

// Whether a signed success answers this very request: the numbers and the amount it names are
// compared with the journaled ones. A success that names others (or leaves out what Alipay always
// returns) becomes Unknown, with what did not match as its technical detail, and is not recorded:
// the resolver's query settles the request itself.
class AnswerMatch
{
public:
    explicit AnswerMatch(CallResult &call)
        : m_call(call)
    {}

    // `required`: Alipay always returns it in this answer, so its absence is a mismatch too.
    AnswerMatch &number(QStringView field, const QString &asked, bool required)
    {
        const QString answered = m_call.field(field);
        if (answered.isEmpty() && required)
            m_problems << Text::tr("%1 is missing from the answer (the request has \"%2\")")
                              .arg(field.toString(), asked);
        else if (!answered.isEmpty() && !asked.isEmpty() && answered != asked)
            m_problems << Text::tr("%1 is \"%2\" in the answer but \"%3\" in the request")
                              .arg(field.toString(), answered, asked);
        return *this;
    }
    AnswerMatch &amount(QStringView field, Money asked, bool required)
    {
        const std::optional<Money> answered = m_call.amount(field);
        if (!answered && required)
            m_problems << Text::tr("%1 is missing from the answer (the request has %2)")
                              .arg(field.toString(), yuanDigits(asked));
        else if (answered && *answered != asked)
            m_problems << Text::tr("%1 is %2 in the answer but %3 in the request")
                              .arg(field.toString(), yuanDigits(*answered), yuanDigits(asked));
        return *this;
    }
    // A running total that includes the amount asked for (a refund's refund_fee).
    AnswerMatch &totalOf(QStringView field, Money asked)
    {
        const std::optional<Money> answered = m_call.amount(field);
        if (answered && *answered < asked)
            m_problems << Text::tr("%1 is %2 in the answer, less than the %3 of this request")
                              .arg(field.toString(), yuanDigits(*answered), yuanDigits(asked));
        return *this;
    }

    // Refines a success that did not match to Unknown.
    void settle()
    {
        if (!m_call.succeeded() || m_problems.isEmpty())
            return;
        m_call.refine(
            CallResult::Outcome::Unknown, CallResult::UnknownCause::NeedsConfirmation,
            Text::tr("Alipay's signed answer names another request or another amount than "
                     "this one, so DepositDesk recorded nothing from it. It checks this "
                     "request with a query; do not repeat it with a new number."));
        m_call.detail = Text::tr("The answer does not match the request: %1.")
                            .arg(m_problems.join(QStringLiteral("; ")));
    }

private:
    CallResult &m_call;
    QStringList m_problems;
};

IntentRecord::Outcome outcomeOf(const CallResult &call)
{
    switch (call.outcome) {
    case CallResult::Outcome::Succeeded:
        return IntentRecord::Outcome::Succeeded;
    case CallResult::Outcome::Failed:
        return IntentRecord::Outcome::Failed;
    case CallResult::Outcome::Unknown:
        return IntentRecord::Outcome::Unknown;
    }
    return IntentRecord::Outcome::Unknown;
}

StoreResult applyUnfreeze(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                          FactChanges *changes)
{
    UnfreezeRequest request;
    request.authNo = text(intent, u"auth_no");
    request.outRequestNo = intent.requestNo;
    request.amount = intent.amount;
    request.remark = text(intent, u"remark");
    const UnfreezeResult result = UnfreezeResult::from(call, request);
    call = result.call;
    AnswerMatch(call)
        .number(u"out_request_no", intent.requestNo, true)
        .number(u"out_order_no", intent.outOrderNo, false)
        .number(u"auth_no", request.authNo, false)
        .amount(u"amount", intent.amount, true)
        .settle();
    return call.succeeded() ? facts.applyUnfreeze(intent.outOrderNo, result, changes)
                            : StoreResult::success();
}

StoreResult applyPay(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                     FactChanges *changes)
{
    const TradePayResult result = TradePayResult::from(call);
    call = result.call;
    AnswerMatch(call)
        .number(u"out_trade_no", text(intent, u"out_trade_no"), true)
        .amount(u"total_amount", intent.amount, true)
        .settle();
    if (!call.succeeded())
        return StoreResult::success();
    const bool complete = text(intent, u"auth_confirm_mode") == u"COMPLETE";
    return facts.applyPay(intent.outOrderNo, result,
                          complete ? OrderFacts::RestAfterPay::Released
                                   : OrderFacts::RestAfterPay::StaysFrozen,
                          changes);
}

StoreResult applyRefund(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                        FactChanges *changes)
{
    const RefundResult result = RefundResult::from(call);
    call = result.call;
    // The answer names the trade, not the refund (§6.8); refund_fee is the trade's total refunded
    // after this call, so it holds at least this refund.
    AnswerMatch(call)
        .number(u"out_trade_no", text(intent, u"out_trade_no"), true)
        .number(u"trade_no", text(intent, u"trade_no"), false)
        .totalOf(u"refund_fee", intent.amount)
        .settle();
    if (!call.succeeded())
        return StoreResult::success();
    // fund_change=Y, signed: this refund, of the amount asked for, is done.
    RefundQueryResult done;
    done.call = result.call;
    done.refundStatus = RefundQueryResult::RefundStatus::Success;
    done.refundStatusText = QStringLiteral("REFUND_SUCCESS");
    done.tradeNo = result.tradeNo;
    done.outTradeNo =
        result.outTradeNo.isEmpty() ? text(intent, u"out_trade_no") : result.outTradeNo;
    done.outRequestNo = intent.requestNo;
    done.refundAmount = intent.amount;
    done.gmtRefundPay = result.gmtRefundPay;
    return facts.applyRefund(intent.outOrderNo, done, FactSource::OurAction, changes);
}

StoreResult applyCancel(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                        FactChanges *changes)
{
    const CancelResult result = CancelResult::from(call);
    call = result.call;
    AnswerMatch(call)
        .number(u"out_request_no", text(intent, u"out_request_no"), true)
        .number(u"out_order_no", text(intent, u"out_order_no"), false)
        .settle();
    return call.succeeded() ? facts.applyCancel(intent.outOrderNo, result, changes)
                            : StoreResult::success();
}

} // namespace

QString IntentAnswer::methodOf(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return AlipayApi::Unfreeze;
    case IntentRecord::Kind::Pay:
        return AlipayApi::TradePay;
    case IntentRecord::Kind::Refund:
        return AlipayApi::TradeRefund;
    case IntentRecord::Kind::Cancel:
        return AlipayApi::OperationCancel;
    case IntentRecord::Kind::OrderInfoSync:
        return AlipayApi::OrderInfoSync;
    }
    return {};
}

QByteArray IntentAnswer::bizContent(const IntentRecord &intent)
{
    return QJsonDocument(intent.parameters).toJson(QJsonDocument::Compact);
}

IntentAnswer::Result IntentAnswer::read(OrderFacts &facts, const IntentRecord &intent,
                                        const CallResult &call)
{
    Result r;
    r.call = call;
    StoreResult recorded;
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        recorded = applyUnfreeze(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Pay:
        recorded = applyPay(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Refund:
        recorded = applyRefund(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Cancel:
        recorded = applyCancel(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::OrderInfoSync:
        r.call = OrderInfoSyncResult::from(call).call;
        AnswerMatch(r.call).number(u"trade_no", text(intent, u"trade_no"), true).settle();
        break;
    }
    r.outcome = outcomeOf(r.call);
    if (!recorded)
        r.factsError = recorded.errorString;
    return r;
}

} // namespace DepositDesk
