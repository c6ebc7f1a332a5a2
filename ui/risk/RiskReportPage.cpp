#include "ui/risk/RiskReportPage.h"

#include "domain/YuanText.h"
#include "ui/risk/RiskReportModel.h"

#include "domain/ChinaTime.h"
#include "services/ConsoleServices.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace DepositDesk {

namespace {

// Chart heights only (never used for sums): an amount in yuan.
double yuanValue(Money amount)
{
    return double(amount.fen()) / 100.0;
}

QChartView *newChartView(QChart *chart, const QString &name, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent); // takes the chart
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

// Replaces a chart's series and axes by one bar series over `categories`.
QBarSeries *resetBars(QChart *chart, const QStringList &categories, double max,
                      const QString &labelFormat, double ceiling = 0)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto *series = new QBarSeries;
    chart->addSeries(series);
    auto *groups = new QBarCategoryAxis;
    groups->append(categories);
    groups->setLabelsAngle(categories.size() > 8 ? -60 : 0);
    chart->addAxis(groups, Qt::AlignBottom);
    series->attachAxis(groups);
    auto *values = new QValueAxis;
    values->setRange(0, max > 0 ? max * 1.1 : 1.0);
    values->setLabelFormat(labelFormat);
    values->applyNiceNumbers();
    if (ceiling > 0 && values->max() > ceiling) // a rate never goes above 100%
        values->setRange(0, ceiling);
    if (ceiling > 0 && values->max() >= ceiling)
        values->setTickCount(5); // 0, 25, 50, 75, 100
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return series;
}

} // namespace

RiskReportPage::RiskReportPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new RiskReportModel(this))
{
    setObjectName(QStringLiteral("riskReportPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("riskReportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    const QDate today = ChinaTime::toChina(QDateTime::currentDateTimeUtc()).date();
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(QStringLiteral("riskFromDate"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("riskToDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_groupLabel = new QLabel(this);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("riskGrouping"));
    for (RiskReport::Grouping g : {RiskReport::Grouping::Category, RiskReport::Grouping::Store,
                                   RiskReport::Grouping::WaivedShare})
        m_grouping->addItem(QString(), int(g));
    m_groupLabel->setBuddy(m_grouping);
    m_show = new QPushButton(this);
    m_show->setObjectName(QStringLiteral("riskShowButton"));
    connect(m_show, &QPushButton::clicked, this, &RiskReportPage::reload);
    connect(m_grouping, &QComboBox::activated, this, &RiskReportPage::reload);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_exportMenu = TableExportMenu::install(m_table, QStringLiteral("risk-report"));
    m_export = m_exportMenu->createButton(this);
    m_png = new QPushButton(this);
    m_png->setObjectName(QStringLiteral("riskPngButton"));
    connect(m_png, &QPushButton::clicked, this, &RiskReportPage::savePngClicked);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("riskBusy"));
    m_busy->setRange(0, 0); // busy: the queries say nothing of their progress
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("riskStatus"));
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_groupLabel);
    filters->addWidget(m_grouping);
    filters->addWidget(m_show);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_png);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);

    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("riskCharts"));
    m_rateChart = new QChart;
    m_amountChart = new QChart;
    m_rateView = newChartView(m_rateChart, QStringLiteral("riskRateChart"), m_charts);
    m_amountView = newChartView(m_amountChart, QStringLiteral("riskAmountChart"), m_charts);
    auto *chartsLayout = new QHBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_rateView, 1);
    chartsLayout->addWidget(m_amountView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);

    connect(&m_services, &ConsoleServices::sessionChanged, this, [this] {
        m_model->setResult({});
        showCharts();
        if (isVisible())
            reload();
    });
    retranslateUi();
}

QString RiskReportPage::statusText() const
{
    return m_status->text();
}

void RiskReportPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void RiskReportPage::setGrouping(RiskReport::Grouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void RiskReportPage::reload()
{
    RiskReport::Query query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.grouping = RiskReport::Grouping(m_grouping->currentData().toInt());
    const quint64 generation = ++m_generation;
    const QString refused = m_services.riskReport().load(
        m_services.session(), query, this,
        [this, generation](const RiskReport::Result &result) { onLoaded(generation, result); });
    if (!refused.isEmpty()) {
        m_loading = false;
        m_busy->hide();
        m_error = refused;
        m_status->setText(refused);
        Q_EMIT loadFailed(refused);
        return;
    }
    m_loading = true;
    m_error.clear();
    m_busy->show();
    m_status->setText(tr("Computing the report…"));
}

void RiskReportPage::onLoaded(quint64 generation, const RiskReport::Result &result)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    m_loading = false;
    m_busy->hide();
    if (!result.ok) {
        m_error = result.error;
        m_status->setText(result.error);
        Q_EMIT loadFailed(result.error);
        return;
    }
    m_error.clear();
    m_model->setResult(result);
    retranslateUi(); // the status line and the charts' words name the period and grouping
    Q_EMIT loaded();
}

void RiskReportPage::showCharts()
{
    QStringList labels;
    double maxRate = 0;
    double maxAmount = 0;
    const int groups = std::max(0, m_model->rowCount() - 1);
    for (int row = 0; row < groups; ++row) {
        const RiskReport::Row &r = m_model->rowAt(row);
        labels << m_model->label(row);
        maxRate = std::max(maxRate, r.defaultRate());
        maxAmount = std::max({maxAmount, yuanValue(r.waived), yuanValue(r.lost)});
    }
    QBarSeries *rates = resetBars(m_rateChart, labels, maxRate, QStringLiteral("%.1f"), 100.0);
    auto *rateSet = new QBarSet(tr("Default rate (%)"));
    rateSet->setColor(QColor(0xe5, 0x39, 0x35));
    QBarSeries *amounts = resetBars(m_amountChart, labels, maxAmount, QStringLiteral("%.0f"));
    auto *waived = new QBarSet(tr("Amount waived (¥)"));
    waived->setColor(QColor(0x1e, 0x88, 0xe5));
    auto *lost = new QBarSet(tr("Amount lost (¥)"));
    lost->setColor(QColor(0xfb, 0x8c, 0x00));
    for (int row = 0; row < groups; ++row) {
        const RiskReport::Row &r = m_model->rowAt(row);
        rateSet->append(r.defaultRate());
        waived->append(yuanValue(r.waived));
        lost->append(yuanValue(r.lost));
    }
    rates->append(rateSet);
    amounts->append(waived);
    amounts->append(lost);
    m_rateChart->setTitle(tr("Default rate per group"));
    m_amountChart->setTitle(tr("Amount waived and amount lost per group"));
}

bool RiskReportPage::exportTable(TableExportMenu::Format format, const QString &path,
                                 QString *error) const
{
    if (m_model->rowCount() == 0) {
        if (error)
            *error = tr("There is no report to export yet: show one first.");
        return false;
    }
    return m_exportMenu->exportTo(format, path, error);
}

bool RiskReportPage::exportChartsPng(const QString &path, QString *error) const
{
    const QPixmap image = m_charts->grab();
    if (!image.isNull() && image.save(path, "PNG"))
        return true;
    if (error)
        *error = tr("The charts could not be saved as %1. Choose another folder or file name.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

void RiskReportPage::savePngClicked()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("risk-report-%1.png")
                          .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the charts as PNG"), suggested,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChartsPng(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void RiskReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RiskReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        reload();
    }
}

void RiskReportPage::retranslateUi()
{
    //: Page title (View > Risk report)
    m_title->setText(tr("Risk report"));
    //: Risk report: the first day of the period (orders created from)
    m_fromLabel->setText(tr("Orders created from"));
    m_toLabel->setText(tr("to"));
    m_groupLabel->setText(tr("Group by"));
    m_grouping->setItemText(0, tr("Category"));
    m_grouping->setItemText(1, tr("Store"));
    //: Risk report grouping: by the part of the deposit Sesame credit waived
    m_grouping->setItemText(2, tr("Waived share"));
    m_show->setText(tr("Show"));
    m_png->setText(tr("Save charts as PNG…"));
    m_model->retranslate();
    showCharts();
    if (m_loading)
        m_status->setText(tr("Computing the report…"));
    else if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (m_model->result().ok)
        //: Risk report: %1 and %2 the period's first and last day (China time), %Ln orders
        m_status->setText(
            tr("%Ln order(s) created from %1 to %2 (China time). Default rate: orders reported "
               "to Sesame as defaulted (VIOLATED) out of the orders; amount lost: failed charges "
               "never charged again later.",
               nullptr, int(m_model->result().total.orders))
                .arg(m_model->result().query.from.toString(Qt::ISODate),
                     m_model->result().query.to.toString(Qt::ISODate)));
    else
        m_status->clear();
}

} // namespace DepositDesk
