#include "ui/refunds/RefundQueueModel.h"

#include "domain/YuanText.h"

#include "domain/ChinaTime.h"

#include <QColor>

namespace DepositDesk {

RefundQueueModel::RefundQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RefundQueueModel::setRequests(const QList<RefundRequestRecord> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

RefundRequestRecord RefundQueueModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? m_requests.at(row) : RefundRequestRecord();
}

int RefundQueueModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id)
            return row;
    }
    return -1;
}

int RefundQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RefundQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const RefundRequestRecord &r = m_requests.at(index.row());
    using S = RefundRequestRecord::Status;
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (r.status) {
        case S::PendingApproval:
        case S::AwaitingConfirmation:
            return QColor(0x8a, 0x5a, 0x00);
        case S::Failed:
        case S::Rejected:
            return QColor(0xa0, 0x20, 0x20);
        case S::Executed:
            return QColor(0x20, 0x70, 0x30);
        case S::Approved:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Trade)
            //: Tooltip: the refund's own request number (out_request_no)
            return tr("Refund request number: %1").arg(r.outRequestNo);
        if (index.column() == Reason || index.column() == Comment)
            return index.column() == Reason ? r.reason : r.decisionComment;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Requested:
        // Alipay's zone, as everywhere in the console.
        return r.requested.isValid() ? ChinaTime::format(r.requested).left(16) : QString();
    case Order:
        return r.outOrderNo;
    case Trade:
        return r.outTradeNo;
    case Amount:
        return yuanText(r.amount);
    case Requester:
        return r.requester;
    case Reason:
        return r.reason;
    case Status:
        return refundRequestStatusDisplayName(r.status);
    case DecidedBy:
        return r.decidedBy;
    case Comment:
        return r.decisionComment;
    default:
        return {};
    }
}

QVariant RefundQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Amount)
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requested:
        //: Column: when the refund was requested (China time)
        return tr("Requested");
    case Order:
        return tr("Order number");
    case Trade:
        //: Column: the charge (out_trade_no) the refund gives back
        return tr("Charge");
    case Amount:
        return tr("Amount");
    case Requester:
        return tr("Requested by");
    case Reason:
        return tr("Reason");
    case Status:
        return tr("Status");
    case DecidedBy:
        return tr("Decided by");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

void RefundQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_requests.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_requests.size()) - 1, ColumnCount - 1));
}

} // namespace DepositDesk
