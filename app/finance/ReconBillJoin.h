#pragma once

#include "finance/BillDocument.h"
#include "finance/BillKeyIndex.h"
#include "finance/ReconKeyTable.h"
#include "finance/ReconLedger.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

#include <array>
#include <vector>

namespace DepositDesk {

// A trade bill's lines looked up by their keys while the ledger streams past them (ReconLedger's
// scans): the ledger is not copied. Only the rows that may match a line, or that count in the
// period without one, are kept (32 bytes each; their numbers are read back by id for the few
// differences that name them). Matching is ReconLedger's, line by line in file order: a charge
// takes the first row not taken yet whose trade_no is its trade number, else the first whose
// out_trade_no is its merchant order number; a refund the first by (out_trade_no,
// out_request_no), else by (trade_no, out_request_no). Internal to ReconciliationEngine.
class ReconBillJoin
{
public:
    struct Row
    {
        qint64 id = 0;
        qint64 amountFen = 0;
        qint64 happenedMs = ReconLedger::NoTime;
        ReconLedger::Kind kind = ReconLedger::Kind::Trade;
        quint8 status = 0; // ReconLedger::status(quint8)
        bool inPeriod = false;
        bool paid = false; // see ReconLedger::paid() and settleClosedTrades()
        bool matched = false;
        Row() = default;
        explicit Row(const ReconLedger::Scanned &s)
            : id(s.id)
            , amountFen(s.amountFen)
            , happenedMs(s.happenedMs)
            , kind(s.kind)
            , status(s.status)
            , inPeriod(s.inPeriod)
            , paid(s.paid)
        {}
    };
    using Fields = std::array<QString, ReconLedger::FieldCount>;

    // For the lines of `bill` (which must outlive this): the first scan looks rows up in its
    // keyIndex, or indexes the lines itself when the bill comes without one.
    explicit ReconBillJoin(const ParsedBill &bill);

    // ReconLedger::scanWindow() and scanRequests(), each row looked up among the lines.
    bool scanWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 periodFromMs,
                    qint64 periodToMs, const std::atomic<bool> *cancel,
                    const std::function<void(qint64 rows)> &rows, QString *error);
    bool scanRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                      const std::atomic<bool> *cancel, QString *error);
    // Every line not matched yet takes its first candidate row not taken yet, in file order.
    void match();
    // ReconLedger::settleClosedTrades() for the kept rows.
    bool settleClosedTrades(const QSqlDatabase &db, QString *error);
    // The numbers (ReconLedger::Field) of these kept rows, read back by id.
    bool readFields(const QSqlDatabase &db, const std::vector<qint32> &rows, QString *error);

    const std::vector<Row> &rows() const { return m_rows; }
    // The kept row line `line` matched, or -1.
    qint32 rowOf(size_t line) const { return m_lineRow[line]; }
    const QString &status(const Row &row) const { return m_ledger.status(row.status); }
    // The numbers readFields() read (empty when it did not read this row).
    const Fields &fields(const Row &row) const;

    // A ReconLedger::notInBill() difference about a kept row (its numbers read).
    Difference notInBill(const Row &row, DifferenceKind kind, const QString &period) const;
    void addLedgerSide(Difference &d, const Row &row) const;
    // ReconLedger::sideTotals() of the kept rows.
    SideTotals sideTotals() const;

private:
    struct Edge // a candidate row of a line, and the line's next candidate
    {
        quint32 row;
        quint32 next;
    };

    // A scanned row waiting for its slots of the table to come from memory.
    struct Pending
    {
        const ReconLedger::Scanned *row = nullptr;
        quint64 hash[2] = {};
    };
    static constexpr size_t Ahead = 16; // rows whose slots are fetched meanwhile
    // Scanned rows handed to the thread that looks them up, their numbers copied.
    struct Batch
    {
        std::vector<ReconLedger::Scanned> rows; // their views set when the batch is handed over
        std::unique_ptr<char[]> bytes;          // the rows' numbers, one after the other
        size_t used = 0;
        size_t capacity = 0;

        void append(QByteArrayView field);
    };

    // Scans on this thread (`scan` runs a ReconLedger scan with the visitor it is given) while
    // another looks the rows up, in the scan's order.
    bool scanAndLookUp(const std::function<bool(const ReconLedger::Visit &)> &scan);
    // Queues a scanned row, valid until flush() (look-ups are a few rows behind); flush() looks
    // up the rest.
    void visit(const ReconLedger::Scanned &row);
    // The lines by key (once, on the thread that looks rows up while the scan begins): the
    // bill's own index when it covers every line, else one made here.
    bool hasKeyIndex() const;
    void index();
    void flush();
    void lookUp(const Pending &pending);
    // The row's side of each key, and of both the request number (refunds; else empty).
    static std::array<QByteArrayView, 3> keysOf(const ReconLedger::Scanned &row);
    // The key of line `line` for the tag, as (a, b).
    std::pair<QByteArrayView, QByteArrayView> lineKey(size_t line, ReconLedger::Tag tag) const
    {
        return BillKeyIndex::keyOf(m_bill.lines[line], tag);
    }

    const ParsedBill &m_bill;
    bool m_indexed = false;
    ReconLedger m_ledger;                     // its scans and statuses; it keeps no rows here
    const ReconKeyTable *m_index = nullptr;   // set by index()
    std::unique_ptr<BillKeyIndex> m_ownIndex; // for a bill without its keyIndex
    std::vector<Row> m_rows;
    // Candidates per line and key (0: trade_no or the refund's out_trade_no; 1: the other):
    // m_head[k][line] is the one candidate row, or with Many set the newest of a list in m_edges
    // (a line listed twice, or rows sharing a number).
    static constexpr quint32 Many = 0x80000000u;
    void addCandidate(quint32 &head, quint32 row);
    std::vector<quint32> m_head[2];
    std::vector<Edge> m_edges; // `next` carries Many too
    std::vector<qint32> m_lineRow;
    QHash<qint64, Fields> m_fields;
    Pending m_pending[Ahead];
    size_t m_pendingCount = 0;
};

} // namespace DepositDesk
