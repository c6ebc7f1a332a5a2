#pragma once

// Keychain tests never touch the keyring of the person running them: main() of such a test
// re-runs itself through tests/secrets/keyring-session.sh (a private HOME and either a
// throw-away unlocked gnome-keyring or no D-Bus at all) unless it already runs inside one.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace DepositDesk::Testing {

// mode: "keyring", "none" or "bus" (see keyring-session.sh). Returns when the process already runs
// in such a session; otherwise replaces the process by the script running this same command line.
inline void ensureKeyringSession(int argc, char **argv, const char *mode)
{
    const char *current = std::getenv("DD_TEST_KEYRING");
    if (current && std::strcmp(current, mode) == 0)
        return;
    static const char script[] = DD_SOURCE_DIR "/tests/secrets/keyring-session.sh";
    std::vector<char *> args;
    args.push_back(const_cast<char *>("bash"));
    args.push_back(const_cast<char *>(script));
    static char none[] = "--none";
    static char bus[] = "--bus";
    if (std::strcmp(mode, "none") == 0)
        args.push_back(none);
    else if (std::strcmp(mode, "bus") == 0)
        args.push_back(bus);
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("bash", args.data());
    std::perror("cannot run keyring-session.sh");
    std::exit(1);
}

// Every message of the process (all categories, debug included) from start() on, passed on to
// the handler installed before (QTest's: call start() in initTestCase and stop() in
// cleanupTestCase, so that it chains to QTest's handler only while that one is valid).
class LogCapture
{
public:
    LogCapture() = default;
    ~LogCapture() { stop(); }
    void start()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        s_capture = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    // Puts the previous handler back; call it in cleanupTestCase, while QTest's is still valid.
    void stop()
    {
        if (s_capture == this) {
            qInstallMessageHandler(m_previous);
            s_capture = nullptr;
        }
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(u'\n');
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (LogCapture *self = s_capture) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines << QString::fromUtf8(context.category ? context.category : "") +
                                 QStringLiteral(": ") + message;
            if (self->m_previous)
                self->m_previous(type, context, message);
        }
    }

    inline static LogCapture *s_capture = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

// Pieces of a key or certificate file that would give its secret away: every 24-character run
// (step 12) of its base64 body, PEM armour and line breaks removed.
inline QList<QByteArray> secretFragments(const QByteArray &keyText)
{
    QByteArray body;
    for (const QByteArray &line : keyText.split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    QList<QByteArray> fragments;
    for (qsizetype i = 0; i + 24 <= body.size(); i += 12)
        fragments << body.mid(i, 24);
    return fragments;
}

// The first fragment of keyText found in haystack, or an empty array.
inline QByteArray findSecret(const QByteArray &haystack, const QByteArray &keyText)
{
    for (const QByteArray &fragment : secretFragments(keyText))
        if (haystack.contains(fragment))
            return fragment;
    return {};
}

} // namespace DepositDesk::Testing

// main() of a keychain test: runs TestClass inside keyring-session.sh in the given mode.
#define DD_KEYRING_TEST_MAIN(TestClass, mode)                                                      \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        DepositDesk::Testing::ensureKeyringSession(argc, argv, mode);                              \
        QCoreApplication app(argc, argv);                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
