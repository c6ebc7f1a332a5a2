#pragma once

#include "services/bulk/BulkActions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace DepositDesk {

class BulkRowsModel;
class ConsoleServices;

// One action on many orders: the orders selected on the search page or loaded from an order
// list (BulkOrderList), the action, its amount (optional for a refund request) and a reason;
// Preview (ConsoleServices::bulk()) shows per row what will happen (frozen, or refundable, before
// and after) or why it is refused; Run sends the rows on the bulk runner's worker thread
// (ConsoleServices::bulkRunner()) with a progress bar, Cancel stops sending further rows; the
// result of every row stays in the table and Export writes it to CSV or Excel. Running the same
// list again sends nothing twice.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    // source: how the list came ("orders.csv", or empty for a selection).
    BulkActionDialog(ConsoleServices &services, const QStringList &orders, const QString &source,
                     QWidget *parent = nullptr);
    ~BulkActionDialog() override;

    BulkRowsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BulkActions::Request request() const;
    bool isRunning() const;
    // Preview shown and nothing changed since.
    bool hasPreview() const { return m_previewed; }

    void preview();
    void run();
    void cancel();

Q_SIGNALS:
    void runFinished(bool cancelled);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void inputsChanged();
    void updateButtons();
    void updateSummary();
    void retranslateUi();
    void retranslateAmount();
    // Why the amount typed does not read as one (empty is no problem), or empty.
    QString amountProblem() const;

    ConsoleServices &m_services;
    QStringList m_orders;
    QString m_source;
    BulkRowsModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QWidget *m_exportButton = nullptr;
    bool m_previewed = false;
    bool m_ran = false;
    bool m_cancelled = false;
};

} // namespace DepositDesk
