#pragma once

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

typedef struct x509_st X509;

namespace DepositDesk {

// An X.509 certificate of Alipay's public-key certificate mode (docs/alipay-protocol.md §3.5):
// appCertPublicKey_<appid>.crt, alipayCertPublicKey_RSA2.crt, or one of alipayRootCert.crt.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::Certificate)

public:
    // The first certificate of a PEM file (like both official SDKs, later ones are ignored).
    // On failure returns nullopt and a translated message saying what is wrong with the file.
    static std::optional<Certificate> load(const QByteArray &pem, QString *error = nullptr);

    // Every certificate of a PEM bundle, in file order; nullopt if any block is damaged or the
    // file holds none.
    static std::optional<QList<Certificate>> loadBundle(const QByteArray &pem,
                                                        QString *error = nullptr);

    // app_cert_sn: the SN of the first certificate of the file; empty on error.
    static QString appCertSn(const QByteArray &pem, QString *error = nullptr);

    // alipay_root_cert_sn: SNs of the bundle's certificates whose signature algorithm OID
    // starts with 1.2.840.113549.1.1 (RSA family), joined with '_' in file order; empty on
    // error or when no certificate qualifies.
    static QString rootCertSn(const QByteArray &bundlePem, QString *error = nullptr);

    // lowercase hex MD5 of issuerName() + serialDecimal(), 32 characters.
    QString sn() const;
    // Issuer DN as Java's X500Principal.getName() writes it (RFC 2253: last RDN first, ','
    // between RDNs, CN/C/L/ST/O/OU/STREET/DC/UID by name, other attributes as OID=#hex).
    QString issuerName() const;
    QString subjectName() const;
    // The serial number in base 10.
    QString serialDecimal() const;
    // Dotted OID of the certificate's signature algorithm, e.g. 1.2.840.113549.1.1.11.
    QString signatureAlgorithmOid() const;
    bool isRsaFamilySigned() const;

    // The certificate's key as an RSA public key (refused like RsaPublicKey::load refuses).
    std::optional<RsaPublicKey> publicKey(QString *error = nullptr) const;

    // True when `key` is the private half of this certificate's public key; otherwise false
    // with a message saying the private key and the certificate do not belong together.
    bool matchesPrivateKey(const RsaPrivateKey &key, QString *error = nullptr) const;

    // True when this certificate chains up to one of the RSA roots of `bundle`, through the
    // other certificates of `intermediates`, and is currently valid (docs/alipay-protocol.md §3.5,
    // certificate rotation).
    bool chainsTo(const QList<Certificate> &bundle,
                  const QList<Certificate> &intermediates = {}) const;

    // The DER encoding.
    QByteArray der() const;

    explicit Certificate(std::shared_ptr<X509> certificate);

private:
    std::shared_ptr<X509> m_cert;
};

} // namespace DepositDesk
