#pragma once

#include "domain/OperatorRole.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace DepositDesk {

// For administrators: the one table of who may do what (Permissions), read-only. A row per
// capability, a column per role; the Charge row shows each role's charge limit. Denied cells
// carry the reason the services give as their tooltip. The services enforce this table; the
// page only shows it.
class PermissionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionsPage(QWidget *parent = nullptr);

    // Roles in column order.
    static QList<OperatorRole> roles();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace DepositDesk
