#include "services/system/LogFile.h"

#include "domain/SecretText.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

namespace DepositDesk {

namespace {

QChar levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u'D';
    case QtInfoMsg:
        return u'I';
    case QtWarningMsg:
        return u'W';
    case QtCriticalMsg:
        return u'C';
    case QtFatalMsg:
        return u'F';
    }
    return u'?';
}

} // namespace

struct LogFile::Sink
{
    QMutex mutex;
    QString folder;
    QString name;
    qint64 maxBytes = DefaultMaxBytes;
    int keep = DefaultKeep;
    QFile file;
    QtMessageHandler previous = nullptr;

    QString path(int generation) const
    {
        const QString base = QDir(folder).filePath(name + QStringLiteral(".log"));
        return generation == 0 ? base : base + u'.' + QString::number(generation);
    }

    bool open()
    {
        file.setFileName(path(0));
        return file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text |
                         QIODevice::Unbuffered);
    }

    // <name>.log → .1 → .2 … → .keep; the oldest goes.
    void rotate()
    {
        file.close();
        QFile::remove(path(keep));
        for (int g = keep - 1; g >= 0; --g)
            if (QFile::exists(path(g)))
                QFile::rename(path(g), path(g + 1));
        open();
    }

    // `message` is already redacted.
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        QString text = message;
        text.replace(u'\\', QStringLiteral("\\\\"));
        text.replace(u'\n', QStringLiteral("\\n"));
        text.replace(u'\r', QStringLiteral("\\r"));
        const QString category =
            context.category ? QString::fromUtf8(context.category) : QStringLiteral("default");
        const QDateTime now = QDateTime::currentDateTime();
        const QByteArray line =
            (now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs) + u' ' +
             levelLetter(type) + u' ' + category + QStringLiteral(": ") + text + u'\n')
                .toUtf8();
        QMutexLocker lock(&mutex);
        if (!file.isOpen())
            return;
        if (file.size() > 0 && file.size() + line.size() > maxBytes)
            rotate();
        if (file.isOpen())
            file.write(line);
    }
};

namespace {

// The sink Qt's handler writes to; set while a LogFile is started.
std::weak_ptr<LogFile::Sink> &currentSink()
{
    static std::weak_ptr<LogFile::Sink> sink;
    return sink;
}

QMutex &currentSinkMutex()
{
    static QMutex mutex;
    return mutex;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    std::shared_ptr<LogFile::Sink> sink;
    {
        QMutexLocker lock(&currentSinkMutex());
        sink = currentSink().lock();
    }
    if (!sink)
        return;
    const QString text = SecretText::redacted(message);
    sink->write(type, context, text);
    if (sink->previous)
        sink->previous(type, context, text);
}

} // namespace

LogFile::LogFile() = default;

LogFile::~LogFile()
{
    if (!m_sink)
        return;
    qInstallMessageHandler(m_sink->previous);
    QMutexLocker lock(&currentSinkMutex());
    currentSink().reset();
}

LogFile::Started LogFile::start(const QString &folder, const QString &name, qint64 maxBytes,
                                int keep)
{
    if (m_sink)
        return {false, tr("The log file is already open.")};
    auto sink = std::make_shared<Sink>();
    sink->folder = folder;
    sink->name = name;
    sink->maxBytes = qMax<qint64>(maxBytes, 1024);
    sink->keep = qMax(keep, 1);
    if (!QDir().mkpath(folder)) {
        return {false, tr("The log folder %1 could not be created.").arg(folder)};
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!sink->open())
        return {false, tr("The log file %1 could not be opened: %2")
                           .arg(sink->path(0), sink->file.errorString())};
    sink->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Messages of other threads in the moment between the two steps are not written.
    sink->previous = qInstallMessageHandler(handleMessage);
    {
        QMutexLocker lock(&currentSinkMutex());
        currentSink() = sink;
    }
    m_sink = std::move(sink);
    return {true, {}};
}

QString LogFile::folder() const
{
    return m_sink ? m_sink->folder : QString();
}

QString LogFile::filePath() const
{
    return m_sink ? m_sink->path(0) : QString();
}

QString LogFile::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace DepositDesk
