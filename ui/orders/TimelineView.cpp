#include "ui/orders/TimelineView.h"

#include "domain/ChinaTime.h"
#include "store/RefundRequestRecord.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace DepositDesk {

namespace {

enum Column { When, What, Status, Details, ColumnCount };

struct StatusWord
{
    TimelineEntry::Kind kind;
    const char *code;
    const char *text;
};

// Alipay's and the journal's status codes, in words (the code stays in the tooltip).
constexpr StatusWord StatusWords[] = {
    {TimelineEntry::Kind::Operation, "SUCCESS",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Succeeded")},
    {TimelineEntry::Kind::Operation, "INIT",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Processing")},
    {TimelineEntry::Kind::Operation, "CLOSED",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Closed")},
    {TimelineEntry::Kind::Trade, "TRADE_SUCCESS",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Paid")},
    {TimelineEntry::Kind::Trade, "TRADE_FINISHED",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Finished (no more refunds)")},
    {TimelineEntry::Kind::Trade, "TRADE_CLOSED",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Closed")},
    {TimelineEntry::Kind::Trade, "WAIT_BUYER_PAY",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Waiting for payment")},
    {TimelineEntry::Kind::Refund, "REFUND_SUCCESS",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Refunded")},
    {TimelineEntry::Kind::Intent, "SUCCEEDED",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Confirmed")},
    {TimelineEntry::Kind::Intent, "FAILED",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Refused")},
    {TimelineEntry::Kind::Intent, "NOT_DONE",
     QT_TRANSLATE_NOOP("DepositDesk::TimelineView", "Not done")},
};

} // namespace

QString TimelineView::statusText(TimelineEntry::Kind kind, const QString &code)
{
    if (kind == TimelineEntry::Kind::RefundRequest) {
        if (const auto status = refundRequestStatusFromCode(code))
            return refundRequestStatusDisplayName(*status);
        return code;
    }
    for (const StatusWord &word : StatusWords) {
        if (word.kind == kind && code == QLatin1String(word.code))
            return tr(word.text);
    }
    return code;
}

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
                                  : statusText(entry.kind, entry.status));
        item->setToolTip(Status, entry.status);
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
