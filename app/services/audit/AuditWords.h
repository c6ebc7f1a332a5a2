#pragma once

#include "store/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DepositDesk {

// The one place where an audit entry (its action code and its detail JSON) becomes words for
// people, in the operator's language: "Unfreeze of ¥12.00 requested on order X by agent.li".
// Every action the console writes has its sentence; an action it does not know (written by a
// newer version, say) gets a plain one naming the code, the operator and the order. The raw
// detail stays what the entry holds; the audit log page and an order's audit tab show it beside.
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::AuditWords)

public:
    static QString sentence(const AuditEntry &entry);
    // A short name of an action code ("Unfreeze requested", "Note added"); the code itself when
    // unknown.
    static QString actionName(const QString &action);
    // Every action code the console writes, for a filter's choice.
    static QStringList knownActions();
    // Whether sentence() has words of its own for the action (not the fallback).
    static bool isKnown(const QString &action);
};

} // namespace DepositDesk
