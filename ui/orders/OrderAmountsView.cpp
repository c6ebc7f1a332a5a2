#include "ui/orders/OrderAmountsView.h"

#include "domain/YuanText.h"
#include "ui/widgets/ProportionBar.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace DepositDesk {

OrderAmountsView::OrderAmountsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("orderAmountsView"));
    static const char *const names[FigureCount] = {
        "amountTotal",    "amountCredit",  "amountFund",    "amountRest",
        "amountUnfrozen", "amountCharged", "amountRefunded"};
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    QFont figureFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    figureFont.setPointSizeF(font().pointSizeF());
    // Two columns of figures: what was frozen (left), what became of it (right).
    for (int figure = 0; figure < FigureCount; ++figure) {
        m_names[figure] = new QLabel(this);
        m_values[figure] = new QLabel(this);
        m_values[figure]->setObjectName(QString::fromLatin1(names[figure]));
        m_values[figure]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[figure]->setFont(figureFont);
        m_values[figure]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_names[figure]->setBuddy(m_values[figure]);
        const int row = figure < Unfrozen ? figure : figure - Unfrozen;
        const int column = figure < Unfrozen ? 0 : 3;
        grid->addWidget(m_names[figure], row, column);
        grid->addWidget(m_values[figure], row, column + 1);
    }
    QFont boldFigure = m_values[Rest]->font();
    boldFigure.setBold(true);
    m_values[Rest]->setFont(boldFigure);
    QFont boldName = m_names[Rest]->font();
    boldName.setBold(true);
    m_names[Rest]->setFont(boldName);
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(5, 1);

    m_bar = new ProportionBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_bar);
    retranslateUi();
    clear();
}

void OrderAmountsView::setOrder(const OrderRecord &order)
{
    const Money values[FigureCount] = {order.total,    order.credit, order.fund,    order.rest,
                                       order.unfrozen, order.paid,   order.refunded};
    for (int figure = 0; figure < FigureCount; ++figure)
        m_values[figure]->setText(yuanText(values[figure]));
    m_bar->setAmounts({order.total, order.unfrozen, order.paid, order.refunded, order.rest});
}

void OrderAmountsView::clear()
{
    for (QLabel *value : m_values)
        value->setText(QStringLiteral("—"));
    m_bar->setAmounts({});
}

void OrderAmountsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrderAmountsView::retranslateUi()
{
    m_names[Total]->setText(tr("Total deposit:"));
    //: Part of the deposit Sesame credit waived: nothing was frozen for it.
    m_names[Credit]->setText(tr("Waived by credit:"));
    m_names[Fund]->setText(tr("Actually frozen:"));
    m_names[Rest]->setText(tr("Still frozen:"));
    m_names[Unfrozen]->setText(tr("Unfrozen:"));
    m_names[Charged]->setText(tr("Charged:"));
    m_names[Refunded]->setText(tr("Refunded:"));
}

} // namespace DepositDesk
