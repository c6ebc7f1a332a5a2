#pragma once

#include "ui/actions/ActionDialog.h"

namespace DepositDesk {

// Cancel a freeze whose outcome is unknown (alipay.fund.auth.operation.cancel): closes the
// order if it was never frozen, or unfreezes it if it was. Explains the difference with an
// ordinary unfreeze, which is the right tool for a known freeze.
class CancelFreezeDialog : public ActionDialog
{
    Q_OBJECT

public:
    CancelFreezeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                       QWidget *parent = nullptr);

protected:
    Check check() const override;
    void send(OrderActions::Done done) override;
    void retranslateFields() override;
};

} // namespace DepositDesk
