#pragma once

#include <QString>

#include <optional>

namespace DepositDesk {

// Where the store lives: an SQLite file (one machine, the default) or a PostgreSQL database
// (team mode). The password is only ever handed to the driver: describe() and toSetting() leave
// it out, and redact() takes it out of any text the driver answers before it is shown or logged.
//
// TLS (PostgreSQL): sslmode as libpq knows it. Without an sslmode in the setting,
// effectiveSslMode() picks: verify-full when a root certificate is given (the server must prove
// its name), prefer for this computer (a Unix socket, localhost, 127.0.0.0/8, ::1), and require
// for any other host: a database across the network is never reached in clear text unless the
// setting says sslmode=disable (or prefer) in so many words. The mode given is the mode used:
// nothing retries a refused connection with a weaker one.
struct StoreConfig
{
    enum class Driver { Sqlite, Postgres };
    enum class SslMode { Unset, Disable, Prefer, Require, VerifyCa, VerifyFull };

    Driver driver = Driver::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;
    SslMode sslMode = SslMode::Unset; // as written in the setting
    QString sslRootCert;              // CA certificate(s) the server's certificate must chain to
    QString sslCert;                  // optional client certificate and its key
    QString sslKey;

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

    // The mode the connection uses: sslMode, or the default described above when Unset.
    SslMode effectiveSslMode() const;
    // libpq's spelling: "disable", "prefer", "require", "verify-ca", "verify-full".
    static QString sslModeName(SslMode mode);
    // A Unix socket directory, localhost, 127.0.0.0/8 or ::1.
    bool isLocalHost() const;
    // The options for QSqlDatabase::setConnectOptions (QPSQL): "sslmode=…;sslrootcert='…'";
    // empty for SQLite.
    QString tlsConnectOptions() const;
    // The setting again, without the password: what the settings file may hold.
    QString toSetting() const;
    // text with every occurrence of the password replaced by "***".
    QString redact(const QString &text) const;
};

} // namespace DepositDesk
