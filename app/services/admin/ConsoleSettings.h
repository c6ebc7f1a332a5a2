#pragma once

#include "alipay/GatewayConfig.h"
#include "domain/Environment.h"

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace DepositDesk {

// The console's non-secret settings (QSettings, organisation "DepositDesk"): environment,
// app_id, the merchant's seller id, database, timeouts, proxy, language, idle lock. Keys and
// passwords are never stored here (they live in the OS keychain; the database password too:
// services/admin/DatabasePassword.h).
//
// Garbage is never used: a value that is not what its key holds (an unknown environment, a timeout
// that is no number of milliseconds, a text longer than MaxValueChars ...) reads as the default
// and is listed by problems(). QSettings reads its file whole, so a file larger than MaxFileBytes
// is not read at all: it is set aside as <file>.too-large (kept for whoever wants to look) and
// the console starts from the defaults.
class ConsoleSettings
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ConsoleSettings)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024; // real ones are a few hundred bytes
    static constexpr int MaxValueChars = 4096;          // one value (a path, a URL, a setting)

    // Uses QSettings' default location; tests pass a file path (QSettings::IniFormat).
    ConsoleSettings();
    explicit ConsoleSettings(const QString &iniPath);
    ~ConsoleSettings();
    ConsoleSettings(const ConsoleSettings &) = delete;
    ConsoleSettings &operator=(const ConsoleSettings &) = delete;

    // What was wrong with the stored settings, one translated sentence each (empty: nothing):
    // the file set aside, values refused and the default used instead. Names keys, never
    // values (the database setting may hold a password).
    QStringList problems() const;

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
    // The merchant's Alipay user id (2088 and 12 more digits): seller_id of charges and payee of
    // freezes (GatewayConfig::sellerId). Anything else stored reads as empty (and is listed by
    // problems()); setSellerId() stores what it is given, trimmed: check it with isSellerId().
    QString sellerId() const;
    void setSellerId(const QString &sellerId);
    static bool isSellerId(const QString &text);
    // SQLite file path, or a PostgreSQL setting "host=… dbname=… sslmode=…" without the password
    // (StoreConfig::fromSetting, StoreConfig::toSetting); empty: StoreConfig::defaultSqlite().
    QString database() const;
    void setDatabase(const QString &database);
    int callTimeoutMs() const; // default GatewayConfig::DefaultTimeoutMs
    void setCallTimeoutMs(int ms);
    // The gateway, app_id, seller ID and call timeout above, as the client takes them (the keys
    // come from the keychain, never from here).
    GatewayConfig gatewayConfig() const;
    QString language() const; // "" = system, "zh_CN", "en"
    void setLanguage(const QString &language);
    int idleLockMinutes() const; // default 10
    void setIdleLockMinutes(int minutes);
    // How Alipay is reached: "" the system's proxy, "none", or "http://host:port" /
    // "socks5://host:port" (NetworkProxy::parse; anything else reads as "").
    QString proxy() const;
    void setProxy(const QString &proxy);

    void sync();
    // Where the settings are kept (a file, or the registry path on Windows), for messages.
    QString fileName() const;

private:
    // Whether `path` may be read: when it is larger than MaxFileBytes it is set aside first and
    // the reason kept in m_fileProblem; false when even that failed (no file is used then).
    bool checkedFile(const QString &path);
    // The stored text of `key`, or empty when it is longer than MaxValueChars.
    QString text(const QString &key) const;

    QString m_fileProblem;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace DepositDesk
