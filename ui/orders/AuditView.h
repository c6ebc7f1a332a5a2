#pragma once

#include "store/AuditEntry.h"

#include <QTreeWidget>

namespace DepositDesk {

// The audit log entries of one order, oldest first: when, who, what happened in words
// (services/audit/AuditWords.h, as on the audit log page), the action's code and the recorded
// details as stored.
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
    void fill();

    QList<AuditEntry> m_entries;
};

} // namespace DepositDesk
