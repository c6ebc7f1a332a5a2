#pragma once

#include "domain/Nodiscard.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace DepositDesk {

// The desk's log file: every qDebug/qInfo/qWarning/qCritical of the process, one line each
// (local time with its offset, level, category, message), in <folder>/<name>.log. When the file
// passes maxBytes it becomes <name>.log.1 (the older ones move up to .2 … .keep, the oldest is
// dropped) and a new file starts. Nothing secret is written: every message goes through
// SecretText::redacted(), and line breaks inside a message are written as "\n" so a message
// cannot forge a line of its own. Messages still reach the handler that was installed before
// (stderr), redacted the same way.
//
// One instance per process (it installs Qt's message handler); destroying it restores the
// previous handler.
class LogFile
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::LogFile)

public:
    static constexpr qint64 DefaultMaxBytes = 4 * 1024 * 1024;
    static constexpr int DefaultKeep = 5;

    struct DD_NODISCARD Started
    {
        bool ok = false;
        QString error; // translated: why the folder or file cannot be written
    };

    LogFile();
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Opens (appends to) <folder>/<name>.log, creating the folder (owner-only access), and
    // installs the handler. A second start() is refused.
    Started start(const QString &folder, const QString &name = QStringLiteral("depositdesk"),
                  qint64 maxBytes = DefaultMaxBytes, int keep = DefaultKeep);

    QString folder() const;
    QString filePath() const;

    // Where the console keeps its logs: <AppLocalDataLocation>/logs.
    static QString defaultFolder();

    struct Sink; // the open file, shared with Qt's message handler

private:
    std::shared_ptr<Sink> m_sink;
};

} // namespace DepositDesk
