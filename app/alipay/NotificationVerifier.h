#pragma once

#include "alipay/RsaPublicKey.h"
#include "alipay/SignContent.h"
#include "domain/Nodiscard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace DepositDesk {

// Checks the signature of an asynchronous notification (docs/alipay-protocol.md §5.3). The caller
// form-decodes the POST body exactly once and passes the parameters as received; business
// checks (app_id, order numbers, amounts) come after and are not done here.
class NotificationVerifier
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::NotificationVerifier)

public:
    enum class Status {
        Valid,
        MissingSign,         // no `sign`, or an empty one
        BadBase64,           // `sign` is not standard base64 (e.g. still percent-encoded)
        UnsupportedSignType, // `sign_type` present and not RSA2
        DuplicateParameter,  // a parameter name given twice: ambiguous, refused
        Mismatch             // the signature does not cover these parameters
    };

    struct DD_NODISCARD Result
    {
        Status status = Status::Mismatch;
        QByteArray signContent;          // the §5.3 string (sign and sign_type left out)
        bool signedWithSignType = false; // only the fallback that keeps sign_type matched
        QString duplicateName;           // for DuplicateParameter

        bool isValid() const { return status == Status::Valid; }
        // A translated sentence for the log or the operator.
        QString reason() const;
    };

    explicit NotificationVerifier(RsaPublicKey alipayPublicKey);

    // Verifies over §5.3's string; if that fails and sign_type is present, once more with
    // sign_type kept (like the official SDKs' fallback for gateways that sign it).
    Result verify(const ParameterList &parameters) const;

private:
    RsaPublicKey m_key;
};

} // namespace DepositDesk
