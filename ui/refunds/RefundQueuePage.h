#pragma once

#include "store/RefundRequestRecord.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace DepositDesk {

class ApproveRefundDialog;
class ConsoleServices;
class RefundQueueModel;

// The supervisors' refund queue: every refund request with its status, filtered by
// status (pending by default), the number still waiting for a decision, and Approve…, Reject…
// and Open order for the selected one. Anyone may open the approval dialog: when the desk's
// operator may not decide, a supervisor signs in inside it. Reloads whenever
// RefundApprovals::queueChanged() (this desk's changes at once, other desks' within about a
// second). Administrators see and change the approval threshold in a policy box under the table.
class RefundQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit RefundQueuePage(ConsoleServices &services, QWidget *parent = nullptr);

    // nullopt: every status.
    void setStatusFilter(std::optional<RefundRequestRecord::Status> status);
    std::optional<RefundRequestRecord::Status> statusFilter() const;
    RefundQueueModel *model() const { return m_model; }
    int pendingCount() const { return m_pending; }
    // Selects the row of request `id` (false when it is not listed).
    bool selectRequest(qint64 id);
    // The approval dialog for the selected request (non-modal for the rest of the app, owned by
    // this page, deleted when closed). Null when nothing is selected.
    ApproveRefundDialog *openDecision(bool approve);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void openOrderRequested(const QString &outOrderNo);
    void pendingCountChanged(int pending);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilter();
    void updateButtons();
    void updatePolicy();
    void saveThreshold();
    void retranslateUi();
    std::optional<RefundRequestRecord> selected() const;

    ConsoleServices &m_services;
    RefundQueueModel *m_model = nullptr;
    int m_pending = -1;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_filterLabel = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QGroupBox *m_policyBox = nullptr;
    QLabel *m_policyText = nullptr;
    QCheckBox *m_useThreshold = nullptr;
    QLineEdit *m_threshold = nullptr;
    QPushButton *m_saveThreshold = nullptr;
    QLabel *m_policyError = nullptr;
};

} // namespace DepositDesk
