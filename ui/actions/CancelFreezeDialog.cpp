#include "ui/actions/CancelFreezeDialog.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"

namespace DepositDesk {

CancelFreezeDialog::CancelFreezeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                                       QWidget *parent)
    : ActionDialog(services, snapshot, parent)
{
    setObjectName(QStringLiteral("cancelFreezeDialog"));
    finishSetup();
}

ActionDialog::Check CancelFreezeDialog::check() const
{
    Check result;
    const OrderRecord &order = snapshot().order;
    result.before = tr("Freeze asked for: ¥%1, status %2")
                        .arg(yuanDigits(order.total), orderStatusDisplayName(order.status));
    result.after = tr("After the cancel: nothing frozen, the order is closed");
    return result;
}

void CancelFreezeDialog::send(OrderActions::Done done)
{
    OrderActions::CancelInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.reason = reason();
    services().actions().cancelFreeze(session(), input, this, std::move(done));
}

void CancelFreezeDialog::retranslateFields()
{
    setWindowTitle(tr("Cancel freeze %1").arg(snapshot().order.outOrderNo));
    setIntro(tr("Use this only when it is unknown whether the freeze happened (for example the "
                "customer's payment page timed out). Cancelling closes the order if nothing was "
                "frozen, and releases the money if it was, so the customer is never left with a "
                "freeze nobody knows about.\n\nFor a freeze you can see, use Unfreeze instead: "
                "it releases a chosen amount and keeps the order's history."));
    setSubmitText(tr("Cancel the freeze"));
}

} // namespace DepositDesk
