#pragma once

#include <QString>

namespace DepositDesk::SecretText {

// What looks like a secret, decided in one place for every text that leaves the process: the
// audit log refuses such details, services refuse such free text an operator typed, and the
// log file writes such parts as "[redacted]".

// Whether a name (a detail key, the name in "name=value") names a secret: password, secret,
// private key, token, credential, cookie, session, 密码 …
bool isSecretName(const QString &name);

// Whether text is or holds key material (a PEM block, a base64 run of 100 characters or more)
// or a secret's name with a value ("password=…", "token: …", "密码：…").
bool looksLikeSecret(const QString &text);

// `text` with every part looksLikeSecret() would find replaced by "[redacted]": PEM blocks
// whole, base64 runs whole, and the value after a secret's name up to the next blank, '&' or
// ';' (the name stays, so a reader sees what was there).
QString redacted(const QString &text);

} // namespace DepositDesk::SecretText
