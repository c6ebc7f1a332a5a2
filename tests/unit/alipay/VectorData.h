#pragma once

// Reading the committed test data (alipay-vectors, keys-extra, certs) in the alipay unit tests.

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"
#include "alipay/SignContent.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace VectorData {

inline QString path(const QString &relative)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/") + relative;
}

inline QByteArray read(const QString &relative)
{
    QFile file(path(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QByteArray key(const QString &name)
{
    return read(QStringLiteral("alipay-vectors/keys/") + name);
}

inline QJsonArray cases(const QString &vectorFile)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(read(QStringLiteral("alipay-vectors/") + vectorFile));
    if (!document.isObject())
        qFatal("%s is not a JSON object", qPrintable(vectorFile));
    return document.object().value(u"cases").toArray();
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
