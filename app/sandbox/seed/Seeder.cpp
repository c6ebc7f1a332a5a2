#include "sandbox/seed/Seeder.h"

#include "alipay/JsonWriter.h"
#include "domain/ChinaTime.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/SeedCatalog.h"
#include "sandbox/seed/SeedRandom.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::Sandbox::Seeder)
};

QString digits(SeedRandom &random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QChar(u'0' + int(random.between(0, 9)));
    return text;
}

// Between minPercent and maxPercent of `total`, in whole yuan when the total allows it, and
// always at least one fen and less than the total (when the total is above one fen).
Money part(SeedRandom &random, Money total, int minPercent, int maxPercent)
{
    qint64 fen = total.fen() * random.between(minPercent, maxPercent) / 100;
    if (total.fen() >= 200)
        fen = fen / 100 * 100;
    return Money::fromFen(std::clamp<qint64>(fen, 1, std::max<qint64>(1, total.fen() - 1)));
}

// One order's life, told through the ledger's public API.
class OrderStory
{
public:
    // Each order draws from its own engine, seeded from the seed value and its index, so that
    // an order already in the ledger can be skipped without changing the ones after it.
    OrderStory(Ledger &ledger, const SeedOptions &options, int index)
        : m_ledger(ledger)
        , m_options(options)
        , m_random(SeedRandom::derived(options.seedValue, quint64(index)))
        , m_index(index)
    {}

    bool tell(SeededOrder &order, QString *error);
    // The `which`-th order whose payer cannot pay (SeedOptions::payersWhoCannotPay).
    bool tellPayerCannotPay(SeededOrder &order, int which, QString *error);

private:
    template<typename Outcome>
    bool accepted(const Outcome &outcome, const char *step)
    {
        if (outcome.ok())
            return true;
        m_error =
            Text::tr("Seeding stopped: the sandbox refused %1 of order %2 (%3 %4).")
                .arg(QString::fromLatin1(step), m_outOrderNo, outcome.subCode, outcome.subMsg);
        return false;
    }
    // createdAt invalid: drawn at random within the options' days.
    bool freeze(bool pending, const QDateTime &createdAt = {});
    bool confirm(SeedFunding funding, bool payerCanPay = true);
    bool unfreeze(Money amount, const QDateTime &at);
    bool charge(Money amount, bool complete, const QDateTime &at);
    bool refund(Money amount, const QDateTime &at);
    bool afterAuthorization(SeedScenario scenario, SeedFunding funding);
    // `count` increasing instants between confirmation and the anchor.
    QList<QDateTime> laterInstants(int count);
    Money rest() const { return m_order.restAmount(); }

    Ledger &m_ledger;
    const SeedOptions &m_options;
    SeedRandom m_random;
    int m_index;
    QString m_error;
    QString m_outOrderNo;
    QDateTime m_createdAt;
    QDateTime m_confirmedAt;
    FundAuthOrder m_order;
    Money m_deposit;
    Trade m_trade;
    Payer m_payer;
    SeedCatalog::Store m_store;
    const SeedCatalog::Category *m_category = nullptr;
    bool m_alreadyThere = false; // seeded before (same options): its life is told already
    int m_unfreezes = 0;
    int m_refunds = 0;
};

bool OrderStory::freeze(bool pending, const QDateTime &createdAt)
{
    const qint64 windowSecs = qint64(m_options.days) * 86400;
    // Pending orders are recent (their 15-day timeout has not run out); the others start early
    // enough to leave at least two days for what follows.
    const qint64 back = pending
                            ? m_random.between(600, 2 * 86400)
                            : m_random.between(3 * 86400, std::max<qint64>(3 * 86400, windowSecs));
    m_createdAt = createdAt.isValid() ? createdAt : m_options.anchor.addSecs(-back);
    m_category = &m_random.pick(SeedCatalog::categories());
    m_store = m_random.pick(SeedCatalog::stores());
    const QString item = m_random.pick(m_category->items);
    qint64 depositYuan =
        m_random.between(m_category->minDeposit.fen() / 100, m_category->maxDeposit.fen() / 100);
    if (depositYuan >= 1000)
        depositYuan = depositYuan / 100 * 100;
    m_outOrderNo = QStringLiteral("DD%1%2")
                       .arg(ChinaTime::compactDate(m_createdAt))
                       .arg(m_index, 6, 10, QLatin1Char('0'));

    JsonWriter extra;
    extra.beginObject()
        .string(u"category", m_category->code)
        .string(u"serviceId",
                QStringLiteral("2024%1").arg(m_index % 4 + 1, 12, 10, QLatin1Char('0')))
        .string(u"outStoreCode", m_store.id)
        .string(u"outStoreAlias", m_store.name)
        .endObject();
    FreezeRequest request;
    request.appId = m_options.appId;
    request.outOrderNo = m_outOrderNo;
    request.outRequestNo = m_outOrderNo + QStringLiteral("_F");
    request.orderTitle = m_category->titleFormat.arg(item);
    request.amount = Money::fromFen(depositYuan * 100);
    request.productCode = QStringLiteral("PREAUTH_PAY");
    request.payeeUserId = m_options.payeeUserId;
    request.payeeLogonId = m_options.payeeLogonId;
    request.timeoutExpress = pending ? QStringLiteral("15d") : QStringLiteral("15m");
    request.extraParam = QString::fromUtf8(extra.text());
    const FreezeOutcome outcome = m_ledger.createFreeze(request, m_createdAt);
    m_order = outcome.order;
    m_deposit = request.amount;
    m_alreadyThere = outcome.repeated;
    return accepted(outcome, "app.freeze");
}

bool OrderStory::confirm(SeedFunding funding, bool payerCanPay)
{
    const QStringList &surnames = SeedCatalog::surnames();
    const QStringList &given = SeedCatalog::givenNameCharacters();
    QString name = m_random.pick(surnames) + m_random.pick(given);
    if (m_random.chance(70))
        name += m_random.pick(given);
    static const QStringList prefixes = {QStringLiteral("13"), QStringLiteral("15"),
                                         QStringLiteral("17"), QStringLiteral("18"),
                                         QStringLiteral("19")};
    m_payer = {QStringLiteral("2088") + digits(m_random, 12),
               m_random.pick(prefixes) + digits(m_random, 9), name, payerCanPay};
    const Money amount = m_deposit; // the order's totals are set by the confirmation
    Money credit;
    if (funding == SeedFunding::CreditOnly)
        credit = amount;
    else if (funding == SeedFunding::Mixed)
        credit = part(m_random, amount, 30, 80);
    m_confirmedAt = m_createdAt.addSecs(m_random.between(15, 600));
    const FreezeOutcome outcome =
        m_ledger.confirmFreeze(m_order.authNo, credit, m_payer, m_confirmedAt);
    m_order = outcome.order;
    return accepted(outcome, "the user's confirmation");
}

QList<QDateTime> OrderStory::laterInstants(int count)
{
    const qint64 span = std::max<qint64>(count + 60, m_confirmedAt.secsTo(m_options.anchor) - 60);
    QList<qint64> offsets;
    for (int i = 0; i < count; ++i)
        offsets.append(m_random.between(60, span));
    std::sort(offsets.begin(), offsets.end());
    QList<QDateTime> instants;
    for (int i = 0; i < count; ++i)
        instants.append(m_confirmedAt.addSecs(offsets[i] + i)); // strictly increasing
    return instants;
}

bool OrderStory::unfreeze(Money amount, const QDateTime &at)
{
    UnfreezeRequest request;
    request.appId = m_options.appId;
    request.authNo = m_order.authNo;
    request.outRequestNo = m_outOrderNo + QStringLiteral("_U%1").arg(++m_unfreezes);
    request.amount = amount;
    request.remark = m_random.pick(SeedCatalog::unfreezeRemarks());
    const UnfreezeOutcome outcome = m_ledger.unfreeze(request, at);
    m_order = outcome.order;
    return accepted(outcome, "unfreeze");
}

bool OrderStory::charge(Money amount, bool complete, const QDateTime &at)
{
    PayRequest request;
    request.appId = m_options.appId;
    request.authNo = m_order.authNo;
    request.outTradeNo = m_outOrderNo + QStringLiteral("_P1");
    request.totalAmount = amount;
    request.subject = m_random.pick(m_category->chargeSubjects);
    request.productCode = QStringLiteral("PREAUTH_PAY");
    request.buyerId = m_order.payerUserId;
    request.sellerId = m_options.payeeUserId;
    request.completeMode = complete;
    request.storeId = m_store.id;
    request.operatorId =
        QStringLiteral("op%1").arg(m_random.between(1, 12), 2, 10, QLatin1Char('0'));
    const PayOutcome outcome = m_ledger.pay(request, at);
    m_order = outcome.order;
    m_trade = outcome.trade;
    return accepted(outcome, "trade.pay");
}

bool OrderStory::refund(Money amount, const QDateTime &at)
{
    RefundRequest request;
    request.appId = m_options.appId;
    request.tradeNo = m_trade.tradeNo;
    request.refundAmount = amount;
    request.outRequestNo = m_trade.outTradeNo + QStringLiteral("_R%1").arg(++m_refunds);
    request.refundReason = m_random.pick(SeedCatalog::refundReasons());
    const RefundOutcome outcome = m_ledger.refund(request, at);
    m_trade = outcome.trade;
    return accepted(outcome, "trade.refund");
}

bool OrderStory::afterAuthorization(SeedScenario scenario, SeedFunding funding)
{
    switch (scenario) {
    case SeedScenario::Authorized:
        return true;
    case SeedScenario::PartlyUnfrozen: {
        const QList<QDateTime> at = laterInstants(int(m_random.between(1, 2)));
        for (const QDateTime &when : at) {
            if (!unfreeze(part(m_random, rest(), 10, 40), when))
                return false;
        }
        return true;
    }
    case SeedScenario::FullyUnfrozen: {
        const QList<QDateTime> at = laterInstants(2);
        if (m_random.chance(40) && !unfreeze(part(m_random, rest(), 20, 60), at[0]))
            return false;
        return unfreeze(rest(), at[1]);
    }
    case SeedScenario::ChargedNotComplete:
        return charge(part(m_random, rest(), 10, 60), false, laterInstants(1)[0]);
    case SeedScenario::ChargedComplete:
    case SeedScenario::ChargedThenReleased: {
        const QList<QDateTime> at = laterInstants(3);
        const bool complete = scenario == SeedScenario::ChargedComplete;
        const Money amount =
            complete && m_random.chance(20) ? rest() : part(m_random, rest(), 5, 80);
        if (!charge(amount, complete, at[0]))
            return false;
        if (!complete && !unfreeze(rest(), at[1]))
            return false;
        if (funding == SeedFunding::FundOnly || !m_random.chance(60))
            return true;
        SyncRequest sync;
        sync.appId = m_options.appId;
        sync.tradeNo = m_trade.tradeNo;
        sync.outRequestNo = m_trade.outTradeNo + QStringLiteral("_S1");
        sync.bizType = QStringLiteral("CREDIT_AUTH");
        sync.status = QStringLiteral("COMPLETE");
        return accepted(m_ledger.syncOrderInfo(sync, at[2]), "orderinfo.sync");
    }
    case SeedScenario::RefundedPartly:
    case SeedScenario::RefundedFully: {
        const QList<QDateTime> at = laterInstants(3);
        if (!charge(part(m_random, rest(), 10, 70), m_random.chance(50), at[0]))
            return false;
        const Money paid = m_trade.totalAmount;
        if (scenario == SeedScenario::RefundedPartly)
            return refund(part(m_random, paid, 10, 70), at[1]);
        if (m_random.chance(50))
            return refund(paid, at[1]);
        const Money first = part(m_random, paid, 20, 60);
        return refund(first, at[1]) && refund(paid - first, at[2]);
    }
    default:
        return true;
    }
}

bool OrderStory::tell(SeededOrder &order, QString *error)
{
    const bool ok = [&] {
        if (!freeze(order.scenario == SeedScenario::Pending))
            return false;
        if (m_alreadyThere)
            return true;
        switch (order.scenario) {
        case SeedScenario::Pending:
            return true;
        case SeedScenario::Declined:
            return accepted(m_ledger.declineFreeze(m_order.authNo,
                                                   m_createdAt.addSecs(m_random.between(30, 800))),
                            "the user's refusal");
        case SeedScenario::TimedOut:
            // Touching the order after its 15 minutes lets the ledger close it.
            m_ledger.findOrder(m_options.appId, m_order.authNo, {},
                               m_createdAt.addSecs(m_random.between(901, 7200)));
            return true;
        case SeedScenario::Cancelled: {
            const bool confirmedFirst = m_random.chance(50);
            if (confirmedFirst && !confirm(order.funding))
                return false;
            CancelRequest cancel;
            cancel.appId = m_options.appId;
            cancel.outOrderNo = m_outOrderNo;
            cancel.outRequestNo = m_outOrderNo + QStringLiteral("_F");
            cancel.remark = QStringLiteral("冻结结果未知，撤销");
            // Before the 15-minute timeout when unconfirmed; within the 24-hour window anyway.
            const QDateTime at = m_createdAt.addSecs(confirmedFirst ? m_random.between(700, 3600)
                                                                    : m_random.between(120, 850));
            return accepted(m_ledger.cancel(cancel, at), "operation.cancel");
        }
        default:
            return confirm(order.funding) && afterAuthorization(order.scenario, order.funding);
        }
    }();
    order.authNo = m_order.authNo;
    order.outOrderNo = m_outOrderNo;
    order.alreadyThere = m_alreadyThere;
    if (!ok && error)
        *error = m_error;
    return ok;
}

bool OrderStory::tellPayerCannotPay(SeededOrder &order, int which, QString *error)
{
    // Days before the anchor: the freeze, then each charge attempt (at the given hour, China
    // time). Beyond four orders the plan repeats.
    struct Plan
    {
        int createdDaysBack;
        QList<std::pair<int, int>> attempts; // (days back, hour)
    };
    static const QList<Plan> plans = {
        {32, {{20, 10}, {12, 16}}}, {26, {{17, 11}}}, {13, {{9, 15}}}, {6, {{2, 9}}}};
    const Plan &plan = plans[which % plans.size()];
    order.scenario = SeedScenario::Authorized;
    order.funding = which % 2 == 0 ? SeedFunding::Mixed : SeedFunding::CreditOnly;
    order.payerCanPay = false;
    const QDateTime created = m_options.anchor.addDays(-plan.createdDaysBack)
                                  .addSecs(9 * 3600 + m_random.between(0, 8 * 3600));
    const bool ok =
        freeze(false, created) && (m_alreadyThere || confirm(order.funding, order.payerCanPay));
    for (const auto &[daysBack, hour] : plan.attempts)
        order.chargeAttempts.append(
            m_options.anchor.addDays(-daysBack).addSecs(hour * 3600 + m_random.between(0, 3599)));
    order.authNo = m_order.authNo;
    order.outOrderNo = m_outOrderNo;
    order.alreadyThere = m_alreadyThere;
    if (!ok && error)
        *error = m_error;
    return ok;
}

} // namespace

Seeder::Seeder(Ledger &ledger)
    : m_ledger(ledger)
{}

QDateTime Seeder::defaultAnchor(const QDateTime &now)
{
    return QDateTime(ChinaTime::toChina(now).date(), QTime(0, 0),
                     QTimeZone(ChinaTime::OffsetSeconds));
}

QList<SeededOrder> Seeder::seed(const SeedOptions &options, QString *error)
{
    SeedRandom random(options.seedValue);
    // Every scenario and every funding once (as far as the count allows), the rest drawn at
    // random; then both lists shuffled, so small counts still cover the most.
    QList<SeededOrder> plan(std::max(0, options.count));
    for (int i = 0; i < plan.size(); ++i) {
        plan[i].scenario =
            SeedScenario(i < SeedScenarioCount ? i : int(random.between(0, SeedScenarioCount - 1)));
    }
    random.shuffle(plan);
    QList<SeedFunding> fundings;
    for (int i = 0; i < plan.size(); ++i)
        fundings.append(SeedFunding(i < 3 ? i : int(random.between(0, 2))));
    random.shuffle(fundings);
    for (int i = 0; i < plan.size(); ++i)
        plan[i].funding = fundings[i];

    QList<SeededOrder> made;
    for (int i = 0; i < plan.size(); ++i) {
        OrderStory story(m_ledger, options, i + 1);
        SeededOrder order = plan[i];
        const bool ok = story.tell(order, error);
        if (!order.authNo.isEmpty())
            made.append(order);
        if (!ok)
            return made;
    }
    for (int j = 0; j < options.payersWhoCannotPay; ++j) {
        OrderStory story(m_ledger, options, int(plan.size()) + j + 1);
        SeededOrder order;
        const bool ok = story.tellPayerCannotPay(order, j, error);
        if (!order.authNo.isEmpty())
            made.append(order);
        if (!ok)
            break;
    }
    return made;
}

QString Seeder::scenarioName(SeedScenario scenario)
{
    static const char *const names[SeedScenarioCount] = {
        "pending",          "declined",
        "timed-out",        "cancelled",
        "authorized",       "partly-unfrozen",
        "fully-unfrozen",   "charged-not-complete",
        "charged-complete", "charged-then-released",
        "refunded-partly",  "refunded-fully"};
    return QString::fromLatin1(names[int(scenario)]);
}

} // namespace DepositDesk::Sandbox
