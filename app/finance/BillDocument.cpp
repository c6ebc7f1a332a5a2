#include "finance/BillDocument.h"

#include <QCoreApplication>

namespace DepositDesk {

QString BillProblem::toString() const
{
    if (line > 0)
        return QCoreApplication::translate("DepositDesk::BillProblem", "%1, line %2: %3")
            .arg(file)
            .arg(line)
            .arg(reason);
    return QCoreApplication::translate("DepositDesk::BillProblem", "%1: %2").arg(file, reason);
}

} // namespace DepositDesk
