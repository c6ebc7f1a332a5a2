// LogFile: one line per message in a file that rotates at its size, keeps `keep` older files,
// never holds a secret or a forged line, and still passes every message on to the handler that
// was there before.
#include "services/system/LogFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;

Q_LOGGING_CATEGORY(lcTest, "depositdesk.test")

namespace {

QStringList received; // what the handler installed before the log file saw

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    received << message;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString signature()
{
    QString s;
    while (s.size() < 344)
        s += QStringLiteral("k9+/ZQ3w");
    return s.left(344);
}

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { received.clear(); }

    void writesOneLinePerMessageAndPassesItOn()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"logs"_qs);
        const QtMessageHandler before = qInstallMessageHandler(recordingHandler);
        {
            LogFile log;
            const LogFile::Started started = log.start(folder);
            QVERIFY2(started.ok, qPrintable(started.error));
            QCOMPARE(log.filePath(), QDir(folder).filePath(u"depositdesk.log"_qs));
            qCWarning(lcTest) << "order R1 not found";
            qInfo("unfreeze sent");
            qCWarning(lcTest, "line one\nFORGED 2026-01-01 W depositdesk.signin: admin signed in");
            const QStringList lines = readAll(log.filePath()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 3);
            QVERIFY2(lines[0].contains(u" W depositdesk.test: order R1 not found"),
                     qPrintable(lines[0]));
            QVERIFY2(lines[1].contains(u" I default: unfreeze sent"), qPrintable(lines[1]));
            QVERIFY2(lines[2].contains(u"line one\\nFORGED"), qPrintable(lines[2]));
            // The time has its offset, so lines of desks in other zones compare.
            const QDateTime at =
                QDateTime::fromString(lines[0].section(u' ', 0, 0), Qt::ISODateWithMs);
            QVERIFY2(at.isValid(), qPrintable(lines[0]));
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 60);
            // Owner-only: a log may name orders and operators.
            QCOMPARE(QFileInfo(folder).permissions() &
                         (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
            QCOMPARE(QFileInfo(log.filePath()).permissions() &
                         (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
            QCOMPARE(received.size(), 3);   // still reached the handler before
            QVERIFY(!log.start(folder).ok); // one per process
        }
        // Gone with the object: the handler before is back, the file gets nothing more.
        qWarning("after the log file");
        QCOMPARE(received.size(), 4);
        QVERIFY(!readAll(QDir(folder).filePath(u"depositdesk.log"_qs)).contains(u"after the log"));
        qInstallMessageHandler(before);
    }

    void neverWritesASecret()
    {
        QTemporaryDir dir;
        LogFile log;
        QVERIFY(log.start(dir.path()).ok);
        qWarning("PostgreSQL refused: host=db user=desk password=hunter2 sslmode=require");
        qWarning("notification sign=%s&app_id=2021000000000000", qPrintable(signature()));
        qWarning("key file: -----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\n-----END PRIVATE KEY-----");
        const QString text = readAll(log.filePath());
        QVERIFY2(!text.contains(u"hunter2"), qPrintable(text));
        QVERIFY2(!text.contains(signature()), qPrintable(text));
        QVERIFY2(!text.contains(u"MIIEvQIBADAN"), qPrintable(text));
        QVERIFY(!text.contains(u"PRIVATE KEY"));
        QCOMPARE(text.count(u"[redacted]"), 3);
        QVERIFY(text.contains(u"host=db user=desk password=[redacted] sslmode=require"));
        QVERIFY(text.contains(u"&app_id=2021000000000000"));
    }

    void rotatesAndKeepsTheNewest()
    {
        QTemporaryDir dir;
        const qint64 maxBytes = 4096;
        const int keep = 3;
        {
            LogFile log;
            QVERIFY(log.start(dir.path(), u"desk"_qs, maxBytes, keep).ok);
            for (int i = 0; i < 500; ++i)
                qCInfo(lcTest, "message %04d of the rotation test", i);
        }
        QDir folder(dir.path());
        const QStringList files = folder.entryList({u"desk.log*"_qs}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"desk.log"_qs, u"desk.log.1"_qs, u"desk.log.2"_qs,
                                     u"desk.log.3"_qs}));
        QString all; // oldest first
        for (const QString &name :
             {u"desk.log.3"_qs, u"desk.log.2"_qs, u"desk.log.1"_qs, u"desk.log"_qs}) {
            const QString text = readAll(folder.filePath(name));
            QVERIFY2(text.toUtf8().size() <= maxBytes, qPrintable(name));
            all += text;
        }
        const QStringList lines = all.split(u'\n', Qt::SkipEmptyParts);
        // The newest messages, in order and none lost inside what was kept.
        QVERIFY(lines.last().endsWith(u"message 0499 of the rotation test"));
        const int first = lines.first().section(u"message "_qs, 1).left(4).toInt();
        QCOMPARE(lines.size(), 500 - first);
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY(lines[i].contains(
                QStringLiteral("message %1 ").arg(first + i, 4, 10, QLatin1Char('0'))));
        QVERIFY(first > 0); // older ones were dropped, the folder stays bounded
    }

    void refusesAFolderItCannotWrite()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"not-a-folder"_qs));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LogFile log;
        const LogFile::Started started = log.start(dir.filePath(u"not-a-folder/logs"_qs));
        QVERIFY(!started.ok);
        QVERIFY2(started.error.contains(u"not-a-folder"), qPrintable(started.error));
        QVERIFY(log.filePath().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
