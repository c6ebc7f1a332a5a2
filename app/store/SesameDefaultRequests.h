#pragma once

#include "domain/Money.h"
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// An agent's request to report a customer's default (VIOLATED) to Sesame Credit, which a
// supervisor other than the agent approves or rejects. It is bound to the exact report approval
// sends: the failed charge it is about and the out_request_no chosen when it was asked for.
struct SesameDefaultRequest
{
    enum class Status {
        PendingApproval,
        Approved, // approved and sent: the intent (intentId) tells what Alipay answered
        Rejected,
    };

    qint64 id = 0;
    QString outOrderNo;
    QString outTradeNo; // the failed charge
    Money amount;       // what that charge asked for
    QDateTime failed;   // when the order's first charge failed: the 15 days count from it
    QString outRequestNo;
    QString reason;
    QString requester;
    QDateTime requested;
    Status status = Status::PendingApproval;
    QString decidedBy;
    QString decisionComment;
    QDateTime decided;
    qint64 intentId = 0;
};

// Table sesame_default_requests (migration 17). A request moves once: PENDING_APPROVAL →
// APPROVED | REJECTED; rows are never deleted. An order has at most one request that is pending
// or approved (the database refuses a second one), so a default is reported once.
class SesameDefaultRequests
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::SesameDefaultRequests)

public:
    explicit SesameDefaultRequests(const Store &store);
    SesameDefaultRequests(const Store &store, const Clock &clock);

    // Writes a new request (id, requested and status PENDING_APPROVAL are set on return).
    StoreResult create(SesameDefaultRequest &request);
    std::optional<SesameDefaultRequest> find(qint64 id) const;
    // Oldest first.
    QList<SesameDefaultRequest> forOrder(const QString &outOrderNo) const;
    // Moves a pending request to APPROVED (with the intent of the report) or REJECTED, with who
    // decided and why. A request already decided is refused with a translated reason.
    StoreResult decide(qint64 id, SesameDefaultRequest::Status to, const QString &who,
                       const QString &comment, qint64 intentId = 0);

    static QString statusCode(SesameDefaultRequest::Status status); // "PENDING_APPROVAL" ...
    static std::optional<SesameDefaultRequest::Status> statusFromCode(QStringView code);

private:
    QList<SesameDefaultRequest> select(const QString &where, const QString &key,
                                       const QVariant &value) const;

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
