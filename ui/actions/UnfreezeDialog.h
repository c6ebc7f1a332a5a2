#pragma once

#include "ui/actions/ActionDialog.h"

class QPushButton;

namespace DepositDesk {

// Unfreeze all that is left of a deposit, or part of it: the money goes back to the customer.
class UnfreezeDialog : public ActionDialog
{
    Q_OBJECT

public:
    UnfreezeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                   QWidget *parent = nullptr);

protected:
    Check check() const override;
    void send(OrderActions::Done done) override;
    void retranslateFields() override;

private:
    QPushButton *m_allButton = nullptr;
};

} // namespace DepositDesk
