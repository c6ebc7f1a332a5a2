#pragma once

#include "finance/ReconciliationTypes.h"

#include <QAbstractTableModel>

namespace DepositDesk {

// The differences of one reconciled period as a table (kind, problems of the same order, when,
// order, numbers, amounts, statuses, what was found, state, note), in the viewer's words:
// amounts with yuanText, statuses with alipayStatusDisplayName (Alipay's code in the tooltip),
// the sentence with DifferenceWords at display time. The differences of one order are kept
// together (in the order their first one came) and each names the others: a charge both "only
// in our ledger" and "rest never unfrozen" reads as two problems of one charge, not a
// duplicate. Amounts give a Money and the time a QDateTime to TableExport::ExportRole, so
// exports carry exact numbers and real dates; Qt::UserRole on any column is the row's
// outOrderNo.
class DifferencesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Kind,
        SameOrder, // "2 problems for this order"; empty when it has one
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
    QVariant display(int row, int column) const;
    QString stateText(const Difference &difference) const;
    QString detailText(int row) const;
    QString orderKey(const Difference &difference) const;

    QList<Difference> m_differences;
    QList<int> m_sameOrder; // per row: how many rows have its order (orderKey)
    qint64 m_latestRunId = 0;
};

} // namespace DepositDesk
