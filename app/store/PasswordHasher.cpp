#include "store/PasswordHasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace DepositDesk {

namespace {

constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, PasswordHasher::Cost cost)
{
    if (cost.log2N < 10 || cost.log2N > 22 || cost.r < 1 || cost.r > 32 || cost.p < 1 ||
        cost.p > 16)
        return {};
    QByteArray secret = password.toUtf8();
    QByteArray key(HashBytes, '\0');
    const quint64 n = quint64(1) << cost.log2N;
    const quint64 maxMemory = 128 * quint64(cost.r) * n * quint64(cost.p) + (quint64(1) << 24);
    const int ok =
        EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, quint64(cost.r), quint64(cost.p), maxMemory,
                       reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (ok != 1)
        return {};
    return key;
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    return hash(password, Cost());
}

QString PasswordHasher::hash(const QString &password, Cost cost)
{
    QByteArray salt(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return {};
    const QByteArray key = derive(password, salt, cost);
    if (key.isEmpty())
        return {};
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 6 || parts[0] != u"scrypt")
        return false;
    Cost cost;
    bool ok1 = false, ok2 = false, ok3 = false;
    cost.log2N = parts[1].toInt(&ok1);
    cost.r = parts[2].toInt(&ok2);
    cost.p = parts[3].toInt(&ok3);
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (!ok1 || !ok2 || !ok3 || salt.size() != SaltBytes || expected.size() != HashBytes)
        return false;
    const QByteArray actual = derive(password, salt, cost);
    return actual.size() == HashBytes &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), HashBytes) == 0;
}

} // namespace DepositDesk
