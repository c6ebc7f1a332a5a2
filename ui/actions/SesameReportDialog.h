#pragma once

#include "ui/actions/ActionDialog.h"

class QComboBox;
class QLabel;

namespace DepositDesk {

// Report how a credit (芝麻) order ended to Sesame: COMPLETE (the customer kept the agreement),
// sent at once, or VIOLATED (they did not), which counts against the customer's credit, warns so,
// and is only asked for: Alipay allows it 15 days after a charge the customer could not pay
// (the dialog says from when), and a supervisor approves it. A supervisor who did not ask opens
// the same dialog on the order to approve or reject the request.
class SesameReportDialog : public ActionDialog
{
    Q_OBJECT

public:
    SesameReportDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                       QWidget *parent = nullptr);

protected:
    Check check() const override;
    void send(OrderActions::Done done) override;
    void retranslateFields() override;

private:
    bool violated() const;
    // A request waits and this session may decide it: the dialog approves or rejects it.
    bool deciding() const;

    QComboBox *m_trade = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_decision = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace DepositDesk
