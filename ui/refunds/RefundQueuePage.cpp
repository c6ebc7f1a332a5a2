#include "ui/refunds/RefundQueuePage.h"

#include "domain/YuanText.h"
#include "ui/refunds/ApproveRefundDialog.h"
#include "ui/refunds/RefundQueueModel.h"

#include "services/ConsoleServices.h"
#include "services/refunds/RefundApprovals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

using S = RefundRequestRecord::Status;

const QList<S> FilterStatuses = {S::PendingApproval, S::Approved, S::Rejected,
                                 S::Executed,        S::Failed,   S::AwaitingConfirmation};

} // namespace

RefundQueuePage::RefundQueuePage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("refundQueuePage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("refundPendingBadge"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #8a5a00; color: white; "
                                          "border-radius: 8px; padding: 2px 8px; }"));
    header->addWidget(m_badge);
    header->addStretch(1);
    m_filterLabel = new QLabel(this);
    header->addWidget(m_filterLabel);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("refundStatusFilter"));
    m_filterLabel->setBuddy(m_filter);
    header->addWidget(m_filter);
    layout->addLayout(header);

    m_model = new RefundQueueModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("refundQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("refundQueueEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("refundOpenOrder"));
    m_approve = new QPushButton(this);
    m_approve->setObjectName(QStringLiteral("refundApprove"));
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("refundReject"));
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);

    m_policyBox = new QGroupBox(this);
    m_policyBox->setObjectName(QStringLiteral("refundPolicyBox"));
    auto *policy = new QVBoxLayout(m_policyBox);
    m_policyText = new QLabel(m_policyBox);
    m_policyText->setObjectName(QStringLiteral("refundPolicyText"));
    m_policyText->setWordWrap(true);
    policy->addWidget(m_policyText);
    auto *edit = new QHBoxLayout;
    m_useThreshold = new QCheckBox(m_policyBox);
    m_useThreshold->setObjectName(QStringLiteral("refundUseThreshold"));
    m_threshold = new QLineEdit(m_policyBox);
    m_threshold->setObjectName(QStringLiteral("refundThreshold"));
    m_threshold->setMaximumWidth(120);
    m_saveThreshold = new QPushButton(m_policyBox);
    m_saveThreshold->setObjectName(QStringLiteral("refundSaveThreshold"));
    edit->addWidget(m_useThreshold);
    edit->addWidget(m_threshold);
    edit->addWidget(m_saveThreshold);
    edit->addStretch(1);
    policy->addLayout(edit);
    m_policyError = new QLabel(m_policyBox);
    m_policyError->setObjectName(QStringLiteral("refundPolicyError"));
    m_policyError->setStyleSheet(QStringLiteral("color: #a02020;"));
    m_policyError->setWordWrap(true);
    m_policyError->hide();
    policy->addWidget(m_policyError);
    layout->addWidget(m_policyBox);

    fillFilter();
    connect(m_filter, &QComboBox::currentIndexChanged, this, &RefundQueuePage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RefundQueuePage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_open->click(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto request = selected())
            Q_EMIT openOrderRequested(request->outOrderNo);
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { openDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { openDecision(false); });
    connect(m_useThreshold, &QCheckBox::toggled, m_threshold, &QWidget::setEnabled);
    connect(m_saveThreshold, &QPushButton::clicked, this, &RefundQueuePage::saveThreshold);
    connect(&m_services.approvals(), &RefundApprovals::queueChanged, this,
            &RefundQueuePage::reload);
    connect(&m_services, &ConsoleServices::sessionChanged, this, [this] {
        updatePolicy();
        updateButtons();
    });
    retranslateUi();
    reload();
}

void RefundQueuePage::fillFilter()
{
    const int current = m_filter->currentIndex();
    const QSignalBlocker blocker(m_filter);
    m_filter->clear();
    for (S status : FilterStatuses)
        m_filter->addItem(refundRequestStatusDisplayName(status), refundRequestStatusCode(status));
    //: Refund queue filter: every status
    m_filter->addItem(tr("All requests"), QString());
    m_filter->setCurrentIndex(current >= 0 ? current : 0);
}

void RefundQueuePage::setStatusFilter(std::optional<S> status)
{
    m_filter->setCurrentIndex(
        m_filter->findData(status ? refundRequestStatusCode(*status) : QString()));
}

std::optional<S> RefundQueuePage::statusFilter() const
{
    return refundRequestStatusFromCode(m_filter->currentData().toString());
}

void RefundQueuePage::reload()
{
    const auto keep = selected();
    m_model->setRequests(m_services.approvals().queue(statusFilter()));
    if (keep)
        selectRequest(keep->id);
    m_table->resizeColumnsToContents();
    const int pending = m_services.approvals().pendingCount();
    //: Badge: refund requests waiting for a supervisor's decision
    m_badge->setText(tr("%n waiting for approval", nullptr, pending));
    m_badge->setVisible(pending > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->setText(statusFilter() == S::PendingApproval
                         ? tr("No refund request is waiting for approval.")
                         : tr("No refund request has this status."));
    updateButtons();
    updatePolicy();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
}

bool RefundQueuePage::selectRequest(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

std::optional<RefundRequestRecord> RefundQueuePage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->requestAt(rows.first().row());
}

void RefundQueuePage::updateButtons()
{
    const auto request = selected();
    const bool pending = request && request->status == S::PendingApproval;
    m_open->setEnabled(request.has_value());
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    const QString why = !request  ? tr("Select a refund request first.")
                        : pending ? QString()
                                  : tr("This request is %1: it no longer waits for a decision.")
                                        .arg(refundRequestStatusDisplayName(request->status));
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
}

ApproveRefundDialog *RefundQueuePage::openDecision(bool approve)
{
    const auto request = selected();
    if (!request)
        return nullptr;
    auto *dialog = new ApproveRefundDialog(m_services, request->id,
                                           approve ? ApproveRefundDialog::Decision::Approve
                                                   : ApproveRefundDialog::Decision::Reject,
                                           this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(true);
    dialog->show();
    return dialog;
}

void RefundQueuePage::updatePolicy()
{
    const std::optional<Money> threshold = m_services.approvals().threshold();
    m_policyText->setText(
        threshold ? tr("Refunds below %1 are sent at once, without a supervisor's approval; "
                       "larger ones wait in this queue.")
                        .arg(yuanText(*threshold))
                  : tr("Every refund needs a supervisor's approval."));
    const bool admin = m_services.session().can(Capability::ManageOperators);
    m_useThreshold->setVisible(admin);
    m_threshold->setVisible(admin);
    m_saveThreshold->setVisible(admin);
    if (admin && !m_threshold->hasFocus()) {
        const QSignalBlocker blocker(m_useThreshold);
        m_useThreshold->setChecked(threshold.has_value());
        m_threshold->setEnabled(threshold.has_value());
        m_threshold->setText(threshold ? threshold->toYuan() : QString());
    }
}

void RefundQueuePage::saveThreshold()
{
    std::optional<Money> threshold;
    QString error;
    if (m_useThreshold->isChecked()) {
        threshold = Money::fromYuan(m_threshold->text().trimmed(), &error);
        if (!threshold) {
            m_policyError->setText(tr("Type the threshold in yuan, like 50.00. %1").arg(error));
            m_policyError->show();
            return;
        }
    }
    const StoreResult saved = m_services.approvals().setThreshold(m_services.session(), threshold);
    m_policyError->setVisible(!saved);
    m_policyError->setText(saved.errorString);
    updatePolicy();
}

void RefundQueuePage::retranslateUi()
{
    m_title->setText(tr("Refund approvals"));
    m_filterLabel->setText(tr("&Show:"));
    fillFilter();
    m_open->setText(tr("&Open order"));
    m_approve->setText(tr("&Approve…"));
    m_reject->setText(tr("&Reject…"));
    m_policyBox->setTitle(tr("Approval threshold"));
    m_useThreshold->setText(tr("Refunds below"));
    m_saveThreshold->setText(tr("Save"));
    m_threshold->setPlaceholderText(tr("yuan"));
    m_model->retranslate();
    reload();
}

void RefundQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace DepositDesk
