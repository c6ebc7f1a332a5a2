#include "finance/ReconBillJoin.h"

#include "finance/BufferHandOff.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace DepositDesk {

namespace {

using Kind = ReconLedger::Kind;
using Line = BillDetailLine;
constexpr quint32 None = ReconKeyTable::Empty;

} // namespace

ReconBillJoin::ReconBillJoin(const ParsedBill &bill)
    : m_bill(bill)
{
    m_ledger.setScansOrderNumbers(false); // read back by id for the rows a difference names
}

bool ReconBillJoin::hasKeyIndex() const
{
    return m_bill.keyIndex && m_bill.keyIndex->lineCount() == m_bill.lines.size();
}

void ReconBillJoin::index()
{
    if (m_indexed)
        return;
    m_indexed = true;
    const std::vector<Line> &lines = m_bill.lines;
    m_lineRow.assign(lines.size(), -1);
    for (auto &head : m_head)
        head.assign(lines.size(), None);
    m_rows.reserve(lines.size() + lines.size() / 16 + 64);
    if (hasKeyIndex()) {
        m_index = &m_bill.keyIndex->table();
        return;
    }
    m_ownIndex = std::make_unique<BillKeyIndex>();
    m_ownIndex->reserve(lines, lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        m_ownIndex->add(lines);
    m_ownIndex->finish();
    m_index = &m_ownIndex->table();
}

std::array<QByteArrayView, 3> ReconBillJoin::keysOf(const ReconLedger::Scanned &s)
{
    // ReconLedger::buildIndex() keys rows the same way.
    using F = ReconLedger::Field;
    if (s.kind == Kind::Refund)
        return {s.fields[F::ParentNo], s.fields[F::AlipayNo], s.fields[F::RequestNo]};
    return {s.fields[F::AlipayNo], s.fields[F::RequestNo], {}};
}

void ReconBillJoin::visit(const ReconLedger::Scanned &s)
{
    Pending &p = m_pending[m_pendingCount++];
    p.row = &s;
    const std::array<ReconLedger::Tag, 2> tags = BillKeyIndex::tagsOf(s.kind == Kind::Refund);
    const std::array<QByteArrayView, 3> keys = keysOf(s);
    for (size_t k = 0; k < 2; ++k) {
        if (keys[k].isEmpty())
            continue;
        p.hash[k] = ReconLedger::hashOf(tags[k], keys[k], keys[2]);
        m_index->prefetch(p.hash[k]);
    }
    if (m_pendingCount == Ahead)
        flush();
}

void ReconBillJoin::Batch::append(QByteArrayView field)
{
    const auto size = size_t(field.size());
    if (used + size > capacity) {
        capacity = std::max<size_t>({2 * capacity, used + size, 256 * 1024});
        std::unique_ptr<char[]> more(new char[capacity]);
        if (used > 0)
            std::memcpy(more.get(), bytes.get(), used);
        bytes = std::move(more);
    }
    if (size > 0)
        std::memcpy(bytes.get() + used, field.data(), size);
    used += size;
}

bool ReconBillJoin::scanAndLookUp(const std::function<bool(const ReconLedger::Visit &)> &scan)
{
    constexpr size_t BatchRows = 4096;
    // Room for some of the rows scanned while the lines are indexed.
    BufferHandOff<Batch> handOff(m_indexed || hasKeyIndex() ? 4 : 16);
    std::thread lookUps([this, &handOff] {
        index();
        while (Batch *batch = handOff.take()) {
            for (const ReconLedger::Scanned &row : batch->rows)
                visit(row);
            flush();
            handOff.release();
        }
    });
    Batch *filling = nullptr;
    const auto publish = [&] {
        // The bytes are in place (in the order of the rows and their fields): the views now
        // point at them.
        const char *at = filling->bytes.get();
        for (ReconLedger::Scanned &row : filling->rows)
            for (QByteArrayView &field : row.fields) {
                field = QByteArrayView(at, field.size());
                at += field.size();
            }
        handOff.publish();
        filling = nullptr;
    };
    const bool scanned = scan([&](const ReconLedger::Scanned &s) {
        if (!filling) {
            filling = handOff.acquire();
            filling->rows.clear();
            filling->used = 0;
        }
        filling->rows.push_back(s);
        for (const QByteArrayView field : s.fields)
            filling->append(field);
        if (filling->rows.size() == BatchRows)
            publish();
    });
    if (filling)
        publish();
    handOff.close();
    lookUps.join();
    return scanned;
}

void ReconBillJoin::flush()
{
    for (size_t i = 0; i < m_pendingCount; ++i)
        lookUp(m_pending[i]);
    m_pendingCount = 0;
}

void ReconBillJoin::lookUp(const Pending &p)
{
    const ReconLedger::Scanned &s = *p.row;
    const bool refund = s.kind == Kind::Refund;
    const std::array<ReconLedger::Tag, 2> tags = BillKeyIndex::tagsOf(refund);
    const std::array<QByteArrayView, 3> keys = keysOf(s);
    const QByteArrayView b = keys[2];
    const auto row = quint32(m_rows.size());
    bool candidate = false;
    for (size_t k = 0; k < 2; ++k) {
        const QByteArrayView key = keys[k];
        if (key.isEmpty())
            continue;
        const ReconLedger::Tag tag = tags[k];
        std::vector<quint32> &head = m_head[k];
        m_index->find(p.hash[k], ReconLedger::checkOf(tag, p.hash[k]), [&](quint32 line) {
            const auto lineSide = lineKey(line, tag);
            if (lineSide.first == key && lineSide.second == b) {
                addCandidate(head[line], row);
                candidate = true;
            }
            return true;
        });
    }
    // A row no line can take counts only in the period: as ledger-only when paid, and a closed
    // charge may turn out paid (settleClosedTrades()).
    if (!candidate && !(s.inPeriod && (s.paid || s.closed)))
        return;
    m_rows.emplace_back(s);
}

bool ReconBillJoin::scanWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                               qint64 periodFromMs, qint64 periodToMs,
                               const std::atomic<bool> *cancel,
                               const std::function<void(qint64 rows)> &rows, QString *error)
{
    return scanAndLookUp([&](const ReconLedger::Visit &visit) {
        return m_ledger.scanWindow(db, fromMs, toMs, periodFromMs, periodToMs, cancel, rows, visit,
                                   error);
    });
}

bool ReconBillJoin::scanRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                                 const std::atomic<bool> *cancel, QString *error)
{
    return scanAndLookUp([&](const ReconLedger::Visit &visit) {
        return m_ledger.scanRequests(db, requestNos, cancel, visit, error);
    });
}

void ReconBillJoin::addCandidate(quint32 &head, quint32 row)
{
    if (head == None) {
        head = row; // the usual case: one candidate, no edge
        return;
    }
    if (!(head & Many)) {
        m_edges.push_back({head, None});
        head = quint32(m_edges.size() - 1) | Many;
    }
    m_edges.push_back({row, head});
    head = quint32(m_edges.size() - 1) | Many;
}

void ReconBillJoin::match()
{
    index();
    for (size_t i = 0; i < m_lineRow.size(); ++i) {
        if (m_lineRow[i] >= 0)
            continue;
        for (const std::vector<quint32> &head : m_head) {
            // Newest first: the last free one met is the first in the ledger's order.
            quint32 first = None;
            if (head[i] != None && !(head[i] & Many))
                first = m_rows[head[i]].matched ? None : head[i];
            else
                for (quint32 e = head[i]; e != None; e = m_edges[e & ~Many].next)
                    if (!m_rows[m_edges[e & ~Many].row].matched)
                        first = m_edges[e & ~Many].row;
            if (first != None) {
                m_rows[first].matched = true;
                m_lineRow[i] = qint32(first);
                break;
            }
        }
    }
}

bool ReconBillJoin::readFields(const QSqlDatabase &db, const std::vector<qint32> &rows,
                               QString *error)
{
    std::vector<qint64> ids;
    for (const qint32 row : rows)
        if (const qint64 id = m_rows[size_t(row)].id; !m_fields.contains(id))
            ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ReconLedger::readFields(db, ids, &m_fields, error);
}

const ReconBillJoin::Fields &ReconBillJoin::fields(const Row &row) const
{
    static const Fields none;
    const auto it = m_fields.constFind(row.id);
    return it == m_fields.cend() ? none : *it;
}

bool ReconBillJoin::settleClosedTrades(const QSqlDatabase &db, QString *error)
{
    std::vector<qint32> closed;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (const Row &r = m_rows[i]; r.kind == Kind::Trade &&
                                      r.happenedMs != ReconLedger::NoTime &&
                                      status(r) == u"TRADE_CLOSED")
            closed.push_back(qint32(i));
    if (closed.empty())
        return true;
    if (!readFields(db, closed, error))
        return false;
    std::vector<ReconLedger::ClosedTrade> trades;
    for (const qint32 i : closed) {
        const Row &r = m_rows[size_t(i)];
        const Fields &f = fields(r);
        trades.push_back({f[ReconLedger::OutOrderNo], f[ReconLedger::RequestNo], r.amountFen});
    }
    std::vector<bool> paid;
    if (!ReconLedger::refundedInFull(db, trades, &paid, error))
        return false;
    for (size_t i = 0; i < closed.size(); ++i)
        m_rows[size_t(closed[i])].paid = paid[i];
    return true;
}

Difference ReconBillJoin::notInBill(const Row &row, DifferenceKind kind,
                                    const QString &period) const
{
    return ReconLedger::notInBill(row.kind, fields(row).data(), row.amountFen, status(row),
                                  row.happenedMs, kind, period);
}

void ReconBillJoin::addLedgerSide(Difference &d, const Row &row) const
{
    ReconLedger::addLedgerSide(d, fields(row)[ReconLedger::OutOrderNo], row.amountFen, status(row),
                               row.happenedMs);
}

SideTotals ReconBillJoin::sideTotals() const
{
    SideTotals totals;
    for (const Row &r : m_rows)
        if (r.paid && (r.matched || r.inPeriod))
            ReconLedger::count(&totals, r.kind, r.amountFen);
    return totals;
}

} // namespace DepositDesk
