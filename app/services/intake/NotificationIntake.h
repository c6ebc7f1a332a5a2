#pragma once

#include "alipay/GatewayConfig.h"
#include "domain/Nodiscard.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace DepositDesk {

class Store;

// What became of one notification: accepted (its facts are committed, or were already known),
// or refused with a translated reason for the log. A refused notification wrote nothing.
struct DD_NODISCARD IntakeResult
{
    enum class Status {
        Accepted,           // committed or already known: answer `success`
        Malformed,          // not a UTF-8 form body, a parameter twice, a field missing or wrong
        TooLarge,           // the body is larger than NotificationIntake::MaxBodyBytes
        BadSignature,       // the signature does not verify with the Alipay public key
        UnknownApp,         // app_id (or the payee) is not the configured merchant's
        CertificateChanged, // certificate mode: alipay_cert_sn names another certificate
        UnsupportedType,    // a notify_type the intake does not handle
        UnknownOrder,       // a trade notification for a charge no order of the desk has (yet)
        StoreFailed,        // the database refused the write
        NotConfigured,      // no app_id or no Alipay public key: nothing can be verified
    };

    Status status = Status::Malformed;
    QString reason;      // translated; never a key, never the sign value, never the whole body
    QString notifyId;    // as received (empty when the body could not be read)
    QString notifyType;  // as received
    QString outOrderNo;  // the order the facts belong to, when known
    QStringList changes; // what the facts changed (translated); empty for a repeat

    bool accepted() const { return status == Status::Accepted; }
    // The body of the HTTP answer: exactly the 7 bytes `success` when accepted
    // (docs/alipay-protocol.md §5.1), `fail` otherwise so that Alipay sends it again.
    QByteArray answer() const;
    // A stable code for the log: "accepted", "malformed", "too_large", "bad_signature" ...
    static QString statusCode(Status status);
};

// Turns the raw POST body of an Alipay asynchronous notification into facts, exactly once
// (docs/alipay-protocol.md §5): checks the content type and the size, form-decodes the body
// exactly once, verifies the RSA2 signature with the Alipay public key (in certificate mode the
// key of alipayCertPublicKey_RSA2.crt, and an alipay_cert_sn, when given, must be the configured
// one), checks that app_id is the configured app, maps the business fields to ledger facts and
// applies them with OrderFacts::applyNotification (FactSource::Notification) in one transaction.
// A freeze notification for an order the index does not have creates its row.
//
// Handled: fund_auth_freeze, fund_auth_unfreeze, fund_auth_operation_cancel (the operation and,
// for a new order, its figures) and trade_status_sync (the charge, found through the charge's
// intent or the order index; a refund when the desk's refund intent names it — otherwise the
// refund is left to the refund query). A repeat (same notify_id, same facts) changes nothing: the
// ledger knows the facts already. Runs on the calling thread; the writes are short.
class NotificationIntake
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::NotificationIntake)

public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024; // real ones are about 2 KiB

    // Reads config.appId, config.alipayPublicKey, config.alipayCertSn and config.sellerId
    // (when set, a payee or seller that differs is refused); the merchant key is not needed.
    // The store is borrowed and must outlive the intake.
    NotificationIntake(const Store &store, const GatewayConfig &config);

    // Whether notifications can be verified (an app_id and the Alipay public key); otherwise
    // problem() says what is missing and every notification is refused as NotConfigured.
    bool canVerify() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    QString appId() const { return m_config.appId; }

    // One notification as received: the raw POST body and the request's Content-Type.
    IntakeResult receive(QByteArrayView body, QByteArrayView contentType) const;

    struct Received
    {
        QByteArray body;
        QByteArray contentType;
    };
    // Notifications that arrived together, in one transaction (one commit, one writer lock)
    // instead of one each: each is received as by receive() inside a savepoint of its own, so a
    // refused one leaves no trace and the others go on. A result says accepted only once the
    // transaction is committed; when the commit fails every one is StoreFailed (nothing of
    // them was written, Alipay sends them again). Results in the order of `notifications`.
    QList<IntakeResult> receiveAll(const QList<Received> &notifications) const;

    // Consulted after the checks and before the facts are written; a non-empty sentence
    // refuses the notification as StoreFailed with that reason and writes nothing. Tests use it
    // to play a database that fails for a while.
    void setStoreFault(std::function<QString()> fault) { m_storeFault = std::move(fault); }

private:
    const Store &m_store;
    GatewayConfig m_config;
    QString m_problem;
    std::function<QString()> m_storeFault;
};

} // namespace DepositDesk
