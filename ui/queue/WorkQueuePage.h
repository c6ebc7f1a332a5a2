#pragma once

#include "services/queue/WorkQueue.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace DepositDesk {

class ConsoleServices;

// The page the console opens on: what waits for the signed-in operator's role, one group per
// kind of work with its count and the oldest entries (order, amount, since when, what). An entry
// opens its order; a group with a page of its own (refund requests, reconciliation differences)
// opens that page. The counts follow other desks' changes while the page is shown.
class WorkQueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkQueuePage(ConsoleServices &services, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The count shown for a kind (-1: not shown for this role, or not read yet).
    int countOf(WorkKind kind) const;
    bool isLoading() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void openOrderRequested(const QString &outOrderNo);
    void openListRequested(DepositDesk::WorkKind kind);
    // The total of what waits, after each reading (for the window's title or status bar).
    void totalChanged(int total);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void show(const WorkSnapshot &snapshot);
    void activate(QTreeWidgetItem *item);
    void retranslateUi();

    ConsoleServices &m_services;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_tree = nullptr;
    WorkSnapshot m_snapshot;
};

} // namespace DepositDesk
