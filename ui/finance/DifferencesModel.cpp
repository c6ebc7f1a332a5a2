#include "ui/finance/DifferencesModel.h"
#include "domain/YuanText.h"

#include "domain/ChinaTime.h"
#include "domain/OrderStatus.h"
#include "finance/DifferenceWords.h"
#include "finance/TableExport.h"

#include <QHash>

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
    // The rows of one order together, at the place of its first one.
    QHash<QString, int> group;
    QList<QList<Difference>> groups;
    for (const Difference &d : differences) {
        const QString key = orderKey(d);
        const auto found = group.constFind(key);
        if (found == group.cend()) {
            group.insert(key, int(groups.size()));
            groups.append({d});
        } else {
            groups[*found].append(d);
        }
    }
    m_differences.clear();
    m_sameOrder.clear();
    for (const QList<Difference> &rows : std::as_const(groups)) {
        m_differences.append(rows);
        m_sameOrder.append(QList<int>(rows.size(), int(rows.size())));
    }
    m_latestRunId = latestRunId;
    endResetModel();
}

QString DifferencesModel::orderKey(const Difference &d) const
{
    if (!d.outOrderNo.isEmpty())
        return u"order:" + d.outOrderNo;
    if (!d.outTradeNo.isEmpty())
        return u"charge:" + d.outTradeNo;
    return u"difference:" + d.diffKey;
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
        return display(index.row(), column);
    case Qt::UserRole:
        return difference->outOrderNo;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (isAmount(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::ToolTipRole:
        if (column == Detail || column == Note)
            return display(index.row(), column);
        if (column == BillStatus || column == LedgerStatus) // Alipay's code, for its support
            return column == BillStatus ? difference->billStatus : difference->ledgerStatus;
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

QVariant DifferencesModel::display(int row, int column) const
{
    const Difference &d = m_differences.at(row);
    switch (column) {
    case Kind:
        return differenceKindDisplayName(d.kind);
    case SameOrder: {
        const int n = m_sameOrder.value(row, 1);
        //: Differences column: how many differences the same order has (shown from 2 on)
        return n > 1 ? tr("%n problem(s) for this order", nullptr, n) : QString();
    }
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
        return alipayStatusDisplayName(d.billStatus);
    case LedgerStatus:
        return alipayStatusDisplayName(d.ledgerStatus);
    case Detail:
        return detailText(row);
    case State:
        return stateText(d);
    case Note:
        return d.note;
    default:
        return {};
    }
}

// The sentence, and the other problems listed for the same order: two problems of one charge
// read as such, not as a duplicate.
QString DifferencesModel::detailText(int row) const
{
    const Difference &d = m_differences.at(row);
    QString text = DifferenceWords::sentence(d);
    if (m_sameOrder.value(row, 1) < 2)
        return text;
    const QString key = orderKey(d);
    for (int other = 0; other < m_differences.size(); ++other) {
        const Difference &o = m_differences.at(other);
        if (other == row || orderKey(o) != key)
            continue;
        const QString kind = differenceKindDisplayName(o.kind);
        if (!d.outTradeNo.isEmpty() && o.outTradeNo == d.outTradeNo &&
            o.outRequestNo == d.outRequestNo)
            //: After a difference's sentence: %1 the kind of the other difference of the same
            //: charge
            text += u' ' + tr("The same charge is also listed as “%1”: a second problem of this "
                              "charge, not a duplicate.")
                               .arg(kind);
        else
            //: After a difference's sentence: %1 the kind of another difference of the order
            text += u' ' + tr("This order also has “%1”.").arg(kind);
    }
    return text;
}

QString DifferencesModel::stateText(const Difference &d) const
{
    QString state;
    if (d.isResolved() && !d.correction.isEmpty())
        //: Difference state: %1 who resolved it, %2 when (China time), %3 the correction made
        state = tr("Resolved by %1 on %2: %3")
                    .arg(d.resolvedBy, ChinaTime::format(d.resolvedAt).left(16),
                         DifferenceWords::correctionName(d.correction));
    else if (d.isResolved())
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
    case SameOrder:
        //: Column: how many differences the same order has
        return tr("Same order");
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
