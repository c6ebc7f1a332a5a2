#include "SandboxFaults.h"

namespace DepositDesk {

namespace {

constexpr SandboxFaults::Kind AllKinds[] = {
    SandboxFaults::Kind::Delay,        SandboxFaults::Kind::ResetBefore,
    SandboxFaults::Kind::ResetAfter,   SandboxFaults::Kind::Http502,
    SandboxFaults::Kind::Code20000,    SandboxFaults::Kind::SystemError,
    SandboxFaults::Kind::BadSignature, SandboxFaults::Kind::TruncatedBody};

} // namespace

std::optional<SandboxFaults::Rule> SandboxFaults::take(const QString &method)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Rule &rule = m_rules[i];
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        const Rule hit = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

bool SandboxFaults::preventsExecution(Kind kind)
{
    switch (kind) {
    case Kind::ResetBefore:
    case Kind::Http502:
    case Kind::Code20000:
    case Kind::SystemError:
        return true;
    case Kind::Delay:
    case Kind::ResetAfter:
    case Kind::BadSignature:
    case Kind::TruncatedBody:
        return false;
    }
    return false;
}

QString SandboxFaults::name(Kind kind)
{
    switch (kind) {
    case Kind::Delay:
        return QStringLiteral("delay");
    case Kind::ResetBefore:
        return QStringLiteral("reset_before");
    case Kind::ResetAfter:
        return QStringLiteral("reset_after");
    case Kind::Http502:
        return QStringLiteral("http_502");
    case Kind::Code20000:
        return QStringLiteral("code_20000");
    case Kind::SystemError:
        return QStringLiteral("system_error");
    case Kind::BadSignature:
        return QStringLiteral("bad_signature");
    case Kind::TruncatedBody:
        return QStringLiteral("truncated_body");
    }
    return {};
}

std::optional<SandboxFaults::Kind> SandboxFaults::kindFromName(QStringView name)
{
    for (Kind kind : AllKinds) {
        if (SandboxFaults::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace DepositDesk
