#include "ui/admin/PermissionsPage.h"

#include "ui/widgets/PageTitle.h"

#include "domain/Capability.h"
#include "domain/YuanText.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QColor AllowedBackground(0xe6, 0xf4, 0xea);
const QColor AllowedText(0x1e, 0x6b, 0x34);

} // namespace

PermissionsPage::PermissionsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("permissionsPage"));
    m_title = new QLabel(this);
    setPageTitleFont(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    const QList<Capability> capabilities = Permissions::allCapabilities();
    m_table = new QTableWidget(int(capabilities.size()), int(roles().size()), this);
    m_table->setObjectName(QStringLiteral("permissionsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_table, 1);
    fill();
}

QList<OperatorRole> PermissionsPage::roles()
{
    return allOperatorRoles();
}

void PermissionsPage::fill()
{
    m_title->setText(tr("Permissions"));
    m_intro->setText(tr("What each role may do at this desk. The services refuse anything not "
                        "allowed here, whatever the window shows. Roles are given to operators "
                        "by an administrator."));
    const QList<Capability> capabilities = Permissions::allCapabilities();
    const QList<OperatorRole> columns = roles();
    QStringList roleNames;
    for (OperatorRole role : columns)
        roleNames << operatorRoleDisplayName(role);
    m_table->setHorizontalHeaderLabels(roleNames);
    for (int row = 0; row < capabilities.size(); ++row) {
        const Capability capability = capabilities.at(row);
        auto *header = new QTableWidgetItem(capabilityDisplayName(capability));
        header->setData(Qt::UserRole, capabilityCode(capability));
        m_table->setVerticalHeaderItem(row, header);
        for (int column = 0; column < columns.size(); ++column) {
            const OperatorRole role = columns.at(column);
            const bool allowed = Permissions::allows(role, capability);
            QString text = allowed ? tr("Allowed") : tr("—");
            if (allowed && capability == Capability::Charge) {
                const auto limit = Permissions::chargeLimit(role);
                //: Permissions table, Charge row: the most one charge may take
                text = limit ? tr("Up to ¥%1").arg(yuanDigits(*limit)) : tr("No limit");
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignCenter);
            item->setData(Qt::UserRole, allowed);
            item->setFlags(Qt::ItemIsEnabled); // read-only: the table is code, not a setting
            if (allowed) {
                item->setBackground(AllowedBackground);
                item->setForeground(AllowedText);
            } else {
                item->setToolTip(Permissions::deniedReason(role, capability));
            }
            m_table->setItem(row, column, item);
        }
    }
}

void PermissionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

} // namespace DepositDesk
