#pragma once

#include "services/finance/ReconciliationService.h" // DayActivity, StoreTask

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace DepositDesk {

// A chart of the daily charges, refunds and unfreezes over a period (Qt Charts: one line per
// kind, a point per China day, the amounts in yuan), read from the ledger off the UI thread
// (ReconciliationService::dailyActivity), with "Export PNG…" to save the chart as an image.
class DailyChartView : public QWidget
{
    Q_OBJECT

public:
    // The service must outlive the view.
    explicit DailyChartView(ReconciliationService &finance, QWidget *parent = nullptr);

    // Loads [from, to] (China days) off the UI thread; loaded() or loadFailed() follows. A new
    // period asked for while one loads is loaded after it (the last one wins).
    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // True from setPeriod() until the days of the last period asked for are shown (false again
    // by the time loaded() or loadFailed() is emitted).
    bool isLoading() const;
    const QList<DayActivity> &days() const { return m_days; }

    QChartView *chartView() const { return m_view; }
    // Saves the chart as PNG; false with *error (translated) when it cannot.
    bool exportPng(const QString &path, QString *error = nullptr) const;
    // Tests: replaces the file dialog of "Export PNG…" (returns a path, empty = cancelled).
    void setFileChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void startLoad();
    void onLoaded(const std::optional<QList<DayActivity>> &days, const QString &error);
    void showDays();
    void exportClicked();
    void retranslateUi();

    ReconciliationService &m_finance;
    QDate m_from, m_to;
    bool m_pending = false;
    StoreTask m_load; // the load running, busy until its days are shown
    QList<DayActivity> m_days;
    QString m_error;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_charges;
    QLineSeries *m_refunds;
    QLineSeries *m_unfreezes;
    QDateTimeAxis *m_dayAxis;
    QValueAxis *m_yuanAxis;
    QLabel *m_status;
    QPushButton *m_exportButton;
    std::function<QString(const QString &)> m_chooser;
};

} // namespace DepositDesk
