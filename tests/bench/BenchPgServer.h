#pragma once

// A throw-away PostgreSQL server for a benchmark, started the way the store tests start theirs
// (tests/store/pg-server.sh: initdb in a fresh temporary directory, loopback only, a random
// password) and stopped, its data deleted, when the object goes. Nothing preinstalled need be
// running; a connection string given instead (--pg, $DD_BENCH_PG) is used as it is.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>

namespace DepositDesk::BenchPg {

class Server
{
public:
    // Starts a server unless `conninfo` names one; connection() is empty when starting failed.
    explicit Server(const QString &conninfo)
        : m_conninfo(conninfo)
    {
        if (!m_conninfo.isEmpty())
            return;
        m_dir = m_tmp.filePath(QStringLiteral("pg"));
        if (QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_dir}) !=
            0) {
            std::fprintf(stderr, "PostgreSQL could not be started with tests/store/pg-server.sh\n");
            return;
        }
        s_running = m_dir;
        std::signal(SIGINT, &Server::interrupted);
        std::signal(SIGTERM, &Server::interrupted);
        QFile file(m_dir + QStringLiteral("/connection"));
        if (file.open(QIODevice::ReadOnly))
            m_conninfo = QString::fromUtf8(file.readAll()).trimmed();
    }
    ~Server() { stop(); }
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    QString connection() const { return m_conninfo; }

    void stop()
    {
        if (m_dir.isEmpty())
            return;
        QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir});
        m_dir.clear();
        s_running.clear();
    }

private:
    static QString script() { return QStringLiteral(DD_SOURCE_DIR "/tests/store/pg-server.sh"); }

    // Ctrl-C during a long run still stops the server and deletes its data.
    static void interrupted(int signal)
    {
        if (!s_running.isEmpty())
            QProcess::execute(QStringLiteral("bash"),
                              {script(), QStringLiteral("stop"), s_running});
        std::_Exit(128 + signal);
    }

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_conninfo;
    static inline QString s_running;
};

} // namespace DepositDesk::BenchPg
