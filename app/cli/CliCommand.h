#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace DepositDesk {

class CliSession;

namespace Cli {

// The exit codes of every `depositdesk` subcommand.
enum Exit : int {
    Done = 0,    // what was asked was done (or printed)
    Refused = 1, // refused (role, state, amount, unknown order, wrong password) or failed
    Usage = 2,   // bad usage: unknown command or option, missing or malformed argument
    Unknown = 3, // the answer was lost: recorded as unknown, `depositdesk resolve` settles it
};

// One subcommand: its words ("unfreeze", "audit verify"), its help, its own options and what it
// runs once the operator is signed in. Adding a subcommand is one entry in CliCommands.cpp.
struct Command
{
    QString name;              // one or two words
    const char *summary;       // QT_TRANSLATE_NOOP("DepositDesk::Cli", …)
    QString arguments;         // the positional arguments for the usage line: "ORDER AMOUNT"
    int positionalCount = 0;   // exactly this many positional arguments
    bool needsGateway = false; // calls Alipay: the keys are loaded after the sign-in
    QList<QCommandLineOption> (*options)() = nullptr; // its own options (may be null)
    int (*run)(CliSession &session) = nullptr;
};

// Every subcommand, in the order --help lists them.
const QList<Command> &commands();

} // namespace Cli
} // namespace DepositDesk
