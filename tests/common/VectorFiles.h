#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace DepositDesk::Testing {

// Any committed file under tests/data.
inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The Alipay test vectors in tests/data/alipay-vectors (see its README.md).
inline QString vectorPath(const QString &relative)
{
    return testDataPath(QStringLiteral("alipay-vectors/") + relative);
}

inline QByteArray readVectorFile(const QString &relative)
{
    return readTestData(QStringLiteral("alipay-vectors/") + relative);
}

// The `cases` array of signing.json / responses.json / notify.json.
inline QJsonArray vectorCases(const QString &file)
{
    return QJsonDocument::fromJson(readVectorFile(file)).object().value(u"cases").toArray();
}

} // namespace DepositDesk::Testing
