#pragma once

#include "domain/OperatorSession.h"
#include "store/RefundRequestRecord.h"

#include <QDialog>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace DepositDesk {

class ConsoleServices;

// Approve or reject one refund request, shown exactly as recorded: order, charge, amount, the
// refund's request number, reason, requester and every status it had. When the desk's operator
// may decide (a supervisor who did not ask for it) they confirm with a comment. Otherwise a
// supervisor signs in inside the dialog (RefundApprovals::signInApprover: failures counted,
// audited) and decides as themselves; the desk stays signed in as before. The services check
// the decision again. Submit is disabled while the refund is sent; the outcome is shown in
// plain words and the dialog stays open until closed.
class ApproveRefundDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Approve, Reject };
    Q_ENUM(Decision)

    ApproveRefundDialog(ConsoleServices &services, qint64 requestId, Decision decision,
                        QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    // Whether a supervisor must sign in here (the desk's operator may not decide).
    bool asksForSupervisor() const { return m_asksForSupervisor; }
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    // The decision was made and recorded (approved and sent, or rejected).
    void decided(qint64 requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void submit();
    void decideAs(const OperatorSession &decider);
    void showOutcome(const QString &text, bool good);
    void updateSubmit();
    void retranslateUi();

    ConsoleServices &m_services;
    const qint64 m_id;
    const Decision m_decision;
    RefundRequestRecord m_request;
    bool m_found = false;
    bool m_asksForSupervisor = false;
    bool m_sending = false;
    bool m_done = false;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_order = nullptr;
    QLabel *m_trade = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_requestNo = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_requester = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_historyLabel = nullptr;
    QListWidget *m_history = nullptr;
    QGroupBox *m_supervisorBox = nullptr;
    QLabel *m_supervisorWhy = nullptr;
    QFormLayout *m_supervisorForm = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_deciderLabel = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace DepositDesk
