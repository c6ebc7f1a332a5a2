#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace DepositDesk {

// A money-moving call, written down before it is sent (docs/ARCHITECTURE.md principle 2).
struct IntentRecord
{
    enum class Kind { Unfreeze, Pay, Refund, Cancel, OrderInfoSync };
    // UNKNOWN until Alipay's answer settles it: a timeout, 20000, a system error or a bad
    // signature leave it UNKNOWN, for the resolver to settle with the matching query.
    // NOT_DONE: queries showed that the request was not applied (code "NOT_DONE") once it was
    // older than the transport's timeout and its desk no longer held the order. It may still
    // land, so the way forward is a retry (same request number, same parameters: Alipay applies
    // one number once): IntentJournal::begin() of the same intent moves it back to UNKNOWN.
    // SUCCEEDED and FAILED are final. While an intent of an order and kind is UNKNOWN or
    // NOT_DONE, no other request number of that order and kind is written (the database refuses
    // it), so one decision can move money once only.
    enum class Outcome { Unknown, Succeeded, Failed, NotDone };

    qint64 id = 0;
    Kind kind = Kind::Unfreeze;
    QString outOrderNo;
    QString requestNo; // out_request_no / out_trade_no: reused by every retry
    Money amount;
    QString operatorLogin;
    QString reason;
    QDateTime created;
    QString desk;           // the desk (OrderLocks::newDeskId()) that sent it last
    QDateTime sent;         // when it was last written to be sent: created, or the latest retry
    QJsonObject parameters; // the full biz_content, so a retry sends exactly the same
    Outcome outcome = Outcome::Unknown;
    QString code;
    QString subCode;
    QString subMsg;
    QDateTime settled;
};

QString intentKindCode(IntentRecord::Kind kind);
std::optional<IntentRecord::Kind> intentKindFromCode(QStringView code);
QString intentOutcomeCode(IntentRecord::Outcome outcome);
std::optional<IntentRecord::Outcome> intentOutcomeFromCode(QStringView code);
// UNKNOWN or NOT_DONE: the request may still land, so it blocks new numbers of its order and kind.
bool intentIsOpen(IntentRecord::Outcome outcome);

} // namespace DepositDesk
