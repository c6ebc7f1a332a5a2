#pragma once

#include <QString>

namespace DepositDesk {

// What Help → About shows: the versions the desk runs with and where it keeps its things.
// collect() fills the versions; the composition root (main.cpp) fills the places it chose.
struct AboutInfo
{
    QString version;       // DepositDesk's own (QCoreApplication::applicationVersion)
    QString qtRuntime;     // the Qt libraries loaded (qVersion)
    QString qtBuilt;       // the Qt it was built against (QT_VERSION_STR)
    QString openSsl;       // the OpenSSL that signs and verifies
    QString environment;   // translated: where Alipay calls go
    QString proxy;         // translated: NetworkProxy::describe
    QString settingsFile;  // the settings file
    QString database;      // the SQLite file or the PostgreSQL setting (never a password)
    QString dataDirectory; // downloaded bills
    QString logFolder;     // the rotating log files

    static AboutInfo collect();
};

} // namespace DepositDesk
