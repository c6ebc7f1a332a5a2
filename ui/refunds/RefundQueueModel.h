#pragma once

#include "store/RefundRequestRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace DepositDesk {

// Refund requests as a table for the supervisors' queue (RefundQueuePage), newest first.
class RefundQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Requested,
        Order,
        Trade,
        Amount,
        Requester,
        Reason,
        Status,
        DecidedBy,
        Comment,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RefundQueueModel(QObject *parent = nullptr);

    void setRequests(const QList<RefundRequestRecord> &requests);
    RefundRequestRecord requestAt(int row) const;
    // The row of request `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<RefundRequestRecord> m_requests;
};

} // namespace DepositDesk
