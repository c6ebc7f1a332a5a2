#include "finance/ReconciliationTypes.h"

#include <QCoreApplication>

namespace DepositDesk {

QString differenceKindCode(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::AmountDiffers:
        return QStringLiteral("amount_differs");
    case DifferenceKind::BillOnly:
        return QStringLiteral("bill_only");
    case DifferenceKind::LedgerOnly:
        return QStringLiteral("ledger_only");
    case DifferenceKind::StatusDiffers:
        return QStringLiteral("status_differs");
    case DifferenceKind::FrozenNeverReleased:
        return QStringLiteral("frozen_never_released");
    case DifferenceKind::RestNeverUnfrozen:
        return QStringLiteral("rest_never_unfrozen");
    case DifferenceKind::ViolationNotReported:
        return QStringLiteral("violation_not_reported");
    case DifferenceKind::TotalsDiffer:
        return QStringLiteral("totals_differ");
    case DifferenceKind::AccountMovementOnly:
        return QStringLiteral("account_movement_only");
    case DifferenceKind::LedgerNotInAccount:
        return QStringLiteral("ledger_not_in_account");
    case DifferenceKind::AccountAmountDiffers:
        return QStringLiteral("account_amount_differs");
    case DifferenceKind::AccountTotalsDiffer:
        return QStringLiteral("account_totals_differ");
    case DifferenceKind::BalanceBroken:
        return QStringLiteral("balance_broken");
    }
    return {};
}

std::optional<DifferenceKind> differenceKindFromCode(QStringView code)
{
    for (DifferenceKind kind : allDifferenceKinds())
        if (code == differenceKindCode(kind))
            return kind;
    return std::nullopt;
}

QString differenceKindDisplayName(DifferenceKind kind)
{
    // Not named tr: lupdate would read tr(QT_TRANSLATE_NOOP(...)) as a tr() call and drop it.
    const auto translated = [](const char *text) {
        return QCoreApplication::translate("DepositDesk::DifferenceKind", text);
    };
    // The texts are marked with QT_TRANSLATE_NOOP for lupdate.
    switch (kind) {
    case DifferenceKind::AmountDiffers:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Amount differs"));
    case DifferenceKind::BillOnly:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Only in Alipay's bill"));
    case DifferenceKind::LedgerOnly:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Only in our ledger"));
    case DifferenceKind::StatusDiffers:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Status differs"));
    case DifferenceKind::FrozenNeverReleased:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Frozen, never released"));
    case DifferenceKind::RestNeverUnfrozen:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Rest never unfrozen"));
    case DifferenceKind::ViolationNotReported:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Default not reported to Sesame"));
    case DifferenceKind::TotalsDiffer:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Totals differ"));
    case DifferenceKind::AccountMovementOnly:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Only in the account bill"));
    case DifferenceKind::LedgerNotInAccount:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Not in the account bill"));
    case DifferenceKind::AccountAmountDiffers:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Account bill amount differs"));
    case DifferenceKind::AccountTotalsDiffer:
        return translated(
            QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Account bill totals differ"));
    case DifferenceKind::BalanceBroken:
        return translated(QT_TRANSLATE_NOOP("DepositDesk::DifferenceKind", "Balance broken"));
    }
    return {};
}

QList<DifferenceKind> allDifferenceKinds()
{
    return {DifferenceKind::AmountDiffers,        DifferenceKind::BillOnly,
            DifferenceKind::LedgerOnly,           DifferenceKind::StatusDiffers,
            DifferenceKind::FrozenNeverReleased,  DifferenceKind::RestNeverUnfrozen,
            DifferenceKind::ViolationNotReported, DifferenceKind::TotalsDiffer,
            DifferenceKind::AccountMovementOnly,  DifferenceKind::LedgerNotInAccount,
            DifferenceKind::AccountAmountDiffers, DifferenceKind::AccountTotalsDiffer,
            DifferenceKind::BalanceBroken};
}

bool isAccountBillKind(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::AccountMovementOnly:
    case DifferenceKind::LedgerNotInAccount:
    case DifferenceKind::AccountAmountDiffers:
    case DifferenceKind::AccountTotalsDiffer:
    case DifferenceKind::BalanceBroken:
        return true;
    default:
        return false;
    }
}

} // namespace DepositDesk
