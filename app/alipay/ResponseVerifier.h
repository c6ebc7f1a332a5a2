#pragma once

#include "alipay/RsaPublicKey.h"
#include "domain/Nodiscard.h"

#include <QByteArray>
#include <QString>

namespace DepositDesk {

// Finds and verifies the signed node of a gateway response body (docs/alipay-protocol.md §3).
class ResponseVerifier
{
public:
    struct DD_NODISCARD Result
    {
        QByteArray nodeName;  // "alipay_trade_query_response" or "error_response"; empty if none
        QByteArray nodeText;  // exact raw text of the node, from its '{' to its matching '}'
        QByteArray signature; // decoded `sign`, empty if absent or not base64
        QByteArray alipayCertSn;
        bool signaturePresent = false;
        bool signatureValid = false;
    };

    // The response node name for an API method: dots become underscores, plus "_response".
    static QByteArray nodeNameFor(const QString &method);

    // The exact text of the top-level member `nodeName` of `body`, found by scanning the raw
    // text (string- and escape-aware brace matching); empty if absent or unbalanced.
    static QByteArray extractNode(const QByteArray &body, const QByteArray &nodeName);

    // Looks for the method's node, then for `error_response`; verifies `sign` over the node's
    // exact text with the Alipay public key. Never re-serialises anything.
    // Members are looked up among the top-level members only, wherever they stand (a `sign`
    // before the node and whitespace around the body are fine); a node of another method is
    // not taken. A body that is not one JSON object, or that repeats the node or `sign`, gives
    // no valid signature. Like the Java SDK, a failed check is retried once with "\/" read as
    // "/". Read the business fields from `nodeText` (the verified text), not from the body.
    static Result verify(const QByteArray &body, const QString &method, const RsaPublicKey &key);
};

} // namespace DepositDesk
