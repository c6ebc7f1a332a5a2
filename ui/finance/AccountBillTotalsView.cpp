#include "ui/finance/AccountBillTotalsView.h"

#include "domain/YuanText.h"
#include "finance/DifferenceWords.h"

#include "domain/ChinaTime.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const char *const FigureNames[] = {"income",  "refunds",  "fees",    "feeRefunds", "transfersOut",
                                   "otherIn", "otherOut", "opening", "closing"};

QLabel *wrapping(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountBillTotalsView::AccountBillTotalsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("accountTotalsView"));
    m_heading = wrapping(this, "accountTotalsHeading");
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_words = wrapping(this, "accountTotalsWords");
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    for (int figure = 0; figure < FigureCount; ++figure) {
        m_rowHeads[figure] = new QLabel(this);
        m_figures[figure] = new QLabel(this);
        m_figures[figure]->setObjectName(
            QStringLiteral("accountTotals_%1").arg(QLatin1String(FigureNames[figure])));
        m_figures[figure]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures[figure]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(m_rowHeads[figure], figure, 0);
        grid->addWidget(m_figures[figure], figure, 1);
    }
    grid->setColumnStretch(2, 1);
    m_matched = wrapping(this, "accountMatchedLabel");
    m_balance = wrapping(this, "accountBalanceLabel");
    m_tradeBill = wrapping(this, "accountTradeBillLabel");
    m_agreement = wrapping(this, "accountAgreementLabel");
    m_kinds = wrapping(this, "accountKindsLabel");

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_words);
    layout->addSpacing(4);
    layout->addLayout(grid);
    layout->addSpacing(8);
    for (QLabel *label : {m_matched, m_balance, m_tradeBill, m_agreement, m_kinds})
        layout->addWidget(label);
    layout->addStretch();
    retranslateUi();
}

void AccountBillTotalsView::setRun(const std::optional<ReconciliationRun> &run)
{
    m_run = run && run->totals.account ? run : std::nullopt;
    fill();
}

void AccountBillTotalsView::fill()
{
    for (QLabel *label : m_figures)
        label->setVisible(m_run.has_value());
    for (QLabel *label : m_rowHeads)
        label->setVisible(m_run.has_value());
    for (QLabel *label : {m_words, m_matched, m_balance, m_tradeBill, m_agreement, m_kinds})
        label->clear();
    if (!m_run) {
        m_heading->setText(tr("Reconcile a downloaded account bill to see what moved in the "
                              "Alipay account."));
        return;
    }
    const ReconciliationTotals &t = m_run->totals;
    const AccountBillTotals &a = *t.account;
    //: %1 "Account bill (账务明细)", %2 the period, %3 when the run finished (China time), %4 who
    m_heading->setText(tr("%1 of %2, reconciled on %3 by %4")
                           .arg(DifferenceWords::billTypeName(QLatin1String(AccountBillType)),
                                m_run->period, ChinaTime::format(m_run->finishedAt).left(16),
                                m_run->operatorLogin));
    const Money figures[FigureCount] = {a.income,     a.refunds,      a.fees,
                                        a.feeRefunds, a.transfersOut, a.otherIn,
                                        a.otherOut,   a.opening,      a.closing};
    for (int f = 0; f < FigureCount; ++f)
        m_figures[f]->setText(yuanText(figures[f]));
    //: The account bill's totals in words; every %n is an amount such as ¥1,234.50
    m_words->setText(tr("Alipay took in %1 for charges and paid out %2 in refunds; it kept %3 in "
                        "fees and gave %4 of fees back; %5 was transferred out. The balance went "
                        "from %6 to %7.")
                         .arg(yuanText(a.income), yuanText(a.refunds), yuanText(a.fees),
                              yuanText(a.feeRefunds), yuanText(a.transfersOut), yuanText(a.opening),
                              yuanText(a.closing)));
    const QLocale locale;
    m_matched->setText(
        tr("%n payment and refund movement(s) match our records.", nullptr, t.matched) + u' ' +
        tr("%n movement(s) in the bill.", nullptr, a.movements));
    m_balance->setText(
        a.balanceBreaks == 0
            ? tr("The running balance chains from one movement to the next.")
            : tr("The running balance is broken at %n movement(s).", nullptr, a.balanceBreaks));
    switch (a.tradeBill) {
    case AccountBillTotals::TradeBill::NotDownloaded:
        m_tradeBill->setText(tr("The trade bill of this period was not downloaded, so the totals "
                                "were not compared with it. Download it and reconcile again."));
        break;
    case AccountBillTotals::TradeBill::Unreadable:
        m_tradeBill->setText(tr("The trade bill of this period (%1) could not be read, so the "
                                "totals were not compared with it.")
                                 .arg(a.tradeBillFile));
        break;
    case AccountBillTotals::TradeBill::Compared:
        m_tradeBill->setText(a.tradeBillAgrees
                                 ? tr("Income, refunds and fees agree with the trade bill of "
                                      "this period (%1).")
                                       .arg(a.tradeBillFile)
                                 : tr("Income, refunds or fees do NOT agree with the trade bill "
                                      "of this period (%1).")
                                       .arg(a.tradeBillFile));
        break;
    }
    const QString footer = t.footerAgrees
                               ? tr("The movements add up to the bill's totals lines.")
                               : tr("The movements do NOT add up to the bill's totals lines.");
    QString summary;
    if (!t.hasSummary)
        summary = tr("The bill has no summary file.");
    else
        summary = t.summaryAgrees ? tr("They agree with the summary file.")
                                  : tr("They do NOT agree with the summary file.");
    m_agreement->setText(footer + u' ' + summary);
    QStringList kinds;
    for (const auto &[kind, count] : t.differences)
        //: %1 the kind of difference, %2 how many
        kinds.append(tr("%1: %2").arg(differenceKindDisplayName(kind), locale.toString(count)));
    m_kinds->setText(kinds.isEmpty()
                         ? tr("No differences: the account bill and our records agree.")
                         : tr("Differences found — %1").arg(kinds.join(QStringLiteral(" · "))));
}

void AccountBillTotalsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AccountBillTotalsView::retranslateUi()
{
    m_rowHeads[Income]->setText(tr("Income (在线支付)"));
    m_rowHeads[Refunds]->setText(tr("Refunds (交易退款)"));
    m_rowHeads[Fees]->setText(tr("Fees (收费)"));
    m_rowHeads[FeeRefunds]->setText(tr("Fees given back (收费退回)"));
    m_rowHeads[TransfersOut]->setText(tr("Transfers out (提现, 转账)"));
    m_rowHeads[OtherIn]->setText(tr("Other money in"));
    m_rowHeads[OtherOut]->setText(tr("Other money out"));
    m_rowHeads[Opening]->setText(tr("Opening balance"));
    m_rowHeads[Closing]->setText(tr("Closing balance"));
    fill();
}

} // namespace DepositDesk
