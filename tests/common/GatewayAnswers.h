#pragma once

// Gateway response bodies signed with the vectors' "alipay" private key, laid out as Alipay
// does (docs/alipay-protocol.md §3.1): the method's node first, then alipay_cert_sn, then sign.

#include "VectorFiles.h"
#include "alipay/JsonWriter.h"
#include "alipay/ResponseVerifier.h"
#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"

namespace DepositDesk::Testing {

inline RsaPrivateKey loadPrivateKey(const QString &file)
{
    QString error;
    auto key = RsaPrivateKey::load(readVectorFile(QStringLiteral("keys/") + file), &error);
    if (!key)
        qFatal("test key %s: %s", qPrintable(file), qPrintable(error));
    return *key;
}

inline RsaPublicKey loadPublicKey(const QString &file)
{
    QString error;
    auto key = RsaPublicKey::load(readVectorFile(QStringLiteral("keys/") + file), &error);
    if (!key)
        qFatal("test key %s: %s", qPrintable(file), qPrintable(error));
    return *key;
}

class GatewayAnswers
{
public:
    GatewayAnswers()
        : m_alipayKey(loadPrivateKey(QStringLiteral("alipay_private_pkcs8.pem")))
    {}

    // {"<method>_response":<node>[,"alipay_cert_sn":"…"],"sign":"…"} with a valid signature.
    QByteArray signedBody(const QString &method, const QByteArray &node,
                          const QByteArray &certSn = {}) const
    {
        return layout(ResponseVerifier::nodeNameFor(method), node, certSn,
                      m_alipayKey.signSha256(node).toBase64());
    }
    // The same under "error_response".
    QByteArray signedErrorBody(const QByteArray &node) const
    {
        return layout("error_response", node, {}, m_alipayKey.signSha256(node).toBase64());
    }
    // No sign member at all.
    QByteArray unsignedBody(const QString &method, const QByteArray &node) const
    {
        return layout(ResponseVerifier::nodeNameFor(method), node, {}, {});
    }
    // A well-formed signature over other text (as if the node had been altered on the way).
    QByteArray badlySignedBody(const QString &method, const QByteArray &node) const
    {
        return layout(ResponseVerifier::nodeNameFor(method), node, {},
                      m_alipayKey.signSha256(node + ' ').toBase64());
    }

    // A response node: code/msg (+ sub_code/sub_msg) followed by business fields written as
    // strings, in order.
    static QByteArray node(const QString &code, const QString &subCode = {},
                           const QList<QPair<QString, QString>> &fields = {})
    {
        JsonWriter w;
        w.beginObject().string(u"code", code);
        w.string(u"msg",
                 code == u"10000" ? QStringLiteral("Success") : QStringLiteral("Business Failed"));
        if (!subCode.isEmpty())
            w.string(u"sub_code", subCode)
                .string(u"sub_msg", QString(QStringLiteral("说明 ") + subCode));
        for (const auto &field : fields)
            w.string(field.first, field.second);
        return w.endObject().text();
    }

    static QByteArray layout(const QByteArray &nodeName, const QByteArray &node,
                             const QByteArray &certSn, const QByteArray &sign)
    {
        QByteArray body = "{\"" + nodeName + "\":" + node;
        if (!certSn.isEmpty())
            body += ",\"alipay_cert_sn\":\"" + certSn + '"';
        if (!sign.isEmpty())
            body += ",\"sign\":\"" + sign + '"';
        return body + '}';
    }

private:
    RsaPrivateKey m_alipayKey;
};

} // namespace DepositDesk::Testing
