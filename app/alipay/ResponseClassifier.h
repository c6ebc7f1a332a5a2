#pragma once

#include "alipay/CallResult.h"
#include "alipay/RsaPublicKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DepositDesk {

// Turns what came back from the gateway into a CallResult (docs/alipay-protocol.md §3.3, §4.2).
// Pure functions: no network, so every rule is testable from bytes.
//
// Rules: a field is believed only after the node's exact text verified with the Alipay key.
// Signed 10000 = Succeeded; signed 20001/40001/40002/40006 and 40004 with a definitive sub_code
// = Failed; everything else is Unknown: 10003, 20000, 40004 *SYSTEM_ERROR*/*UNKNOW*, an
// unsigned or badly signed answer whatever it says, a certificate SN other than the configured
// one, an unreadable body, a code §4 does not define, and every transport failure.
class ResponseClassifier
{
public:
    // Caps on an answer (real answers are a few KiB, nested three or four levels): a longer one
    // is aborted while it is read (GatewayClient), a deeper one refused before it is parsed.
    // Either is Unknown (UnreadableBody) with the limit named in its message and detail: the
    // call may have moved money.
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;
    static constexpr int MaxAnswerDepth = 64;

    struct Expectation
    {
        QString method;
        std::optional<RsaPublicKey> alipayKey;
        QString alipayCertSn; // certificate mode: the SN every answer must carry; else empty
        int timeoutMs = 0;    // for the timeout message
    };

    // An HTTP 200 answer with its complete body.
    static CallResult fromBody(const Expectation &expect, const QByteArray &body);
    // No usable answer: timeout, connection error, non-200, or a body cut off.
    static CallResult fromTransport(const Expectation &expect, CallResult::UnknownCause cause,
                                    int httpStatus, const QByteArray &body, const QString &detail);
    // An answer aborted while it was read because it grew past MaxAnswerBytes: Unknown, with the
    // limit named; nothing of the body is kept.
    static CallResult tooLarge(const Expectation &expect, int httpStatus);
    // How deeply `body`'s JSON nests its objects and arrays (brackets inside strings do not
    // count), scanning the raw bytes; stops counting once `limit` is passed.
    static int nestingDepth(const QByteArray &body, int limit = MaxAnswerDepth);
    // Refused before sending (invalid configuration or request): Failed, nothing sent.
    static CallResult notSent(const QString &method, const QString &reason);

    // 40004 sub_codes that mean "unknown" (§4.2): containing SYSTEM_ERROR or UNKNOW (which also
    // catches Alipay's own spelling "unknow-error"), any case.
    static bool isUnknownSubCode(QStringView subCode);
};

} // namespace DepositDesk
