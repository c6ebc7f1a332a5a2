#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace DepositDesk::Sandbox {

// What `depositdesk-sandbox` was asked to do.
struct Options
{
    quint16 port = 0;      // 0: the system picks one (printed)
    QString stateFile;     // empty: in memory
    int seedCount = 0;     // --seed N: N realistic orders over the last 90 days (seeder)
    QString seedValue;     // --seed-value S: makes the seed reproducible
    QString alipayKeyFile; // the platform private key; empty: generated/reused in keyDir
    QList<QPair<QString, QString>> apps; // --app APPID=PUBKEYFILE
    QString keyDir;         // where generated keys go; empty: next to the state file or a temp dir
    double timeScale = 1.0; // notification retry delays multiplied by this
    qint64 timestampSkewSecs = 900; // 0 turns the check off
};

class CommandLine
{
public:
    // Parses arguments (argv without the program name is fine too). nullopt and a translated
    // message (with the usage) on a bad option.
    static std::optional<Options> parse(const QStringList &arguments, QString *error);
    static QString usage();
};

} // namespace DepositDesk::Sandbox
