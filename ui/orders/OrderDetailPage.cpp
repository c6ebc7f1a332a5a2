#include "ui/orders/OrderDetailPage.h"

#include "domain/ChinaTime.h"
#include "ui/actions/CancelFreezeDialog.h"
#include "ui/actions/ChargeDialog.h"
#include "ui/actions/NotDoneBanner.h"
#include "ui/actions/RefundRequestDialog.h"
#include "ui/actions/SesameReportDialog.h"
#include "ui/actions/UnfreezeDialog.h"
#include "ui/orders/AuditView.h"
#include "ui/orders/CustomerScriptPanel.h"
#include "ui/orders/OrderAmountsView.h"
#include "ui/orders/OrderNotesPanel.h"
#include "ui/orders/TimelineView.h"
#include "ui/risk/WaiverCheckText.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/PageTitle.h"

#include "services/ConsoleServices.h"
#include "services/actions/OutcomeResolver.h"
#include "services/orders/ChangeFeed.h"
#include "services/orders/CustomerScripts.h"
#include "services/orders/OrderDetailsReader.h"
#include "services/orders/OrderNotesService.h"
#include "services/orders/OrderRefresher.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

enum HeaderField { AuthNo, Status, Payer, Goods, Created, HeaderFieldCount };

constexpr OrderActions::Action AllActions[] = {
    OrderActions::Action::Unfreeze, OrderActions::Action::Charge,
    OrderActions::Action::RequestRefund, OrderActions::Action::CancelFreeze,
    OrderActions::Action::ReportToSesame};

} // namespace

OrderDetailPage::OrderDetailPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("orderDetailPage"));

    m_awaitingBanner = new QLabel(this);
    m_awaitingBanner->setObjectName(QStringLiteral("awaitingBanner"));
    m_awaitingBanner->setWordWrap(true);
    m_awaitingBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_awaitingBanner->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(255, 193, 7, 60); border: 1px solid "
                       "rgba(178, 106, 0, 160); border-radius: 4px; padding: 6px; }"));
    m_awaitingBanner->setVisible(false);
    m_errorBanner = new ErrorBanner(this);
    m_notDoneBanner = new NotDoneBanner(m_services, this);
    connect(m_notDoneBanner, &NotDoneBanner::retried, this, [this](const ActionOutcome &outcome) {
        if (outcome.ok())
            m_errorBanner->clear();
        else
            m_errorBanner->showOutcome(outcome);
        reload();
    });

    m_timeline = new TimelineView(this);
    m_audit = new AuditView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_notes = new OrderNotesPanel(this);
    connect(m_notes, &OrderNotesPanel::addRequested, this, &OrderDetailPage::addNote);
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_notes, QString());
    m_tabs->addTab(m_audit, QString());
    m_scripts = new CustomerScriptPanel(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_scripts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the timeline's columns want the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_awaitingBanner);
    layout->addWidget(m_notDoneBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(createActions());
    layout->addWidget(splitter, 1);

    connect(&m_services.actions(), &OrderActions::orderChanged, this,
            [this](const QString &outOrderNo) {
                if (outOrderNo == m_outOrderNo)
                    reload();
            });
    connect(&m_services.resolver(), &OutcomeResolver::settled, this,
            [this](qint64, const QString &outOrderNo) {
                if (outOrderNo == m_outOrderNo)
                    reload();
            });
    // Another desk, the resolver or another process changed it: read it again from the database
    // (never from Alipay). An empty list means "some orders".
    connect(&m_services.changes(), &ChangeFeed::ordersChanged, this,
            [this](const QStringList &outOrderNos) {
                if (!m_outOrderNo.isEmpty() &&
                    (outOrderNos.isEmpty() || outOrderNos.contains(m_outOrderNo)))
                    reload();
            });
    connect(&m_services.notes(), &OrderNotesService::noteAdded, this,
            [this](const QString &outOrderNo) {
                if (outOrderNo == m_outOrderNo)
                    reload();
            });
    connect(&m_services, &ConsoleServices::sessionChanged, this, &OrderDetailPage::updateActions);
    // The database stopped or started answering: money actions off or on again.
    connect(&m_services, &ConsoleServices::databaseReachabilityChanged, this,
            &OrderDetailPage::updateActions);
    retranslateUi();
}

QWidget *OrderDetailPage::createHeader()
{
    auto *header = new QWidget(this);
    m_backButton = new QPushButton(header);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    connect(m_backButton, &QPushButton::clicked, this, &OrderDetailPage::backRequested);
    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("orderTitleLabel"));
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setPageTitleFont(m_titleLabel);
    m_refreshStatus = new QLabel(header);
    m_refreshStatus->setObjectName(QStringLiteral("refreshStatusLabel"));
    m_refreshStatus->setWordWrap(true);
    m_refreshStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refreshButton = new QPushButton(header);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QPushButton::clicked, this, &OrderDetailPage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backButton);
    top->addSpacing(8);
    top->addWidget(m_titleLabel);
    top->addSpacing(16);
    top->addWidget(m_refreshStatus, 1);
    top->addWidget(m_refreshButton);

    auto *fields = new QGridLayout;
    fields->setHorizontalSpacing(10);
    for (int field = 0; field < HeaderFieldCount; ++field) {
        m_headerNames[field] = new QLabel(header);
        m_headerValues[field] = new QLabel(header);
        m_headerValues[field]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fields->addWidget(m_headerNames[field], field, 0);
        fields->addWidget(m_headerValues[field], field, 1);
    }
    m_headerValues[AuthNo]->setObjectName(QStringLiteral("authNoLabel"));
    m_headerValues[Status]->setObjectName(QStringLiteral("statusLabel"));
    m_headerValues[Payer]->setObjectName(QStringLiteral("payerLabel"));
    m_sesameLabel = new QLabel(header);
    m_sesameLabel->setObjectName(QStringLiteral("sesameStateLabel"));
    m_sesameLabel->setWordWrap(true);
    fields->addWidget(m_sesameLabel, HeaderFieldCount, 0, 1, 2);
    m_waiverLabel = new QLabel(header);
    m_waiverLabel->setObjectName(QStringLiteral("waiverCheckLabel"));
    m_waiverLabel->setWordWrap(true);
    m_waiverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fields->addWidget(m_waiverLabel, HeaderFieldCount + 1, 0, 1, 2);
    fields->setColumnStretch(1, 1);

    m_amounts = new OrderAmountsView(header);
    auto *body = new QHBoxLayout;
    body->addLayout(fields, 2);
    body->addSpacing(24);
    body->addWidget(m_amounts, 3, Qt::AlignTop);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(body);
    return header;
}

QWidget *OrderDetailPage::createActions()
{
    static const char *const names[] = {"unfreezeButton", "chargeButton", "refundButton",
                                        "cancelFreezeButton", "sesameReportButton"};
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const OrderActions::Action action : AllActions) {
        const int index = int(action);
        m_actionButtons[index] = new QPushButton(row);
        m_actionButtons[index]->setObjectName(QString::fromLatin1(names[index]));
        m_actionButtons[index]->setEnabled(false);
        connect(m_actionButtons[index], &QPushButton::clicked, this,
                [this, action] { openDialog(action); });
        layout->addWidget(m_actionButtons[index]);
    }
    layout->addStretch(1);
    return row;
}

QPushButton *OrderDetailPage::actionButton(OrderActions::Action action) const
{
    return m_actionButtons[int(action)];
}

void OrderDetailPage::showOrder(const QString &outOrderNo)
{
    if (outOrderNo != m_outOrderNo) {
        m_outOrderNo = outOrderNo;
        m_snapshot.reset();
        m_loadError.clear();
        m_refreshStatus->clear();
        m_errorBanner->clear();
        showSnapshot();
    }
    reload();
}

void OrderDetailPage::reload()
{
    if (m_outOrderNo.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    // Read off the UI thread; answered on it, and not at all once this page is gone.
    m_services.details().readLater(
        m_outOrderNo, this,
        [this, generation](const std::optional<OrderSnapshot> &snapshot, const QString &error) {
            applySnapshot(generation, snapshot, error);
        });
}

void OrderDetailPage::applySnapshot(quint64 generation,
                                    const std::optional<OrderSnapshot> &snapshot,
                                    const QString &error)
{
    if (generation != m_generation)
        return; // an older read; a newer one is on its way
    if (!snapshot && m_snapshot && !m_services.databaseReachable()) {
        // The database does not answer: what was read last stays (the window's banner says
        // why); the buttons say that money actions are off.
        updateActions();
        Q_EMIT orderLoaded(m_outOrderNo);
        return;
    }
    m_snapshot = snapshot;
    m_loadError = error;
    if (!snapshot)
        m_errorBanner->showError({error, {}, {}, {}, {}, {}});
    else if (!m_refreshing && m_errorBanner->message() == m_loadError)
        m_errorBanner->clear();
    showSnapshot();
    Q_EMIT orderLoaded(m_outOrderNo);
}

void OrderDetailPage::showSnapshot()
{
    m_titleLabel->setText(m_outOrderNo);
    if (!m_snapshot) {
        for (QLabel *value : m_headerValues)
            value->setText(m_loadError.isEmpty() ? tr("Loading…") : QStringLiteral("—"));
        m_sesameLabel->clear();
        m_waiverLabel->clear();
        m_waiverLabel->hide();
        m_amounts->clear();
        m_timeline->setEntries({});
        m_audit->setEntries({});
        m_notes->setNotes({});
        m_scripts->setScripts({});
    } else {
        const OrderRecord &order = m_snapshot->order;
        m_headerValues[AuthNo]->setText(order.authNo);
        //: Order status on the detail page: translated name, then Alipay's spelling.
        m_headerValues[Status]->setText(
            tr("%1 (%2)").arg(orderStatusDisplayName(order.status), orderStatusCode(order.status)));
        m_headerValues[Payer]->setText(
            order.payerUserId.isEmpty()
                ? order.payerLogonId
                : tr("%1 (user %2)").arg(order.payerLogonId, order.payerUserId));
        m_headerValues[Goods]->setText(
            order.store.isEmpty() ? order.title : tr("%1, %2").arg(order.title, order.store));
        m_headerValues[Created]->setText(
            QLocale().toString(ChinaTime::toChina(order.created), QLocale::ShortFormat));
        //: Detail page: the Sesame (芝麻) report state of the order.
        m_sesameLabel->setText(tr("Sesame report: %1").arg(m_snapshot->sesame.text));
        m_sesameLabel->setVisible(m_snapshot->sesame.state != SesameState::State::NotCredit);
        const WaiverCheck &waiver = m_snapshot->waiver;
        m_waiverLabel->setText(WaiverCheckText::sentence(waiver));
        m_waiverLabel->setToolTip(WaiverCheckText::bands(waiver));
        m_waiverLabel->setStyleSheet(waiver.flagged() ? QStringLiteral("QLabel { color: #b00020; }")
                                                      : QString());
        m_waiverLabel->setVisible(waiver.state != WaiverCheck::State::NotWaived);
        m_amounts->setOrder(order);
        m_timeline->setEntries(m_snapshot->timeline);
        m_audit->setEntries(m_snapshot->audit);
        m_notes->setNotes(m_snapshot->notes);
        m_scripts->setScripts(CustomerScripts::forOrder(*m_snapshot));
    }
    updateAwaitingBanner();
    m_notDoneBanner->setSnapshot(m_snapshot);
    updateActions();
}

void OrderDetailPage::updateAwaitingBanner()
{
    QStringList lines;
    if (m_snapshot) {
        const QList<IntentRecord> awaiting = m_snapshot->awaiting();
        for (const IntentRecord &intent : awaiting) {
            //: %1 what was asked, %2 operator, %3 time, %4 request number.
            lines << tr("Awaiting confirmation: %1, asked by %2 at %3 (request %4).")
                         .arg(NotDoneBanner::describe(intent), intent.operatorLogin,
                              QLocale().toString(ChinaTime::toChina(intent.created),
                                                 QLocale::ShortFormat),
                              intent.requestNo);
        }
    }
    if (!lines.isEmpty())
        lines << tr("Alipay's answer did not arrive. The console keeps asking Alipay and updates "
                    "this page; do not repeat the request.");
    m_awaitingBanner->setText(lines.join(QLatin1Char('\n')));
    m_awaitingBanner->setVisible(!lines.isEmpty());
}

void OrderDetailPage::updateActions()
{
    for (const OrderActions::Action action : AllActions) {
        QPushButton *button = actionButton(action);
        if (!m_snapshot) {
            button->setEnabled(false);
            button->setToolTip(tr("The order is not loaded yet."));
            continue;
        }
        const OrderActions::Availability availability =
            m_services.actions().availability(action, m_services.session(), m_snapshot->order);
        button->setEnabled(availability.enabled);
        button->setToolTip(availability.enabled ? QString() : availability.reason);
    }
    m_refreshButton->setEnabled(!m_outOrderNo.isEmpty() && !m_refreshing);
    const OperatorSession &session = m_services.session();
    m_notes->setAddingAllowed(m_snapshot.has_value() && session.can(Capability::View),
                              m_snapshot ? Permissions::deniedReason(session.role, Capability::View)
                                         : QString());
    updateNotesTab();
}

void OrderDetailPage::updateNotesTab()
{
    const int notes = m_snapshot ? int(m_snapshot->notes.size()) : 0;
    //: Detail page tab: the order's notes, %1 how many
    m_tabs->setTabText(1, notes > 0 ? tr("Notes (%1)").arg(notes) : tr("Notes"));
}

void OrderDetailPage::addNote(const QString &text)
{
    if (m_outOrderNo.isEmpty())
        return;
    m_services.notes().addLater(m_services.session(), m_outOrderNo, text, this,
                                [this](const StoreResult &result) {
                                    m_notes->addFinished(result ? QString() : result.errorString);
                                });
}

void OrderDetailPage::refresh()
{
    if (m_outOrderNo.isEmpty() || m_refreshing)
        return;
    m_refreshing = true;
    m_refreshStatus->setText(tr("Asking Alipay about this order…"));
    m_errorBanner->clear();
    updateActions();
    const QString outOrderNo = m_outOrderNo;
    m_services.refresher().refresh(
        m_services.session(), outOrderNo, this,
        [this, outOrderNo](const OrderRefresher::Result &result) {
            m_refreshing = false;
            if (outOrderNo != m_outOrderNo)
                return;
            const QString at = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            if (result.changes.any())
                //: %1 time, %2 the changes, one per line.
                m_refreshStatus->setText(
                    tr("Refreshed from Alipay at %1. What changed:\n%2")
                        .arg(at, result.changes.changes.join(QLatin1Char('\n'))));
            else if (result.ok)
                m_refreshStatus->setText(
                    tr("Refreshed from Alipay at %1: nothing changed.").arg(at));
            else
                m_refreshStatus->setText(tr("Refresh at %1 did not complete.").arg(at));
            if (!result.ok)
                m_errorBanner->showError({result.error, result.code, result.subCode, {}, {}, {}});
            reload();
            Q_EMIT refreshFinished(outOrderNo);
        });
}

void OrderDetailPage::openDialog(OrderActions::Action action)
{
    if (!m_snapshot)
        return;
    ActionDialog *dialog = nullptr;
    switch (action) {
    case OrderActions::Action::Unfreeze:
        dialog = new UnfreezeDialog(m_services, *m_snapshot, this);
        break;
    case OrderActions::Action::Charge:
        dialog = new ChargeDialog(m_services, *m_snapshot, this);
        break;
    case OrderActions::Action::RequestRefund:
        dialog = new RefundRequestDialog(m_services, *m_snapshot, this);
        break;
    case OrderActions::Action::CancelFreeze:
        dialog = new CancelFreezeDialog(m_services, *m_snapshot, this);
        break;
    case OrderActions::Action::ReportToSesame:
        dialog = new SesameReportDialog(m_services, *m_snapshot, this);
        break;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // the reader's timeline titles and Sesame words follow the language too
    }
    QWidget::changeEvent(event);
}

void OrderDetailPage::retranslateUi()
{
    m_backButton->setText(tr("← Back to search"));
    m_refreshButton->setText(tr("Refresh from Alipay"));
    m_refreshButton->setToolTip(tr("Ask Alipay about this order, its charges and refunds, and "
                                   "show what changed"));
    m_headerNames[AuthNo]->setText(tr("Alipay auth no.:"));
    m_headerNames[Status]->setText(tr("Status:"));
    m_headerNames[Payer]->setText(tr("Payer:"));
    m_headerNames[Goods]->setText(tr("For:"));
    m_headerNames[Created]->setText(tr("Created:"));
    m_tabs->setTabText(0, tr("Timeline"));
    updateNotesTab();
    m_tabs->setTabText(2, tr("Audit log"));
    actionButton(OrderActions::Action::Unfreeze)->setText(tr("Unfreeze…"));
    actionButton(OrderActions::Action::Charge)->setText(tr("Charge…"));
    actionButton(OrderActions::Action::RequestRefund)->setText(tr("Request refund…"));
    actionButton(OrderActions::Action::CancelFreeze)->setText(tr("Cancel freeze…"));
    actionButton(OrderActions::Action::ReportToSesame)->setText(tr("Report to Sesame…"));
    // Words built from the snapshot (status names, scripts, banners, reasons) follow the language.
    showSnapshot();
}

} // namespace DepositDesk
