#include "ui/finance/DailyChartView.h"

#include "domain/YuanText.h"
#include "services/finance/ReconciliationService.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace DepositDesk {

namespace {

// Chart positions only (never used for sums): the day's amount in yuan.
double yuanValue(Money amount)
{
    return double(amount.fen()) / 100.0;
}

// The x position of a day: its noon, so that the point sits in the middle of the day's label.
qreal dayPosition(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QLineSeries *newSeries(const QString &name, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setObjectName(name);
    series->setPointsVisible(true);
    QPen pen(color);
    pen.setWidth(2);
    series->setPen(pen);
    return series;
}

} // namespace

DailyChartView::DailyChartView(ReconciliationService &finance, QWidget *parent)
    : QWidget(parent)
    , m_finance(finance)
    , m_chart(new QChart)
    , m_charges(newSeries(QStringLiteral("charges"), QColor(0x1e, 0x88, 0xe5)))
    , m_refunds(newSeries(QStringLiteral("refunds"), QColor(0xe5, 0x39, 0x35)))
    , m_unfreezes(newSeries(QStringLiteral("unfreezes"), QColor(0x43, 0xa0, 0x47)))
    , m_dayAxis(new QDateTimeAxis)
    , m_yuanAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("dailyChartView"));
    for (QLineSeries *series : {m_charges, m_refunds, m_unfreezes})
        m_chart->addSeries(series);
    m_chart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yuanAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_charges, m_refunds, m_unfreezes}) {
        series->attachAxis(m_dayAxis);
        series->attachAxis(m_yuanAxis);
    }
    m_dayAxis->setFormat(QStringLiteral("MM-dd"));
    m_yuanAxis->setMin(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setObjectName(QStringLiteral("dailyChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 300);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dailyChartStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportPngButton"));
    m_exportButton->setEnabled(false);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 0, 0, 0);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_exportButton, &QPushButton::clicked, this, &DailyChartView::exportClicked);
    retranslateUi();
}

void DailyChartView::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    if (isLoading()) {
        m_pending = true;
        return;
    }
    startLoad();
}

bool DailyChartView::isLoading() const
{
    return m_load.isBusy() || m_pending;
}

void DailyChartView::startLoad()
{
    m_pending = false;
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Loading the daily totals…"));
    // Answered on this thread, and not at all once this view is gone.
    m_load = m_finance.dailyActivity(m_from, m_to, this,
                                     [this](const std::optional<QList<DayActivity>> &days,
                                            const QString &error) { onLoaded(days, error); });
}

void DailyChartView::onLoaded(const std::optional<QList<DayActivity>> &days, const QString &error)
{
    m_load = {}; // this load is over, whatever follows
    if (m_pending) {
        startLoad();
        return;
    }
    if (!days) {
        m_days.clear();
        m_error = tr("The daily totals could not be read: %1").arg(error);
        showDays();
        Q_EMIT loadFailed(m_error);
        return;
    }
    m_error.clear();
    m_days = *days;
    showDays();
    Q_EMIT loaded();
}

void DailyChartView::showDays()
{
    QList<QPointF> charges, refunds, unfreezes;
    double top = 0;
    Money chargeSum, refundSum, unfreezeSum;
    for (const DayActivity &day : std::as_const(m_days)) {
        const qreal x = dayPosition(day.day);
        charges.append({x, yuanValue(day.charges)});
        refunds.append({x, yuanValue(day.refunds)});
        unfreezes.append({x, yuanValue(day.unfreezes)});
        top = std::max(
            {top, yuanValue(day.charges), yuanValue(day.refunds), yuanValue(day.unfreezes)});
        chargeSum += day.charges;
        refundSum += day.refunds;
        unfreezeSum += day.unfreezes;
    }
    m_charges->replace(charges);
    m_refunds->replace(refunds);
    m_unfreezes->replace(unfreezes);
    if (!m_days.isEmpty()) {
        m_dayAxis->setRange(QDateTime(m_days.front().day, QTime(0, 0)),
                            QDateTime(m_days.back().day, QTime(23, 59)));
        m_dayAxis->setTickCount(int(std::min<qsizetype>(m_days.size(), 8)) + 1);
    }
    m_yuanAxis->setRange(0, top > 0 ? top * 1.1 : 100);
    m_yuanAxis->applyNiceNumbers();
    m_yuanAxis->setLabelFormat(top >= 100 || top == 0 ? QStringLiteral("%.0f")
                                                      : QStringLiteral("%.2f"));
    m_exportButton->setEnabled(m_error.isEmpty() && !m_days.isEmpty());
    retranslateUi();
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (!m_days.isEmpty())
        m_status->setText(
            tr("Charges ¥%1, refunds ¥%2, unfreezes ¥%3 over %n day(s).", "", int(m_days.size()))
                .arg(yuanDigits(chargeSum), yuanDigits(refundSum), yuanDigits(unfreezeSum)));
}

bool DailyChartView::exportPng(const QString &path, QString *error) const
{
    const QPixmap image = m_view->grab();
    if (!image.isNull() && image.save(path, "PNG"))
        return true;
    if (error)
        *error = tr("The chart could not be saved as %1. Choose another folder or file name.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

void DailyChartView::exportClicked()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("daily-%1-%2.png")
                                  .arg(m_from.toString(QStringLiteral("yyyyMMdd")),
                                       m_to.toString(QStringLiteral("yyyyMMdd"))));
    const QString path = m_chooser
                             ? m_chooser(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Export chart as PNG"),
                                                            suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPng(path, &error)) {
        Q_EMIT exported(path);
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DailyChartView::changeEvent(QEvent *event)
{
    // The status line says the period's sums in words: it is drawn again with the days.
    if (event->type() == QEvent::LanguageChange)
        showDays();
    QWidget::changeEvent(event);
}

void DailyChartView::retranslateUi()
{
    m_charges->setName(tr("Charges"));
    m_refunds->setName(tr("Refunds"));
    m_unfreezes->setName(tr("Unfreezes"));
    m_dayAxis->setTitleText(tr("Day (China time)"));
    m_yuanAxis->setTitleText(tr("Amount (yuan)"));
    const QLocale locale;
    m_chart->setTitle(m_from.isValid() ? tr("Daily charges, refunds and unfreezes, %1 – %2")
                                             .arg(locale.toString(m_from, QLocale::ShortFormat),
                                                  locale.toString(m_to, QLocale::ShortFormat))
                                       : tr("Daily charges, refunds and unfreezes"));
    m_exportButton->setText(tr("Export PNG…"));
    m_exportButton->setToolTip(tr("Save the chart as a PNG image"));
    if (!m_from.isValid())
        m_status->setText(tr("Choose a period to see its daily totals."));
}

} // namespace DepositDesk
