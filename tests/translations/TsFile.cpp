#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace DepositDesk {

QString TsMessage::key() const
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString TsMessage::describe() const
{
    QString text = context + QStringLiteral(" \"") + source + QLatin1Char('"');
    if (!comment.isEmpty())
        text += QStringLiteral(" (") + comment + QLatin1Char(')');
    return text;
}

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context, const QDir &tsDir)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"location") {
            // lupdate writes the file name relative to the .ts file.
            const QString name = xml.attributes().value(QLatin1String("filename")).toString();
            if (!name.isEmpty())
                message.locations.append(QDir::cleanPath(tsDir.absoluteFilePath(name)));
            xml.skipCurrentElement();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement(); // extracomment, translatorcomment ...
        }
    }
    return message;
}

} // namespace

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        ts.error = QStringLiteral("%1 is not a .ts file").arg(path);
        return ts;
    }
    const QDir tsDir = QFileInfo(path).absoluteDir();
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ts.messages.append(readMessage(xml, context, tsDir));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

} // namespace DepositDesk
