#include "ui/refunds/ApproveRefundDialog.h"

#include "domain/YuanText.h"

#include "domain/ChinaTime.h"
#include "services/ConsoleServices.h"
#include "services/refunds/RefundApprovals.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

ApproveRefundDialog::ApproveRefundDialog(ConsoleServices &services, qint64 requestId,
                                         Decision decision, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_id(requestId)
    , m_decision(decision)
{
    setObjectName(QStringLiteral("approveRefundDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("approveIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_order = valueLabel(QStringLiteral("approveOrder"), this);
    m_trade = valueLabel(QStringLiteral("approveTrade"), this);
    m_amount = valueLabel(QStringLiteral("approveAmount"), this);
    m_requestNo = valueLabel(QStringLiteral("approveRequestNo"), this);
    m_reason = valueLabel(QStringLiteral("approveReason"), this);
    m_requester = valueLabel(QStringLiteral("approveRequester"), this);
    m_status = valueLabel(QStringLiteral("approveStatus"), this);
    for (QLabel *value : {m_order, m_trade, m_amount, m_requestNo, m_reason, m_requester, m_status})
        m_form->addRow(new QLabel(this), value);
    QFont bold = m_amount->font();
    bold.setBold(true);
    m_amount->setFont(bold);
    layout->addLayout(m_form);

    m_historyLabel = new QLabel(this);
    layout->addWidget(m_historyLabel);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("approveHistory"));
    m_history->setMaximumHeight(90);
    layout->addWidget(m_history);

    m_supervisorBox = new QGroupBox(this);
    m_supervisorBox->setObjectName(QStringLiteral("approveSupervisorBox"));
    auto *boxLayout = new QVBoxLayout(m_supervisorBox);
    m_supervisorWhy = new QLabel(m_supervisorBox);
    m_supervisorWhy->setObjectName(QStringLiteral("approveSupervisorWhy"));
    m_supervisorWhy->setWordWrap(true);
    boxLayout->addWidget(m_supervisorWhy);
    m_supervisorForm = new QFormLayout;
    m_login = new QLineEdit(m_supervisorBox);
    m_login->setObjectName(QStringLiteral("approverLogin"));
    m_password = new QLineEdit(m_supervisorBox);
    m_password->setObjectName(QStringLiteral("approverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_supervisorForm->addRow(new QLabel(m_supervisorBox), m_login);
    m_supervisorForm->addRow(new QLabel(m_supervisorBox), m_password);
    boxLayout->addLayout(m_supervisorForm);
    layout->addWidget(m_supervisorBox);

    m_deciderLabel = new QLabel(this);
    m_deciderLabel->setObjectName(QStringLiteral("approveDecider"));
    m_deciderLabel->setWordWrap(true);
    layout->addWidget(m_deciderLabel);
    m_commentLabel = new QLabel(this);
    layout->addWidget(m_commentLabel);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("approveComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    layout->addWidget(m_comment);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("approveOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("approveSubmit"));
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("approveClose"));
    layout->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, &ApproveRefundDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ApproveRefundDialog::updateSubmit);
    connect(m_login, &QLineEdit::textChanged, this, &ApproveRefundDialog::updateSubmit);
    connect(m_password, &QLineEdit::textChanged, this, &ApproveRefundDialog::updateSubmit);

    reload();
    retranslateUi();
    resize(560, sizeHint().height());
}

void ApproveRefundDialog::reload()
{
    const auto request = m_services.approvals().find(m_id);
    m_found = request.has_value();
    if (request)
        m_request = *request;
    const OperatorSession &desk = m_services.session();
    m_asksForSupervisor = m_found && !RefundApprovals::decisionProblem(desk, m_request).isEmpty() &&
                          m_request.status == RefundRequestRecord::Status::PendingApproval;
    m_supervisorBox->setVisible(m_asksForSupervisor && !m_done);
}

void ApproveRefundDialog::retranslateUi()
{
    const bool approve = m_decision == Decision::Approve;
    setWindowTitle(approve ? tr("Approve refund request %1").arg(m_request.outRequestNo)
                           : tr("Reject refund request %1").arg(m_request.outRequestNo));
    m_intro->setText(approve ? tr("Approving sends exactly this refund to Alipay: the amount and "
                                  "request number below, nothing else.")
                             : tr("Rejecting closes this request; nothing is sent to Alipay. "
                                  "The agent may ask again with a new request."));
    setRowLabel(m_form, m_order, tr("Order:"));
    setRowLabel(m_form, m_trade, tr("Charge:"));
    setRowLabel(m_form, m_amount, tr("Amount:"));
    setRowLabel(m_form, m_requestNo, tr("Refund request number:"));
    setRowLabel(m_form, m_reason, tr("Reason:"));
    setRowLabel(m_form, m_requester, tr("Requested by:"));
    setRowLabel(m_form, m_status, tr("Status:"));
    m_order->setText(m_request.outOrderNo);
    //: %1 the merchant's charge number (out_trade_no), %2 Alipay's trade number
    m_trade->setText(m_request.tradeNo.isEmpty()
                         ? m_request.outTradeNo
                         : tr("%1 (Alipay %2)").arg(m_request.outTradeNo, m_request.tradeNo));
    m_amount->setText(yuanText(m_request.amount));
    m_requestNo->setText(m_request.outRequestNo);
    m_reason->setText(m_request.reason);
    //: %1 login of who asked, %2 when (China time)
    m_requester->setText(
        tr("%1 at %2 (China time)")
            .arg(m_request.requester, m_request.requested.isValid()
                                          ? ChinaTime::format(m_request.requested).left(16)
                                          : QString()));
    m_status->setText(refundRequestStatusDisplayName(m_request.status));
    m_historyLabel->setText(tr("History:"));
    m_history->clear();
    const QList<RefundRequestEvent> events = m_services.approvals().history(m_id);
    for (const RefundRequestEvent &e : events) {
        //: One status change: %1 time (China), %2 status, %3 who, %4 comment
        const QString line = tr("%1  %2 by %3")
                                 .arg(ChinaTime::format(e.at).left(16),
                                      refundRequestStatusDisplayName(e.status), e.operatorLogin);
        m_history->addItem(e.comment.isEmpty() ? line : tr("%1: %2").arg(line, e.comment));
    }
    m_supervisorBox->setTitle(tr("A supervisor signs in here"));
    const QString why = RefundApprovals::decisionProblem(m_services.session(), m_request);
    m_supervisorWhy->setText(
        //: %1 why the signed-in operator may not decide (a sentence)
        tr("%1 A supervisor who did not ask for this refund signs in below; this desk stays "
           "signed in as %2.")
            .arg(why, m_services.session().login));
    setRowLabel(m_supervisorForm, m_login, tr("Supervisor login:"));
    setRowLabel(m_supervisorForm, m_password, tr("Password:"));
    m_deciderLabel->setVisible(!m_asksForSupervisor && m_found);
    m_deciderLabel->setText(approve ? tr("You approve as %1.").arg(m_services.session().login)
                                    : tr("You reject as %1.").arg(m_services.session().login));
    m_commentLabel->setText(approve ? tr("Comment (optional):")
                                    : tr("Why is it rejected? (required)"));
    m_submit->setText(m_sending ? tr("Sending…")
                                : (approve ? tr("Approve and send") : tr("Reject request")));
    m_close->setText(m_done ? tr("Close") : tr("Cancel"));
    if (!m_found)
        showOutcome(tr("There is no refund request number %1.").arg(m_id), false);
    updateSubmit();
}

void ApproveRefundDialog::updateSubmit()
{
    bool ready = m_found && !m_sending && !m_done &&
                 m_request.status == RefundRequestRecord::Status::PendingApproval;
    if (m_asksForSupervisor)
        ready = ready && !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    if (m_decision == Decision::Reject)
        ready = ready && !m_comment->toPlainText().trimmed().isEmpty();
    m_submit->setEnabled(ready);
}

void ApproveRefundDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    if (!m_asksForSupervisor) {
        decideAs(m_services.session());
        return;
    }
    QString message;
    QString password = m_password->text();
    const OperatorSession supervisor = m_services.approvals().signInApprover(
        m_services.session().login, m_login->text(), password, &message);
    password.fill(QChar(u'\0'));
    m_password->clear();
    if (!supervisor.isValid()) {
        showOutcome(message, false);
        return;
    }
    if (const QString problem = RefundApprovals::decisionProblem(supervisor, m_request);
        !problem.isEmpty()) {
        showOutcome(problem, false);
        return;
    }
    decideAs(supervisor);
}

void ApproveRefundDialog::decideAs(const OperatorSession &decider)
{
    const QString comment = m_comment->toPlainText().trimmed();
    if (m_decision == Decision::Reject) {
        const ActionOutcome outcome = m_services.approvals().reject(decider, m_id, comment);
        m_done = outcome.ok();
        showOutcome(outcome.message, outcome.ok());
        if (m_done)
            Q_EMIT decided(m_id);
        reload();
        retranslateUi();
        return;
    }
    m_sending = true;
    showOutcome(tr("Sending the refund to Alipay…"), true);
    retranslateUi();
    m_services.approvals().approve(decider, m_id, comment, this, [this](const ActionOutcome &o) {
        m_sending = false;
        m_done = o.status != ActionOutcome::Status::Refused;
        showOutcome(o.message, o.ok());
        if (m_done)
            Q_EMIT decided(m_id);
        reload();
        retranslateUi();
    });
}

void ApproveRefundDialog::showOutcome(const QString &text, bool good)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(good ? QStringLiteral("color: #206030;")
                                  : QStringLiteral("color: #a02020; font-weight: bold;"));
    m_outcome->show();
}

void ApproveRefundDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace DepositDesk
