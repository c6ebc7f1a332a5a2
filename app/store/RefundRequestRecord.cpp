#include "store/RefundRequestRecord.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

using S = RefundRequestRecord::Status;

const S AllStatuses[] = {S::PendingApproval, S::Approved, S::Rejected,
                         S::Executed,        S::Failed,   S::AwaitingConfirmation};

} // namespace

QString refundRequestStatusCode(RefundRequestRecord::Status status)
{
    switch (status) {
    case S::PendingApproval:
        return QStringLiteral("PENDING_APPROVAL");
    case S::Approved:
        return QStringLiteral("APPROVED");
    case S::Rejected:
        return QStringLiteral("REJECTED");
    case S::Executed:
        return QStringLiteral("EXECUTED");
    case S::Failed:
        return QStringLiteral("FAILED");
    case S::AwaitingConfirmation:
        return QStringLiteral("AWAITING_CONFIRMATION");
    }
    return {};
}

std::optional<RefundRequestRecord::Status> refundRequestStatusFromCode(QStringView code)
{
    for (S s : AllStatuses)
        if (code == refundRequestStatusCode(s))
            return s;
    return std::nullopt;
}

QString refundRequestStatusDisplayName(RefundRequestRecord::Status status)
{
    switch (status) {
    case S::PendingApproval:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord",
                                           "Waiting for approval");
    case S::Approved:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord",
                                           "Approved, being sent");
    case S::Rejected:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord", "Rejected");
    case S::Executed:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord", "Refunded");
    case S::Failed:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord", "Refused by Alipay");
    case S::AwaitingConfirmation:
        return QCoreApplication::translate("DepositDesk::RefundRequestRecord",
                                           "Sent, awaiting confirmation");
    }
    return {};
}

} // namespace DepositDesk
