#pragma once

#include "domain/Clock.h"

#include <QString>

#include <optional>

namespace DepositDesk {

// Makes merchant request numbers (out_order_no, out_request_no, out_trade_no) that never repeat,
// across restarts and across every desk of a team, whatever the clocks do.
//
// Form: <KIND>_<yyyyMMdd>_<26 characters>, e.g. "UF_20240501_0J5R3D8C0W9K3M1T7V6B2X4N8G".
// KIND and the GMT+8 date are there for people reading a bill or talking to Alipay support; the
// uniqueness comes only from the last part: 128 bits from the operating system's CSPRNG
// (OpenSSL RAND_bytes) written in Crockford base32 (0-9, A-Z without I L O U). A frozen or reset
// clock, a restored database or two desks starting at the same moment cannot produce a repeat
// (2^-128 per pair). At most 39 characters, only [A-Za-z0-9_], within Alipay's String(64).
class RequestNumberGenerator
{
public:
    enum class Kind {
        FreezeOrder,   // out_order_no of a freeze ("FO")
        FreezeRequest, // out_request_no of a freeze ("FR")
        Unfreeze,      // out_request_no of an unfreeze ("UF")
        Pay,           // out_trade_no of a 转支付 trade ("PAY")
        Refund,        // out_request_no of a refund ("RF")
        OrderSync,     // out_request_no of an orderinfo.sync ("SY")
    };

    static constexpr int RandomBytes = 16;
    static constexpr int MaxLength = 64;

    // The clock dates the numbers; it must outlive the generator.
    explicit RequestNumberGenerator(const Clock &clock = Clock::system());

    // A new number, or nullopt (and a translated message) when the system's random generator
    // fails; never a weaker number.
    std::optional<QString> next(Kind kind, QString *error = nullptr) const;

    // The number a caller derives from what it is asked to do, the same every time it is asked
    // for the same thing (bulk actions: the batch's identity and the row): <KIND>_B_<26
    // characters>, the first 128 bits of SHA-256 of `seed` in Crockford base32. It never has the
    // date form of next(), so a derived number cannot equal a random one. Sending a derived
    // number again is how a re-run finds what an earlier run already did (IntentJournal).
    static QString derived(Kind kind, const QByteArray &seed);
    static QString prefix(Kind kind);
    // True for 1..64 characters of [A-Za-z0-9_] (what Alipay accepts in its *_no fields).
    static bool isWellFormed(QStringView number);

private:
    const Clock *m_clock;
};

} // namespace DepositDesk
