#pragma once

#include "finance/DifferenceWords.h"
#include "finance/ReconciliationTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace DepositDesk {

class ConsoleServices;
class DifferencesModel;
class TableExportMenu;

// The differences of one reconciled period: filters (kind, dates, amount range, resolved, no
// longer found), the table, and what finance does with a row: open its order (double click or
// Open order), resolve it with a note (audited by ReconciliationService) or a correction
// (DifferenceCorrections: refresh from Alipay, known external payment, settle by query), export the
// table as shown to CSV or Excel (TableExportMenu).
class DifferencesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DifferencesPanel(ConsoleServices &services, QWidget *parent = nullptr);

    // The differences of the period's runs of `billType` (trade / signcustomer).
    void setPeriod(const QString &period, const QString &billType = QLatin1String(TradeBillType));
    QString period() const { return m_period; }
    DifferencesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DifferenceFilter filter() const;

    // Export as CSV / Excel (the button's menu and the table's context menu).
    TableExportMenu *exportMenu() const { return m_export; }

public Q_SLOTS:
    void reload();
    void openSelected();
    // Opens the note dialog for the selected difference (window-modal, not blocking).
    void resolveSelected();

Q_SIGNALS:
    void openOrderRequested(const QString &outOrderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The constructor's parts: the filter row (its layout returned), the table with its buttons,
    // and the connections of each.
    QLayout *createFilters();
    void createTable();
    void connectFilters();
    void connectActions();

    const Difference *selected() const;
    void resolve(qint64 differenceId, const QString &note);
    // Runs the correction through DifferenceCorrections; the result shows above the table.
    void correct(qint64 differenceId, Correction correction, const QString &note);
    void updateButtons();
    void retranslateUi();

    ConsoleServices &m_services;
    QString m_period;
    bool m_correcting = false; // a correction is waiting for Alipay or a re-run
    QString m_billType = QLatin1String(TradeBillType);
    DifferencesModel *m_model = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_dates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QCheckBox *m_showGone = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_resolve = nullptr;
    TableExportMenu *m_export = nullptr;
    QToolButton *m_exportButton = nullptr;
};

} // namespace DepositDesk
