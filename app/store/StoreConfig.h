#pragma once

#include <QString>

#include <optional>

namespace DepositDesk {

// Where the store lives: an SQLite file (one machine, the default) or a PostgreSQL database
// (team mode). The password is only ever handed to the driver: describe() leaves it out and
// nothing in the store logs it.
struct StoreConfig
{
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;

    // The SQLite file in the user's data location (QStandardPaths::AppDataLocation).
    static StoreConfig defaultSqlite();
    static StoreConfig sqlite(const QString &path);
    // A libpq-style connection string: "host=… port=… dbname=… user=… password=…"; values may
    // be single-quoted with \' and \\ escapes. nullopt (and a translated error) when malformed.
    static std::optional<StoreConfig> fromConnectionString(const QString &text,
                                                           QString *error = nullptr);
    // A connection string when the text contains '=', otherwise an SQLite path.
    static std::optional<StoreConfig> fromSetting(const QString &text, QString *error = nullptr);

    // For messages and logs: the file, or user@host:port/db — never the password.
    QString describe() const;
};

} // namespace DepositDesk
