#include "ui/orders/OrderTableModel.h"
#include "domain/YuanText.h"

#include "domain/ChinaTime.h"
#include "services/orders/SearchService.h"

#include <QLocale>

#include <algorithm>

namespace DepositDesk {

OrderTableModel::OrderTableModel(SearchService &search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
{
    connect(&m_search, &SearchService::pageReady, this, &OrderTableModel::onPage);
    connect(&m_search, &SearchService::searchFailed, this, &OrderTableModel::onFailed);
}

void OrderTableModel::setQuery(const OrderQuery &query)
{
    m_query = query;
    m_query.after.reset();
    request(m_query, true);
}

void OrderTableModel::reload()
{
    request(m_query, true);
}

void OrderTableModel::refresh()
{
    OrderQuery query = m_query;
    query.after.reset();
    query.pageSize = std::clamp(int(m_orders.size()), m_query.pageSize, 500);
    request(query, true);
}

void OrderTableModel::request(const OrderQuery &query, bool firstPage)
{
    const bool wasLoading = isLoading();
    m_pendingFirstPage = firstPage;
    m_pendingId = m_search.search(query);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void OrderTableModel::onPage(quint64 requestId, const OrderPage &page, qint64 elapsedUs)
{
    if (requestId != m_pendingId)
        return; // an answer to a search that was replaced meanwhile
    m_pendingId = 0;
    m_lastElapsedUs = elapsedUs;
    if (m_pendingFirstPage) {
        beginResetModel();
        m_orders = page.orders;
        m_next = page.next;
        endResetModel();
    } else if (!page.orders.isEmpty()) {
        beginInsertRows({}, int(m_orders.size()), int(m_orders.size() + page.orders.size() - 1));
        m_orders.append(page.orders);
        m_next = page.next;
        endInsertRows();
    } else {
        m_next = page.next;
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(m_pendingFirstPage, int(m_orders.size()), elapsedUs);
}

void OrderTableModel::onFailed(quint64 requestId, const QString &error)
{
    if (requestId != m_pendingId)
        return;
    m_pendingId = 0;
    Q_EMIT loadingChanged(false);
    Q_EMIT searchFailed(error);
}

OrderRecord OrderTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row) : OrderRecord{};
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_orders.size())
        return {};
    const OrderRecord &o = m_orders.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool amount = index.column() == Total || index.column() == Rest;
        return QVariant::fromValue(Qt::AlignVCenter | (amount ? Qt::AlignRight : Qt::AlignLeft));
    }
    // An order still waiting for the customer has nothing frozen yet: a dash, not ¥0.00.
    const bool awaitingAuthorization = o.status == OrderStatus::Init && o.total.isZero();
    const bool amountColumn = index.column() == Total || index.column() == Rest;
    if (role == Qt::ToolTipRole && index.column() == Payer)
        return o.payerUserId;
    if (role == Qt::ToolTipRole && amountColumn && awaitingAuthorization)
        return tr("The customer has not authorized the deposit yet: nothing is frozen.");
    if (role == Qt::UserRole)
        return o.outOrderNo;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OutOrderNo:
        return o.outOrderNo;
    case AuthNo:
        return o.authNo;
    case Status:
        return orderStatusDisplayName(o.status);
    case Total:
        return awaitingAuthorization ? QStringLiteral("—") : yuanText(o.total);
    case Rest:
        return awaitingAuthorization ? QStringLiteral("—") : yuanText(o.rest);
    case Payer:
        return o.payerLogonId.isEmpty() ? o.payerUserId : o.payerLogonId;
    case PhoneTail:
        return o.phoneTail;
    case Created:
        // Alipay's zone, whatever the desk's: what the customer and Alipay support see.
        return o.created.isValid() ? ChinaTime::format(o.created).left(16) : QString();
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Total || section == Rest))
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Sort by creation time or total amount.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutOrderNo:
        //: Column: the merchant's order number (out_order_no)
        return tr("Order number");
    case AuthNo:
        //: Column: Alipay's authorization number (auth_no)
        return tr("Alipay auth no.");
    case Status:
        return tr("Status");
    case Total:
        //: Column: total deposit amount frozen
        return tr("Deposit");
    case Rest:
        //: Column: the part of the deposit still frozen
        return tr("Still frozen");
    case Payer:
        //: Column: the customer's Alipay account (masked)
        return tr("Payer");
    case PhoneTail:
        //: Column: last digits of the customer's phone number
        return tr("Phone ends");
    case Created:
        //: Column: when the order was created (China time)
        return tr("Created");
    default:
        return {};
    }
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !isLoading();
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    OrderQuery next = m_query;
    next.after = m_next;
    request(next, false);
}

bool OrderTableModel::isSortable(int column)
{
    return column == Created || column == Total;
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    OrderQuery query = m_query;
    query.sortBy = column == Total ? OrderQuery::SortBy::Total : OrderQuery::SortBy::Created;
    query.descending = order == Qt::DescendingOrder;
    if (query.sortBy == m_query.sortBy && query.descending == m_query.descending &&
        !m_orders.isEmpty())
        return;
    setQuery(query);
}

void OrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_orders.size()) - 1, ColumnCount - 1),
                           {Qt::DisplayRole});
}

} // namespace DepositDesk
