#pragma once

#include <QString>

#include <optional>

namespace DepositDesk {

// Which Alipay the console talks to. Demo is the embedded sandbox of `depositdesk --demo`; the
// others are chosen in the settings. A window that has none is not connected.
enum class Environment { Demo, Production, AlipaySandbox, LocalUrl };

// Stable spelling in the settings file (gateway/environment) and in the keychain's service
// names ("DepositDesk/<key>"): "demo", "production", "alipay-sandbox", "local". Desks already
// store these: never change one.
QString environmentKey(Environment environment);
std::optional<Environment> environmentFromKey(QStringView key);
// Translated name for people, e.g. in the status bar.
QString environmentDisplayName(Environment environment);

} // namespace DepositDesk
