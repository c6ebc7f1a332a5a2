#include "ui/actions/ChargeDialog.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"
#include "services/actions/OrderActionGuards.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>

namespace DepositDesk {

ChargeDialog::ChargeDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                           QWidget *parent)
    : ActionDialog(services, snapshot, parent)
{
    setObjectName(QStringLiteral("chargeDialog"));
    addAmountField();
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("actionSubject"));
    m_subject->setMaxLength(128);
    m_subject->setText(snapshot.order.title);
    connect(m_subject, &QLineEdit::textChanged, this, &ChargeDialog::revalidate);
    addLabelledRow(m_subject);
    m_releaseRest = new QCheckBox(this);
    m_releaseRest->setObjectName(QStringLiteral("actionReleaseRest"));
    connect(m_releaseRest, &QCheckBox::toggled, this, &ChargeDialog::revalidate);
    form()->addRow(m_releaseRest);
    m_violation = new QCheckBox(this);
    m_violation->setObjectName(QStringLiteral("actionViolation"));
    form()->addRow(m_violation);
    finishSetup();
}

ActionDialog::Check ChargeDialog::check() const
{
    const Money rest = snapshot().order.rest;
    Check result;
    result.before = tr("Still frozen now: ¥%1").arg(yuanDigits(rest));
    result.incomplete = m_subject->text().trimmed().isEmpty();
    const std::optional<Money> amount =
        amountUpTo(rest, tr("¥%1 is more than the ¥%2 still frozen. Enter at most ¥%2."), &result);
    // The service's own rule and words, so the dialog and OrderActions cannot disagree.
    if (amount && result.problem.isEmpty())
        result.problem = OrderActionGuards::chargeLimitProblem(session(), *amount);
    if (!amount || !result.problem.isEmpty()) {
        result.after = tr("After the charge: —");
        return result;
    }
    const Money left = rest - *amount;
    if (m_releaseRest->isChecked())
        result.after = tr("After the charge: ¥%1 charged, ¥%2 released to the customer, the "
                          "deposit ends")
                           .arg(yuanDigits(*amount), yuanDigits(left));
    else
        result.after = tr("After the charge: ¥%1 charged, ¥%2 still frozen")
                           .arg(yuanDigits(*amount), yuanDigits(left));
    return result;
}

void ChargeDialog::send(OrderActions::Done done)
{
    QString problem;
    OrderActions::ChargeInput input;
    input.outOrderNo = snapshot().order.outOrderNo;
    input.amount = typedAmount(&problem).value_or(Money());
    input.subject = m_subject->text().trimmed();
    input.reason = reason();
    input.releaseRest = m_releaseRest->isChecked();
    input.violation = m_violation->isChecked();
    services().actions().charge(session(), input, this, std::move(done));
}

void ChargeDialog::retranslateFields()
{
    setWindowTitle(tr("Charge from deposit %1").arg(snapshot().order.outOrderNo));
    setIntro(tr("Turn part of the frozen deposit into a payment to the merchant, for example "
                "for damage or an overdue rental. The customer sees it as a payment in Alipay."));
    setRowLabel(m_subject, tr("Subject:"));
    m_subject->setPlaceholderText(tr("What the customer pays for, shown in their Alipay bill"));
    //: COMPLETE mode: the rest of the deposit is unfrozen together with the charge.
    m_releaseRest->setText(tr("Release the rest to the customer and end the deposit"));
    m_releaseRest->setToolTip(tr("Unchecked: the rest stays frozen for later charges or an "
                                 "unfreeze (NOT_COMPLETE). Checked: Alipay unfreezes the rest "
                                 "with this charge (COMPLETE)."));
    m_violation->setText(tr("The customer defaulted (mark the order as violated)"));
    m_violation->setToolTip(tr("Check this when the charge is for a default, such as damage or "
                               "a rental never returned. The order is marked as violated and "
                               "reconciliation reminds finance to report it to Sesame."));
    setSubmitText(tr("Charge"));
}

} // namespace DepositDesk
