#pragma once

#include "alipay/SignContent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace DepositDesk {

// application/x-www-form-urlencoded, as the Alipay gateway reads and writes it
// (docs/alipay-protocol.md §1.2, §2.1 step 9, §5.3).
class FormEncoding
{
public:
    // "key=value&key=value" in the given order. Keys and values are UTF-8 and every byte
    // except the unreserved ones (A-Z a-z 0-9 - . _ ~) is written as %XX (upper-case hex), so a
    // signature's '+', '/' and '=' become %2B, %2F and %3D, and a space becomes %20.
    static QByteArray encode(const ParameterList &parameters);
    static QByteArray encodeComponent(QStringView text);

    // Decodes a query string (without '?') or a form body into parameters, in order, decoding
    // each key and value exactly once: '+' is a space, %XX is a byte, and the bytes are UTF-8.
    // Empty segments ("a=1&&b=2") are skipped; a segment without '=' is a key with an empty
    // value. Fails (nullopt and a translated message) on a malformed %-escape or invalid UTF-8.
    static std::optional<ParameterList> decode(QByteArrayView text, QString *error = nullptr);
    static std::optional<QString> decodeComponent(QByteArrayView text, QString *error = nullptr);
};

} // namespace DepositDesk
