#pragma once

#include "alipay/RsaPrivateKey.h"
#include "alipay/SignContent.h"

#include <QByteArray>
#include <QString>

namespace DepositDesk {

// Signs a request's parameters with the application private key (docs/alipay-protocol.md §2.1).
class RequestSigner
{
public:
    explicit RequestSigner(RsaPrivateKey appPrivateKey);

    // The value of `sign` for these parameters (any `sign` among them is ignored): RSA2 over
    // SignContent::build(parameters, Kind::Request), standard base64 with padding, one line.
    // Empty if signing failed.
    QString sign(const ParameterList &parameters) const;

    // The parameters plus their `sign` (an existing `sign` is replaced).
    ParameterList signedParameters(const ParameterList &parameters) const;

private:
    RsaPrivateKey m_key;
};

} // namespace DepositDesk
