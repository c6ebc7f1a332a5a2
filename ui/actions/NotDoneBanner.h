#pragma once

#include "services/actions/ActionOutcome.h"
#include "services/orders/OrderSnapshot.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace DepositDesk {

class ConsoleServices;

// Under an order's header: when the order's latest request was settled NOT_DONE (Alipay
// confirmed it never arrived), says so and offers to send exactly that request again with the
// same request number (OutcomeResolver::retry). Only the latest request is offered: an older
// one may have been replaced by a new action, and sending it again would do the work twice.
class NotDoneBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NotDoneBanner(ConsoleServices &services, QWidget *parent = nullptr);

    void setSnapshot(const std::optional<OrderSnapshot> &snapshot);
    // The intent offered for sending again, if any.
    std::optional<IntentRecord> offered() const { return m_offered; }

    // "an unfreeze of ¥3.00", "a report to Sesame" ... (also used by the awaiting banner).
    static QString describe(const IntentRecord &intent);

Q_SIGNALS:
    // The retry was answered (the page shows the outcome and reloads).
    void retried(const DepositDesk::ActionOutcome &outcome);

private:
    void sendAgain();
    void retranslateUi();
    void changeEvent(QEvent *event) override;

    ConsoleServices &m_services;
    std::optional<IntentRecord> m_offered;
    QLabel *m_text = nullptr;
    QPushButton *m_sendAgain = nullptr;
    bool m_sending = false;
};

} // namespace DepositDesk
