#pragma once

#include "alipay/GatewayConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace DepositDesk {

// The merchant credentials of one app_id as kept in the keychain: the app private key and either
// the Alipay public key (public-key mode) or the three certificates (certificate mode). Holds
// the key and certificate text exactly as imported (PEM or bare base64); the bytes are wiped when
// the value is destroyed or wipe() is called (copies share one buffer, wiped by its last owner).
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::Credentials)

public:
    // The parts; the numbers are stored in the keychain entry, never renumber them.
    enum class Part {
        MerchantPrivateKey = 1,    // 应用私钥, PKCS#8 or PKCS#1, PEM or bare base64
        AppPublicKey = 2,          // 应用公钥 (optional): checked against the private key
        AlipayPublicKey = 3,       // 支付宝公钥: public-key mode
        AppCertificate = 4,        // appCertPublicKey_<app_id>.crt: certificate mode
        AlipayCertificate = 5,     // alipayCertPublicKey_RSA2.crt: certificate mode
        AlipayRootCertificate = 6, // alipayRootCert.crt: certificate mode
    };
    static constexpr int PartCount = 6;
    // Larger files are refused by importFile() before they are read, larger texts by setPart():
    // no key or certificate file comes near it (a 4096-bit key is about 3 KiB).
    static constexpr qint64 MaxFileSize = 64 * 1024;

    Credentials() = default;
    explicit Credentials(const QString &appId)
        : m_appId(appId)
    {}
    Credentials(const Credentials &) = default;
    Credentials(Credentials &&) noexcept = default;
    Credentials &operator=(const Credentials &other);
    Credentials &operator=(Credentials &&other) noexcept;
    ~Credentials() { wipe(); }

    QString appId() const { return m_appId; }
    void setAppId(const QString &appId) { m_appId = appId.trimmed(); }

    // Sets one part from pasted or read text after checking that it parses as what the part is
    // (an RSA key or a certificate); otherwise keeps the old value and says what is wrong. Empty
    // text clears the part. The caller should wipe `text`.
    bool setPart(Part part, const QByteArray &text, QString *error = nullptr);
    // Reads a key or certificate file (PEM or bare base64) into a part, as setPart() does. Not a
    // regular file, or larger than MaxFileSize: refused before a byte is read.
    bool importFile(Part part, const QString &path, QString *error = nullptr);
    QByteArray part(Part part) const { return m_parts[index(part)]; }
    bool hasPart(Part part) const { return !m_parts[index(part)].isEmpty(); }

    // Certificate mode when any certificate is set.
    bool certificateMode() const;
    bool isEmpty() const;

    // A copy of `base` (gateway, timeout, product code ... are kept) with app_id, the loaded
    // keys and, in certificate mode, the three SNs filled in; nullopt with one translated
    // sentence per problem (joined by line breaks) when the parts are missing, do not parse, do
    // not belong together, or the result is not a usable GatewayConfig.
    std::optional<GatewayConfig> toGatewayConfig(const GatewayConfig &base,
                                                 QString *error = nullptr) const;

    // Wipes every part and forgets the app_id.
    void wipe();

    bool operator==(const Credentials &other) const;
    bool operator!=(const Credentials &other) const { return !(*this == other); }

    static QString partName(Part part);

private:
    static int index(Part part) { return int(part) - 1; }
    bool fillPublicKeyMode(GatewayConfig &config, QStringList &problems) const;
    bool fillCertificateMode(GatewayConfig &config, QStringList &problems) const;

    QString m_appId;
    std::array<QByteArray, PartCount> m_parts;
};

} // namespace DepositDesk
