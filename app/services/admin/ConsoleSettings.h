#pragma once

#include "domain/Environment.h"

#include <QSettings>
#include <QString>
#include <QUrl>

namespace DepositDesk {

// The console's non-secret settings (QSettings, organisation "DepositDesk"): environment,
// app_id, database, timeouts, language, idle lock. Keys and passwords are never stored here
// (they live in the OS keychain; the database password too: services/admin/DatabasePassword.h).
class ConsoleSettings
{
public:
    // Uses QSettings' default location; tests pass a file path (QSettings::IniFormat).
    ConsoleSettings();
    explicit ConsoleSettings(const QString &iniPath);

    // Production, AlipaySandbox or LocalUrl, stored as environmentKey(); Production also for
    // anything else found there. The demo is not a setting (--demo): setEnvironment(Demo) stores
    // nothing.
    Environment environment() const;
    void setEnvironment(Environment environment);
    QUrl localGatewayUrl() const; // LocalUrl only, e.g. http://127.0.0.1:8080/gateway.do
    void setLocalGatewayUrl(const QUrl &url);
    QUrl gatewayUrl() const; // resolved from the environment
    QString appId() const;
    void setAppId(const QString &appId);
    // SQLite file path, or a PostgreSQL setting "host=… dbname=… sslmode=…" without the password
    // (StoreConfig::fromSetting, StoreConfig::toSetting); empty: StoreConfig::defaultSqlite().
    QString database() const;
    void setDatabase(const QString &database);
    int callTimeoutMs() const; // default GatewayConfig::DefaultTimeoutMs
    void setCallTimeoutMs(int ms);
    QString language() const; // "" = system, "zh_CN", "en"
    void setLanguage(const QString &language);
    int idleLockMinutes() const; // default 10
    void setIdleLockMinutes(int minutes);

    void sync();
    // Where the settings are kept (a file, or the registry path on Windows), for messages.
    QString fileName() const;

private:
    mutable QSettings m_settings;
};

} // namespace DepositDesk
