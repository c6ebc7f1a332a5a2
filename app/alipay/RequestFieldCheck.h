#pragma once

#include "domain/Money.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DepositDesk {

// Checks the fields of a typed request before anything is signed or sent; keeps the first
// problem as a translated sentence. Used by the *Types.cpp request builders.
//
//   RequestFieldCheck check;
//   check.required("auth_no", authNo).amount("amount", amount);
//   if (!check.ok()) ...
class RequestFieldCheck
{
public:
    // Not empty, not only spaces, at most maxLength characters.
    RequestFieldCheck &required(const char *field, const QString &value, int maxLength = 64);
    // Empty, or at most maxLength characters.
    RequestFieldCheck &optional(const char *field, const QString &value, int maxLength = 64);
    // 0.01 .. 100000000.00 yuan.
    RequestFieldCheck &amount(const char *field, Money value);
    // Empty, or a JSON object (for the "JSON string" fields such as extra_param).
    RequestFieldCheck &jsonObject(const char *field, const QString &value);
    // A problem of the caller's own wording.
    RequestFieldCheck &check(bool condition, const QString &problem);

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }

    // `text` when all checks passed; otherwise nullopt and the problem in *error.
    std::optional<QByteArray> result(const QByteArray &text, QString *error) const;

private:
    void fail(const QString &problem);
    QString m_problem;
};

} // namespace DepositDesk
