#include "finance/ReconLedger.h"

#include "finance/ReconciliationEngine.h"

#include "store/RowScan.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace DepositDesk {

namespace {

constexpr int ChunkBits = 20; // 1 MiB chunks; offsets are chunk << 20 | position
constexpr quint32 ChunkSize = 1u << ChunkBits;
constexpr int BatchSize = 400;

const QString Columns = QStringLiteral(
    "SELECT f.id, f.kind, f.out_order_no, f.alipay_no, f.request_no, f.parent_no, f.status, "
    "f.amount_fen, f.happened_at FROM ledger_facts f WHERE ");
// The window's trades and refunds: this term is the one of ledger_facts_recon's WHERE.
const QString InWindow = QStringLiteral("f.kind IN ('trade', 'refund') AND ");
// Only the latest revision of each fact.
const QString Latest = QStringLiteral(
    " AND NOT EXISTS (SELECT 1 FROM ledger_facts g WHERE g.kind = f.kind AND "
    "g.out_order_no = f.out_order_no AND g.fact_key = f.fact_key AND g.revision > f.revision)");
// The rows a newer revision replaced: revisions start at 1 (LedgerEntry), so every newer one
// is in the partial index ledger_facts_revised (migration 17) and this reads only that index
// and the rows it names, however long the ledger.
const QString Superseded = QStringLiteral(
    "SELECT f.id FROM ledger_facts g JOIN ledger_facts f ON f.kind = g.kind AND "
    "f.out_order_no = g.out_order_no AND f.fact_key = g.fact_key AND f.revision < g.revision "
    "WHERE g.revision > 1 AND g.kind IN ('trade', 'refund')");

QString cancelled()
{
    return QCoreApplication::translate("DepositDesk::ReconciliationEngine",
                                       "The reconciliation was cancelled.");
}

} // namespace

ReconLedger::ReconLedger() = default;
ReconLedger::~ReconLedger() = default;

bool ReconLedger::loadWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                             qint64 periodFromMs, qint64 periodToMs,
                             const std::atomic<bool> *cancel,
                             const std::function<void(qint64 rows)> &rows, QString *error)
{
    m_windowFrom = fromMs;
    m_windowTo = toMs;
    {
        RowScan scan(db, Superseded);
        if (!scan.exec()) {
            *error = scan.errorString();
            return false;
        }
        m_superseded.clear();
        while (scan.next())
            m_superseded.push_back(scan.int64(0));
        if (!scan.ok()) {
            *error = scan.errorString();
            return false;
        }
        std::sort(m_superseded.begin(), m_superseded.end());
    }
    // The window, then the rows with no time: two range scans of ledger_facts_recon (migration
    // 17), which holds every column read here.
    qint64 count = 0;
    RowScan window(db, Columns + InWindow +
                           QStringLiteral("f.happened_at >= :a AND f.happened_at < :b"));
    window.bind(QStringLiteral("a"), fromMs).bind(QStringLiteral("b"), toMs);
    if (!read(window, periodFromMs, periodToMs, cancel, rows, &count, error))
        return false;
    RowScan timeless(db, Columns + InWindow + QStringLiteral("f.happened_at IS NULL"));
    return read(timeless, periodFromMs, periodToMs, cancel, rows, &count, error);
}

bool ReconLedger::loadRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                               const std::atomic<bool> *cancel, QString *error)
{
    for (qsizetype start = 0; start < requestNos.size(); start += BatchSize) {
        const qsizetype count = std::min<qsizetype>(BatchSize, requestNos.size() - start);
        QStringList names;
        for (qsizetype i = 0; i < count; ++i)
            names.append(QStringLiteral(":r%1").arg(i));
        // Kinds are picked in read(): without the index's term SQLite takes ledger_facts_request.
        RowScan scan(db, Columns +
                             QStringLiteral("f.request_no IN (%1) AND (f.happened_at < :a OR "
                                            "f.happened_at >= :b)")
                                 .arg(names.join(u',')) +
                             Latest);
        scan.bind(QStringLiteral("a"), m_windowFrom).bind(QStringLiteral("b"), m_windowTo);
        for (qsizetype i = 0; i < count; ++i)
            scan.bind(QStringLiteral("r%1").arg(i), QString::fromUtf8(requestNos[start + i]));
        qint64 read = 0;
        if (!this->read(scan, 0, 0, cancel, {}, &read, error))
            return false;
    }
    return true;
}

bool ReconLedger::read(RowScan &scan, qint64 periodFromMs, qint64 periodToMs,
                       const std::atomic<bool> *cancel,
                       const std::function<void(qint64 rows)> &rows, qint64 *count, QString *error)
{
    if (!scan.exec()) {
        *error = scan.errorString();
        return false;
    }
    QByteArrayView fields[FieldCount];
    while (scan.next()) {
        if ((++*count & 0xfff) == 0) {
            if (cancel && cancel->load()) {
                *error = cancelled();
                return false;
            }
            if (rows)
                rows(*count);
        }
        if (!m_superseded.empty() &&
            std::binary_search(m_superseded.begin(), m_superseded.end(), scan.int64(0)))
            continue;
        Row row;
        if (const QByteArrayView kind = scan.bytes(1); kind == "refund")
            row.kind = Kind::Refund;
        else if (kind == "trade")
            row.kind = Kind::Trade;
        else
            continue;
        for (int f = 0; f < FieldCount; ++f)
            fields[f] = scan.bytes(2 + f);
        row.status = statusIndex(scan.bytes(6));
        row.amountFen = scan.int64(7);
        row.happenedMs = scan.isNull(8) ? NoTime : scan.int64(8);
        row.paid = m_statusPaid[int(row.kind)][row.status];
        row.inPeriod = row.happenedMs != NoTime && row.happenedMs >= periodFromMs &&
                       row.happenedMs < periodToMs;
        row.text = store(fields);
        for (int f = 0; f < FieldCount; ++f)
            row.length[f] = quint16(std::min<qsizetype>(fields[f].size(), 0xffff));
        m_rows.push_back(row);
    }
    // A step that failed ends the rows early: not a complete ledger.
    if (!scan.ok()) {
        *error = scan.errorString();
        return false;
    }
    return true;
}

quint32 ReconLedger::store(const QByteArrayView *fields)
{
    quint32 size = 0;
    for (int f = 0; f < FieldCount; ++f)
        size += quint32(std::min<qsizetype>(fields[f].size(), 0xffff));
    if (m_chunks.empty() || m_used + size > ChunkSize) {
        m_chunks.push_back(std::make_unique<char[]>(std::max(ChunkSize, size)));
        m_used = 0;
    }
    const quint32 offset = quint32((m_chunks.size() - 1) << ChunkBits) | m_used;
    char *at = m_chunks.back().get() + m_used;
    for (int f = 0; f < FieldCount; ++f) {
        const auto n = std::min<qsizetype>(fields[f].size(), 0xffff);
        if (n > 0)
            std::memcpy(at, fields[f].data(), size_t(n));
        at += n;
    }
    m_used += size;
    return offset;
}

bool ReconLedger::paid(Kind kind, const QString &status)
{
    if (kind == Kind::Refund)
        return status == u"REFUND_SUCCESS";
    return status == u"TRADE_SUCCESS" || status == u"TRADE_FINISHED";
}

bool ReconLedger::settleClosedTrades(const QSqlDatabase &db, QString *error)
{
    std::vector<quint32> closed;
    for (quint32 i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].kind == Kind::Trade && m_rows[i].happenedMs != NoTime &&
            status(m_rows[i]) == u"TRADE_CLOSED")
            closed.push_back(i);
    for (size_t start = 0; start < closed.size(); start += BatchSize) {
        const size_t count = std::min<size_t>(BatchSize, closed.size() - start);
        QStringList names;
        QList<std::pair<QString, QVariant>> binds;
        for (size_t i = 0; i < count; ++i) {
            names.append(QStringLiteral(":o%1").arg(i));
            binds.append(
                {QStringLiteral("o%1").arg(i), text(m_rows[closed[start + i]], OutOrderNo)});
        }
        StoreQuery q(db, QStringLiteral("SELECT f.out_order_no, f.parent_no, SUM(f.amount_fen) "
                                        "FROM ledger_facts f WHERE f.kind = 'refund' AND "
                                        "f.out_order_no IN (%1) AND f.status = 'REFUND_SUCCESS' "
                                        "AND NOT EXISTS (SELECT 1 FROM ledger_facts g WHERE "
                                        "g.kind = f.kind AND g.out_order_no = f.out_order_no AND "
                                        "g.fact_key = f.fact_key AND g.revision > f.revision) "
                                        "GROUP BY f.out_order_no, f.parent_no")
                             .arg(names.join(u',')));
        for (const auto &[name, value] : binds)
            q.bind(name, value);
        if (!q.exec()) {
            *error = q.errorString();
            return false;
        }
        QHash<QString, qint64> refunded; // order + '\n' + out_trade_no
        while (q.next())
            refunded.insert(q.text(0) + u'\n' + q.text(1), q.int64(2));
        for (size_t i = 0; i < count; ++i) {
            Row &r = m_rows[closed[start + i]];
            r.paid =
                refunded.value(text(r, OutOrderNo) + u'\n' + text(r, RequestNo)) >= r.amountFen;
        }
    }
    return true;
}

quint8 ReconLedger::statusIndex(QByteArrayView status)
{
    for (qsizetype i = 0; i < m_statusBytes.size(); ++i)
        if (m_statusBytes[i] == status)
            return quint8(i);
    if (m_statuses.size() == 255) // hundreds of made-up statuses: keep the last one's slot
        return 254;
    const QString text = QString::fromUtf8(status);
    m_statuses.append(text);
    m_statusBytes.append(status.toByteArray());
    m_statusPaid[int(Kind::Trade)].push_back(paid(Kind::Trade, text));
    m_statusPaid[int(Kind::Refund)].push_back(paid(Kind::Refund, text));
    return quint8(m_statuses.size() - 1);
}

QByteArrayView ReconLedger::field(const Row &row, Field field) const
{
    const char *at = m_chunks[row.text >> ChunkBits].get() + (row.text & (ChunkSize - 1));
    for (int f = 0; f < field; ++f)
        at += row.length[f];
    return QByteArrayView(at, row.length[field]);
}

quint64 ReconLedger::hashOf(Tag tag, QByteArrayView a, QByteArrayView b)
{
    // Tags 1-2 key one number, 3-4 two (a refund: its trade and its request number).
    const size_t first = qHashBits(a.data(), size_t(a.size()), tag);
    return tag < RefundOfOutTrade ? first : qHashBits(b.data(), size_t(b.size()), first);
}

void ReconLedger::buildIndex()
{
    size_t keys = 0;
    for (const Row &r : m_rows)
        keys += (r.length[AlipayNo] > 0) +
                (r.kind == Kind::Trade ? r.length[RequestNo] > 0 : r.length[ParentNo] > 0);
    // Two thirds full at most: a hit takes about two probes, a miss about five.
    m_slots.assign(std::max<size_t>(1024, keys + keys / 2), Slot());
    // Keys are hashed a batch ahead and their slots prefetched: a million random writes into
    // the table would otherwise each wait for memory.
    struct Pending
    {
        quint64 hash;
        quint32 row;
        Tag tag;
    };
    constexpr size_t Batch = 32;
    Pending pending[Batch];
    size_t count = 0;
    const auto flush = [&] {
        for (size_t k = 0; k < count; ++k) {
            size_t at = home(pending[k].hash);
            while (m_slots[at].row != Empty)
                at = next(at);
            m_slots[at] = {pending[k].row, checkOf(pending[k].tag, pending[k].hash)};
        }
        count = 0;
    };
    const auto add = [&](Tag tag, quint32 row, QByteArrayView a, QByteArrayView b = {}) {
        if (a.isEmpty())
            return;
        const quint64 hash = hashOf(tag, a, b);
        __builtin_prefetch(&m_slots[home(hash)], 1);
        pending[count++] = {hash, row, tag};
        if (count == Batch)
            flush();
    };
    for (quint32 i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.kind == Kind::Trade) {
            add(TradeNo, i, field(r, AlipayNo));
            add(OutTradeNo, i, field(r, RequestNo));
        } else {
            add(RefundOfOutTrade, i, field(r, ParentNo), field(r, RequestNo));
            add(RefundOfTradeNo, i, field(r, AlipayNo), field(r, RequestNo));
        }
        if (count + 2 > Batch)
            flush();
    }
    flush();
}

void ReconLedger::prefetch(bool refund, QByteArrayView a, QByteArrayView b) const
{
    if (m_slots.empty() || a.isEmpty())
        return;
    const quint64 hash = refund ? hashOf(RefundOfOutTrade, a, b) : hashOf(TradeNo, a);
    __builtin_prefetch(&m_slots[home(hash)]);
}

int ReconLedger::find(Tag tag, QByteArrayView a, QByteArrayView b, Field fa, Field fb) const
{
    if (a.isEmpty() || m_slots.empty())
        return -1;
    const quint64 hash = hashOf(tag, a, b);
    const quint32 check = checkOf(tag, hash);
    int found = -1;
    // Rows with the same key sit in insertion (row) order along the probe sequence.
    for (size_t at = home(hash); m_slots[at].row != Empty; at = next(at)) {
        const Slot &slot = m_slots[at];
        if (slot.check != check)
            continue;
        const Row &r = m_rows[slot.row];
        if (field(r, fa) != a || (fb != FieldCount && field(r, fb) != b))
            continue;
        if (!r.matched)
            return int(slot.row);
        if (found < 0)
            found = int(slot.row);
    }
    return found;
}

int ReconLedger::findTrade(QByteArrayView tradeNo, QByteArrayView outTradeNo) const
{
    const int byTradeNo = find(TradeNo, tradeNo, {}, AlipayNo, FieldCount);
    if (byTradeNo >= 0 && !m_rows[byTradeNo].matched)
        return byTradeNo;
    const int byOutTradeNo = find(OutTradeNo, outTradeNo, {}, RequestNo, FieldCount);
    return byOutTradeNo >= 0 ? byOutTradeNo : byTradeNo;
}

int ReconLedger::findRefund(QByteArrayView outTradeNo, QByteArrayView tradeNo,
                            QByteArrayView outRequestNo) const
{
    const int byOut = find(RefundOfOutTrade, outTradeNo, outRequestNo, ParentNo, RequestNo);
    if (byOut >= 0 && !m_rows[byOut].matched)
        return byOut;
    const int byTrade = find(RefundOfTradeNo, tradeNo, outRequestNo, AlipayNo, RequestNo);
    return byTrade >= 0 ? byTrade : byOut;
}

void ReconLedger::addLedgerSide(Difference &d, const Row &row) const
{
    d.outOrderNo = text(row, OutOrderNo);
    d.ledgerAmount = Money::fromFen(row.amountFen);
    d.ledgerStatus = status(row);
    if (!d.happened.isValid() && row.happenedMs != NoTime)
        d.happened = QDateTime::fromMSecsSinceEpoch(row.happenedMs, Qt::UTC);
}

Difference ReconLedger::notInBill(const Row &row, DifferenceKind kind, const QString &period) const
{
    const bool refund = row.kind == Kind::Refund;
    Difference d;
    d.period = period;
    d.kind = kind;
    d.tradeNo = text(row, AlipayNo);
    d.outTradeNo = text(row, refund ? ParentNo : RequestNo);
    d.outRequestNo = refund ? text(row, RequestNo) : QString();
    addLedgerSide(d, row);
    d.diffKey = differenceKindCode(kind) + u':' +
                ReconciliationEngine::subjectKey(refund, d.outTradeNo, d.tradeNo, d.outRequestNo);
    return d;
}

QList<Difference> ReconLedger::unmatchedInPeriod(DifferenceKind kind, const QString &period) const
{
    QList<Difference> differences;
    for (const Row &r : m_rows)
        if (!r.matched && r.inPeriod && succeeded(r))
            differences.append(notInBill(r, kind, period));
    return differences;
}

SideTotals ReconLedger::sideTotals() const
{
    SideTotals totals;
    for (const Row &r : m_rows) {
        if (!succeeded(r) || !(r.matched || r.inPeriod))
            continue;
        if (r.kind == Kind::Trade) {
            ++totals.tradeCount;
            totals.income += Money::fromFen(r.amountFen);
        } else {
            ++totals.refundCount;
            totals.refunds += Money::fromFen(r.amountFen);
        }
    }
    return totals;
}

} // namespace DepositDesk
