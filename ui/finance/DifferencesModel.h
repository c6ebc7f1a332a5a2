#pragma once

#include "finance/ReconciliationTypes.h"

#include <QAbstractTableModel>

namespace DepositDesk {

// The differences of one reconciled period as a table (kind, when, order, numbers, amounts,
// statuses, what was found, state, note). Amounts give a Money and the time a QDateTime to
// TableExport::ExportRole, so exports carry exact numbers and real dates; Qt::UserRole on any
// column is the row's outOrderNo.
class DifferencesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Kind,
        Happened,
        OutOrderNo,
        TradeNo,
        MerchantNo, // out_trade_no, or out_request_no for a refund
        BillAmount,
        LedgerAmount,
        BillStatus,
        LedgerStatus,
        Detail,
        State,
        Note,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DifferencesModel(QObject *parent = nullptr);

    // `latestRunId`: the period's latest run; a difference it did not find again is "gone".
    void setDifferences(const QList<Difference> &differences, qint64 latestRunId);
    const QList<Difference> &differences() const { return m_differences; }
    const Difference *differenceAt(int row) const;
    bool isGone(const Difference &difference) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Difference &difference, int column) const;
    QString stateText(const Difference &difference) const;

    QList<Difference> m_differences;
    qint64 m_latestRunId = 0;
};

} // namespace DepositDesk
