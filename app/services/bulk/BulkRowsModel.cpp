#include "services/bulk/BulkRowsModel.h"

#include "services/bulk/BulkRunner.h"

#include "domain/YuanText.h"
#include "finance/TableExport.h"

namespace DepositDesk {

namespace {

bool movesMoney(const BulkActions::Row &row)
{
    return row.amount.fen() != 0;
}

} // namespace

BulkRowsModel::BulkRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BulkRowsModel::setRows(const QList<BulkActions::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void BulkRowsModel::setAction(BulkActions::Action action)
{
    if (m_action == action)
        return;
    m_action = action;
    Q_EMIT headerDataChanged(Qt::Horizontal, BeforeColumn, AfterColumn);
}

void BulkRowsModel::follow(const BulkRunner *runner)
{
    disconnect(m_following);
    disconnect(m_followingReset);
    // A run just asked for has no rows here yet: what is shown stays until they arrive.
    if (!runner->rows().isEmpty())
        setRows(runner->rows());
    m_followingReset =
        connect(runner, &BulkRunner::rowsReset, this, [this, runner] { setRows(runner->rows()); });
    m_following = connect(runner, &BulkRunner::rowChanged, this, [this, runner](int i) {
        if (i < 0 || i >= m_rows.size() || i >= runner->rows().size())
            return;
        m_rows[i] = runner->rows().at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    });
}

void BulkRowsModel::follow(const BulkActions *bulk)
{
    disconnect(m_following);
    disconnect(m_followingReset);
    setRows(bulk->rows());
    m_following = connect(bulk, &BulkActions::rowChanged, this, [this, bulk](int i) {
        if (i < 0 || i >= m_rows.size() || i >= bulk->rows().size())
            return;
        m_rows[i] = bulk->rows().at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    });
}

int BulkRowsModel::count(BulkActions::State state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [state](const BulkActions::Row &r) { return r.state == state; }));
}

int BulkRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BulkActions::Row &r = m_rows.at(index.row());
    if (role == StateRole)
        return int(r.state);
    const bool known = !r.requestNo.isEmpty() && r.state != BulkActions::State::Refused;
    if (role == TableExport::ExportRole) {
        switch (index.column()) {
        case RowColumn:
            return r.row;
        case BeforeColumn:
            return known || r.restBefore.fen() ? QVariant::fromValue(r.restBefore) : QVariant();
        case AmountColumn:
            return movesMoney(r) ? QVariant::fromValue(r.amount) : QVariant();
        case AfterColumn:
            return known ? QVariant::fromValue(r.restAfter) : QVariant();
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == TableExport::ExportRole) {
        switch (index.column()) {
        case RowColumn:
            return QString::number(r.row);
        case OrderColumn:
            return r.outOrderNo;
        case BeforeColumn:
            return known || r.restBefore.fen() ? yuanText(r.restBefore) : QString();
        case AmountColumn:
            return movesMoney(r) ? yuanText(r.amount) : QString();
        case AfterColumn:
            return known ? yuanText(r.restAfter) : QString();
        case ResultColumn:
            return BulkActions::stateName(r.state);
        case DetailsColumn:
            return r.message;
        case RequestColumn:
            return r.requestNo;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == BeforeColumn || index.column() == AmountColumn ||
         index.column() == AfterColumn || index.column() == RowColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return r.message;
    return {};
}

QVariant BulkRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case OrderColumn:
        return tr("Order");
    case BeforeColumn:
        return m_action == BulkActions::Action::RefundRequest ? tr("Refundable before")
                                                              : tr("Frozen before");
    case AmountColumn:
        return tr("Amount");
    case AfterColumn:
        return m_action == BulkActions::Action::RefundRequest ? tr("Refundable after")
                                                              : tr("Frozen after");
    case ResultColumn:
        return tr("Result");
    case DetailsColumn:
        return tr("Details");
    case RequestColumn:
        return tr("Request number");
    default:
        break;
    }
    return {};
}

} // namespace DepositDesk
