#pragma once

#include "ui/actions/ActionDialog.h"

class QComboBox;

namespace DepositDesk {

// Ask for a refund of a charge. Nothing is sent: the request is recorded as pending approval,
// with the request number the supervisors' approval flow will send.
class RefundRequestDialog : public ActionDialog
{
    Q_OBJECT

public:
    RefundRequestDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                        QWidget *parent = nullptr);

protected:
    Check check() const override;
    void send(OrderActions::Done done) override;
    void retranslateFields() override;

private:
    QString currentTrade() const;
    void fillTrades();

    QComboBox *m_trade = nullptr;
};

} // namespace DepositDesk
