#include "ui/queue/WorkQueuePage.h"

#include "domain/YuanText.h"

#include "domain/ChinaTime.h"
#include "services/ConsoleServices.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int OrderRole = Qt::UserRole + 2;

enum Column { What, Order, Amount, Since, ColumnCount };

bool hasPage(WorkKind kind)
{
    return kind == WorkKind::RefundApprovals || kind == WorkKind::OpenDifferences;
}

} // namespace

WorkQueuePage::WorkQueuePage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("workQueuePage"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title);
    header->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workQueueStatus"));
    header->addWidget(m_status);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("workQueueRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &WorkQueuePage::reload);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("workQueueTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Order, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Amount, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Since, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    layout->addWidget(m_tree, 1);

    connect(&m_services.workQueue(), &WorkQueue::updated, this, &WorkQueuePage::show);
    // Another operator (another role) at this desk: read again what waits for them.
    connect(&m_services, &ConsoleServices::sessionChanged, this, [this] {
        if (isVisible())
            reload();
    });
    retranslateUi();
}

int WorkQueuePage::countOf(WorkKind kind) const
{
    for (const WorkLine &line : m_snapshot.lines)
        if (line.kind == kind)
            return line.count;
    return -1;
}

bool WorkQueuePage::isLoading() const
{
    return m_services.workQueue().isLoading();
}

void WorkQueuePage::reload()
{
    m_status->setText(tr("Reading…"));
    m_services.workQueue().refresh(m_services.session());
}

void WorkQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_status->setText(tr("Reading…"));
    m_services.workQueue().setFollowing(m_services.session(), true);
}

void WorkQueuePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_services.workQueue().setFollowing(m_services.session(), false);
}

void WorkQueuePage::show(const WorkSnapshot &snapshot)
{
    m_snapshot = snapshot;
    // Keep which groups were open across readings.
    QList<int> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (!group->isExpanded())
            collapsed << group->data(What, KindRole).toInt();
    }
    m_tree->clear();
    int total = 0;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const WorkLine &line : snapshot.lines) {
        total += line.count;
        auto *group = new QTreeWidgetItem(m_tree);
        //: A group of the work queue: %1 what waits, %2 how many
        group->setText(What, tr("%1 (%2)").arg(WorkQueue::title(line.kind)).arg(line.count));
        group->setData(What, KindRole, int(line.kind));
        group->setFont(What, bold);
        group->setToolTip(What, WorkQueue::meaning(line.kind));
        group->setFirstColumnSpanned(false);
        if (line.count == 0)
            group->setForeground(What, palette().brush(QPalette::Disabled, QPalette::Text));
        if (hasPage(line.kind))
            group->setText(Order, tr("Open the list"));
        for (const WorkEntry &entry : line.entries) {
            auto *item = new QTreeWidgetItem(group);
            item->setText(What, entry.text);
            item->setToolTip(What, entry.detail.isEmpty() ? entry.text : entry.detail);
            item->setText(Order, entry.outOrderNo);
            item->setData(What, OrderRole, entry.outOrderNo);
            item->setData(What, KindRole, int(line.kind));
            if (entry.amount)
                item->setText(Amount, yuanText(*entry.amount));
            item->setTextAlignment(Amount, Qt::AlignRight | Qt::AlignVCenter);
            if (entry.since.isValid())
                item->setText(Since, ChinaTime::format(entry.since).left(16));
        }
        if (line.count > line.entries.size()) {
            auto *more = new QTreeWidgetItem(group);
            //: Under a group of the work queue: only the oldest are listed
            more->setText(What,
                          tr("… and %n more", nullptr, int(line.count - line.entries.size())));
            more->setData(What, KindRole, int(line.kind));
        }
        group->setExpanded(line.count > 0 && !collapsed.contains(int(line.kind)));
    }
    if (!snapshot.error.isEmpty())
        m_status->setText(tr("Some lists could not be read: %1").arg(snapshot.error));
    else
        //: %1 when the queue was read (China time)
        m_status->setText(tr("Read at %1").arg(ChinaTime::format(snapshot.taken).mid(11, 5)));
    Q_EMIT totalChanged(total);
}

void WorkQueuePage::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString order = item->data(What, OrderRole).toString();
    if (!order.isEmpty()) {
        Q_EMIT openOrderRequested(order);
        return;
    }
    const auto kind = WorkKind(item->data(What, KindRole).toInt());
    if (hasPage(kind))
        Q_EMIT openListRequested(kind);
}

void WorkQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_snapshot.lines.isEmpty())
            reload(); // the entries' sentences are made in the language of the reading
    }
    QWidget::changeEvent(event);
}

void WorkQueuePage::retranslateUi()
{
    m_title->setText(tr("Work queue"));
    m_refresh->setText(tr("&Refresh"));
    m_tree->setHeaderLabels({tr("What waits"), tr("Order number"), tr("Amount"),
                             //: Column: since when it waits (China time)
                             tr("Since")});
    if (!m_snapshot.lines.isEmpty())
        show(m_snapshot);
}

} // namespace DepositDesk
