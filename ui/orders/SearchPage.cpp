#include "ui/orders/SearchPage.h"

#include "ui/actions/BulkActionDialog.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/widgets/TableExportMenu.h"

#include "domain/ChinaTime.h"
#include "domain/Sentences.h"
#include "services/ConsoleServices.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/bulk/BulkOrderList.h"
#include "services/orders/ChangeFeed.h"
#include "services/orders/OrderLookup.h"
#include "services/orders/SearchService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace DepositDesk {

namespace {

// The earliest date a date filter shows as "any date".
const QDate NoDate(2000, 1, 1);
constexpr int PasteJump = 6; // characters added at once: a paste, not typing

const QList<OrderStatus> Statuses{OrderStatus::Init, OrderStatus::Authorized, OrderStatus::Finish,
                                  OrderStatus::Closed};

QDateTime chinaMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::OffsetFromUTC, ChinaTime::OffsetSeconds);
}

QDateEdit *dateFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QLineEdit *amountFilter(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaximumWidth(110);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

SearchPage::SearchPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new OrderTableModel(services.search(), this))
{
    setObjectName(QStringLiteral("searchPage"));
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setClearButtonEnabled(true);
    QFont big = m_searchBox->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_searchBox->setFont(big);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for a bulk action (Ctrl/Shift+click); a single click still selects one.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(OrderTableModel::Created, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Wide enough for whole numbers: a cut auth_no cannot be read out to a customer.
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    m_table->setColumnWidth(OrderTableModel::OutOrderNo, 20 * digit);
    m_table->setColumnWidth(OrderTableModel::AuthNo, 30 * digit);
    m_table->setColumnWidth(OrderTableModel::Status, 17 * digit);
    m_table->setColumnWidth(OrderTableModel::Total, 12 * digit);
    m_table->setColumnWidth(OrderTableModel::Rest, 12 * digit);
    m_table->setColumnWidth(OrderTableModel::Payer, 13 * digit);
    m_table->setColumnWidth(OrderTableModel::PhoneTail, 10 * digit);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("searchStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_lookupButton = new QPushButton(this);
    m_lookupButton->setObjectName(QStringLiteral("lookUpAtAlipayButton"));
    m_lookupButton->hide();
    m_moreButton = new QPushButton(this);
    m_moreButton->setObjectName(QStringLiteral("moreButton"));
    m_moreButton->hide();

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_lookupButton);
    bottom->addWidget(m_moreButton);
    m_bulkButton = new QPushButton(this);
    m_bulkButton->setObjectName(QStringLiteral("bulkActionButton"));
    m_loadListButton = new QPushButton(this);
    m_loadListButton->setObjectName(QStringLiteral("loadOrderListButton"));
    bottom->addWidget(m_bulkButton);
    bottom->addWidget(m_loadListButton);
    auto *exportMenu = TableExportMenu::install(m_table, QStringLiteral("orders"));
    bottom->addWidget(exportMenu->createButton(this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchBox);
    layout->addWidget(createFilters());
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { runSearch(m_match); });
    connect(m_searchBox, &QLineEdit::textChanged, this, &SearchPage::onTextChanged);
    connect(m_searchBox, &QLineEdit::returnPressed, this, &SearchPage::runSearchNow);
    connect(m_model, &OrderTableModel::pageLoaded, this,
            [this](bool first, int rows, qint64) { onPageLoaded(first, rows); });
    connect(m_model, &OrderTableModel::searchFailed, this, &SearchPage::onSearchFailed);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section, Qt::SortOrder) {
                if (OrderTableModel::isSortable(section))
                    return;
                // Only creation time and amount sort in the database: keep the real order shown.
                const OrderQuery query = m_model->query();
                const QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    query.sortBy == OrderQuery::SortBy::Total ? OrderTableModel::Total
                                                              : OrderTableModel::Created,
                    query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const OrderRecord order = m_model->orderAt(index.row());
        if (!order.outOrderNo.isEmpty())
            Q_EMIT openOrderRequested(order.outOrderNo);
    });
    connect(m_moreButton, &QPushButton::clicked, this, [this] { m_model->fetchMore(); });
    connect(m_lookupButton, &QPushButton::clicked, this, &SearchPage::lookUpAtAlipay);
    connect(m_bulkButton, &QPushButton::clicked, this,
            [this] { openBulkAction(selectedOrders()); });
    connect(m_loadListButton, &QPushButton::clicked, this, &SearchPage::loadOrderList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SearchPage::updateBulkButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SearchPage::updateBulkButtons);
    connect(&m_services, &ConsoleServices::sessionChanged, this, &SearchPage::updateBulkButtons);
    connect(&m_services.search(), &SearchService::countReady, this, [this](qint64 orders) {
        m_indexCount = orders;
        updateStatus();
    });
    // An order changed by an action or settled by the resolver: show its new state.
    const auto reloadIfShown = [this](const QString &outOrderNo) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->orderAt(row).outOrderNo == outOrderNo) {
                refreshKeepingPlace();
                return;
            }
        }
    };
    connect(&m_services.actions(), &OrderActions::orderChanged, this, reloadIfShown);
    connect(&m_services.resolver(), &OutcomeResolver::settled, this,
            [reloadIfShown](qint64, const QString &outOrderNo) { reloadIfShown(outOrderNo); });
    // Orders changed by another desk or process (or new ones, which may match the query): the
    // query runs again, the selection and the scroll position stay.
    connect(&m_services.changes(), &ChangeFeed::ordersChanged, this, [this] {
        refreshKeepingPlace();
        m_services.search().count();
    });

    retranslateUi();
    m_services.search().count();
    runSearch(OrderQuery::Match::Prefix); // the newest orders, until something is typed
}

QWidget *SearchPage::createFilters()
{
    auto *row = new QWidget(this);
    m_statusFilterLabel = new QLabel(row);
    m_statusFilter = new QComboBox(row);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(QString(), -1);
    for (OrderStatus status : Statuses)
        m_statusFilter->addItem(QString(), int(status));
    m_statusFilterLabel->setBuddy(m_statusFilter);
    m_dateLabel = new QLabel(row);
    m_dateFrom = dateFilter(QStringLiteral("dateFromFilter"), row);
    m_dateLabel->setBuddy(m_dateFrom);
    m_dateToLabel = new QLabel(row);
    m_dateTo = dateFilter(QStringLiteral("dateToFilter"), row);
    m_amountLabel = new QLabel(row);
    m_minAmount = amountFilter(QStringLiteral("minAmountFilter"), row);
    m_amountLabel->setBuddy(m_minAmount);
    m_amountToLabel = new QLabel(row);
    m_maxAmount = amountFilter(QStringLiteral("maxAmountFilter"), row);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusFilterLabel);
    layout->addWidget(m_statusFilter);
    layout->addSpacing(12);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_dateFrom);
    layout->addWidget(m_dateToLabel);
    layout->addWidget(m_dateTo);
    layout->addSpacing(12);
    layout->addWidget(m_amountLabel);
    layout->addWidget(m_minAmount);
    layout->addWidget(m_amountToLabel);
    layout->addWidget(m_maxAmount);
    layout->addStretch(1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SearchPage::runSearchNow);
    connect(m_dateFrom, &QDateEdit::dateChanged, this, &SearchPage::runSearchNow);
    connect(m_dateTo, &QDateEdit::dateChanged, this, &SearchPage::runSearchNow);
    for (QLineEdit *field : {m_minAmount, m_maxAmount}) {
        connect(field, &QLineEdit::textChanged, this, [this, field] {
            checkAmountField(field);
            m_debounce->start();
        });
    }
    return row;
}

void SearchPage::onTextChanged(const QString &text)
{
    const bool pasted = text.size() - m_previousText.size() >= PasteJump;
    m_previousText = text;
    if (pasted) {
        runSearchNow();
        return;
    }
    m_match = text.trimmed().size() >= PrefixMinLength || text.trimmed().isEmpty()
                  ? OrderQuery::Match::Prefix
                  : OrderQuery::Match::Exact; // one or two characters: only a whole key
    m_debounce->start();
}

void SearchPage::searchFor(const QString &text)
{
    m_searchBox->setText(text);
    runSearchNow();
}

void SearchPage::runSearchNow()
{
    runSearch(m_searchBox->text().trimmed().isEmpty() ? OrderQuery::Match::Prefix
                                                      : OrderQuery::Match::Exact);
}

OrderQuery SearchPage::buildQuery(OrderQuery::Match match) const
{
    OrderQuery query = m_model->query();
    query.after.reset();
    query.text = m_searchBox->text().trimmed();
    query.match = match;
    query.statuses.clear();
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        query.statuses.append(OrderStatus(status));
    query.createdFrom =
        m_dateFrom->date() > NoDate ? chinaMidnight(m_dateFrom->date()) : QDateTime();
    query.createdBefore =
        m_dateTo->date() > NoDate ? chinaMidnight(m_dateTo->date().addDays(1)) : QDateTime();
    query.minTotal = Money::fromYuan(m_minAmount->text().trimmed());
    query.maxTotal = Money::fromYuan(m_maxAmount->text().trimmed());
    return query;
}

bool SearchPage::isBusy() const
{
    return m_debounce->isActive() || m_loading || m_model->isLoading();
}

OrderQuery SearchPage::currentQuery() const
{
    return m_model->query();
}

void SearchPage::runSearch(OrderQuery::Match match)
{
    m_debounce->stop();
    m_match = match;
    m_exactFallbackDone = match != OrderQuery::Match::Exact;
    m_error.clear();
    m_lookupMessage.clear();
    m_loading = true;
    m_model->setQuery(buildQuery(match));
    updateStatus();
}

void SearchPage::refreshKeepingPlace()
{
    if (isBusy()) {
        m_refreshAfterLoad = true; // it may have read before the change
        return;
    }
    const QModelIndex current = m_table->currentIndex();
    m_keptOrder = current.isValid() ? m_model->orderAt(current.row()).outOrderNo : QString();
    m_keptColumn = current.isValid() ? current.column() : 0;
    m_keptScroll = m_table->verticalScrollBar()->value();
    m_keepPlace = true;
    m_loading = true;
    m_model->refresh();
}

void SearchPage::onPageLoaded(bool firstPage, int rows)
{
    m_loading = false;
    if (m_refreshAfterLoad) {
        m_refreshAfterLoad = false;
        QTimer::singleShot(0, this, &SearchPage::refreshKeepingPlace);
    }
    if (firstPage && m_keepPlace) {
        m_keepPlace = false;
        for (int row = 0; !m_keptOrder.isEmpty() && row < rows; ++row) {
            if (m_model->orderAt(row).outOrderNo == m_keptOrder) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, m_keptColumn),
                                                           QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
                break;
            }
        }
        m_table->verticalScrollBar()->setValue(m_keptScroll);
        updateStatus();
        return;
    }
    if (firstPage && rows == 0 && !m_exactFallbackDone &&
        m_model->query().text.size() >= PrefixMinLength) {
        // Nothing has this exact key: perhaps it is the beginning of one.
        m_exactFallbackDone = true;
        m_match = OrderQuery::Match::Prefix;
        m_loading = true;
        m_model->setQuery(buildQuery(OrderQuery::Match::Prefix));
        return;
    }
    if (firstPage && rows > 0)
        m_table->scrollToTop();
    updateStatus();
}

void SearchPage::onSearchFailed(const QString &error)
{
    m_loading = false;
    m_keepPlace = false;
    m_error = error;
    updateStatus();
}

void SearchPage::checkAmountField(QLineEdit *field)
{
    const QString text = field->text().trimmed();
    QString error;
    const bool ok = text.isEmpty() || Money::fromYuan(text, &error).has_value();
    field->setStyleSheet(ok ? QString() : QStringLiteral("border: 1px solid #b3261e;"));
    field->setToolTip(ok ? QString() : error);
}

void SearchPage::lookUpAtAlipay()
{
    const QString text = m_searchBox->text().trimmed();
    m_lookingUp = true;
    m_lookupMessage = tr("Asking Alipay about %1…").arg(text);
    updateStatus();
    m_services.lookup().lookUp(
        m_services.session(), text, this, [this, text](const OrderLookup::Result &result) {
            m_lookingUp = false;
            m_lookupMessage = result.message;
            if (!result.code.isEmpty())
                m_lookupMessage =
                    tr("%1 (Alipay: %2 %3)").arg(result.message, result.code, result.subCode);
            const bool found = result.status == OrderLookup::Result::Status::Added ||
                               result.status == OrderLookup::Result::Status::AlreadyKnown;
            if (found) {
                m_services.search().count();
                const QString message = m_lookupMessage;
                searchFor(result.order.outOrderNo);
                m_lookupMessage = message;
                Q_EMIT openOrderRequested(result.order.outOrderNo);
            }
            updateStatus();
        });
}

QStringList SearchPage::selectedOrders() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList orders;
    for (const int row : rows)
        if (const QString o = m_model->orderAt(row).outOrderNo; !o.isEmpty())
            orders << o;
    return orders;
}

BulkActionDialog *SearchPage::openBulkAction(const QStringList &orders, const QString &source)
{
    if (orders.isEmpty())
        return nullptr;
    auto *dialog = new BulkActionDialog(m_services, orders, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

BulkActionDialog *SearchPage::loadOrderList()
{
    const QString path =
        m_chooser ? m_chooser()
                  : QFileDialog::getOpenFileName(
                        this, tr("Load order list"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Order lists (*.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    QString error;
    const auto orders = BulkOrderList::readFile(path, &error);
    if (!orders) {
        m_lookupMessage = error;
        updateStatus();
        return nullptr;
    }
    return openBulkAction(*orders, QFileInfo(path).fileName());
}

void SearchPage::updateBulkButtons()
{
    const OperatorSession &session = m_services.session();
    const bool may = session.isValid() &&
                     (session.can(Capability::Unfreeze) || session.can(Capability::ReportToSesame));
    m_bulkButton->setVisible(may);
    m_loadListButton->setVisible(may);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_bulkButton->setEnabled(selected > 0);
    m_bulkButton->setToolTip(selected > 0 ? QString()
                                          : tr("Select orders in the table (Ctrl+click, "
                                               "Shift+click) to run one action on all of them."));
}

void SearchPage::updateLookupButton()
{
    const QString text = m_model->query().text;
    const bool offer = !m_loading && m_error.isEmpty() && m_model->rowCount() == 0 &&
                       !text.isEmpty() && OrderLookup::looksLikeOrderNumber(text);
    m_lookupButton->setVisible(offer);
    m_lookupButton->setEnabled(offer && !m_lookingUp && m_services.canCallAlipay());
    m_lookupButton->setToolTip(m_services.canCallAlipay()
                                   ? tr("Ask Alipay for this order and add it to the index.")
                                   : m_services.credentialsProblem());
}

void SearchPage::updateStatus()
{
    const QString text = m_model->query().text;
    const int rows = m_model->rowCount();
    QString status;
    if (!m_error.isEmpty()) {
        status = m_error;
    } else if (m_loading) {
        status = tr("Searching…");
    } else if (rows == 0 && !text.isEmpty()) {
        status = tr("No order has a number, payer or phone starting with “%1”.").arg(text);
        if (text.size() < PrefixMinLength)
            status = Sentences::join(status, tr("Type at least %n characters to search by the "
                                                "beginning of a number.",
                                                nullptr, PrefixMinLength));
    } else {
        const QString ms = QLocale().toString(m_model->lastElapsedUs() / 1000.0, 'f', 1);
        status =
            m_model->hasMore()
                //: %n orders shown so far, %1 milliseconds the database took
                ? tr("%n order(s) shown, more when you scroll down (%1 ms).", nullptr, rows).arg(ms)
                : tr("%n order(s) found (%1 ms).", nullptr, rows).arg(ms);
    }
    if (m_indexCount >= 0)
        status = Sentences::join(
            status, tr("%n order(s) in the index.", nullptr,
                       int(qMin<qint64>(m_indexCount, std::numeric_limits<int>::max()))));
    status = Sentences::join(status, m_lookupMessage);
    m_statusLabel->setText(status);
    m_moreButton->setVisible(m_model->hasMore());
    m_moreButton->setEnabled(!m_loading);
    updateLookupButton();
}

void SearchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchPage::retranslateUi()
{
    m_searchBox->setPlaceholderText(
        tr("Order number, Alipay auth or trade number, payer, the last 4 digits of a phone, or "
           "a word of a note"));
    m_statusFilterLabel->setText(tr("&Status:"));
    m_statusFilter->setItemText(0, tr("Any status"));
    for (int i = 0; i < Statuses.size(); ++i)
        m_statusFilter->setItemText(i + 1, orderStatusDisplayName(Statuses.at(i)));
    m_dateLabel->setText(tr("&Created from:"));
    //: Between two dates: "Created from [date] to [date]"
    m_dateToLabel->setText(tr("to"));
    for (QDateEdit *edit : {m_dateFrom, m_dateTo})
        edit->setSpecialValueText(tr("any date"));
    m_amountLabel->setText(tr("&Deposit ¥:"));
    //: Between two amounts: "Deposit ¥ [min] to [max]"
    m_amountToLabel->setText(tr("to"));
    m_minAmount->setPlaceholderText(tr("min"));
    m_maxAmount->setPlaceholderText(tr("max"));
    m_lookupButton->setText(tr("Look it up at Alipay"));
    m_moreButton->setText(tr("More"));
    m_bulkButton->setText(tr("Bulk action…"));
    m_loadListButton->setText(tr("Load order list…"));
    updateBulkButtons();
    m_model->retranslate();
    updateStatus();
}

} // namespace DepositDesk
