#include "domain/SecretText.h"

#include <QRegularExpression>

namespace DepositDesk::SecretText {

namespace {

// The names of secrets, as detail keys and as the name in "name=value" text.
const QString SecretNames =
    QStringLiteral("pass(word|wd|phrase)?|pwd|secret|private|priv_?key|token|credential|"
                   "api_?key|app_?key|cookie|session|密码|口令|密钥|私钥");

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(SecretNames, QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &keyMaterial()
{
    static const QRegularExpression pattern(QStringLiteral("[A-Za-z0-9+/=]{100,}"));
    return pattern;
}

// A secret's name (not inside a longer word: "bypass", "passport" are none) with a value.
const QRegularExpression &assignment()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^a-z])(%1)\\s*[=:：]\\s*\\S").arg(SecretNames),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The same with the value to mask. Captures: 1 what precedes, 2 the name and its separator,
// 4 the value, up to a blank, '&' or ';'.
const QRegularExpression &assignedValue()
{
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^a-z])((%1)\\s*[=:：]\\s*)([^\\s&;]+)").arg(SecretNames),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &pemBlock()
{
    static const QRegularExpression pattern(
        QStringLiteral("-----BEGIN[^-]*-----.*?(-----END[^-]*-----|$)"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const QString Redacted = QStringLiteral("[redacted]");

} // namespace

bool isSecretName(const QString &name)
{
    return namePattern().match(name).hasMatch();
}

bool looksLikeSecret(const QString &text)
{
    return text.contains(u"-----BEGIN") || text.contains(u"PRIVATE KEY") ||
           keyMaterial().match(text).hasMatch() || assignment().match(text).hasMatch();
}

QString redacted(const QString &text)
{
    if (!looksLikeSecret(text))
        return text;
    QString out = text;
    out.replace(pemBlock(), Redacted);
    out.replace(QStringLiteral("PRIVATE KEY"), Redacted);
    out.replace(keyMaterial(), Redacted);
    out.replace(assignedValue(), QStringLiteral("\\1\\2") + Redacted);
    return out;
}

} // namespace DepositDesk::SecretText
