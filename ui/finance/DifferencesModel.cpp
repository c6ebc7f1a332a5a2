#include "ui/finance/DifferencesModel.h"
#include "ui/widgets/YuanText.h"

#include "domain/ChinaTime.h"
#include "finance/TableExport.h"

#include <QBrush>
#include <QPalette>

namespace DepositDesk {

namespace {

bool isAmount(int column)
{
    return column == DifferencesModel::BillAmount || column == DifferencesModel::LedgerAmount;
}

QVariant amountText(const std::optional<Money> &amount)
{
    return amount ? yuanText(*amount) : QStringLiteral("—");
}

} // namespace

DifferencesModel::DifferencesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DifferencesModel::setDifferences(const QList<Difference> &differences, qint64 latestRunId)
{
    beginResetModel();
    m_differences = differences;
    m_latestRunId = latestRunId;
    endResetModel();
}

const Difference *DifferencesModel::differenceAt(int row) const
{
    return row >= 0 && row < m_differences.size() ? &m_differences.at(row) : nullptr;
}

bool DifferencesModel::isGone(const Difference &difference) const
{
    return m_latestRunId > 0 && difference.lastRunId < m_latestRunId;
}

int DifferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DifferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DifferencesModel::data(const QModelIndex &index, int role) const
{
    const Difference *difference = index.isValid() ? differenceAt(index.row()) : nullptr;
    if (!difference)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*difference, column);
    case Qt::UserRole:
        return difference->outOrderNo;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isAmount(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        if (column == Detail || column == Note)
            return display(*difference, column);
        if (column == OutOrderNo && !difference->outOrderNo.isEmpty())
            return tr("Double-click to open the order");
        return {};
    case Qt::ForegroundRole:
        if (difference->isResolved() || isGone(*difference))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case TableExport::ExportRole:
        if (column == BillAmount && difference->billAmount)
            return QVariant::fromValue(*difference->billAmount);
        if (column == LedgerAmount && difference->ledgerAmount)
            return QVariant::fromValue(*difference->ledgerAmount);
        if (column == Happened && difference->happened.isValid())
            return difference->happened; // China time in CSV, an Excel date in XLSX
        return {};
    default:
        return {};
    }
}

QVariant DifferencesModel::display(const Difference &d, int column) const
{
    switch (column) {
    case Kind:
        return differenceKindDisplayName(d.kind);
    case Happened:
        // China time, as in the bill: what Alipay support and the customer see.
        return d.happened.isValid() ? ChinaTime::format(d.happened).left(16) : QString();
    case OutOrderNo:
        return d.outOrderNo;
    case TradeNo:
        return d.tradeNo;
    case MerchantNo:
        return d.outRequestNo.isEmpty() ? d.outTradeNo : d.outRequestNo;
    case BillAmount:
        return amountText(d.billAmount);
    case LedgerAmount:
        return amountText(d.ledgerAmount);
    case BillStatus:
        return d.billStatus;
    case LedgerStatus:
        return d.ledgerStatus;
    case Detail:
        return d.detail;
    case State:
        return stateText(d);
    case Note:
        return d.note;
    default:
        return {};
    }
}

QString DifferencesModel::stateText(const Difference &d) const
{
    QString state;
    if (d.isResolved())
        //: Difference state: %1 who resolved it, %2 when (China time)
        state =
            tr("Resolved by %1 on %2").arg(d.resolvedBy, ChinaTime::format(d.resolvedAt).left(16));
    else
        //: Difference state: nobody has worked it yet
        state = tr("Open");
    if (isGone(d))
        //: Difference state, after Open/Resolved: the latest run did not find it again
        state = tr("%1 · no longer found").arg(state);
    return state;
}

QVariant DifferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isAmount(section))
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        //: Column: what kind of difference reconciliation found
        return tr("Difference");
    case Happened:
        //: Column: when the charge/refund happened (China time)
        return tr("When");
    case OutOrderNo:
        return tr("Order number");
    case TradeNo:
        //: Column: Alipay's trade number (trade_no)
        return tr("Alipay trade no.");
    case MerchantNo:
        //: Column: the merchant's charge number (out_trade_no) or refund number (out_request_no)
        return tr("Charge / refund no.");
    case BillAmount:
        //: Column: the amount in Alipay's bill
        return tr("In the bill");
    case LedgerAmount:
        //: Column: the amount in DepositDesk's own records
        return tr("In our records");
    case BillStatus:
        return tr("Bill status");
    case LedgerStatus:
        return tr("Our status");
    case Detail:
        return tr("What was found");
    case State:
        return tr("State");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace DepositDesk
