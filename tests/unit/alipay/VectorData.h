#pragma once

// Reading the committed test data (alipay-vectors, keys-extra, certs) in the alipay unit tests.

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"
#include "alipay/SignContent.h"

#include "VectorFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace VectorData {

inline QString path(const QString &relative)
{
    return DepositDesk::Testing::testDataPath(relative);
}

inline QByteArray read(const QString &relative)
{
    return DepositDesk::Testing::readTestData(relative);
}

inline QByteArray key(const QString &name)
{
    return read(QStringLiteral("alipay-vectors/keys/") + name);
}

inline QJsonArray cases(const QString &vectorFile)
{
    return DepositDesk::Testing::vectorCases(vectorFile);
}

// A JSON object of strings as a ParameterList. QJsonObject iterates in key order, so the list
// is handed out in REVERSE key order: the code under test has to do the sorting itself.
inline DepositDesk::ParameterList parameters(const QJsonObject &object)
{
    DepositDesk::ParameterList list;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        list.prepend({it.key(), it.value().toString()});
    return list;
}

inline DepositDesk::RsaPublicKey publicKey(const QString &name)
{
    QString error;
    auto loaded = DepositDesk::RsaPublicKey::load(key(name), &error);
    if (!loaded)
        qFatal("test key %s: %s", qPrintable(name), qPrintable(error));
    return *loaded;
}

inline DepositDesk::RsaPrivateKey privateKey(const QString &name)
{
    QString error;
    auto loaded = DepositDesk::RsaPrivateKey::load(key(name), &error);
    if (!loaded)
        qFatal("test key %s: %s", qPrintable(name), qPrintable(error));
    return *loaded;
}

} // namespace VectorData
