#pragma once

#include "services/risk/RiskReport.h"
#include "ui/widgets/TableExportMenu.h"

#include <QDate>
#include <QWidget>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QValueAxis;

namespace DepositDesk {

class ConsoleServices;
class RiskReportModel;

// View > Risk report (风控报表): for the orders created in a period of China days, grouped by
// category, store or waived share, the figures of services/risk/RiskReport.h in a table with a
// total row, and two bar charts (Qt Charts): the default rate per group, and the amount waived
// against the amount lost per group. Computed off the UI thread (a busy bar shows meanwhile; a
// newer request wins over one still running). Export: the table as CSV or Excel (TableExport),
// the charts as one PNG. For roles with Capability::ViewRiskReport; the service checks it again
// and the page shows its refusal instead of the report.
class RiskReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit RiskReportPage(ConsoleServices &services, QWidget *parent = nullptr);

    RiskReportModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChart *rateChart() const { return m_rateChart; }
    QChart *amountChart() const { return m_amountChart; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;

    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(RiskReport::Grouping grouping);

    // Writes the table to `path`; false with *error (translated) when it cannot.
    bool exportTable(TableExportMenu::Format format, const QString &path,
                     QString *error = nullptr) const;
    // Saves both charts, side by side as shown, as PNG; false with *error when it cannot.
    bool exportChartsPng(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    // Computes the report for the period and grouping as set.
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onLoaded(quint64 generation, const RiskReport::Result &result);
    void showCharts();
    void savePngClicked();
    void retranslateUi();

    ConsoleServices &m_services;
    RiskReportModel *m_model;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_shown = false;
    QString m_error;
    QLabel *m_title;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_groupLabel;
    QComboBox *m_grouping;
    QPushButton *m_show;
    QToolButton *m_export;
    QPushButton *m_png;
    QProgressBar *m_busy;
    QLabel *m_status;
    QTableView *m_table;
    TableExportMenu *m_exportMenu;
    QWidget *m_charts;
    QChart *m_rateChart;
    QChart *m_amountChart;
    QChartView *m_rateView;
    QChartView *m_amountView;
};

} // namespace DepositDesk
