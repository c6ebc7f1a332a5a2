#pragma once

#include "services/actions/OrderActions.h"
#include "services/orders/OrderSnapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace DepositDesk {

class AuditView;
class ConsoleServices;
class CustomerScriptPanel;
class ErrorBanner;
class NotDoneBanner;
class OrderAmountsView;
class OrderNotesPanel;
class TimelineView;

// The freeze detail of one order: who and what, the amounts as figures and as a proportion
// bar, the Sesame state, the timeline, the operators' notes (add one for whoever handles the
// order next; they show in the timeline too) and the audit entries, what is awaiting Alipay's
// confirmation, the words for the customer, Refresh (asks Alipay, shows what changed) and the
// guarded actions, each enabled only when the operator's role and the order allow it (the
// tooltip says why not). Reads happen off the UI thread; the page reloads itself when an action,
// the resolver or another desk (the change feed) changes its order, and updates its buttons when
// the operator changes or the database stops or starts answering (while it does not, the last
// read stays shown).
class OrderDetailPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetailPage(ConsoleServices &services, QWidget *parent = nullptr);

    void showOrder(const QString &outOrderNo);
    QString currentOrder() const { return m_outOrderNo; }
    // The last snapshot read for the current order (nullopt while the first read runs).
    const std::optional<OrderSnapshot> &snapshot() const { return m_snapshot; }

public Q_SLOTS:
    void reload();
    void refresh();

Q_SIGNALS:
    void backRequested();
    // A read of the current order finished (shown, or its error shown).
    void orderLoaded(const QString &outOrderNo);
    void refreshFinished(const QString &outOrderNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createActions();
    void retranslateUi();
    void applySnapshot(quint64 generation, const std::optional<OrderSnapshot> &snapshot,
                       const QString &error);
    void showSnapshot();
    void updateActions();
    void updateAwaitingBanner();
    void openDialog(OrderActions::Action action);
    QPushButton *actionButton(OrderActions::Action action) const;
    void addNote(const QString &text);
    void updateNotesTab();

    ConsoleServices &m_services;
    quint64 m_generation = 0; // of the latest read asked for (OrderDetailsReader::readLater)
    QString m_outOrderNo;
    std::optional<OrderSnapshot> m_snapshot;
    QString m_loadError;
    bool m_refreshing = false;

    QPushButton *m_backButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_refreshStatus = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_headerNames[5] = {};
    QLabel *m_headerValues[5] = {};
    QLabel *m_sesameLabel = nullptr;
    QLabel *m_waiverLabel = nullptr; // the credit waiver against the policy (WaiverCheckText)
    QLabel *m_awaitingBanner = nullptr;
    ErrorBanner *m_errorBanner = nullptr;
    NotDoneBanner *m_notDoneBanner = nullptr;
    OrderAmountsView *m_amounts = nullptr;
    QTabWidget *m_tabs = nullptr;
    TimelineView *m_timeline = nullptr;
    AuditView *m_audit = nullptr;
    OrderNotesPanel *m_notes = nullptr;
    CustomerScriptPanel *m_scripts = nullptr;
    QPushButton *m_actionButtons[5] = {};
};

} // namespace DepositDesk
