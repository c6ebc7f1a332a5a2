#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace DepositDesk {

// The trades and refunds reconciliation needs (latest revision of each ledger fact), read with
// range scans and kept compact: a month may hold a million of them, so each row is 40 bytes plus
// its numbers' bytes in a chunked arena, and the look-up index is a sorted vector of hashes.
// Internal to ReconciliationEngine.
class ReconLedger
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    enum class Kind : quint8 { Trade, Refund };
    enum Field { OutOrderNo, AlipayNo, RequestNo, ParentNo, FieldCount };

    struct Row
    {
        qint64 amountFen = 0;
        qint64 happenedMs = NoTime;
        quint32 text = 0; // arena offset of the fields, one after the other
        quint16 length[FieldCount] = {};
        Kind kind = Kind::Trade;
        quint8 status = 0; // index into m_statuses
        bool inPeriod : 1;
        bool matched : 1;
        bool paid : 1; // the money moved: see paid()
        Row()
            : inPeriod(false)
            , matched(false)
            , paid(false)
        {}
    };

    ReconLedger();
    ~ReconLedger();

    // Room for about this many rows (the bill's line count): no doubling of a large vector.
    void reserve(size_t rows) { m_rows.reserve(rows); }
    // Rows whose time falls in [fromMs, toMs) or is unknown; inPeriod set for [periodFrom,
    // periodTo). `rows` reports rows read so far. False with *error on a database failure or
    // a cancel.
    bool loadWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 periodFromMs,
                    qint64 periodToMs, const std::atomic<bool> *cancel,
                    const std::function<void(qint64 rows)> &rows, QString *error);
    // Rows outside that window whose request_no (out_trade_no / out_request_no) is one of
    // `requestNos` (the bill lines not found in the window), in batches.
    bool loadRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                      const std::atomic<bool> *cancel, QString *error);
    void buildIndex();
    // A TRADE_CLOSED charge with a payment time counts as paid when our ledger's succeeded
    // refunds of it add up to its amount (Alipay closes a charge refunded in full; the bill
    // still lists it). Reads those refunds by order, in batches. Call once every row is loaded.
    bool settleClosedTrades(const QSqlDatabase &db, QString *error);

    // Row index, or -1. Prefers a row not matched yet.
    int findTrade(QByteArrayView tradeNo, QByteArrayView outTradeNo) const;
    int findRefund(QByteArrayView outTradeNo, QByteArrayView tradeNo,
                   QByteArrayView outRequestNo) const;

    std::vector<Row> &rows() { return m_rows; }
    const std::vector<Row> &rows() const { return m_rows; }
    QByteArrayView field(const Row &row, Field field) const;
    QString text(const Row &row, Field field) const
    {
        return QString::fromUtf8(this->field(row, field));
    }
    const QString &status(const Row &row) const { return m_statuses[row.status]; }
    bool succeeded(const Row &row) const { return row.paid; }
    // A charge TRADE_SUCCESS / TRADE_FINISHED (TRADE_CLOSED: see settleClosedTrades()); a
    // refund REFUND_SUCCESS.
    static bool paid(Kind kind, const QString &status);

private:
    struct Key
    {
        quint64 hash;
        quint32 row;
        quint32 tag;
        bool operator<(const Key &o) const { return hash < o.hash; }
    };
    enum Tag : quint32 { TradeNo = 1, OutTradeNo, RefundOfOutTrade, RefundOfTradeNo };

    bool read(const QSqlDatabase &db, const QString &sql,
              const QList<std::pair<QString, QVariant>> &binds, qint64 periodFromMs,
              qint64 periodToMs, const std::atomic<bool> *cancel,
              const std::function<void(qint64 rows)> &rows, QString *error);
    quint32 store(const QByteArray *fields);
    quint8 statusIndex(const QString &status);
    static quint64 hashOf(Tag tag, QByteArrayView a, QByteArrayView b = {});
    int find(Tag tag, QByteArrayView a, QByteArrayView b, Field fa, Field fb) const;

    std::vector<Row> m_rows;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    quint32 m_used = 0; // bytes used in the last chunk
    std::vector<Key> m_index;
    QList<QString> m_statuses;
    qint64 m_windowFrom = 0, m_windowTo = 0;
};

} // namespace DepositDesk
