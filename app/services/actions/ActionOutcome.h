#pragma once

#include "domain/Money.h"
#include "domain/Nodiscard.h"

#include <QString>

namespace DepositDesk {

// What one guarded action came to, in words for a customer-service agent, with Alipay's codes
// for the expert. Produced by OrderActions and OutcomeResolver; shown by the action dialogs and
// the inline error banner.
struct DD_NODISCARD ActionOutcome
{
    enum class Status {
        Done,                 // Alipay confirmed it (signed); the ledger and index are updated
        Recorded,             // kept locally only (a refund request waiting for approval)
        Refused,              // checked here and refused before anything was sent; nothing changed
        Failed,               // Alipay definitively refused it; nothing moved
        AwaitingConfirmation, // unknown: written down, the resolver settles it by query
    };

    Status status = Status::Refused;
    QString message;   // translated, plain words: what happened and what to do next
    QString code;      // Alipay's code ("40004"), empty when nothing was answered
    QString subCode;   // Alipay's sub_code ("ACQ.TRADE_HAS_CLOSE")
    QString subMsg;    // Alipay's sub_msg
    QString technical; // network error text, unknown cause; never a secret
    // Not empty when the audit entry of what happened could not be written (the database's
    // error). The message then says so too; the status still tells what happened to the money.
    QString auditError;
    QString requestNo; // out_request_no / out_trade_no used (empty when refused before)
    qint64 intentId = 0;
    qint64 refundRequestId = 0; // refund requests
    Money amount;

    bool ok() const { return status == Status::Done || status == Status::Recorded; }
};

} // namespace DepositDesk
