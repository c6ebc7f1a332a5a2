#pragma once

#include "ui/actions/ActionDialog.h"

class QCheckBox;
class QLineEdit;

namespace DepositDesk {

// Charge from a deposit (授权转支付): an amount and a subject, and whether the rest stays frozen
// (NOT_COMPLETE) or is released to the customer at once (COMPLETE, the order ends), and whether
// the customer defaulted (the order is marked VIOLATED, to be reported to Sesame).
class ChargeDialog : public ActionDialog
{
    Q_OBJECT

public:
    ChargeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                 QWidget *parent = nullptr);

protected:
    Check check() const override;
    void send(OrderActions::Done done) override;
    void retranslateFields() override;

private:
    QLineEdit *m_subject = nullptr;
    QCheckBox *m_releaseRest = nullptr;
    QCheckBox *m_violation = nullptr; // the customer defaulted: mark the order VIOLATED
};

} // namespace DepositDesk
