#pragma once

#include "services/risk/RiskReport.h"

#include <QAbstractTableModel>

namespace DepositDesk {

// The risk report as a table: a row per group, then the total row. Money as yuanText() (grouped,
// ¥, two decimals), the default rate as a percent with one decimal, counts plain; what the
// export writes (TableExport::ExportRole) is the exact amount, the count or the percent.
class RiskReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Orders,
        Deposits,
        Waived,
        Charges,
        Charged,
        FailedCharges,
        FailedAmount,
        Defaults,
        Lost,
        DefaultRate,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const RiskReport::Result &result);
    const RiskReport::Result &result() const { return m_result; }
    // The group rows and the total row last.
    const RiskReport::Row &rowAt(int row) const;
    bool isTotal(int row) const { return row == m_result.rows.size(); }
    // The label of a row in the current language.
    QString label(int row) const;
    // "12.5%": one decimal, in the locale's digits.
    static QString percentText(double percent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Headers and labels in the language just installed.
    void retranslate();

private:
    RiskReport::Result m_result;
};

} // namespace DepositDesk
