#pragma once

// Shared by the libFuzzer targets of tests/fuzz: a Qt application object made once, Qt's
// warnings silenced (a garbage input makes the code under test warn on every run), the vectors'
// test keys, and the input as a QByteArray.

#include "VectorFiles.h"
#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHashFunctions>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace DepositDesk::Fuzz {

// A QCoreApplication for the whole run (SQL drivers and text codecs want one), with Qt's
// messages dropped (fatal ones still abort) and QHash's seed fixed, so that the same input
// always takes the same path.
inline void init()
{
    QHashSeed::setDeterministicGlobalSeed();
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "fatal: %s\n", qUtf8Printable(text));
            std::abort();
        }
    });
    static QCoreApplication app(argc, argv);
}

inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A property of the code under test that must hold for every input: a finding when it fails.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "property violated: %s\n", what);
        std::abort();
    }
}

// The vectors' test keys (tests/data/alipay-vectors/README.md), loaded once.
inline const RsaPrivateKey &alipayPrivateKey()
{
    static const RsaPrivateKey key = *RsaPrivateKey::load(
        Testing::readVectorFile(QStringLiteral("keys/alipay_private_pkcs8.pem")));
    return key;
}
inline const RsaPublicKey &alipayPublicKey()
{
    static const RsaPublicKey key =
        *RsaPublicKey::load(Testing::readVectorFile(QStringLiteral("keys/alipay_public.pem")));
    return key;
}
inline const RsaPrivateKey &merchantPrivateKey()
{
    static const RsaPrivateKey key = *RsaPrivateKey::load(
        Testing::readVectorFile(QStringLiteral("keys/merchant_private_pkcs8.pem")));
    return key;
}
inline const RsaPublicKey &merchantPublicKey()
{
    static const RsaPublicKey key =
        *RsaPublicKey::load(Testing::readVectorFile(QStringLiteral("keys/merchant_public.pem")));
    return key;
}

} // namespace DepositDesk::Fuzz
