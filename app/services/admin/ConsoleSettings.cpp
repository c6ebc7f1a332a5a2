#include "services/admin/ConsoleSettings.h"

#include "services/system/NetworkProxy.h"

#include "domain/ByteSize.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace DepositDesk {

namespace {

const QString EnvironmentKey = QStringLiteral("gateway/environment");
const QString LocalUrlKey = QStringLiteral("gateway/localUrl");
const QString AppIdKey = QStringLiteral("gateway/appId");
const QString SellerIdKey = QStringLiteral("gateway/sellerId");
const QString TimeoutKey = QStringLiteral("gateway/timeoutMs");
const QString DatabaseKey = QStringLiteral("store/database");
const QString LanguageKey = QStringLiteral("ui/language");
const QString IdleLockKey = QStringLiteral("ui/idleLockMinutes");
const QString ProxyKey = QStringLiteral("network/proxy");

constexpr int MinTimeoutMs = 100;
constexpr int MaxTimeoutMs = 600000;
constexpr int DefaultIdleLockMinutes = 10;

// Where QSettings keeps the user's settings of organisation and application "DepositDesk" where
// its native format is an ini file (Linux and the other Unix systems but macOS); elsewhere (the
// Windows registry, macOS property lists) empty: QSettings reads those entry by entry.
QString defaultIniPath()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/DepositDesk/DepositDesk.conf");
#else
    return {};
#endif
}

} // namespace

ConsoleSettings::ConsoleSettings()
{
    if (checkedFile(defaultIniPath()))
        m_settings = std::make_unique<QSettings>(
            QSettings::UserScope, QStringLiteral("DepositDesk"), QStringLiteral("DepositDesk"));
    else
        m_settings = std::make_unique<QSettings>(QString(), QSettings::IniFormat);
}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(checkedFile(iniPath) ? iniPath : QString(),
                                             QSettings::IniFormat))
{}

ConsoleSettings::~ConsoleSettings() = default;

bool ConsoleSettings::checkedFile(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists() || info.size() <= MaxFileBytes)
        return true;
    const QString aside = path + QStringLiteral(".too-large");
    QFile::remove(aside);
    const bool moved = QFile::rename(path, aside);
    m_fileProblem =
        moved ? tr("The settings file %1 is %2, more than the %3 a settings file may be: it was "
                   "not read but set aside as %4, and the default settings are used.")
                    .arg(QDir::toNativeSeparators(path), formatByteSize(info.size()),
                         formatByteSize(MaxFileBytes), QDir::toNativeSeparators(aside))
              : tr("The settings file %1 is %2, more than the %3 a settings file may be: it was "
                   "not read, and the default settings are used (and not saved: the file could "
                   "not be set aside).")
                    .arg(QDir::toNativeSeparators(path), formatByteSize(info.size()),
                         formatByteSize(MaxFileBytes));
    return moved;
}

QString ConsoleSettings::text(const QString &key) const
{
    const QString value = m_settings->value(key).toString();
    return value.size() > MaxValueChars ? QString() : value;
}

QStringList ConsoleSettings::problems() const
{
    QStringList problems;
    if (!m_fileProblem.isEmpty())
        problems << m_fileProblem;
    const auto refused = [&](const QString &key, const QString &used) {
        problems << tr("The setting %1 in %2 is not valid; %3 is used instead.")
                        .arg(key, QDir::toNativeSeparators(m_settings->fileName()), used);
    };
    const QString environmentText = m_settings->value(EnvironmentKey).toString();
    const std::optional<Environment> stored = environmentFromKey(environmentText);
    if (m_settings->contains(EnvironmentKey) && (!stored || *stored == Environment::Demo))
        refused(EnvironmentKey, tr("the production gateway"));
    if (m_settings->contains(TimeoutKey) &&
        m_settings->value(TimeoutKey).toString() != QString::number(callTimeoutMs()))
        refused(TimeoutKey, tr("%1 ms").arg(callTimeoutMs()));
    if (m_settings->contains(IdleLockKey) &&
        m_settings->value(IdleLockKey).toString() != QString::number(idleLockMinutes()))
        refused(IdleLockKey, tr("%1 minutes").arg(idleLockMinutes()));
    for (const QString &key : {LocalUrlKey, AppIdKey, DatabaseKey, LanguageKey})
        if (m_settings->value(key).toString().size() > MaxValueChars)
            refused(key, tr("nothing"));
    if (m_settings->contains(SellerIdKey) && !m_settings->value(SellerIdKey).toString().isEmpty() &&
        sellerId().isEmpty())
        refused(SellerIdKey, tr("nothing"));
    if (environment() == Environment::LocalUrl && !localGatewayUrl().isValid())
        refused(LocalUrlKey, tr("nothing"));
    if (m_settings->contains(ProxyKey) && proxy() != m_settings->value(ProxyKey).toString())
        refused(ProxyKey, tr("the system's proxy"));
    return problems;
}

Environment ConsoleSettings::environment() const
{
    const std::optional<Environment> stored =
        environmentFromKey(m_settings->value(EnvironmentKey).toString());
    if (!stored || *stored == Environment::Demo)
        return Environment::Production; // also for anything unknown: never a guessed test gateway
    return *stored;
}

void ConsoleSettings::setEnvironment(Environment environment)
{
    if (environment != Environment::Demo)
        m_settings->setValue(EnvironmentKey, environmentKey(environment));
}

QUrl ConsoleSettings::localGatewayUrl() const
{
    return QUrl(text(LocalUrlKey));
}

void ConsoleSettings::setLocalGatewayUrl(const QUrl &url)
{
    m_settings->setValue(LocalUrlKey, url.toString());
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
    return text(AppIdKey);
}

void ConsoleSettings::setAppId(const QString &appId)
{
    m_settings->setValue(AppIdKey, appId.trimmed());
}

QString ConsoleSettings::sellerId() const
{
    const QString stored = m_settings->value(SellerIdKey).toString();
    return isSellerId(stored) ? stored : QString();
}

void ConsoleSettings::setSellerId(const QString &sellerId)
{
    m_settings->setValue(SellerIdKey, sellerId.trimmed());
}

bool ConsoleSettings::isSellerId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^2088[0-9]{12}$"));
    return pattern.match(text).hasMatch();
}

QString ConsoleSettings::database() const
{
    return text(DatabaseKey);
}

void ConsoleSettings::setDatabase(const QString &database)
{
    m_settings->setValue(DatabaseKey, database.trimmed());
}

int ConsoleSettings::callTimeoutMs() const
{
    bool ok = false;
    const int ms = m_settings->value(TimeoutKey).toInt(&ok);
    return ok && ms >= MinTimeoutMs && ms <= MaxTimeoutMs ? ms : GatewayConfig::DefaultTimeoutMs;
}

void ConsoleSettings::setCallTimeoutMs(int ms)
{
    m_settings->setValue(TimeoutKey, qBound(MinTimeoutMs, ms, MaxTimeoutMs));
}

GatewayConfig ConsoleSettings::gatewayConfig() const
{
    GatewayConfig config;
    config.gateway = gatewayUrl();
    config.appId = appId();
    config.sellerId = sellerId();
    config.timeoutMs = callTimeoutMs();
    return config;
}

QString ConsoleSettings::language() const
{
    return text(LanguageKey);
}

void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

int ConsoleSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(IdleLockKey).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultIdleLockMinutes;
}

void ConsoleSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(IdleLockKey, qMax(0, minutes));
}

QString ConsoleSettings::proxy() const
{
    const QString value = text(ProxyKey);
    return NetworkProxy::parse(value).ok() ? value : QString();
}

void ConsoleSettings::setProxy(const QString &proxy)
{
    m_settings->setValue(ProxyKey, proxy.trimmed());
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

QString ConsoleSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace DepositDesk
