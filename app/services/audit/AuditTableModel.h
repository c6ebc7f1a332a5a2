#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace DepositDesk {

// Audit entries as a table: No., When (China time), Operator, Order, What happened (AuditWords),
// Action (the code) and Details (the entry's JSON as stored). The audit log page shows it and
// loads it a page at a time (canFetchMore / fetchMore call the fetcher the page sets); the
// export writes it with TableExport (TableExport::ExportRole: the number, the instant).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, When, Operator, Order, What, Action, Details, ColumnCount };
    static constexpr int EntryRole = Qt::UserRole + 1; // the seq, for tests and the page

    explicit AuditTableModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<AuditEntry> &entries, bool more);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    bool hasMore() const { return m_more; }
    // Called by fetchMore() (the view scrolled to the end) while more is to be had and no fetch
    // runs; the fetch ends with append().
    void setFetcher(std::function<void()> fetcher) { m_fetcher = std::move(fetcher); }
    // The words follow the language: headers and sentences are made again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<AuditEntry> m_entries;
    QStringList m_sentences; // AuditWords::sentence of each entry, made once
    bool m_more = false;
    bool m_fetching = false;
    std::function<void()> m_fetcher;
};

} // namespace DepositDesk
