#pragma once

#include "finance/ReconciliationTypes.h"

#include <QCoreApplication>

namespace DepositDesk {

// What finance can do about a difference besides writing a note: each changes the ledger or
// the known external payments through their normal paths (DifferenceCorrections).
enum class Correction {
    RefreshOrder,         // query Alipay for the order, apply what it signed, re-check
    KnownExternalPayment, // a bill-only line: record it as a payment made outside the console
    SettleByQuery,        // the order's unknown-outcome intent: settle it by query
};
QString correctionCode(Correction correction); // "refresh_order" ...
std::optional<Correction> correctionFromCode(QStringView code);
// The corrections that may apply to a difference of this kind (the service checks the rest).
QList<Correction> correctionsForKind(DifferenceKind kind);

// What a difference means, said in the viewer's language when it is shown: built from the
// difference's fields (kind, numbers, amounts with yuanText, statuses with
// alipayStatusDisplayName), never from the `detail` stored by the run (which keeps the words of
// whoever ran it, for the audit log and exports). Plain value functions: the UI may use them.
class DifferenceWords
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::DifferenceWords)

public:
    // "Charge T1" / "Refund R1 of charge T1".
    static QString subject(const Difference &difference);
    // The sentence: what was found and what to do about it.
    static QString sentence(const Difference &difference);
    // The bill type as people name it ("Trade bill", "Account bill"); unknown types as they are.
    static QString billTypeName(const QString &billType);
    // "Refreshed from Alipay" ...; a stored code without a name as it is.
    static QString correctionName(const QString &code);
    // The button's text: "Refresh this order from Alipay" ...
    static QString correctionAction(Correction correction);
};

} // namespace DepositDesk
