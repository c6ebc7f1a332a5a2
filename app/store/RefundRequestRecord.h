#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk {

// A refund an agent asked for, bound to the exact request that approval will execute: the
// same out_request_no, same amount. Kept in table refund_requests (RefundRequests).
struct RefundRequestRecord
{
    enum class Status {
        PendingApproval,
        Approved, // approved, being sent
        Rejected,
        Executed,             // Alipay confirmed the refund
        Failed,               // Alipay definitively refused it; may be requested again
        AwaitingConfirmation, // sent, outcome unknown: no new request until settled
    };

    qint64 id = 0;
    QString outOrderNo;
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo; // chosen when requested, never changed
    Money amount;
    QString reason;
    QString requester;
    QDateTime requested;
    Status status = Status::PendingApproval;
    QString decidedBy; // approver or rejecter
    QString decisionComment;
    QDateTime decided;
    qint64 intentId = 0; // the intent of the execution, 0 until sent
};

QString refundRequestStatusCode(RefundRequestRecord::Status status); // "PENDING_APPROVAL" ...
std::optional<RefundRequestRecord::Status> refundRequestStatusFromCode(QStringView code);
QString refundRequestStatusDisplayName(RefundRequestRecord::Status status); // translated

} // namespace DepositDesk
