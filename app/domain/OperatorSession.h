#pragma once

#include "domain/Capability.h"
#include "domain/OperatorRole.h"

#include <QString>

namespace DepositDesk {

// Who is signed in at this desk. Every service call that acts takes one; the services check
// Permissions with it (a hidden button is not a permission check).
struct OperatorSession
{
    QString login;
    QString displayName;
    OperatorRole role = OperatorRole::Agent;

    bool isValid() const { return !login.isEmpty(); }
    bool can(Capability capability) const
    {
        return isValid() && Permissions::allows(role, capability);
    }
};

} // namespace DepositDesk
