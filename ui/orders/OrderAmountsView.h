#pragma once

#include "domain/OrderRecord.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace DepositDesk {

class ProportionBar;

// An order's amounts as figures (total frozen, credit-waived part, fund part, still frozen,
// unfrozen, charged, refunded), right-aligned so the decimals line up, above one proportion bar.
class OrderAmountsView : public QWidget
{
    Q_OBJECT

public:
    explicit OrderAmountsView(QWidget *parent = nullptr);

    void setOrder(const OrderRecord &order);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Figure { Total, Credit, Fund, Rest, Unfrozen, Charged, Refunded, FigureCount };

    void retranslateUi();

    QLabel *m_names[FigureCount] = {};
    QLabel *m_values[FigureCount] = {};
    ProportionBar *m_bar = nullptr;
};

} // namespace DepositDesk
