#pragma once

#include "store/StoreConfig.h"
#include "store/StoreResult.h"

#include <QObject>
#include <QString>

#include <optional>

namespace DepositDesk {

class ConsoleSettings;
class DatabasePasswordStore;
class Store;

// The team-mode database password: kept in the OS keychain (DatabasePasswordStore, service
// "DepositDesk/database", key keyFor() the database), never in the settings file.
//
// At start prepare() reads the database setting and completes it: the password comes from the
// keychain. A setting that still holds "password=…" (written by an older version) has it moved:
// written to the keychain, then the setting is rewritten without it; once the store is open the
// console records "database.password.moved" (recordMoved). When the keychain cannot take or give
// the password, the console still connects (with the password from the old setting, or with
// none: libpq may still find one in PGPASSFILE) and shows the warning.
class DatabasePassword : public QObject
{
    Q_OBJECT

public:
    explicit DatabasePassword(QObject *parent = nullptr);
    // Entries under another keychain service (tests).
    DatabasePassword(const QString &serviceName, QObject *parent);

    // The keychain entry of a database: user@host:port/dbname (StoreConfig::describe()).
    static QString keyFor(const StoreConfig &config);

    struct Prepared
    {
        std::optional<StoreConfig> config; // nullopt: the setting is malformed (error)
        QString error;                     // translated
        QString warning;                   // translated; show it, then go on
        bool moved = false; // the password went from the settings file to the keychain
    };
    // Blocks in a local event loop while the keychain answers (bounded by its timeout).
    Prepared prepare(ConsoleSettings &settings);
    // The database a command line names (`--database`, taken as it is: a PostgreSQL password
    // comes from libpq's own sources), else the settings' one as prepare() finds it: what the
    // command line and the intake service open.
    static Prepared forCommandLine(ConsoleSettings &settings, const std::optional<QString> &given);

    // The audit entry of a move (no secret in it); call once the store is open.
    static StoreResult recordMoved(const Store &store, const StoreConfig &config);

    // The password the keychain keeps for `config`'s database; empty when it keeps none or cannot
    // answer. Blocks in a local event loop like prepare() (the set-up assistant run again).
    QString readStored(const StoreConfig &config);

    // Writes the password of `config`'s database to the keychain, replacing any; answers
    // through stored().
    void store(const StoreConfig &config, const QString &password);

Q_SIGNALS:
    // message: translated, empty when ok.
    void stored(bool ok, const QString &message);

private:
    DatabasePasswordStore *m_keychain;
};

} // namespace DepositDesk
