#include "ui/finance/ReconciliationPage.h"

#include "finance/DifferenceWords.h"
#include "ui/finance/AccountBillTotalsView.h"
#include "ui/finance/BillDownloadPanel.h"
#include "ui/finance/DailyChartView.h"
#include "ui/finance/DifferencesPanel.h"
#include "ui/finance/ReconciliationTotalsView.h"

#include "services/ConsoleServices.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

// The chart's days: a month bill shows its month; a day bill the 30 days that end with it, so
// that the day is seen against the ones before.
std::pair<QDate, QDate> chartRange(const QString &period)
{
    const auto [first, last] = billPeriodDays(period);
    return {period.size() == 7 ? first : last.addDays(-29), last};
}

} // namespace

ReconciliationPage::ReconciliationPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("reconciliationPage"));
    m_download = new BillDownloadPanel(m_services, this);
    m_reconcile = new QPushButton(this);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelReconcileButton"));
    m_cancel->setVisible(false);
    m_runResult = new QLabel(this);
    m_runResult->setObjectName(QStringLiteral("reconcileResultLabel"));
    m_runResult->setWordWrap(true);
    m_runResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reconciliationTabs"));
    auto *totalsTab = new QWidget(m_tabs);
    m_totals = new ReconciliationTotalsView(totalsTab);
    m_accountTotals = new AccountBillTotalsView(totalsTab);
    m_accountTotals->setVisible(false);
    auto *totalsLayout = new QVBoxLayout(totalsTab);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totals);
    totalsLayout->addWidget(m_accountTotals);
    m_differences = new DifferencesPanel(m_services, m_tabs);
    m_chart = new DailyChartView(m_services.reconciliation(), m_tabs);
    m_tabs->addTab(totalsTab, QString());
    m_tabs->addTab(m_differences, QString());
    m_tabs->addTab(m_chart, QString());

    auto *top = new QWidget(this);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_reconcile);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    runRow->addStretch();
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_download, 1);
    topLayout->addLayout(runRow);
    topLayout->addWidget(m_runResult);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reconciliationSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    ReconciliationService &service = m_services.reconciliation();
    connect(&service, &ReconciliationService::progress, this, &ReconciliationPage::onProgress);
    connect(&service, &ReconciliationService::finished, this, &ReconciliationPage::onFinished);
    connect(m_download, &BillDownloadPanel::selectedBillChanged, this,
            &ReconciliationPage::onSelectedBill);
    connect(m_reconcile, &QPushButton::clicked, this, &ReconciliationPage::reconcileSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ReconciliationPage::cancelReconciliation);
    connect(m_differences, &DifferencesPanel::openOrderRequested, this,
            &ReconciliationPage::openOrderRequested);
    retranslateUi();
    onSelectedBill();
}

QString ReconciliationPage::runResultText() const
{
    return m_runResult->text();
}

void ReconciliationPage::reconcileSelected()
{
    const std::optional<BillFileRecord> bill = m_download->selectedBill();
    if (!bill)
        return;
    if (!m_services.reconciliation().start(m_services.session(), bill->id)) {
        m_runResult->setText(tr("A reconciliation is already running, or you may not reconcile. "
                                "Wait for it to finish, or sign in as finance."));
        return;
    }
    m_lastResult.reset();
    m_runBillType = bill->billType;
    //: %1 the bill's period, %2 its type ("Trade bill" ...)
    m_runResult->setText(tr("Reconciling the bill of %1 (%2)…")
                             .arg(bill->billDate, DifferenceWords::billTypeName(bill->billType)));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    setRunning(true);
}

void ReconciliationPage::cancelReconciliation()
{
    m_services.reconciliation().cancel();
}

void ReconciliationPage::onSelectedBill()
{
    const std::optional<BillFileRecord> bill = m_download->selectedBill();
    m_reconcile->setEnabled(bill.has_value() && !m_services.reconciliation().isRunning() &&
                            m_services.session().can(Capability::RunReconciliation));
    showPeriod(bill ? bill->billDate : m_download->period(),
               bill ? bill->billType : QString::fromLatin1(TradeBillType));
}

void ReconciliationPage::showPeriod(const QString &period, const QString &billType)
{
    m_period = period;
    const bool allowed = m_services.session().can(Capability::RunReconciliation);
    const bool account = billType == QLatin1String(AccountBillType);
    const auto run =
        allowed ? m_services.reconciliation().latestRun(period, billType) : std::nullopt;
    m_totals->setRun(account ? std::nullopt : run);
    m_accountTotals->setRun(account ? run : std::nullopt);
    m_totals->setVisible(!account);
    m_accountTotals->setVisible(account);
    m_differences->setPeriod(period, billType);
    const auto [from, to] = chartRange(period);
    if (allowed && from.isValid() && (from != m_chart->from() || to != m_chart->to()))
        m_chart->setPeriod(from, to);
}

void ReconciliationPage::onProgress(const QString &stage, int percent)
{
    m_progress->setValue(percent);
    //: Progress bar: %1 the stage ("Reading the bill" ...); %p% is Qt's percent placeholder
    m_progress->setFormat(tr("%1 — %p%").arg(stage));
}

void ReconciliationPage::onFinished(const ReconciliationService::Result &result)
{
    setRunning(false);
    m_lastResult = result;
    retranslateUi();
    if (result.status == ReconciliationService::Status::Done) {
        showPeriod(result.run.period, result.run.totals.account
                                          ? QString::fromLatin1(AccountBillType)
                                          : QString::fromLatin1(TradeBillType));
        int differences = 0;
        for (const auto &kindCount : result.run.totals.differences)
            differences += kindCount.second;
        m_tabs->setCurrentIndex(differences > 0 ? DifferencesTab : TotalsTab);
    }
    onSelectedBill();
    Q_EMIT reconciliationFinished(result);
}

void ReconciliationPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_reconcile->setEnabled(!running && m_download->selectedBill().has_value());
}

void ReconciliationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReconciliationPage::retranslateUi()
{
    m_reconcile->setText(tr("&Reconcile selected bill"));
    m_reconcile->setToolTip(
        tr("Compares the selected bill line by line with our records and stores the differences. "
           "Notes on differences found again are kept."));
    m_cancel->setText(tr("Cancel"));
    m_tabs->setTabText(TotalsTab, tr("Totals"));
    m_tabs->setTabText(DifferencesTab, tr("Differences"));
    //: Tab: chart of daily charges, refunds and unfreezes
    m_tabs->setTabText(ChartTab, tr("Chart"));
    if (!m_lastResult)
        return;
    const ReconciliationService::Result &result = *m_lastResult;
    QString text;
    switch (result.status) {
    case ReconciliationService::Status::Done: {
        int differences = 0;
        for (const auto &kindCount : result.run.totals.differences)
            differences += kindCount.second;
        //: %1 the period; %2 "12 lines matched"; %n differences found (the bill type in words is
        //: put before it)
        text = tr("Reconciled the bill of %1: %2, %n difference(s) found.", nullptr, differences)
                   .arg(result.run.period,
                        tr("%n line(s) matched", nullptr, result.run.totals.matched));
        break;
    }
    case ReconciliationService::Status::Refused:
        //: %1 the service's reason: the file, the line and what is wrong with it
        text = tr("The bill was refused and nothing of it was loaded. %1").arg(result.message);
        break;
    case ReconciliationService::Status::Cancelled:
        text = tr("Reconciliation cancelled; nothing of this run was stored.");
        break;
    case ReconciliationService::Status::Failed:
        text = result.message;
        break;
    }
    if (!m_runBillType.isEmpty())
        //: %1 the bill type in words ("Trade bill", "Account bill"), %2 the outcome
        text = tr("%1: %2").arg(DifferenceWords::billTypeName(m_runBillType), text);
    m_runResult->setText(text);
}

} // namespace DepositDesk
