#pragma once

#include <QStringList>

class QTextStream;

namespace DepositDesk {

// `depositdesk import FILE [--strict] [--format csv|json] [--report PATH] [--database DB]`
// `depositdesk import --help`: the options and the limits on import files (OrderImporter::Limits).
//
// arguments: the words after "import". DB is an SQLite file or a PostgreSQL connection string
// ("host=… dbname=… user=… sslmode=… sslrootcert=…", StoreConfig); without --database,
// $DEPOSITDESK_DATABASE, and without that the default SQLite file in the user's data location.
// A "password=…" in the string is still accepted for scripts, but a password file (PGPASSFILE,
// read by libpq when the string has no password) is preferred: the command line and the
// environment can be seen by other programs. The password is never printed. Rejected rows are
// written to
// --report (default FILE.rejected.csv) with their line numbers and reasons.
//
// Exit codes: 0 every row imported; 1 valid rows imported, some rejected; 2 nothing imported
// (strict mode with a bad row, unreadable file, a file past a limit, database failure); 64 wrong
// usage.
int runImportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace DepositDesk
