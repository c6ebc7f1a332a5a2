#pragma once

#include "services/bulk/BulkActions.h"

#include <QAbstractTableModel>

namespace DepositDesk {

class BulkActions;
class BulkRunner;

// The rows of a bulk action as a table: the preview, then each row's result as the run goes.
// The Bulk action dialog shows it; TableExport (finance/TableExport.h) writes it to CSV or XLSX
// (amounts as exact numbers through TableExport::ExportRole).
class BulkRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        OrderColumn,
        BeforeColumn,
        AmountColumn,
        AfterColumn,
        ResultColumn,
        DetailsColumn,
        RequestColumn,
        ColumnCount
    };
    // The row's BulkActions::State (as int) in every column, for tests and colouring.
    static constexpr int StateRole = 0x0100 + 1;

    explicit BulkRowsModel(QObject *parent = nullptr);

    void setRows(const QList<BulkActions::Row> &rows);
    // What the amounts before and after are (frozen, or refundable of a charge): the headers.
    void setAction(BulkActions::Action action);
    // Follows a run: every rowChanged() of `bulk` updates that row from bulk.rows().
    void follow(const BulkActions *bulk);
    // Follows a run on the runner's worker thread: its rowsReset() and rowChanged().
    void follow(const BulkRunner *runner);
    const QList<BulkActions::Row> &rows() const { return m_rows; }
    // How many rows are in `state`.
    int count(BulkActions::State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BulkActions::Row> m_rows;
    BulkActions::Action m_action = BulkActions::Action::UnfreezeRest;
    QMetaObject::Connection m_following;
    QMetaObject::Connection m_followingReset;
};

} // namespace DepositDesk
