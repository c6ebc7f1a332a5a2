#pragma once

#include "services/risk/WaiverCheck.h"
#include "store/AuditEntry.h"
#include "store/IntentRecord.h"
#include "store/OrderNote.h"
#include "store/RefundRequestRecord.h"
#include "store/SesameDefaultRequests.h"

#include "domain/OperationRecord.h"
#include "domain/OrderRecord.h"
#include "domain/RefundRecord.h"
#include "domain/TradeRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// One line of an order's timeline, newest first in OrderSnapshot::timeline.
struct TimelineEntry
{
    enum class Kind { Operation, Trade, Refund, Intent, RefundRequest, Note };
    Kind kind = Kind::Operation;
    QDateTime at;
    QString title;  // translated: "Unfrozen ¥20.00", "Charge ¥12.00 (awaiting confirmation)"
    QString detail; // request numbers, Alipay numbers, operator, reason
    QString status; // Alipay's spelling or the intent outcome code
    bool awaitingConfirmation = false;
};

// The Sesame (芝麻) fulfilment report state of a credit order.
struct SesameState
{
    enum class State { NotCredit, NotReported, Reported, AwaitingConfirmation, Failed };
    State state = State::NotCredit;
    QString reportedStatus; // COMPLETE / VIOLATED when reported
    QDateTime at;
    QString text; // translated one-liner for the detail page
    // The request to report a default that waits for a supervisor (id 0: none).
    SesameDefaultRequest pendingDefault;
};

// Everything the freeze detail page shows about one order, read in one go from the store.
struct OrderSnapshot
{
    OrderRecord order;
    QList<OperationRecord> operations;
    QList<TradeRecord> trades;
    QList<RefundRecord> refunds;
    QList<IntentRecord> intents;                 // all, oldest first
    QList<RefundRequestRecord> refundRequests;   // all, oldest first
    QList<AuditEntry> audit;                     // this order's entries, oldest first
    QList<OrderNote> notes;                      // the operators' notes, oldest first
    QList<SesameDefaultRequest> defaultRequests; // reports of a default asked for, oldest first
    QList<TimelineEntry> timeline;               // newest first
    SesameState sesame;
    // The credit-waived part against the waiver policy in force when the order was made.
    WaiverCheck waiver;

    // Intents still UNKNOWN: the page shows "awaiting confirmation" with what was asked.
    QList<IntentRecord> awaiting() const;
    // Charged minus refunded (and minus refunds awaiting) of one charge: what may still be
    // refunded. Zero for a charge that is not TRADE_SUCCESS (closed, finished, unpaid) or not
    // known.
    Money refundableOf(const QString &outTradeNo) const;

    // Built by OrderDetailsReader from the lists above (public for tests and callers that fill
    // a snapshot themselves).
    static QList<TimelineEntry> timelineOf(const OrderSnapshot &snapshot);
    static SesameState sesameOf(const OrderSnapshot &snapshot);

    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderSnapshot)
};

} // namespace DepositDesk
