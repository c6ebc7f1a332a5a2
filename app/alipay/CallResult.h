#pragma once

#include "domain/Money.h"
#include "domain/Nodiscard.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace DepositDesk {

// What one gateway call came to (docs/alipay-protocol.md §4.2, docs/ARCHITECTURE.md principles 2
// and 3).
struct DD_NODISCARD CallResult
{
    enum class Outcome {
        Succeeded, // signed 10000 (and, for typed calls, the business fields say it is done)
        Failed,    // definitively not done: a signed refusal, or refused before sending
        Unknown,   // may or may not have happened: settle with the matching query, never retry
                   // with a new request number
    };

    enum class UnknownCause {
        None,
        Timeout,            // no complete answer within the call timeout
        ConnectionError,    // no connection, TLS failure, reset before an answer
        HttpStatus,         // an HTTP status other than 200
        GatewayUnavailable, // code 20000
        SystemError,        // 40004 with a *SYSTEM_ERROR* / *UNKNOW* sub_code
        Pending,            // code 10003 (or an operation still INIT): waiting for the user
        Unsigned,           // no `sign` in the answer
        BadSignature,       // `sign` does not verify with the Alipay public key
        CertSnMismatch,     // certificate mode: alipay_cert_sn is not the configured one
        UnreadableBody,     // body cut off, not JSON, or without the response node
        UnrecognizedCode,   // a signed code that §4 does not define
        NeedsConfirmation,  // typed calls: the answer itself says to confirm by a query
    };

    Outcome outcome = Outcome::Unknown;
    UnknownCause unknownCause = UnknownCause::None;
    bool sent = false; // false: refused before anything left this computer (always Failed)

    QString method;
    // As the answer says them, signed or not (for display; only a signed answer decides).
    QString code;
    QString msg;
    QString subCode;
    QString subMsg;
    QJsonObject node;    // the parsed response node; empty when there is none
    QByteArray nodeName; // "alipay_trade_query_response" or "error_response"
    bool signatureVerified = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;    // raw answer, for the audit log
    QString message;    // translated, for a customer-service agent
    QString detail;     // technical detail (network error text), may be empty

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    bool failed() const { return outcome == Outcome::Failed; }
    bool unknown() const { return outcome == Outcome::Unknown; }

    // A string field of the node (numbers are written out), empty if absent.
    QString field(QStringView key) const;
    // An amount field of the node (yuan string or JSON number); nullopt if absent or invalid.
    std::optional<Money> amount(QStringView key) const;

    // Typed calls refine a signed answer from its business fields (e.g. a 10000 whose operation
    // is still INIT becomes Unknown). An Unknown is never refined: nothing turns it into a
    // Succeeded or a Failed.
    void refine(Outcome refined, UnknownCause cause, const QString &agentMessage);
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::CallResult)
