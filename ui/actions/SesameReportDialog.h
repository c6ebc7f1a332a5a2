#pragma once

#include "ui/actions/ActionDialog.h"

class QComboBox;
class QLabel;

namespace DepositDesk {

// Report how a credit (芝麻) order ended to Sesame: COMPLETE (the customer kept the agreement)
// or VIOLATED (they did not), which counts against the customer's credit and warns so.
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

    QComboBox *m_trade = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace DepositDesk
