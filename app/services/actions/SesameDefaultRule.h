#pragma once

#include "store/IntentRecord.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// Alipay's rule for reporting a customer's default (VIOLATED) on a credit deposit: only for an
// order whose charge from the deposit failed because the customer could not pay, and only 15 days
// after the first such failed charge. Read from the order's intent journal: a charge (PAY intent)
// that ended FAILED with one of the buyer's-funds sub_codes, or that a trade query found closed
// without payment (the answer to the charge itself was lost).
class SesameDefaultRule
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::SesameDefaultRule)

public:
    static constexpr int WaitDays = 15;

    struct FailedCharge
    {
        QString outTradeNo;
        Money amount;
        QDateTime at; // when Alipay's refusal was recorded
    };

    // Alipay's sub_codes of a charge the customer's own money could not pay.
    static const QStringList &buyerCannotPaySubCodes();
    // The same test as isFailedCollection() as an SQL condition on the intents table.
    static QString failedCollectionSql();

    // Whether this intent is a charge the customer could not pay.
    static bool isFailedCollection(const IntentRecord &intent);
    // The order's first such charge, if any.
    static std::optional<FailedCharge> firstFailedCharge(const QList<IntentRecord> &intents);
    // From when VIOLATED may be reported: the first failed charge plus WaitDays.
    static QDateTime dueFrom(const FailedCharge &first);
    // Why VIOLATED may not be reported now (translated; says from when it may), or empty.
    static QString problem(const QList<IntentRecord> &intents, const QDateTime &now);
};

} // namespace DepositDesk
