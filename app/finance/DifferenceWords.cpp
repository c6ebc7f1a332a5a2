#include "finance/DifferenceWords.h"

#include "domain/ChinaTime.h"
#include "domain/OrderStatus.h"
#include "domain/YuanText.h"

namespace DepositDesk {

namespace {

QString amount(const std::optional<Money> &money)
{
    return money ? yuanText(*money) : QStringLiteral("—");
}

QString when(const QDateTime &at)
{
    return at.isValid() ? ChinaTime::format(at).left(16) : QString();
}

QString day(const QDateTime &at)
{
    return at.isValid() ? ChinaTime::format(at).left(10) : QString();
}

} // namespace

QString correctionCode(Correction correction)
{
    switch (correction) {
    case Correction::RefreshOrder:
        return QStringLiteral("refresh_order");
    case Correction::KnownExternalPayment:
        return QStringLiteral("known_external_payment");
    case Correction::SettleByQuery:
        return QStringLiteral("settle_by_query");
    }
    return {};
}

std::optional<Correction> correctionFromCode(QStringView code)
{
    for (Correction c :
         {Correction::RefreshOrder, Correction::KnownExternalPayment, Correction::SettleByQuery})
        if (code == correctionCode(c))
            return c;
    return std::nullopt;
}

QList<Correction> correctionsForKind(DifferenceKind kind)
{
    switch (kind) {
    case DifferenceKind::BillOnly:
        return {Correction::RefreshOrder, Correction::KnownExternalPayment};
    case DifferenceKind::StatusDiffers:
        return {Correction::RefreshOrder, Correction::SettleByQuery};
    case DifferenceKind::AmountDiffers:
    case DifferenceKind::LedgerOnly:
    case DifferenceKind::FrozenNeverReleased:
        return {Correction::RefreshOrder};
    default:
        return {};
    }
}

QString DifferenceWords::subject(const Difference &d)
{
    return d.outRequestNo.isEmpty()
               ? tr("Charge %1").arg(d.outTradeNo)
               : tr("Refund %1 of charge %2").arg(d.outRequestNo, d.outTradeNo);
}

QString DifferenceWords::sentence(const Difference &d)
{
    switch (d.kind) {
    case DifferenceKind::BillOnly:
        //: %1 "Charge …", %2 the amount
        return tr("%1 (%2) is in Alipay's bill but not in our ledger. Refresh the order from "
                  "Alipay, find out who charged it, or record it as a known external payment.")
            .arg(subject(d), amount(d.billAmount));
    case DifferenceKind::StatusDiffers:
        //: %1 "Charge …", %2 the status in Alipay's bill, %3 the status in our ledger
        return tr("%1: Alipay's bill says “%2”, our ledger says “%3”. Refresh the order from "
                  "Alipay.")
            .arg(subject(d), alipayStatusDisplayName(d.billStatus),
                 d.ledgerStatus.isEmpty() ? tr("nothing yet")
                                          : alipayStatusDisplayName(d.ledgerStatus));
    case DifferenceKind::AmountDiffers:
        return tr("%1 is %2 in Alipay's bill but %3 in our ledger. Refresh the order from "
                  "Alipay; if it stays, raise it with Alipay.")
            .arg(subject(d), amount(d.billAmount), amount(d.ledgerAmount));
    case DifferenceKind::LedgerOnly:
        //: %3 when (China time)
        return tr("%1 (%2) succeeded in our ledger on %3 but is not in Alipay's bill. Query it "
                  "on Alipay; it may belong to another day's bill.")
            .arg(subject(d), amount(d.ledgerAmount), when(d.happened));
    case DifferenceKind::FrozenNeverReleased:
        //: %1 the amount still frozen, %2 the order number, %3 the day of its last activity
        return tr("%1 is still frozen on order %2 and nothing has happened to it since %3. "
                  "Unfreeze it, or charge what the customer owes.")
            .arg(amount(d.ledgerAmount), d.outOrderNo, day(d.happened));
    case DifferenceKind::RestNeverUnfrozen:
        //: %1 the charge number, %2 the order number, %3 the amount still frozen
        return tr("Charge %1 of order %2 left the rest of the deposit frozen, and %3 is still "
                  "frozen. Unfreeze the rest unless more will be charged.")
            .arg(d.outTradeNo, d.outOrderNo, amount(d.ledgerAmount));
    case DifferenceKind::ViolationNotReported:
        return tr("Order %1 was marked on %2 as defaulted by the customer, but the default was "
                  "never reported to Sesame. Report it from the order's page.")
            .arg(d.outOrderNo, day(d.happened));
    case DifferenceKind::TotalsDiffer:
        if (d.diffKey.endsWith(u":footer"))
            return tr("The detail file's total lines do not add up to its lines. Download the "
                      "bill again.");
        if (d.diffKey.endsWith(u":summary"))
            return tr("The summary file does not match the detail lines. Download the bill "
                      "again.");
        return tr("The totals of Alipay's bill and of our ledger disagree: the Totals tab shows "
                  "them side by side.");
    case DifferenceKind::AccountMovementOnly:
        if (d.ledgerStatus.isEmpty())
            //: %1 "Charge …" / "Refund … of charge …", %2 the amount
            return tr("%1 (%2) moved money in the Alipay account, but our ledger has no such "
                      "charge or refund. Refresh the order from Alipay, or find out who made it.")
                .arg(subject(d), amount(d.billAmount));
        //: %1 "Charge …", %2 the amount, %3 the status in our ledger
        return tr("%1 (%2) moved money in the Alipay account, but our ledger says “%3”. Refresh "
                  "the order from Alipay.")
            .arg(subject(d), amount(d.billAmount), alipayStatusDisplayName(d.ledgerStatus));
    case DifferenceKind::AccountAmountDiffers:
        return tr("%1 is %2 in the account bill but %3 in our ledger. Refresh the order from "
                  "Alipay; if it stays, raise it with Alipay.")
            .arg(subject(d), amount(d.billAmount), amount(d.ledgerAmount));
    case DifferenceKind::LedgerNotInAccount:
        //: %3 when (China time)
        return tr("%1 (%2) succeeded in our ledger on %3 but moved no money in the Alipay "
                  "account bill. Query it on Alipay; it may belong to another day's bill.")
            .arg(subject(d), amount(d.ledgerAmount), when(d.happened));
    default: // a kind without words of its own: the sentence its run stored
        break;
    }
    return d.detail;
}

QString DifferenceWords::billTypeName(const QString &billType)
{
    if (billType == u"trade")
        //: Bill type "trade": payments and refunds
        return tr("Trade bill");
    if (billType == u"signcustomer")
        //: Bill type "signcustomer": the merchant account's movements (fees, payouts)
        return tr("Account bill (账务明细)");
    return billType;
}

QString DifferenceWords::correctionName(const QString &code)
{
    switch (correctionFromCode(code).value_or(Correction(-1))) {
    case Correction::RefreshOrder:
        //: How a difference was resolved
        return tr("refreshed from Alipay");
    case Correction::KnownExternalPayment:
        //: How a difference was resolved
        return tr("recorded as a known external payment");
    case Correction::SettleByQuery:
        //: How a difference was resolved
        return tr("settled by query");
    }
    return code;
}

QString DifferenceWords::correctionAction(Correction correction)
{
    switch (correction) {
    case Correction::RefreshOrder:
        return tr("Refresh this order from Alipay");
    case Correction::KnownExternalPayment:
        return tr("Record this bill line as a known external payment");
    case Correction::SettleByQuery:
        return tr("Settle the unknown outcome by query");
    }
    return {};
}

} // namespace DepositDesk
