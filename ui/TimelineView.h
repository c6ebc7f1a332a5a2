#pragma once

#include "services/OrderSnapshot.h"

#include <QTreeWidget>

namespace DepositDesk {

// An order's timeline (operations, charges, refunds, refund requests, console intents), newest
// first. Entries awaiting Alipay's confirmation are marked in words and in bold, so they stand
// out without relying on colour.
class TimelineView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<TimelineEntry> m_entries;
};

} // namespace DepositDesk
