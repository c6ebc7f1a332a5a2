#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace DepositDesk::Testing {

// The Alipay test vectors in tests/data/alipay-vectors (see its README.md).
inline QString vectorPath(const QString &relative)
{
    return QStringLiteral(DD_TEST_DATA_DIR "/alipay-vectors/") + relative;
}

inline QByteArray readVectorFile(const QString &relative)
{
    QFile file(vectorPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test vector file %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The `cases` array of signing.json / responses.json / notify.json.
inline QJsonArray vectorCases(const QString &file)
{
    return QJsonDocument::fromJson(readVectorFile(file)).object().value(u"cases").toArray();
}

} // namespace DepositDesk::Testing
