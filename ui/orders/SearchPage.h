#pragma once

#include "store/OrderQuery.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace DepositDesk {

class BulkActionDialog;
class ConsoleServices;
class OrderTableModel;

// The order search: one box for every key the index has (out_order_no, auth_no, trade_no,
// out_request_no, payer, the last digits of a phone …), filters for status, creation date and
// deposit amount, and a sortable table loaded page by page off the UI thread.
//
// Typing searches by prefix from three characters after a short pause; a pasted number (or
// Enter) is looked for at once as an exact key, then as a prefix if nothing has it exactly.
// When an auth_no or out_order_no is in no order, "Look it up at Alipay" asks Alipay
// (OrderLookup) and adds the order to the index.
//
// Several rows can be selected: "Bulk action…" opens the Bulk action dialog on them, and "Load
// order list…" opens it on the orders of a CSV or XLSX file (BulkOrderList).
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 250;
    static constexpr int PrefixMinLength = 3;

    explicit SearchPage(ConsoleServices &services, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The query the table shows (or is loading).
    OrderQuery currentQuery() const;
    // A search is waiting for the typing pause or for its answer (tests wait for false).
    bool isBusy() const;
    // Sets the box and searches at once (as after a paste).
    void searchFor(const QString &text);

    // The selected orders, in the table's order.
    QStringList selectedOrders() const;
    // Opens the Bulk action dialog (deleted when closed) on `orders`; source names a loaded file.
    BulkActionDialog *openBulkAction(const QStringList &orders, const QString &source = {});
    // Asks for an order list file and opens the dialog on it; a file that cannot be used is said
    // in the status line. Returns the dialog, or null.
    BulkActionDialog *loadOrderList();
    // Tests: replaces the file dialog of loadOrderList() (returns the path, empty = cancelled).
    void setOrderListChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void openOrderRequested(const QString &outOrderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createFilters();
    void onTextChanged(const QString &text);
    void runSearch(OrderQuery::Match match);
    void runSearchNow();
    OrderQuery buildQuery(OrderQuery::Match match) const;
    void onPageLoaded(bool firstPage, int rows);
    // Runs the shown query again and keeps the selected order and the scroll position.
    void refreshKeepingPlace();
    void onSearchFailed(const QString &error);
    void checkAmountField(QLineEdit *field);
    void lookUpAtAlipay();
    void updateStatus();
    void updateLookupButton();
    void updateBulkButtons();
    void retranslateUi();

    ConsoleServices &m_services;
    OrderTableModel *m_model = nullptr;
    QLineEdit *m_searchBox = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QDateEdit *m_dateFrom = nullptr;
    QDateEdit *m_dateTo = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QLabel *m_statusFilterLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_dateToLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_amountToLabel = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_lookupButton = nullptr;
    QPushButton *m_moreButton = nullptr;
    QPushButton *m_bulkButton = nullptr;
    QPushButton *m_loadListButton = nullptr;
    std::function<QString()> m_chooser;
    QTimer *m_debounce = nullptr;

    QString m_previousText;
    OrderQuery::Match m_match = OrderQuery::Match::Prefix;
    bool m_exactFallbackDone = false;
    bool m_loading = false;
    bool m_keepPlace = false;        // the page being loaded is a refresh of the shown one
    bool m_refreshAfterLoad = false; // an order changed while a search ran
    QString m_keptOrder;
    int m_keptColumn = 0;
    int m_keptScroll = 0;
    bool m_lookingUp = false;
    QString m_error;
    QString m_lookupMessage;
    qint64 m_indexCount = -1;
};

} // namespace DepositDesk
