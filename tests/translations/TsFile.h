#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DepositDesk {

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // disambiguation, part of the message's identity
    QString type;    // translation type: empty (finished), unfinished, obsolete, vanished
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QStringList locations;    // absolute paths of the files it is in (when the .ts lists them)

    // Identifies the message the way lupdate and QTranslator do.
    QString key() const;
    // For failure messages: context "source".
    QString describe() const;
};

// A .ts file as lupdate writes it (Qt Linguist TS 2.1).
struct TsFile
{
    QString path;
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsFile read(const QString &path);
};

} // namespace DepositDesk
