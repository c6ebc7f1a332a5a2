#pragma once

#include "services/finance/ReconciliationService.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace DepositDesk {

class AccountBillTotalsView;
class BillDownloadPanel;
class ConsoleServices;
class DailyChartView;
class DifferencesPanel;
class ReconciliationTotalsView;

// Finance's desk: download a day's or a month's bill, reconcile the selected bill
// against our records (off the UI thread, with its stage, percent and Cancel; a refused bill
// says which file, line and why), and work the outcome in three tabs: the totals side by side,
// the differences (filters, open the order, resolve with a note, export), and a chart of the
// daily charges, refunds and unfreezes of the period (PNG export). For roles with
// Capability::RunReconciliation; the services check it again on every call.
// An account bill's run (账务明细) shows its own totals (AccountBillTotalsView) in the totals tab,
// and the differences of the account bill runs of its period.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TotalsTab, DifferencesTab, ChartTab };
    Q_ENUM(Tab)

    explicit ReconciliationPage(ConsoleServices &services, QWidget *parent = nullptr);

    BillDownloadPanel *downloadPanel() const { return m_download; }
    DifferencesPanel *differencesPanel() const { return m_differences; }
    ReconciliationTotalsView *totalsView() const { return m_totals; }
    AccountBillTotalsView *accountTotalsView() const { return m_accountTotals; }
    DailyChartView *chartView() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    QString runResultText() const;

public Q_SLOTS:
    // Reconciles the bill selected in the list.
    void reconcileSelected();
    void cancelReconciliation();

Q_SIGNALS:
    void openOrderRequested(const QString &outOrderNo);
    void reconciliationFinished(const DepositDesk::ReconciliationService::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSelectedBill();
    void onProgress(const QString &stage, int percent);
    void onFinished(const ReconciliationService::Result &result);
    void showPeriod(const QString &period, const QString &billType);
    void setRunning(bool running);
    void retranslateUi();

    ConsoleServices &m_services;
    QString m_period;
    QString m_runBillType; // the bill type of the run started last
    BillDownloadPanel *m_download = nullptr;
    QPushButton *m_reconcile = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_runResult = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReconciliationTotalsView *m_totals = nullptr;
    AccountBillTotalsView *m_accountTotals = nullptr;
    DifferencesPanel *m_differences = nullptr;
    DailyChartView *m_chart = nullptr;
    std::optional<ReconciliationService::Result> m_lastResult;
};

} // namespace DepositDesk
