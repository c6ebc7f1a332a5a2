#include "sandbox/Faults.h"

namespace DepositDesk::Sandbox {

namespace {

constexpr Faults::Kind AllKinds[] = {
    Faults::Kind::Delay,         Faults::Kind::ResetBefore,   Faults::Kind::ResetAfter,
    Faults::Kind::Http502,       Faults::Kind::Code20000,     Faults::Kind::SystemError,
    Faults::Kind::BadSignature,  Faults::Kind::TruncatedBody, Faults::Kind::ForeignAnswer,
    Faults::Kind::ForeignAmount, Faults::Kind::LateApply};

} // namespace

std::optional<Faults::Rule> Faults::take(const QString &method)
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

bool Faults::preventsExecution(Kind kind)
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
    case Kind::LateApply:
    case Kind::ForeignAnswer:
    case Kind::ForeignAmount:
        return false;
    }
    return false;
}

QString Faults::name(Kind kind)
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
    case Kind::LateApply:
        return QStringLiteral("late_apply");
    case Kind::ForeignAnswer:
        return QStringLiteral("foreign_answer");
    case Kind::ForeignAmount:
        return QStringLiteral("foreign_amount");
    }
    return {};
}

std::optional<Faults::Kind> Faults::kindFromName(QStringView name)
{
    for (Kind kind : AllKinds) {
        if (Faults::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace DepositDesk::Sandbox
