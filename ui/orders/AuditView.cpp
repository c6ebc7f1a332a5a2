#include "ui/orders/AuditView.h"

#include "ui/widgets/TableExportMenu.h"

#include "domain/ChinaTime.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace DepositDesk {

namespace {

enum Column { Seq, When, Who, Action, Details, ColumnCount };

} // namespace

AuditView::AuditView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("auditView"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    for (int column : {Seq, When, Who, Action})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    TableExportMenu::install(this, QStringLiteral("audit"));
    retranslateUi();
}

void AuditView::setEntries(const QList<AuditEntry> &entries)
{
    m_entries = entries;
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const AuditEntry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        item->setText(Seq, QString::number(entry.seq));
        item->setTextAlignment(Seq, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(When, QLocale().toString(ChinaTime::toChina(entry.at), QLocale::ShortFormat));
        item->setText(Who, entry.operatorLogin);
        item->setText(Action, entry.action);
        item->setText(Details, entry.detail);
        item->setToolTip(Details, entry.detail);
        items.append(item);
    }
    addTopLevelItems(items);
}

void AuditView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void AuditView::retranslateUi()
{
    //: Audit log column: the entry's sequence number in the chain.
    setHeaderLabels({tr("No."), tr("When"), tr("Operator"), tr("Action"), tr("Details")});
    setAccessibleName(tr("Audit log of the order"));
}

} // namespace DepositDesk
