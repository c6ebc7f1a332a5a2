#pragma once

#include "services/audit/AuditService.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace DepositDesk {

class AuditTableModel;
class ConsoleServices;

// View > Audit log: every entry of the audit log, newest first, in words (AuditWords), loaded a
// page at a time as the table scrolls, so a log of millions of entries opens at once. Filters:
// operator, action, order number and a period of China days. The selected entry's recorded
// details (its JSON as stored, its hashes) show below the table. "Verify the chain" checks every
// entry off the UI thread and says in a sentence whether the log is intact or where it is broken;
// Export writes what the filters select as CSV or Excel. For roles with
// Capability::ReadAuditLog; the services check it again on every call, and the page shows their
// refusal instead of the log.
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(ConsoleServices &services, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString verdictText() const;
    QString detailsText() const;
    // Tests: replaces the file dialog of Export (returns the chosen path, empty = cancelled).
    void setFileChooser(std::function<QString(AuditService::Format, const QString &)> chooser)
    {
        m_chooser = std::move(chooser);
    }
    // The filters as set on the page.
    AuditFilter filter() const;
    void setOperatorFilter(const QString &login);
    void setActionFilter(const QString &action); // a code; empty: any
    void setOrderFilter(const QString &outOrderNo);
    // China days, both inclusive; invalid dates: no period.
    void setPeriod(const QDate &from, const QDate &to);

public Q_SLOTS:
    // Reads the first page again with the filters as they are.
    void reload();
    void verifyChain();
    void exportAs(DepositDesk::AuditService::Format format);

Q_SIGNALS:
    // A page of entries arrived (or the read failed / was refused).
    void pageLoaded();
    void verified(bool ok);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fetchMore();
    void showSelected();
    void updateCount();
    void retranslateUi();

    ConsoleServices &m_services;
    AuditTableModel *m_model = nullptr;
    quint64 m_generation = 0;
    AuditFilter m_shownFilter;
    bool m_verifying = false;
    bool m_exporting = false;
    std::function<QString(AuditService::Format, const QString &)> m_chooser;

    QLabel *m_title = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLineEdit *m_operator = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_orderLabel = nullptr;
    QLineEdit *m_order = nullptr;
    QCheckBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_verify = nullptr;
    QToolButton *m_export = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportXlsx = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTimer *m_debounce = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace DepositDesk
