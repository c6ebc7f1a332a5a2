#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>

namespace DepositDesk {

class CliSession;
struct OrderRecord;

// The subcommands' own options and what they run; CliCommands.cpp lists them (Cli::commands()).
namespace CliCommands {

// Options shared by the money commands.
QList<QCommandLineOption> reasonOption();
QList<QCommandLineOption> chargeOptions();
QList<QCommandLineOption> resolveOptions();
QList<QCommandLineOption> auditExportOptions();
QList<QCommandLineOption> reconcileOptions();
QList<QCommandLineOption> bulkOptions();

// An order in words and as JSON (LookupCommand.cpp).
QString orderWords(const OrderRecord &order);
QJsonObject orderObject(const OrderRecord &order);

int lookup(CliSession &session);        // LookupCommand.cpp
int sync(CliSession &session);          // SyncCommand.cpp
int unfreeze(CliSession &session);      // ActionCommands.cpp
int charge(CliSession &session);        // ActionCommands.cpp
int refundRequest(CliSession &session); // ActionCommands.cpp
int cancel(CliSession &session);        // ActionCommands.cpp
int resolve(CliSession &session);       // ResolveCommand.cpp
int auditVerify(CliSession &session);   // AuditCommands.cpp
int reconcile(CliSession &session);     // ReconcileCommand.cpp
int auditExport(CliSession &session);   // AuditExportCommand.cpp
int bulk(CliSession &session);          // BulkCommand.cpp

} // namespace CliCommands
} // namespace DepositDesk
