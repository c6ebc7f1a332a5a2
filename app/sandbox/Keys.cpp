#include "sandbox/Keys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

namespace DepositDesk::Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::Sandbox::Keys", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The PEM text written by `write` into a memory BIO.
template<typename Write>
QByteArray pem(Write write)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray text(data, size);
    OPENSSL_cleanse(data, size_t(size));
    return text;
}

// Creates the file with owner-only permissions before any byte is written to it.
bool writeFile(const QString &path, const QByteArray &content, bool secret)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    return file.write(content) == content.size() && file.flush();
}

} // namespace

std::optional<RsaPrivateKey> Keys::readPrivate(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray text = file.readAll();
    QString why;
    std::optional<RsaPrivateKey> key = RsaPrivateKey::load(text, &why);
    text.fill('\0');
    if (!key)
        setError(error, tr("The key file %1 holds no usable private key: %2").arg(path, why));
    return key;
}

std::optional<RsaPublicKey> Keys::readPublic(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString why;
    std::optional<RsaPublicKey> key = RsaPublicKey::load(file.readAll(), &why);
    if (!key)
        setError(error, tr("The key file %1 holds no usable public key: %2").arg(path, why));
    return key;
}

std::optional<Keys::Pair> Keys::loadOrCreate(const QString &privatePath, const QString &publicPath,
                                             QString *error)
{
    if (QFileInfo::exists(privatePath)) {
        std::optional<RsaPrivateKey> key = readPrivate(privatePath, error);
        if (!key)
            return std::nullopt;
        return Pair{*key, privatePath, publicPath, false};
    }
    std::shared_ptr<EVP_PKEY> generated(EVP_RSA_gen(2048), &EVP_PKEY_free);
    if (!generated) {
        setError(error, tr("Cannot generate an RSA key pair."));
        return std::nullopt;
    }
    QByteArray privatePem = pem([&generated](BIO *bio) {
        return PEM_write_bio_PKCS8PrivateKey(bio, generated.get(), nullptr, nullptr, 0, nullptr,
                                             nullptr);
    });
    const QByteArray publicPem =
        pem([&generated](BIO *bio) { return PEM_write_bio_PUBKEY(bio, generated.get()); });
    const bool written = !privatePem.isEmpty() && !publicPem.isEmpty() &&
                         writeFile(privatePath, privatePem, true) &&
                         writeFile(publicPath, publicPem, false);
    privatePem.fill('\0');
    if (!written) {
        setError(error, tr("Cannot write the generated key pair to %1 and %2; check that the "
                           "folder exists and is writable.")
                            .arg(privatePath, publicPath));
        return std::nullopt;
    }
    return Pair{RsaPrivateKey(generated), privatePath, publicPath, true};
}

} // namespace DepositDesk::Sandbox
