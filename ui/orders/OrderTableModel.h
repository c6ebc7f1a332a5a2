#pragma once

#include "store/OrderQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace DepositDesk {

class SearchService;

// The search results as a table: one row per order of the index, loaded a keyset page at a time
// through SearchService (off the UI thread). A new query replaces the rows when its first page
// arrives; fetchMore() appends the next page. Answers to anything but the latest request are
// ignored, so a slow old search never overwrites a newer one.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OutOrderNo, AuthNo, Status, Total, Rest, Payer, PhoneTail, Created, ColumnCount };
    Q_ENUM(Column)

    explicit OrderTableModel(SearchService &search, QObject *parent = nullptr);

    // Starts a new search (first page). The current rows stay until its answer arrives.
    void setQuery(const OrderQuery &query);
    const OrderQuery &query() const { return m_query; }
    // Runs the current query again from its first page (after an order changed).
    void reload();
    // Runs the current query again for as many rows as are shown (at most 500), so that the
    // rows loaded with "More" stay (orders changed by this or another desk).
    void refresh();

    OrderRecord orderAt(int row) const;
    bool isLoading() const { return m_pendingId != 0; }
    bool hasMore() const { return m_next.has_value(); }
    // Time the last answered page took in the database, in microseconds.
    qint64 lastElapsedUs() const { return m_lastElapsedUs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Created and Total sort in the database (OrderQuery::SortBy); other columns do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);

    // Localised status and header texts follow a language change.
    void retranslate();

Q_SIGNALS:
    // A page arrived: `firstPage` when it replaced the rows.
    void pageLoaded(bool firstPage, int rows, qint64 elapsedUs);
    void searchFailed(const QString &error);
    void loadingChanged(bool loading);

private:
    void onPage(quint64 requestId, const DepositDesk::OrderPage &page, qint64 elapsedUs);
    void onFailed(quint64 requestId, const QString &error);
    void request(const OrderQuery &query, bool firstPage);

    SearchService &m_search;
    OrderQuery m_query;
    QList<OrderRecord> m_orders;
    std::optional<OrderCursor> m_next;
    quint64 m_pendingId = 0;
    bool m_pendingFirstPage = true;
    qint64 m_lastElapsedUs = 0;
};

} // namespace DepositDesk
