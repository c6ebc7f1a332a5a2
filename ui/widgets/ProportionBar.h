#pragma once

#include "domain/Money.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace DepositDesk {

// One horizontal bar for a deposit: what was unfrozen, what was charged (and the refunded part
// of that), and what is still frozen, each as its share of the total, with a legend of the
// figures below. Painted, so it scales to any width; the accessible name reads the figures.
class ProportionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProportionBar(QWidget *parent = nullptr);

    struct Amounts
    {
        Money total;
        Money unfrozen;
        Money charged; // all charges, refunds included
        Money refunded;
        Money rest;
    };

    void setAmounts(const Amounts &amounts);
    const Amounts &amounts() const { return m_amounts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Segment
    {
        QString label;
        Money amount;
        QColor color;
        bool hatched = false;
    };

    QList<Segment> segments() const;
    // Top-left corners of the legend entries laid out in `width`; the last point is the end.
    QList<QPoint> legendPositions(int width) const;
    int legendEntryWidth(const Segment &segment) const;
    void updateAccessibleName();

    Amounts m_amounts;
};

} // namespace DepositDesk
