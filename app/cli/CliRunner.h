#pragma once

#include <QStringList>

class QTextStream;

namespace DepositDesk::Cli {

// Whether `word` (argv[1]) names a subcommand of the command line, or "help".
bool isCommand(const QString &word);

// `depositdesk COMMAND [ARGUMENTS] --user LOGIN [--password-fd N] [--json] [--settings FILE]
// [--database DB] [--no-keychain --merchant-key FILE --alipay-public-key FILE]`
//
// arguments: the words after the program's name. Reads the settings, opens the database, signs
// the operator in (the password from file descriptor N, or asked on the terminal without echo;
// never from the command line or the environment), loads the Alipay keys when the command calls
// Alipay, and runs the command through the console's services. Returns Cli::Exit.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DepositDesk::Cli
