#include "secrets/Credentials.h"

#include "alipay/Certificate.h"
#include "domain/ByteSize.h"
#include "secrets/SecretBytes.h"

#include <QFile>
#include <QFileInfo>

namespace DepositDesk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Parses `text` as what `part` holds; the loaded objects are thrown away at once.
bool checkPart(Credentials::Part part, const QByteArray &text, QString *error)
{
    switch (part) {
    case Credentials::Part::MerchantPrivateKey:
        return RsaPrivateKey::load(text, error).has_value();
    case Credentials::Part::AppPublicKey:
    case Credentials::Part::AlipayPublicKey:
        return RsaPublicKey::load(text, error).has_value();
    case Credentials::Part::AppCertificate:
    case Credentials::Part::AlipayCertificate:
        return Certificate::load(text, error).has_value();
    case Credentials::Part::AlipayRootCertificate:
        return Certificate::loadBundle(text, error).has_value();
    }
    return false;
}

} // namespace

Credentials &Credentials::operator=(const Credentials &other)
{
    if (this != &other) {
        wipe();
        m_appId = other.m_appId;
        m_parts = other.m_parts;
    }
    return *this;
}

Credentials &Credentials::operator=(Credentials &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_appId = std::move(other.m_appId);
        for (int i = 0; i < PartCount; ++i)
            m_parts[size_t(i)] = std::move(other.m_parts[size_t(i)]);
    }
    return *this;
}

QString Credentials::partName(Part part)
{
    switch (part) {
    case Part::MerchantPrivateKey:
        return tr("application private key");
    case Part::AppPublicKey:
        return tr("application public key");
    case Part::AlipayPublicKey:
        return tr("Alipay public key");
    case Part::AppCertificate:
        return tr("application public-key certificate (appCertPublicKey_<app_id>.crt)");
    case Part::AlipayCertificate:
        return tr("Alipay public-key certificate (alipayCertPublicKey_RSA2.crt)");
    case Part::AlipayRootCertificate:
        return tr("Alipay root certificate (alipayRootCert.crt)");
    }
    return {};
}

bool Credentials::setPart(Part part, const QByteArray &text, QString *error)
{
    if (index(part) < 0 || index(part) >= PartCount)
        return false;
    if (text.size() > MaxFileSize) {
        setError(error, tr("The %1 was not accepted: the text is %2, far larger than a key or "
                           "certificate (at most %3).")
                            .arg(partName(part), formatByteSize(text.size()),
                                 formatByteSize(MaxFileSize)));
        return false;
    }
    QString problem;
    if (!text.trimmed().isEmpty() && !checkPart(part, text, &problem)) {
        setError(error, tr("The %1 was not accepted: %2").arg(partName(part), problem));
        return false;
    }
    QByteArray &slot = m_parts[size_t(index(part))];
    SecretBytes::wipe(slot);
    if (!text.trimmed().isEmpty())
        slot = text;
    return true;
}

bool Credentials::importFile(Part part, const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString shown = info.fileName();
    // The size is checked before the file is opened, let alone read: a device, a pipe or a
    // giant file chosen by mistake is refused without reading a byte of it.
    if (info.exists() && !info.isFile()) {
        setError(error, tr("%1 is not a file but a folder, a device or a pipe. Choose the %2 file "
                           "itself.")
                            .arg(shown, partName(part)));
        return false;
    }
    const auto tooLarge = [&](qint64 size) {
        setError(error, tr("The file %1 is %2, far larger than a key or certificate file (at most "
                           "%3). Choose the %4 file itself.")
                            .arg(shown, formatByteSize(size), formatByteSize(MaxFileSize),
                                 partName(part)));
        return false;
    };
    if (info.exists() && info.size() > MaxFileSize)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("The file %1 cannot be read (%2). Check that it exists and that you "
                           "may read it.")
                            .arg(shown, file.errorString()));
        return false;
    }
    const qint64 size = file.size();
    if (size > MaxFileSize) // grown since it was looked at
        return tooLarge(size);
    if (size <= 0) {
        setError(error,
                 tr("The file %1 is empty. Choose the %2 file itself.").arg(shown, partName(part)));
        return false;
    }
    // One buffer of the final size: no reallocation leaves a stray copy of the key behind.
    QByteArray text(size, Qt::Uninitialized);
    const bool complete = file.read(text.data(), size) == size;
    bool ok = complete && setPart(part, text, error);
    if (!complete)
        setError(error, tr("The file %1 could not be read to its end. Try again.").arg(shown));
    SecretBytes::wipe(text);
    return ok;
}

bool Credentials::certificateMode() const
{
    return hasPart(Part::AppCertificate) || hasPart(Part::AlipayCertificate) ||
           hasPart(Part::AlipayRootCertificate);
}

bool Credentials::isEmpty() const
{
    for (const QByteArray &part : m_parts)
        if (!part.isEmpty())
            return false;
    return m_appId.isEmpty();
}

bool Credentials::fillPublicKeyMode(GatewayConfig &config, QStringList &problems) const
{
    QString error;
    if (hasPart(Part::AppPublicKey)) {
        const auto appPublic = RsaPublicKey::load(part(Part::AppPublicKey), &error);
        if (!appPublic) {
            problems << error;
            return false;
        }
        config.merchantKey =
            RsaPrivateKey::loadMatching(part(Part::MerchantPrivateKey), *appPublic, &error);
    } else {
        config.merchantKey = RsaPrivateKey::load(part(Part::MerchantPrivateKey), &error);
    }
    if (!config.merchantKey) {
        problems << error;
        return false;
    }
    if (!hasPart(Part::AlipayPublicKey))
        return true; // GatewayConfig::problems() names it
    config.alipayPublicKey = RsaPublicKey::load(part(Part::AlipayPublicKey), &error);
    if (!config.alipayPublicKey)
        problems << error;
    return config.alipayPublicKey.has_value();
}

bool Credentials::fillCertificateMode(GatewayConfig &config, QStringList &problems) const
{
    for (Part p : {Part::AppCertificate, Part::AlipayCertificate, Part::AlipayRootCertificate})
        if (!hasPart(p))
            problems << tr("Certificate mode needs the %1 as well.").arg(partName(p));
    if (hasPart(Part::AlipayPublicKey))
        problems << tr("Give either the Alipay public key or the three certificates, not both.");
    if (!problems.isEmpty())
        return false;
    QString error;
    const auto appCert = Certificate::load(part(Part::AppCertificate), &error);
    const auto alipayCert =
        appCert ? Certificate::load(part(Part::AlipayCertificate), &error) : std::nullopt;
    if (alipayCert)
        config.alipayPublicKey = alipayCert->publicKey(&error);
    if (config.alipayPublicKey)
        config.merchantKey = RsaPrivateKey::load(part(Part::MerchantPrivateKey), &error);
    if (config.merchantKey && !appCert->matchesPrivateKey(*config.merchantKey, &error))
        config.merchantKey.reset();
    if (config.merchantKey && hasPart(Part::AppPublicKey)) {
        const auto appPublic = RsaPublicKey::load(part(Part::AppPublicKey), &error);
        if (!appPublic || !config.merchantKey->matches(*appPublic)) {
            if (appPublic)
                error = tr("The application public key is not the key of the application "
                           "certificate. Leave it empty in certificate mode or load the "
                           "matching one.");
            config.merchantKey.reset();
        }
    }
    if (!config.merchantKey || !config.alipayPublicKey) {
        problems << error;
        return false;
    }
    config.appCertSn = appCert->sn();
    config.alipayCertSn = alipayCert->sn();
    config.alipayRootCertSn = Certificate::rootCertSn(part(Part::AlipayRootCertificate), &error);
    if (config.alipayRootCertSn.isEmpty()) {
        problems << error;
        return false;
    }
    return true;
}

std::optional<GatewayConfig> Credentials::toGatewayConfig(const GatewayConfig &base,
                                                          QString *error) const
{
    GatewayConfig config = base;
    config.appId = m_appId;
    config.merchantKey.reset();
    config.alipayPublicKey.reset();
    config.appCertSn.clear();
    config.alipayCertSn.clear();
    config.alipayRootCertSn.clear();
    QStringList problems;
    if (!hasPart(Part::MerchantPrivateKey))
        problems << tr("The application private key is missing. Import the key made with "
                       "Alipay's key tool.");
    else if (certificateMode())
        fillCertificateMode(config, problems);
    else
        fillPublicKeyMode(config, problems);
    problems.removeAll(QString());
    if (problems.isEmpty())
        problems = config.problems();
    problems.removeDuplicates();
    if (!problems.isEmpty()) {
        setError(error, problems.join(u'\n'));
        return std::nullopt;
    }
    return config;
}

void Credentials::wipe()
{
    for (QByteArray &part : m_parts)
        SecretBytes::wipe(part);
    m_appId.clear();
}

bool Credentials::operator==(const Credentials &other) const
{
    return m_appId == other.m_appId && m_parts == other.m_parts;
}

} // namespace DepositDesk
