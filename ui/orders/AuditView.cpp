#include "ui/orders/AuditView.h"

#include "ui/widgets/TableExportMenu.h"

#include "services/audit/AuditWords.h"

#include "domain/ChinaTime.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace DepositDesk {

namespace {

enum Column { Seq, When, Who, What, Action, Details, ColumnCount };

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
    fill();
}

void AuditView::fill()
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_entries.size());
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem;
        item->setText(Seq, QString::number(entry.seq));
        item->setTextAlignment(Seq, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(When, QLocale().toString(ChinaTime::toChina(entry.at), QLocale::ShortFormat));
        item->setText(Who, entry.operatorLogin);
        // The same words as the audit log page; the code and the recorded details beside them.
        item->setText(What, AuditWords::sentence(entry));
        item->setToolTip(What, item->text(What));
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
    setHeaderLabels({tr("No."), tr("When"), tr("Operator"), tr("What happened"), tr("Action code"),
                     tr("Recorded details")});
    setAccessibleName(tr("Audit log of the order"));
    fill(); // the sentences follow the language
}

} // namespace DepositDesk
