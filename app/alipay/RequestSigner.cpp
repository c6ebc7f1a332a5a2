#include "alipay/RequestSigner.h"

namespace DepositDesk {

RequestSigner::RequestSigner(RsaPrivateKey appPrivateKey)
    : m_key(std::move(appPrivateKey))
{}

QString RequestSigner::sign(const ParameterList &parameters) const
{
    const QByteArray content = SignContent::build(parameters, SignContent::Kind::Request);
    return QString::fromLatin1(m_key.signSha256(content).toBase64());
}

ParameterList RequestSigner::signedParameters(const ParameterList &parameters) const
{
    ParameterList result;
    result.reserve(parameters.size() + 1);
    for (const Parameter &parameter : parameters) {
        if (parameter.first != u"sign")
            result.append(parameter);
    }
    result.append({QStringLiteral("sign"), sign(parameters)});
    return result;
}

} // namespace DepositDesk
