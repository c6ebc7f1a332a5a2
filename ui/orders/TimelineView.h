#pragma once

#include "services/orders/OrderSnapshot.h"

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
    // The status column's words for an entry's status code (Alipay's spelling, an intent
    // outcome or a refund request status); the code itself when it is not one we know.
    static QString statusText(TimelineEntry::Kind kind, const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<TimelineEntry> m_entries;
};

} // namespace DepositDesk
