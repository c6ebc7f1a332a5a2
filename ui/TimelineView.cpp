#include "TimelineView.h"

#include "alipay/ChinaTime.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace DepositDesk {

namespace {

enum Column { When, What, Status, Details, ColumnCount };

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    retranslateUi();
}

void TimelineView::setEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    fill();
}

void TimelineView::fill()
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_entries.size());
    for (const TimelineEntry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem;
        item->setText(When, QLocale().toString(ChinaTime::toChina(entry.at), QLocale::ShortFormat));
        item->setText(What, entry.title);
        item->setText(Status, entry.awaitingConfirmation
                                  //: Timeline status of a request Alipay has not confirmed yet.
                                  ? tr("Awaiting confirmation")
                                  : entry.status);
        item->setText(Details, entry.detail);
        item->setToolTip(Details, entry.detail);
        item->setToolTip(What, entry.title);
        if (entry.awaitingConfirmation) {
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < ColumnCount; ++column)
                item->setFont(column, bold);
            item->setForeground(Status, QColor(0xb2, 0x6a, 0x00));
        }
        items.append(item);
    }
    addTopLevelItems(items);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void TimelineView::retranslateUi()
{
    setHeaderLabels({tr("When"), tr("What"), tr("Status"), tr("Details")});
    //: Accessible name of the order's timeline list.
    setAccessibleName(tr("Timeline of the order"));
    fill(); // entry titles come translated from the reader; our own words change here
}

} // namespace DepositDesk
