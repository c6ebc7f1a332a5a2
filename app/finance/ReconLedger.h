#pragma once

#include "finance/ReconKeyTable.h"
#include "finance/ReconciliationTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace DepositDesk {

class RowScan;

// The trades and refunds reconciliation needs (latest revision of each ledger fact), read with
// range scans (RowScan: no QVariant per value) and kept compact: a month may hold a million of
// them, so each row is 32 bytes plus its numbers' bytes in a chunked arena, and the look-up index
// is an open-addressing hash table of 8-byte slots (one or two cache misses per look-up).
// Internal to AccountReconciliation; ReconciliationEngine streams the same scans past the bill's
// lines instead (ReconBillJoin), keeping no copy of the ledger.
class ReconLedger
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    enum class Kind : quint8 { Trade, Refund };
    enum Field { OutOrderNo, AlipayNo, RequestNo, ParentNo, FieldCount };

    // One row as a scan reads it (the latest revision); the views are valid during the visit only.
    struct Scanned
    {
        qint64 id = 0;
        Kind kind = Kind::Trade;
        QByteArrayView fields[FieldCount];
        quint8 status = 0; // index into the statuses: status(quint8)
        qint64 amountFen = 0;
        qint64 happenedMs = NoTime;
        bool inPeriod = false;
        bool paid = false;
        bool closed = false; // a TRADE_CLOSED charge with a time: see settleClosedTrades()
    };
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
        // The scanned row, its numbers not stored yet.
        explicit Row(const Scanned &s)
            : amountFen(s.amountFen)
            , happenedMs(s.happenedMs)
            , kind(s.kind)
            , status(s.status)
            , inPeriod(s.inPeriod)
            , matched(false)
            , paid(s.paid)
        {}
    };

    using Visit = std::function<void(const Scanned &)>;

    // A TRADE_CLOSED charge with a payment time, for refundedInFull().
    struct ClosedTrade
    {
        QString outOrderNo;
        QString outTradeNo; // request_no
        qint64 amountFen = 0;
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
    // The rows loadWindow() and loadRequests() read, handed to `visit` one at a time and not
    // kept (their statuses are: status(quint8)). Without order numbers, OutOrderNo stays empty
    // (a caller that reads it back by id for the few rows it needs: readFields()).
    void setScansOrderNumbers(bool scans) { m_scansOrderNumbers = scans; }
    bool scanWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 periodFromMs,
                    qint64 periodToMs, const std::atomic<bool> *cancel,
                    const std::function<void(qint64 rows)> &rows, const Visit &visit,
                    QString *error);
    bool scanRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                      const std::atomic<bool> *cancel, const Visit &visit, QString *error);
    void buildIndex();
    // A TRADE_CLOSED charge with a payment time counts as paid when our ledger's succeeded
    // refunds of it add up to its amount (Alipay closes a charge refunded in full; the bill
    // still lists it). Reads those refunds by order, in batches. Call once every row is loaded.
    bool settleClosedTrades(const QSqlDatabase &db, QString *error);
    // Whether our succeeded refunds of each closed charge add up to its amount (*paid, one per
    // trade), read by order in batches.
    static bool refundedInFull(const QSqlDatabase &db, const std::vector<ClosedTrade> &trades,
                               std::vector<bool> *paid, QString *error);
    // The fields (by Field) of the rows with these ids, in batches: for the few rows a
    // difference names when the rows were scanned, not kept.
    static bool readFields(const QSqlDatabase &db, const std::vector<qint64> &ids,
                           QHash<qint64, std::array<QString, FieldCount>> *fields, QString *error);

    // Hints that a look-up of this charge (trade_no) or refund (out_trade_no, out_request_no)
    // comes soon: its slot of the table is fetched from memory meanwhile.
    void prefetch(bool refund, QByteArrayView a, QByteArrayView b = {}) const;
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
    const QString &status(quint8 index) const { return m_statuses[index]; }
    bool succeeded(const Row &row) const { return row.paid; }
    // Our side of a difference about `row`: its order, amount, status, and its time when the
    // difference has none.
    void addLedgerSide(Difference &d, const Row &row) const;
    static void addLedgerSide(Difference &d, const QString &outOrderNo, qint64 amountFen,
                              const QString &status, qint64 happenedMs);
    // A difference of `kind` about a row the bill does not have: its numbers, our side and its
    // key (the kind's code and ReconciliationEngine::subjectKey()); no detail.
    Difference notInBill(const Row &row, DifferenceKind kind, const QString &period) const;
    // The same from a row's fields (by Field), amount, status and time.
    static Difference notInBill(Kind rowKind, const QString *fields, qint64 amountFen,
                                const QString &status, qint64 happenedMs, DifferenceKind kind,
                                const QString &period);
    // notInBill() of every succeeded row of the period that no bill line matched.
    QList<Difference> unmatchedInPeriod(DifferenceKind kind, const QString &period) const;
    // The succeeded charges and refunds matched or in the period (no fees: the ledger has none).
    SideTotals sideTotals() const;
    // Counts a succeeded charge or refund of `amountFen` in *totals.
    static void count(SideTotals *totals, Kind kind, qint64 amountFen);

    // A charge TRADE_SUCCESS / TRADE_FINISHED (TRADE_CLOSED: see settleClosedTrades()); a
    // refund REFUND_SUCCESS.
    static bool paid(Kind kind, const QString &status);

    // The keys rows and lines are looked up by: a charge by its trade_no (TradeNo) or
    // out_trade_no (OutTradeNo), a refund by its charge's out_trade_no or trade_no, each with its
    // out_request_no.
    enum Tag : quint32 { TradeNo = 1, OutTradeNo, RefundOfOutTrade, RefundOfTradeNo };
    static quint64 hashOf(Tag tag, QByteArrayView a, QByteArrayView b = {});
    // The 32 bits of a slot that tell most other keys apart without reading them.
    static quint32 checkOf(Tag tag, quint64 hash)
    {
        return (quint32(hash >> 32) & ~3u) | (tag - 1);
    }

private:
    bool read(RowScan &scan, qint64 periodFromMs, qint64 periodToMs,
              const std::atomic<bool> *cancel, const std::function<void(qint64 rows)> &rows,
              const Visit &visit, qint64 *count, QString *error);
    void keep(const Scanned &scanned);
    quint32 store(const QByteArrayView *fields);
    quint8 statusIndex(QByteArrayView status);
    int find(Tag tag, QByteArrayView a, QByteArrayView b, Field fa, Field fb) const;

    std::vector<Row> m_rows;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    quint32 m_used = 0; // bytes used in the last chunk
    ReconKeyTable m_index;
    std::vector<qint64> m_superseded; // ids of rows a newer revision replaced, sorted
    QList<QString> m_statuses;
    QList<QByteArray> m_statusBytes;   // the same, as the database gives them
    std::vector<bool> m_statusPaid[2]; // paid() of each status, by Kind
    std::vector<bool> m_statusClosed;  // TRADE_CLOSED
    bool m_scansOrderNumbers = true;
    qint64 m_windowFrom = 0, m_windowTo = 0;
};

} // namespace DepositDesk
