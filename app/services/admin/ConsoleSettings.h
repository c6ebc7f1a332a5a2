#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace DepositDesk {

// The console's non-secret settings (QSettings, organisation "DepositDesk"): environment,
// app_id, database, timeouts, language, idle lock. Keys and passwords are never stored here
// (they live in the OS keychain, issue 6).
class ConsoleSettings
{
public:
    enum class Environment { Production, AlipaySandbox, LocalUrl };

    // Uses QSettings' default location; tests pass a file path (QSettings::IniFormat).
    ConsoleSettings();
    explicit ConsoleSettings(const QString &iniPath);

    Environment environment() const;
    void setEnvironment(Environment environment);
    QUrl localGatewayUrl() const; // LocalUrl only, e.g. http://127.0.0.1:8080/gateway.do
    void setLocalGatewayUrl(const QUrl &url);
    QUrl gatewayUrl() const; // resolved from the environment
    QString appId() const;
    void setAppId(const QString &appId);
    // SQLite file path, or a PostgreSQL setting "host=… dbname=…" (StoreConfig::fromSetting);
    // empty: StoreConfig::defaultSqlite().
    QString database() const;
    void setDatabase(const QString &database);
    int callTimeoutMs() const; // default GatewayConfig::DefaultTimeoutMs
    void setCallTimeoutMs(int ms);
    QString language() const; // "" = system, "zh_CN", "en"
    void setLanguage(const QString &language);
    int idleLockMinutes() const; // default 10
    void setIdleLockMinutes(int minutes);

    void sync();

private:
    mutable QSettings m_settings;
};

} // namespace DepositDesk
