#include "ui/actions/ActionDialog.h"

#include "ui/widgets/ErrorBanner.h"

#include "domain/YuanText.h"
#include "services/ConsoleServices.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DepositDesk {

ActionDialog::ActionDialog(ConsoleServices &services, const OrderSnapshot &snapshot,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_snapshot(snapshot)
{
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("actionIntro"));
    m_intro->setWordWrap(true);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("actionReason"));
    m_reason->setMaxLength(200);
    connect(m_reason, &QLineEdit::textChanged, this, &ActionDialog::revalidate);

    m_amountsBox = new QFrame(this);
    m_amountsBox->setFrameShape(QFrame::StyledPanel);
    m_before = new QLabel(m_amountsBox);
    m_before->setObjectName(QStringLiteral("actionBefore"));
    m_before->setWordWrap(true);
    m_after = new QLabel(m_amountsBox);
    m_after->setObjectName(QStringLiteral("actionAfter"));
    m_after->setWordWrap(true);
    QFont afterFont = m_after->font();
    afterFont.setBold(true);
    m_after->setFont(afterFont);
    auto *amounts = new QVBoxLayout(m_amountsBox);
    amounts->addWidget(m_before);
    amounts->addWidget(m_after);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("actionValidation"));
    m_validation->setWordWrap(true);
    m_validation->setStyleSheet(QStringLiteral("color: #c62828;"));

    m_outcomeLabel = new QLabel(this);
    m_outcomeLabel->setObjectName(QStringLiteral("actionOutcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeLabel->setVisible(false);

    m_errorBanner = new ErrorBanner(this);
    connect(m_errorBanner, &ErrorBanner::resized, this, &ActionDialog::growToFit);

    m_buttons = new QDialogButtonBox(this);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("actionSubmit"));
    m_submit->setDefault(true);
    m_buttons->addButton(m_submit, QDialogButtonBox::ActionRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("actionClose"));
    m_close->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &ActionDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addLayout(m_form);
    layout->addWidget(m_amountsBox);
    layout->addWidget(m_validation);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_errorBanner);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

ActionDialog::~ActionDialog() = default;

QLineEdit *ActionDialog::addAmountField(QWidget *beside)
{
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("actionAmount"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaxLength(16);
    m_amount->setClearButtonEnabled(true);
    connect(m_amount, &QLineEdit::textChanged, this, &ActionDialog::revalidate);
    auto *row = new QHBoxLayout;
    row->addWidget(m_amount, 1);
    if (beside)
        row->addWidget(beside);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setBuddy(m_amount);
    m_form->addRow(m_amountLabel, row);
    return m_amount;
}

std::optional<Money> ActionDialog::typedAmount(QString *problem) const
{
    problem->clear();
    const QString text = m_amount ? m_amount->text().trimmed() : QString();
    if (text.isEmpty())
        return std::nullopt;
    return Money::fromRequestYuan(text, problem);
}

std::optional<Money> ActionDialog::amountUpTo(Money most, const QString &tooMuch,
                                              Check *check) const
{
    const std::optional<Money> amount = typedAmount(&check->problem);
    if (!amount) {
        check->incomplete = check->incomplete || check->problem.isEmpty();
        return std::nullopt;
    }
    if (*amount > most) {
        check->problem = tooMuch.arg(yuanDigits(*amount), yuanDigits(most));
        return std::nullopt;
    }
    return amount;
}

void ActionDialog::addLabelledRow(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
}

void ActionDialog::setRowLabel(QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
        label->setText(text);
}

void ActionDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

void ActionDialog::setSubmitText(const QString &text)
{
    m_submitText = text;
    if (!m_sending)
        m_submit->setText(text);
}

void ActionDialog::finishSetup()
{
    addLabelledRow(m_reason);
    retranslateUi();
}

const OperatorSession &ActionDialog::session() const
{
    return m_services.session();
}

QString ActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ActionDialog::revalidate()
{
    const Check now = check();
    m_validation->setText(now.problem);
    m_validation->setVisible(!now.problem.isEmpty());
    m_before->setText(now.before);
    m_after->setText(now.after);
    m_amountsBox->setVisible(!now.before.isEmpty() || !now.after.isEmpty());
    const bool valid = now.problem.isEmpty() && !now.incomplete && !reason().isEmpty();
    m_submit->setEnabled(valid && !m_sending && !m_finished);
    growToFit();
}

void ActionDialog::submit()
{
    // The button is disabled while sending; this guards a click queued before that took effect.
    if (m_sending || m_finished)
        return;
    const Check now = check();
    if (!now.problem.isEmpty() || now.incomplete || reason().isEmpty())
        return;
    m_sending = true;
    m_outcome.reset();
    m_outcomeLabel->setVisible(false);
    m_errorBanner->clear();
    m_submit->setEnabled(false);
    m_submit->setText(tr("Sending…"));
    setFieldsEnabled(false);
    send([this](const ActionOutcome &outcome) { showOutcome(outcome); });
}

void ActionDialog::showOutcome(const ActionOutcome &outcome)
{
    m_sending = false;
    m_outcome = outcome;
    // Refused and Failed changed nothing: the agent may correct the input and try again.
    // Anything else has happened (or may have): the dialog only shows it from now on.
    m_finished = outcome.status != ActionOutcome::Status::Refused &&
                 outcome.status != ActionOutcome::Status::Failed;
    setFieldsEnabled(!m_finished);
    m_submit->setText(m_submitText);
    m_submit->setVisible(!m_finished);
    m_close->setText(m_finished ? tr("Close") : tr("Cancel"));
    showOutcomeText();
    revalidate();
    if (m_finished)
        m_close->setFocus();
    growToFit();
    Q_EMIT outcomeShown(outcome);
}

void ActionDialog::showOutcomeText()
{
    if (!m_outcome)
        return;
    const ActionOutcome &outcome = *m_outcome;
    QString heading;
    QString colour;
    switch (outcome.status) {
    case ActionOutcome::Status::Done:
        heading = tr("Done. Alipay confirmed it.");
        colour = QStringLiteral("#2e7d32");
        break;
    case ActionOutcome::Status::Recorded:
        heading = tr("Recorded. Nothing was sent to Alipay yet.");
        colour = QStringLiteral("#2e7d32");
        break;
    case ActionOutcome::Status::Refused:
        heading = tr("Not sent. Nothing changed.");
        colour = QStringLiteral("#c62828");
        break;
    case ActionOutcome::Status::Failed:
        heading = tr("Alipay refused it. No money moved.");
        colour = QStringLiteral("#c62828");
        break;
    case ActionOutcome::Status::AwaitingConfirmation:
        heading = tr("Awaiting confirmation: Alipay's answer did not arrive. The console keeps "
                     "asking Alipay; do not send it again.");
        colour = QStringLiteral("#b26a00");
        break;
    }
    const bool good = outcome.ok();
    m_outcomeLabel->setText(good && !outcome.message.isEmpty()
                                //: Outcome of an action: heading, then the service's words.
                                ? tr("%1\n%2").arg(heading, outcome.message)
                                : heading);
    m_outcomeLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour));
    m_outcomeLabel->setVisible(true);
    if (good)
        m_errorBanner->clear();
    else
        m_errorBanner->showOutcome(outcome);
}

// Wrapped text (an outcome, error details) may need more lines than the dialog has room for;
// a top-level window does not follow its layout's height-for-width by itself.
void ActionDialog::growToFit()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void ActionDialog::setFieldsEnabled(bool enabled)
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole)) {
            if (item->widget())
                item->widget()->setEnabled(enabled);
            else if (QLayout *inner = item->layout()) {
                for (int i = 0; i < inner->count(); ++i) {
                    if (QWidget *widget = inner->itemAt(i)->widget())
                        widget->setEnabled(enabled);
                }
            }
        }
    }
}

void ActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ActionDialog::retranslateUi()
{
    if (m_amountLabel)
        m_amountLabel->setText(tr("Amount (yuan):"));
    if (m_amount)
        m_amount->setPlaceholderText(tr("e.g. 20.00"));
    setRowLabel(m_reason, tr("Reason (required):"));
    m_reason->setPlaceholderText(tr("Why, in a few words; kept in the audit log"));
    m_close->setText(m_finished ? tr("Close") : tr("Cancel"));
    retranslateFields();
    showOutcomeText();
    revalidate();
}

} // namespace DepositDesk
