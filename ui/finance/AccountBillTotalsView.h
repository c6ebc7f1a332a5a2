#pragma once

#include "finance/ReconciliationTypes.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace DepositDesk {

// An account bill run's totals (账务明细, docs/alipay-protocol.md §8.4) in words: what the
// merchant's Alipay balance took in and paid out by business type (income, refunds, fees, fees
// given back, transfers out, other), the opening and closing balance, whether the running
// balance chains, how the totals compare with the trade bill of the same period (or that it was
// not downloaded), and the differences per kind. Each figure is a QLabel named
// accountTotals_<figure> (income, refunds, fees, feeRefunds, transfersOut, otherIn, otherOut,
// opening, closing); the sentence in words is accountTotalsWords.
class AccountBillTotalsView : public QWidget
{
    Q_OBJECT

public:
    explicit AccountBillTotalsView(QWidget *parent = nullptr);

    void setRun(const std::optional<ReconciliationRun> &run);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Figure {
        Income,
        Refunds,
        Fees,
        FeeRefunds,
        TransfersOut,
        OtherIn,
        OtherOut,
        Opening,
        Closing,
        FigureCount
    };
    void retranslateUi();
    void fill();

    std::optional<ReconciliationRun> m_run;
    QLabel *m_heading = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_rowHeads[FigureCount] = {};
    QLabel *m_figures[FigureCount] = {};
    QLabel *m_matched = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_tradeBill = nullptr;
    QLabel *m_agreement = nullptr;
    QLabel *m_kinds = nullptr;
};

} // namespace DepositDesk
