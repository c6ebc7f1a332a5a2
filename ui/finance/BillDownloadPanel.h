#pragma once

#include "services/finance/BillDownloader.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace DepositDesk {

class ConsoleServices;

// Choose a day or a month and the bill type, download the bill (progress, Cancel, the result
// in plain words: downloaded, already downloaded on …, no bill for a quiet period, refused with
// Alipay's reason), and the register of downloaded bills (period, type, file, SHA-256, fetched
// at and by) to pick the one to reconcile. The download runs in BillDownloader (asynchronous).
class BillDownloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BillDownloadPanel(ConsoleServices &services, QWidget *parent = nullptr);

    // "yyyy-MM-dd" (a day) or "yyyy-MM" (a month), as Alipay's bill_date.
    QString period() const;
    void setPeriod(const QString &period);
    QString billType() const; // trade / signcustomer
    void setBillType(const QString &billType);

    std::optional<BillFileRecord> selectedBill() const;
    void selectBill(qint64 billFileId);
    void reloadBills();
    QString resultText() const;

public Q_SLOTS:
    void download();
    void cancel();

Q_SIGNALS:
    void selectedBillChanged();
    void periodChanged(const QString &period);
    void downloadFinished(const DepositDesk::BillDownloader::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(qint64 received, qint64 total);
    void onFinished(const BillDownloader::Result &result);
    void setRunning(bool running);
    void updateDateFormat();
    void retranslateUi();
    QString describe(const BillDownloader::Result &result) const;

    ConsoleServices &m_services;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_granularity = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_download = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_billsLabel = nullptr;
    QTreeWidget *m_bills = nullptr;
    std::optional<BillDownloader::Result> m_lastResult;
    // What the last download asked for (the result's words name it, whatever is chosen now).
    QString m_requestedType;
    QString m_requestedPeriod;
};

// The translated name of a bill type code ("trade" -> "Trade bill"): DifferenceWords::billTypeName.
QString billTypeDisplayName(const QString &billType);
// The first and last day of a bill period ("yyyy-MM-dd" or "yyyy-MM"); invalid dates if neither.
std::pair<QDate, QDate> billPeriodDays(const QString &period);

} // namespace DepositDesk
