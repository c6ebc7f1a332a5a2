#include "ui/finance/BillDownloadPanel.h"

#include "finance/DifferenceWords.h"

#include "domain/ChinaTime.h"
#include "services/ConsoleServices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

enum BillColumn { PeriodColumn, TypeColumn, FileColumn, ShaColumn, FetchedColumn, ByColumn };
const QString Trade = QStringLiteral("trade");
const QString SignCustomer = QStringLiteral("signcustomer");

QDate chinaYesterday()
{
    return ChinaTime::toChina(QDateTime::currentDateTimeUtc()).date().addDays(-1);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

QString billTypeDisplayName(const QString &billType)
{
    return DifferenceWords::billTypeName(billType);
}

std::pair<QDate, QDate> billPeriodDays(const QString &period)
{
    const bool month = period.size() == 7;
    const QDate first = QDate::fromString(month ? QString(period + QStringLiteral("-01")) : period,
                                          QStringLiteral("yyyy-MM-dd"));
    return {first, month ? first.addMonths(1).addDays(-1) : first};
}

BillDownloadPanel::BillDownloadPanel(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("billDownloadPanel"));
    m_periodLabel = new QLabel(this);
    m_granularity = new QComboBox(this);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItems({QString(), QString()});
    m_date = new QDateEdit(chinaYesterday(), this);
    m_date->setObjectName(QStringLiteral("periodEdit"));
    m_date->setMinimumDate(QDate(2016, 1, 1)); // Alipay keeps no older bills
    m_date->setCalendarPopup(true);
    m_periodLabel->setBuddy(m_granularity);
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("billTypeCombo"));
    m_type->addItem(QString(), Trade);
    m_type->addItem(QString(), SignCustomer);
    m_typeLabel->setBuddy(m_type);
    m_download = new QPushButton(this);
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_cancel->setVisible(false);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("downloadResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_billsLabel = new QLabel(this);
    m_bills = new QTreeWidget(this);
    m_bills->setObjectName(QStringLiteral("billsList"));
    m_bills->setRootIsDecorated(false);
    m_bills->setUniformRowHeights(true);
    m_bills->setAlternatingRowColors(true);
    m_bills->setColumnCount(ByColumn + 1); // before the sections' resize modes
    m_bills->header()->setStretchLastSection(false);
    m_bills->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bills->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_billsLabel->setBuddy(m_bills);

    auto *row = new QHBoxLayout;
    row->addWidget(m_periodLabel);
    row->addWidget(m_granularity);
    row->addWidget(m_date);
    row->addSpacing(12);
    row->addWidget(m_typeLabel);
    row->addWidget(m_type);
    row->addSpacing(12);
    row->addWidget(m_download);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);
    layout->addWidget(m_billsLabel);
    layout->addWidget(m_bills, 1);

    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        updateDateFormat();
        Q_EMIT periodChanged(period());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { Q_EMIT periodChanged(period()); });
    connect(m_download, &QPushButton::clicked, this, &BillDownloadPanel::download);
    connect(m_cancel, &QPushButton::clicked, this, &BillDownloadPanel::cancel);
    connect(m_bills, &QTreeWidget::itemSelectionChanged, this,
            &BillDownloadPanel::selectedBillChanged);
    BillDownloader &downloader = m_services.bills();
    connect(&downloader, &BillDownloader::progress, this, &BillDownloadPanel::onProgress);
    connect(&downloader, &BillDownloader::finished, this, &BillDownloadPanel::onFinished);
    connect(&m_services, &ConsoleServices::sessionChanged, this, &BillDownloadPanel::reloadBills);

    updateDateFormat();
    retranslateUi();
    reloadBills();
}

QString BillDownloadPanel::period() const
{
    const bool month = m_granularity->currentIndex() == 1;
    return m_date->date().toString(month ? QStringLiteral("yyyy-MM")
                                         : QStringLiteral("yyyy-MM-dd"));
}

void BillDownloadPanel::setPeriod(const QString &period)
{
    const QDate first = billPeriodDays(period).first;
    if (!first.isValid())
        return;
    m_granularity->setCurrentIndex(period.size() == 7 ? 1 : 0);
    m_date->setDate(first);
}

QString BillDownloadPanel::billType() const
{
    return m_type->currentData().toString();
}

void BillDownloadPanel::setBillType(const QString &billType)
{
    const int index = m_type->findData(billType);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

std::optional<BillFileRecord> BillDownloadPanel::selectedBill() const
{
    const QTreeWidgetItem *item = m_bills->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    return m_services.bills().file(item->data(PeriodColumn, Qt::UserRole).toLongLong());
}

void BillDownloadPanel::selectBill(qint64 billFileId)
{
    for (int i = 0; i < m_bills->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_bills->topLevelItem(i);
        if (item->data(PeriodColumn, Qt::UserRole).toLongLong() == billFileId) {
            m_bills->setCurrentItem(item);
            m_bills->scrollToItem(item);
            return;
        }
    }
}

void BillDownloadPanel::reloadBills()
{
    const std::optional<BillFileRecord> selected = selectedBill();
    m_bills->clear();
    const bool allowed = m_services.session().can(Capability::RunReconciliation);
    m_download->setEnabled(allowed && !m_services.bills().isRunning());
    if (!allowed)
        return;
    const QList<BillFileRecord> files = m_services.bills().files();
    for (const BillFileRecord &file : files) {
        auto *item = new QTreeWidgetItem(m_bills);
        item->setData(PeriodColumn, Qt::UserRole, file.id);
        item->setText(PeriodColumn, file.billDate);
        item->setData(TypeColumn, Qt::UserRole, file.billType);
        item->setText(TypeColumn, billTypeDisplayName(file.billType));
        item->setText(FileColumn, file.fileName);
        item->setToolTip(FileColumn, file.path);
        item->setText(ShaColumn, file.sha256.left(12));
        //: Tooltip: %1 the full SHA-256 of the bill archive, %2 its size
        item->setToolTip(ShaColumn,
                         tr("SHA-256 %1 · %2").arg(file.sha256, sizeText(file.sizeBytes)));
        item->setText(FetchedColumn, ChinaTime::format(file.fetchedAt).left(16));
        item->setText(ByColumn, file.fetchedBy);
    }
    if (selected)
        selectBill(selected->id);
    else if (m_bills->topLevelItemCount() > 0)
        m_bills->setCurrentItem(m_bills->topLevelItem(0));
    Q_EMIT selectedBillChanged();
}

QString BillDownloadPanel::resultText() const
{
    return m_result->text();
}

void BillDownloadPanel::download()
{
    BillDownloader &downloader = m_services.bills();
    if (!downloader.start(m_services.session(), billType(), period())) {
        m_result->setText(tr("A download is already running, or you may not download bills. "
                             "Wait for it to finish, or sign in as finance."));
        return;
    }
    m_lastResult.reset();
    m_requestedType = billType();
    m_requestedPeriod = period();
    m_result->setText(
        //: %1 bill type ("Trade bill" ...), %2 period
        tr("Asking Alipay for the bill of %2 (%1)…")
            .arg(billTypeDisplayName(billType()), period()));
    m_result->setToolTip(QString());
    m_progress->setRange(0, 0);
    setRunning(true);
}

void BillDownloadPanel::cancel()
{
    m_services.bills().cancel();
}

void BillDownloadPanel::onProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void BillDownloadPanel::onFinished(const BillDownloader::Result &result)
{
    setRunning(false);
    m_lastResult = result;
    m_result->setText(describe(result));
    m_result->setToolTip(result.detail);
    const bool kept = result.status == BillDownloader::Status::Downloaded ||
                      result.status == BillDownloader::Status::AlreadyKnown;
    if (kept) {
        reloadBills();
        selectBill(result.file.id);
    }
    Q_EMIT downloadFinished(result);
}

QString BillDownloadPanel::describe(const BillDownloader::Result &result) const
{
    const BillFileRecord &file = result.file;
    switch (result.status) {
    case BillDownloader::Status::Downloaded:
        //: %1 bill type, %2 period, %3 file name, %4 size
        return tr("Downloaded the bill of %2 (%1): %3 (%4). It is selected below: Reconcile "
                  "compares it with our records.")
            .arg(billTypeDisplayName(file.billType), file.billDate, file.fileName,
                 sizeText(file.sizeBytes));
    case BillDownloader::Status::AlreadyKnown:
        //: %1 bill type, %2 period, %3 when (China time), %4 who, %5 file name
        return tr("The bill of %2 (%1) was already downloaded on %3 by %4 with the same content "
                  "(%5); the first file is kept.")
            .arg(billTypeDisplayName(file.billType), file.billDate,
                 ChinaTime::format(file.fetchedAt).left(16), file.fetchedBy, file.fileName);
    case BillDownloader::Status::NoBill:
        //: %1 bill type, %2 period
        return tr("Alipay has no bill for %2 (%1): there was no payment and no refund in that "
                  "period, so there is nothing to reconcile.")
            .arg(billTypeDisplayName(m_requestedType), m_requestedPeriod);
    case BillDownloader::Status::Cancelled:
        return tr("Download cancelled; nothing was kept.");
    case BillDownloader::Status::Refused:
    case BillDownloader::Status::Failed:
        break;
    }
    return result.message;
}

void BillDownloadPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_download->setEnabled(!running && m_services.session().can(Capability::RunReconciliation));
    m_granularity->setEnabled(!running);
    m_date->setEnabled(!running);
    m_type->setEnabled(!running);
}

void BillDownloadPanel::updateDateFormat()
{
    const bool month = m_granularity->currentIndex() == 1;
    m_date->setDisplayFormat(month ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

void BillDownloadPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BillDownloadPanel::retranslateUi()
{
    m_periodLabel->setText(tr("&Bill of"));
    //: Bill period: one day
    m_granularity->setItemText(0, tr("Day"));
    //: Bill period: a whole month
    m_granularity->setItemText(1, tr("Month"));
    m_typeLabel->setText(tr("&Type"));
    m_type->setItemText(0, billTypeDisplayName(Trade));
    m_type->setItemText(1, billTypeDisplayName(SignCustomer));
    m_download->setText(tr("&Download"));
    m_cancel->setText(tr("Cancel"));
    m_billsLabel->setText(tr("Downloaded &bills"));
    m_bills->setHeaderLabels({tr("Period"), tr("Type"), tr("File"), tr("SHA-256"),
                              //: Column: when the bill was downloaded (China time)
                              tr("Fetched at"), tr("Fetched by")});
    if (m_lastResult)
        m_result->setText(describe(*m_lastResult));
    if (!m_services.session().can(Capability::RunReconciliation))
        m_result->setText(tr("Only finance and administrators download and reconcile bills."));
    for (int i = 0; i < m_bills->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_bills->topLevelItem(i);
        item->setText(TypeColumn,
                      billTypeDisplayName(item->data(TypeColumn, Qt::UserRole).toString()));
    }
}

} // namespace DepositDesk
