#pragma once

#include "store/AuditEntry.h"

#include <QTreeWidget>

namespace DepositDesk {

// The audit log entries of one order, oldest first: when, who, what, and the recorded details.
class AuditView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit AuditView(QWidget *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<AuditEntry> m_entries;
};

} // namespace DepositDesk
