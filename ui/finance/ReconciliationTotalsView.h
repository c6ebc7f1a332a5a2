#pragma once

#include "finance/ReconciliationTypes.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace DepositDesk {

// A run's totals side by side: the bill and our records (income, refunds, fees, net, charge and
// refund counts) with the difference, how many lines matched, the differences per kind, and
// whether the detail lines agree with the bill's footer lines and its summary file. Each figure
// is a QLabel named totals_<figure>_<bill|ledger|difference> (figure: income, refunds, fees,
// net, trades, refundCount).
class ReconciliationTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationTotalsView(QWidget *parent = nullptr);

    void setRun(const std::optional<ReconciliationRun> &run);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Figure { Income, Refunds, Fees, Net, Trades, RefundCount, FigureCount };
    void retranslateUi();
    void fill();
    QLabel *figureLabel(Figure figure, int side) const;

    std::optional<ReconciliationRun> m_run;
    QLabel *m_heading = nullptr;
    QLabel *m_columnHeads[3] = {};
    QLabel *m_rowHeads[FigureCount] = {};
    QList<QLabel *> m_figures; // FigureCount x 3
    QLabel *m_matched = nullptr;
    QLabel *m_agreement = nullptr;
    QLabel *m_kinds = nullptr;
};

} // namespace DepositDesk
