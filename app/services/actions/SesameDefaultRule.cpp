#include "services/actions/SesameDefaultRule.h"

#include "domain/ChinaTime.h"

namespace DepositDesk {

const QStringList &SesameDefaultRule::buyerCannotPaySubCodes()
{
    static const QStringList codes = {
        QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"),
        QStringLiteral("ACQ.BUYER_BANKCARD_BALANCE_NOT_ENOUGH"),
        QStringLiteral("ACQ.PAYMENT_FAIL"),
        QStringLiteral("ACQ.BUYER_ENABLE_STATUS_FORBID"),
        QStringLiteral("ACQ.BUYER_PAYMENT_AMOUNT_DAY_LIMIT_ERROR"),
    };
    return codes;
}

QString SesameDefaultRule::failedCollectionSql()
{
    return QStringLiteral("kind = 'pay' AND outcome = 'FAILED' AND (sub_code IN ('%1') OR "
                          "(code = '10000' AND sub_code = ''))")
        .arg(buyerCannotPaySubCodes().join(QStringLiteral("', '")));
}

bool SesameDefaultRule::isFailedCollection(const IntentRecord &intent)
{
    if (intent.kind != IntentRecord::Kind::Pay || intent.outcome != IntentRecord::Outcome::Failed)
        return false;
    // Settled by a trade query (code 10000) that found the trade closed without payment.
    return buyerCannotPaySubCodes().contains(intent.subCode) ||
           (intent.code == u"10000" && intent.subCode.isEmpty());
}

std::optional<SesameDefaultRule::FailedCharge>
SesameDefaultRule::firstFailedCharge(const QList<IntentRecord> &intents)
{
    std::optional<FailedCharge> first;
    for (const IntentRecord &intent : intents) {
        if (!isFailedCollection(intent))
            continue;
        const QDateTime at = intent.settled.isValid() ? intent.settled : intent.sent;
        if (!first || at < first->at)
            first = FailedCharge{intent.requestNo, intent.amount, at};
    }
    return first;
}

QDateTime SesameDefaultRule::dueFrom(const FailedCharge &first)
{
    return first.at.addDays(WaitDays);
}

QString SesameDefaultRule::problem(const QList<IntentRecord> &intents, const QDateTime &now)
{
    const std::optional<FailedCharge> first = firstFailedCharge(intents);
    if (!first)
        return tr("A default (VIOLATED) may be reported only for an order whose charge from the "
                  "deposit failed because the customer could not pay, and this order has no "
                  "such charge.");
    const QDateTime due = dueFrom(*first);
    if (now < due)
        //: %1 from when (China time), %2 the failed charge's time, %3 the number of days
        return tr("A default may be reported from %1: %3 days after the first failed charge "
                  "(%2).")
            .arg(ChinaTime::format(due), ChinaTime::format(first->at))
            .arg(WaitDays);
    return {};
}

} // namespace DepositDesk
