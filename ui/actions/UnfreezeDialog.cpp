#include "ui/actions/UnfreezeDialog.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"

#include <QLineEdit>
#include <QPushButton>

namespace DepositDesk {

UnfreezeDialog::UnfreezeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                               QWidget *parent)
    : ActionDialog(services, snapshot, parent)
{
    setObjectName(QStringLiteral("unfreezeDialog"));
    m_allButton = new QPushButton(this);
    m_allButton->setObjectName(QStringLiteral("actionAllButton"));
    m_allButton->setAutoDefault(false);
    QLineEdit *amount = addAmountField(m_allButton);
    connect(m_allButton, &QPushButton::clicked, this,
            [this, amount] { amount->setText(this->snapshot().order.rest.toYuan()); });
    finishSetup();
}

ActionDialog::Check UnfreezeDialog::check() const
{
    const Money rest = snapshot().order.rest;
    Check result;
    result.before = tr("Still frozen now: ¥%1").arg(yuanDigits(rest));
    //: Inline validation: the amount typed (%1) is above what is still frozen (%2).
    const std::optional<Money> amount =
        amountUpTo(rest, tr("¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2."), &result);
    if (!amount) {
        result.after = tr("Still frozen after: —");
        return result;
    }
    const Money after = rest - *amount;
    result.after = after.isZero()
                       ? tr("Still frozen after: ¥0.00, everything goes back to the customer")
                       : tr("Still frozen after: ¥%1 (¥%2 goes back to the customer)")
                             .arg(yuanDigits(after), yuanDigits(*amount));
    return result;
}

void UnfreezeDialog::send(OrderActions::Done done)
{
    QString problem;
    const Money amount = typedAmount(&problem).value_or(Money());
    OrderActions::UnfreezeInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.amount = amount;
    input.reason = reason();
    input.complete = amount == snapshot().order.rest;
    services().actions().unfreeze(session(), input, this, std::move(done));
}

void UnfreezeDialog::retranslateFields()
{
    setWindowTitle(tr("Unfreeze deposit %1").arg(snapshot().order.outOrderNo));
    setIntro(tr("Release money that is still frozen back to the customer's Alipay account. "
                "Unfreeze all that is left to end the deposit, or only part of it."));
    //: Button beside the amount: fill in everything that is still frozen.
    m_allButton->setText(tr("All that is left (¥%1)").arg(yuanDigits(snapshot().order.rest)));
    setSubmitText(tr("Unfreeze"));
}

} // namespace DepositDesk
