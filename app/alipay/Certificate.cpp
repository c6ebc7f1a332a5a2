#include "alipay/Certificate.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace DepositDesk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

std::shared_ptr<X509> adoptCertificate(X509 *certificate)
{
    return std::shared_ptr<X509>(certificate, X509_free);
}

// One "-----BEGIN CERTIFICATE-----" block decoded to an X509; text outside blocks is ignored.
std::optional<QList<Certificate>> parsePem(const QByteArray &pem, QString *error)
{
    static const QByteArray begin("-----BEGIN CERTIFICATE-----");
    static const QByteArray end("-----END CERTIFICATE-----");
    QList<Certificate> certificates;
    qsizetype pos = 0;
    while ((pos = pem.indexOf(begin, pos)) >= 0) {
        const int number = int(certificates.size()) + 1;
        const qsizetype bodyStart = pos + begin.size();
        const qsizetype bodyEnd = pem.indexOf(end, bodyStart);
        if (bodyEnd < 0) {
            setError(error,
                     Certificate::tr("Certificate %1 of the file has no END line: the file is cut "
                                     "short. Download the certificate file again.")
                         .arg(number));
            return std::nullopt;
        }
        QByteArray base64 = pem.mid(bodyStart, bodyEnd - bodyStart);
        base64.replace('\r', "").replace('\n', "").replace(' ', "").replace('\t', "");
        const auto decoded =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        const auto *p = reinterpret_cast<const unsigned char *>(decoded.decoded.constData());
        X509 *certificate = nullptr;
        if (decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok)
            certificate = d2i_X509(nullptr, &p, long(decoded.decoded.size()));
        const bool whole =
            certificate && p == reinterpret_cast<const unsigned char *>(
                                    decoded.decoded.constData() + decoded.decoded.size());
        ERR_clear_error();
        if (!whole) {
            X509_free(certificate);
            setError(error,
                     Certificate::tr("Certificate %1 of the file is damaged (its content is not a "
                                     "readable X.509 certificate). Download the certificate file "
                                     "again.")
                         .arg(number));
            return std::nullopt;
        }
        certificates.append(Certificate(adoptCertificate(certificate)));
        pos = bodyEnd + end.size();
    }
    if (certificates.isEmpty()) {
        if (pem.trimmed().isEmpty())
            setError(error, Certificate::tr("The certificate file is empty."));
        else if (pem.contains("PRIVATE KEY-----"))
            setError(error,
                     Certificate::tr("The file holds a private key, not a certificate. Choose the "
                                     ".crt file downloaded from the Alipay open platform."));
        else
            setError(error,
                     Certificate::tr("The file holds no PEM certificate (no -----BEGIN "
                                     "CERTIFICATE----- line). Choose the .crt file downloaded from "
                                     "the Alipay open platform."));
        return std::nullopt;
    }
    return certificates;
}

// RFC 2253 value escaping as java.security's AVA does it for string values.
QString escapeRfc2253(const QString &value)
{
    static const QString special = QStringLiteral(",=+<>#;\"\\");
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool edgeSpace = c == u' ' && (i == 0 || i == value.size() - 1);
        if (special.contains(c) || edgeSpace)
            out += u'\\';
        out += c;
    }
    return out;
}

QString attributeValue(const X509_NAME_ENTRY *entry)
{
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(entry);
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return escapeRfc2253(value);
}

// Attribute types Java writes by keyword in RFC 2253 output; all others go as OID=#hex.
QString attribute(const X509_NAME_ENTRY *entry)
{
    const ASN1_OBJECT *object = X509_NAME_ENTRY_get_object(entry);
    static const struct
    {
        int nid;
        const char *keyword;
    } keywords[] = {{NID_commonName, "CN"},
                    {NID_countryName, "C"},
                    {NID_localityName, "L"},
                    {NID_stateOrProvinceName, "ST"},
                    {NID_organizationName, "O"},
                    {NID_organizationalUnitName, "OU"},
                    {NID_streetAddress, "STREET"},
                    {NID_domainComponent, "DC"},
                    {NID_userId, "UID"}};
    const int nid = OBJ_obj2nid(object);
    const char *keyword = nullptr;
    for (const auto &known : keywords) {
        if (known.nid == nid)
            keyword = known.keyword;
    }
    if (keyword)
        return QLatin1String(keyword) + u'=' + attributeValue(entry);
    char oid[128];
    OBJ_obj2txt(oid, sizeof oid, object, 1);
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(entry);
    unsigned char *der = nullptr;
    ASN1_TYPE *type = ASN1_TYPE_new();
    ASN1_TYPE_set1(type, ASN1_STRING_type(data), data);
    const int derLength = i2d_ASN1_TYPE(type, &der);
    ASN1_TYPE_free(type);
    QString hex;
    if (derLength > 0)
        hex =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(der), derLength).toHex());
    OPENSSL_free(der);
    return QLatin1String(oid) + u"=#" + hex;
}

QString javaRfc2253(const X509_NAME *name)
{
    QString out;
    int previousSet = -1;
    for (int i = X509_NAME_entry_count(name) - 1; i >= 0; --i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const int set = X509_NAME_ENTRY_set(entry);
        if (!out.isEmpty())
            out += set == previousSet ? u'+' : u',';
        out += attribute(entry);
        previousSet = set;
    }
    return out;
}

} // namespace

Certificate::Certificate(std::shared_ptr<X509> certificate)
    : m_cert(std::move(certificate))
{}

std::optional<Certificate> Certificate::load(const QByteArray &pem, QString *error)
{
    const auto all = parsePem(pem, error);
    if (!all)
        return std::nullopt;
    return all->first();
}

std::optional<QList<Certificate>> Certificate::loadBundle(const QByteArray &pem, QString *error)
{
    return parsePem(pem, error);
}

QString Certificate::appCertSn(const QByteArray &pem, QString *error)
{
    const auto certificate = load(pem, error);
    return certificate ? certificate->sn() : QString();
}

QString Certificate::rootCertSn(const QByteArray &bundlePem, QString *error)
{
    const auto bundle = loadBundle(bundlePem, error);
    if (!bundle)
        return {};
    QStringList sns;
    for (const Certificate &certificate : *bundle) {
        if (certificate.isRsaFamilySigned())
            sns.append(certificate.sn());
    }
    if (sns.isEmpty())
        setError(error, Certificate::tr(
                            "The root certificate file holds no RSA certificate; Alipay's root "
                            "file always has one. Download alipayRootCert.crt again."));
    return sns.join(u'_');
}

QString Certificate::sn() const
{
    const QByteArray input = (issuerName() + serialDecimal()).toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.constData(), size_t(input.size()), digest, &length, EVP_md5(), nullptr) !=
        1) {
        ERR_clear_error();
        return {};
    }
    // 16 bytes as hex are always 32 characters: the Java SDK's zero padding is built in.
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Certificate::issuerName() const
{
    return javaRfc2253(X509_get_issuer_name(m_cert.get()));
}

QString Certificate::subjectName() const
{
    return javaRfc2253(X509_get_subject_name(m_cert.get()));
}

QString Certificate::serialDecimal() const
{
    BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr);
    char *text = serial ? BN_bn2dec(serial) : nullptr;
    const QString decimal = text ? QString::fromLatin1(text) : QString();
    OPENSSL_free(text);
    BN_free(serial);
    return decimal;
}

QString Certificate::signatureAlgorithmOid() const
{
    const X509_ALGOR *algorithm = nullptr;
    X509_get0_signature(nullptr, &algorithm, m_cert.get());
    const ASN1_OBJECT *object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    char oid[128];
    const int length = OBJ_obj2txt(oid, sizeof oid, object, 1);
    return length > 0 ? QString::fromLatin1(oid) : QString();
}

bool Certificate::isRsaFamilySigned() const
{
    // The same plain prefix test as both official SDKs.
    return signatureAlgorithmOid().startsWith(u"1.2.840.113549.1.1");
}

std::optional<RsaPublicKey> Certificate::publicKey(QString *error) const
{
    const EVP_PKEY *key = X509_get0_pubkey(m_cert.get());
    const int length = key ? i2d_PUBKEY(key, nullptr) : 0;
    if (length <= 0) {
        ERR_clear_error();
        setError(error, Certificate::tr("The certificate's public key cannot be read."));
        return std::nullopt;
    }
    QByteArray spki(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(spki.data());
    i2d_PUBKEY(key, &p);
    return RsaPublicKey::load(spki.toBase64(), error);
}

bool Certificate::matchesPrivateKey(const RsaPrivateKey &key, QString *error) const
{
    const auto certificateKey = publicKey(error);
    if (!certificateKey)
        return false;
    if (!key.matches(*certificateKey)) {
        setError(error, Certificate::tr(
                            "The application private key does not belong to the application "
                            "public-key certificate (%1): their RSA keys differ. Use the private "
                            "key from which that certificate was requested, or the certificate "
                            "issued for this key.")
                            .arg(subjectName()));
        return false;
    }
    return true;
}

bool Certificate::chainsTo(const QList<Certificate> &bundle,
                           const QList<Certificate> &intermediates) const
{
    X509_STORE *store = X509_STORE_new();
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    bool ok = store && untrusted && ctx;
    for (const Certificate &root : bundle) {
        if (ok && root.isRsaFamilySigned())
            ok = X509_STORE_add_cert(store, root.m_cert.get()) == 1;
    }
    for (const Certificate &intermediate : intermediates) {
        if (ok)
            ok = sk_X509_push(untrusted, intermediate.m_cert.get()) > 0;
    }
    ok = ok && X509_STORE_CTX_init(ctx, store, m_cert.get(), untrusted) == 1 &&
         X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted); // the certificates stay owned by their Certificate objects
    X509_STORE_free(store);
    ERR_clear_error();
    return ok;
}

QByteArray Certificate::der() const
{
    const int length = i2d_X509(m_cert.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    i2d_X509(m_cert.get(), &p);
    return out;
}

} // namespace DepositDesk
