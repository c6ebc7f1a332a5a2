#include "ui/finance/ReconciliationTotalsView.h"
#include "domain/YuanText.h"

#include "domain/ChinaTime.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const char *const FigureNames[] = {"income", "refunds", "fees", "net", "trades", "refundCount"};
const char *const SideNames[] = {"bill", "ledger", "difference"};

} // namespace

ReconciliationTotalsView::ReconciliationTotalsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("totalsView"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("totalsHeading"));
    m_heading->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    for (int side = 0; side < 3; ++side) {
        m_columnHeads[side] = new QLabel(this);
        m_columnHeads[side]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = m_columnHeads[side]->font();
        bold.setBold(true);
        m_columnHeads[side]->setFont(bold);
        grid->addWidget(m_columnHeads[side], 0, side + 1);
    }
    for (int figure = 0; figure < FigureCount; ++figure) {
        m_rowHeads[figure] = new QLabel(this);
        grid->addWidget(m_rowHeads[figure], figure + 1, 0);
        for (int side = 0; side < 3; ++side) {
            auto *label = new QLabel(this);
            label->setObjectName(
                QStringLiteral("totals_%1_%2")
                    .arg(QLatin1String(FigureNames[figure]), QLatin1String(SideNames[side])));
            label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            grid->addWidget(label, figure + 1, side + 1);
            m_figures.append(label);
        }
    }
    grid->setColumnStretch(4, 1);
    m_matched = new QLabel(this);
    m_matched->setObjectName(QStringLiteral("matchedLabel"));
    m_agreement = new QLabel(this);
    m_agreement->setObjectName(QStringLiteral("agreementLabel"));
    m_agreement->setWordWrap(true);
    m_kinds = new QLabel(this);
    m_kinds->setObjectName(QStringLiteral("kindsLabel"));
    m_kinds->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_matched);
    layout->addWidget(m_agreement);
    layout->addWidget(m_kinds);
    layout->addStretch();
    retranslateUi();
}

void ReconciliationTotalsView::setRun(const std::optional<ReconciliationRun> &run)
{
    m_run = run;
    fill();
}

QLabel *ReconciliationTotalsView::figureLabel(Figure figure, int side) const
{
    return m_figures.at(figure * 3 + side);
}

void ReconciliationTotalsView::fill()
{
    for (QLabel *label : std::as_const(m_figures))
        label->setVisible(m_run.has_value());
    if (!m_run) {
        m_heading->setText(
            tr("Reconcile a downloaded bill to compare its totals with our records."));
        m_matched->clear();
        m_agreement->clear();
        m_kinds->clear();
        return;
    }
    const ReconciliationTotals &t = m_run->totals;
    //: %1 the period, %2 when the run finished (China time), %3 who ran it
    m_heading->setText(tr("Reconciliation of the trade bill of %1, run on %2 by %3")
                           .arg(m_run->period, ChinaTime::format(m_run->finishedAt).left(16),
                                m_run->operatorLogin));
    const Money money[FigureCount][2] = {{t.bill.income, t.ledger.income},
                                         {t.bill.refunds, t.ledger.refunds},
                                         {t.bill.fees, t.ledger.fees},
                                         {t.bill.net(), t.ledger.net()},
                                         {},
                                         {}};
    const int counts[FigureCount][2] = {{},
                                        {},
                                        {},
                                        {},
                                        {t.bill.tradeCount, t.ledger.tradeCount},
                                        {t.bill.refundCount, t.ledger.refundCount}};
    const QLocale locale;
    for (int f = 0; f < FigureCount; ++f) {
        const auto figure = Figure(f);
        const bool isCount = figure == Trades || figure == RefundCount;
        QString texts[3];
        bool differs = false;
        if (isCount) {
            texts[0] = locale.toString(counts[f][0]);
            texts[1] = locale.toString(counts[f][1]);
            differs = counts[f][0] != counts[f][1];
            texts[2] = differs ? locale.toString(counts[f][0] - counts[f][1]) : QString();
        } else {
            texts[0] = yuanText(money[f][0]);
            texts[1] = yuanText(money[f][1]);
            differs = money[f][0] != money[f][1];
            texts[2] = differs ? yuanText(money[f][0] - money[f][1]) : QString();
        }
        if (!differs)
            //: Totals: bill and our records agree on this figure
            texts[2] = tr("agree");
        for (int side = 0; side < 3; ++side) {
            QLabel *label = figureLabel(figure, side);
            label->setText(texts[side]);
            label->setStyleSheet(side == 2 && differs ? QStringLiteral("color: #b3261e;")
                                                      : QString());
        }
    }
    QString matched = tr("%n line(s) of the bill match our records.", nullptr, t.matched);
    if (t.knownExternal > 0)
        //: Totals: bill lines finance recorded as payments made outside the console
        matched += u' ' + tr("Known external: %n line(s), recorded by finance as payments made "
                             "outside the console.",
                             nullptr, t.knownExternal);
    m_matched->setText(matched);
    const QString footer = t.footerAgrees
                               ? tr("The detail lines add up to the bill's footer lines.")
                               : tr("The detail lines do NOT add up to the bill's footer lines.");
    QString summary;
    if (!t.hasSummary)
        summary = tr("The bill has no summary file.");
    else
        summary = t.summaryAgrees ? tr("They agree with the summary file's totals.")
                                  : tr("They do NOT agree with the summary file's totals.");
    m_agreement->setText(tr("%1 %2").arg(footer, summary));
    QStringList kinds;
    for (const auto &[kind, count] : t.differences)
        //: Totals: %1 the kind of difference, %2 how many
        kinds.append(tr("%1: %2").arg(differenceKindDisplayName(kind), locale.toString(count)));
    m_kinds->setText(kinds.isEmpty()
                         ? tr("No differences: the bill and our records agree.")
                         : tr("Differences found — %1").arg(kinds.join(QStringLiteral(" · "))));
}

void ReconciliationTotalsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReconciliationTotalsView::retranslateUi()
{
    //: Totals column: figures from Alipay's bill
    m_columnHeads[0]->setText(tr("Bill"));
    //: Totals column: figures from DepositDesk's own records
    m_columnHeads[1]->setText(tr("Our records"));
    m_columnHeads[2]->setText(tr("Difference"));
    m_rowHeads[Income]->setText(tr("Income"));
    m_rowHeads[Refunds]->setText(tr("Refunds"));
    m_rowHeads[Fees]->setText(tr("Fees"));
    //: Totals row: income - refunds - fees
    m_rowHeads[Net]->setText(tr("Net"));
    m_rowHeads[Trades]->setText(tr("Number of charges"));
    m_rowHeads[RefundCount]->setText(tr("Number of refunds"));
    fill();
}

} // namespace DepositDesk
