#include "alipay/NotificationVerifier.h"

#include <QCoreApplication>
#include <QSet>

namespace DepositDesk {

namespace {} // namespace

QString NotificationVerifier::Result::reason() const
{
    switch (status) {
    case Status::Valid:
        return signedWithSignType
                   ? NotificationVerifier::tr(
                         "The notification signature is valid (the sender also signed sign_type).")
                   : NotificationVerifier::tr("The notification signature is valid.");
    case Status::MissingSign:
        return NotificationVerifier::tr(
            "The notification carries no signature (sign is missing or empty); it was "
            "ignored. Check the order by querying Alipay.");
    case Status::BadBase64:
        return NotificationVerifier::tr(
            "The notification signature is not base64. The body was probably not "
            "form-decoded exactly once; it was ignored.");
    case Status::UnsupportedSignType:
        return NotificationVerifier::tr(
            "The notification uses a sign_type other than RSA2; it was ignored.");
    case Status::DuplicateParameter:
        return NotificationVerifier::tr(
                   "The notification gives the parameter \"%1\" more than once; it was ignored.")
            .arg(duplicateName);
    case Status::Mismatch:
        break;
    }
    return NotificationVerifier::tr(
        "The notification signature does not match its content (altered in transit, or "
        "not signed by Alipay's key); it was ignored. Check the order by querying Alipay.");
}

NotificationVerifier::NotificationVerifier(RsaPublicKey alipayPublicKey)
    : m_key(std::move(alipayPublicKey))
{}

NotificationVerifier::Result NotificationVerifier::verify(const ParameterList &parameters) const
{
    Result result;
    QSet<QString> seen;
    QString sign;
    const QString *signType = nullptr;
    for (const Parameter &parameter : parameters) {
        if (seen.contains(parameter.first)) {
            result.status = Status::DuplicateParameter;
            result.duplicateName = parameter.first;
            return result;
        }
        seen.insert(parameter.first);
        if (parameter.first == u"sign")
            sign = parameter.second;
        else if (parameter.first == u"sign_type")
            signType = &parameter.second;
    }
    result.signContent = SignContent::build(parameters, SignContent::Kind::Notification);

    if (sign.isEmpty()) {
        result.status = Status::MissingSign;
        return result;
    }
    if (signType && *signType != u"RSA2") {
        result.status = Status::UnsupportedSignType;
        return result;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(sign.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok ||
        decoded.decoded.isEmpty()) {
        result.status = Status::BadBase64;
        return result;
    }
    if (m_key.verifySha256(result.signContent, decoded.decoded)) {
        result.status = Status::Valid;
    } else if (signType &&
               m_key.verifySha256(SignContent::build(parameters, SignContent::Kind::Request),
                                  decoded.decoded)) {
        result.status = Status::Valid;
        result.signedWithSignType = true;
    }
    return result;
}

} // namespace DepositDesk
