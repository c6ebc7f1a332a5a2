#pragma once

#include "domain/Nodiscard.h"
#include "domain/OperatorSession.h"
#include "finance/BillFiles.h"

#include <QCoreApplication>
#include <QString>

namespace DepositDesk {

class Store;

// A bill archive downloaded by other means (the merchant portal, a script): checked against the
// parser's caps, read to learn its type (a trade bill, else an account bill) and period, copied to
// <dataDir>/bills/<type>/ and recorded in BillFiles, so that ReconciliationService can reconcile it
// like a downloaded one. The same bytes of the same bill are one row (the first copy is kept).
// Needs Capability::RunReconciliation. Audited: "bill.imported" (type, date, sha256, size,
// already_known).
class BillFileImport
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BillFileImport)

public:
    struct DD_NODISCARD Result
    {
        bool ok = false;
        bool alreadyKnown = false;
        QString message; // translated: why not, or what was recorded
        BillFileRecord file;
    };

    static Result importFile(const Store &store, const OperatorSession &session,
                             const QString &path, const QString &dataDirectory);
};

} // namespace DepositDesk
