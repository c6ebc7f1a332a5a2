#include "services/admin/ConsoleSettings.h"

#include "alipay/GatewayConfig.h"

namespace DepositDesk {

namespace {

const QString EnvironmentKey = QStringLiteral("gateway/environment");
const QString LocalUrlKey = QStringLiteral("gateway/localUrl");
const QString AppIdKey = QStringLiteral("gateway/appId");
const QString TimeoutKey = QStringLiteral("gateway/timeoutMs");
const QString DatabaseKey = QStringLiteral("store/database");
const QString LanguageKey = QStringLiteral("ui/language");
const QString IdleLockKey = QStringLiteral("ui/idleLockMinutes");

constexpr int MinTimeoutMs = 100;
constexpr int MaxTimeoutMs = 600000;
constexpr int DefaultIdleLockMinutes = 10;

} // namespace

ConsoleSettings::ConsoleSettings()
    : m_settings(QSettings::UserScope, QStringLiteral("DepositDesk"), QStringLiteral("DepositDesk"))
{}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

Environment ConsoleSettings::environment() const
{
    const std::optional<Environment> stored =
        environmentFromKey(m_settings.value(EnvironmentKey).toString());
    if (!stored || *stored == Environment::Demo)
        return Environment::Production; // also for anything unknown: never a guessed test gateway
    return *stored;
}

void ConsoleSettings::setEnvironment(Environment environment)
{
    if (environment != Environment::Demo)
        m_settings.setValue(EnvironmentKey, environmentKey(environment));
}

QUrl ConsoleSettings::localGatewayUrl() const
{
    return QUrl(m_settings.value(LocalUrlKey).toString());
}

void ConsoleSettings::setLocalGatewayUrl(const QUrl &url)
{
    m_settings.setValue(LocalUrlKey, url.toString());
}

QUrl ConsoleSettings::gatewayUrl() const
{
    switch (environment()) {
    case Environment::AlipaySandbox:
        return GatewayConfig::alipaySandboxGateway();
    case Environment::LocalUrl:
        return localGatewayUrl();
    case Environment::Demo: // not a setting: environment() never answers it
    case Environment::Production:
        break;
    }
    return GatewayConfig::productionGateway();
}

QString ConsoleSettings::appId() const
{
    return m_settings.value(AppIdKey).toString();
}

void ConsoleSettings::setAppId(const QString &appId)
{
    m_settings.setValue(AppIdKey, appId.trimmed());
}

QString ConsoleSettings::database() const
{
    return m_settings.value(DatabaseKey).toString();
}

void ConsoleSettings::setDatabase(const QString &database)
{
    m_settings.setValue(DatabaseKey, database.trimmed());
}

int ConsoleSettings::callTimeoutMs() const
{
    bool ok = false;
    const int ms = m_settings.value(TimeoutKey).toInt(&ok);
    return ok && ms >= MinTimeoutMs && ms <= MaxTimeoutMs ? ms : GatewayConfig::DefaultTimeoutMs;
}

void ConsoleSettings::setCallTimeoutMs(int ms)
{
    m_settings.setValue(TimeoutKey, qBound(MinTimeoutMs, ms, MaxTimeoutMs));
}

QString ConsoleSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

int ConsoleSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(IdleLockKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultIdleLockMinutes;
}

void ConsoleSettings::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(IdleLockKey, qMax(0, minutes));
}

void ConsoleSettings::sync()
{
    m_settings.sync();
}

QString ConsoleSettings::fileName() const
{
    return m_settings.fileName();
}

} // namespace DepositDesk
