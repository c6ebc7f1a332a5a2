#include "finance/ReconLedger.h"

#include "finance/ReconciliationEngine.h"

#include "store/RowScan.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QHash>

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
    return scanWindow(
        db, fromMs, toMs, periodFromMs, periodToMs, cancel, rows,
        [this](const Scanned &scanned) { keep(scanned); }, error);
}

bool ReconLedger::loadRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                               const std::atomic<bool> *cancel, QString *error)
{
    return scanRequests(
        db, requestNos, cancel, [this](const Scanned &scanned) { keep(scanned); }, error);
}

bool ReconLedger::scanWindow(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                             qint64 periodFromMs, qint64 periodToMs,
                             const std::atomic<bool> *cancel,
                             const std::function<void(qint64 rows)> &rows, const Visit &visit,
                             QString *error)
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
    if (!read(window, periodFromMs, periodToMs, cancel, rows, visit, &count, error))
        return false;
    RowScan timeless(db, Columns + InWindow + QStringLiteral("f.happened_at IS NULL"));
    return read(timeless, periodFromMs, periodToMs, cancel, rows, visit, &count, error);
}

bool ReconLedger::scanRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                               const std::atomic<bool> *cancel, const Visit &visit, QString *error)
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
        if (!this->read(scan, 0, 0, cancel, {}, visit, &read, error))
            return false;
    }
    return true;
}

bool ReconLedger::read(RowScan &scan, qint64 periodFromMs, qint64 periodToMs,
                       const std::atomic<bool> *cancel,
                       const std::function<void(qint64 rows)> &rows, const Visit &visit,
                       qint64 *count, QString *error)
{
    if (!scan.exec()) {
        *error = scan.errorString();
        return false;
    }
    Scanned row;
    while (scan.next()) {
        if ((++*count & 0xfff) == 0) {
            if (cancel && cancel->load()) {
                *error = cancelled();
                return false;
            }
            if (rows)
                rows(*count);
        }
        row.id = scan.int64(0);
        if (!m_superseded.empty() &&
            std::binary_search(m_superseded.begin(), m_superseded.end(), row.id))
            continue;
        if (const QByteArrayView kind = scan.bytes(1); kind == "refund")
            row.kind = Kind::Refund;
        else if (kind == "trade")
            row.kind = Kind::Trade;
        else
            continue;
        for (int f = 0; f < FieldCount; ++f)
            row.fields[f] =
                f == OutOrderNo && !m_scansOrderNumbers ? QByteArrayView() : scan.bytes(2 + f);
        row.status = statusIndex(scan.bytes(6));
        row.amountFen = scan.int64(7);
        row.happenedMs = scan.isNull(8) ? NoTime : scan.int64(8);
        row.paid = m_statusPaid[int(row.kind)][row.status];
        row.closed =
            row.kind == Kind::Trade && row.happenedMs != NoTime && m_statusClosed[row.status];
        row.inPeriod = row.happenedMs != NoTime && row.happenedMs >= periodFromMs &&
                       row.happenedMs < periodToMs;
        visit(row);
    }
    // A step that failed ends the rows early: not a complete ledger.
    if (!scan.ok()) {
        *error = scan.errorString();
        return false;
    }
    return true;
}

void ReconLedger::keep(const Scanned &scanned)
{
    Row row(scanned);
    row.text = store(scanned.fields);
    for (int f = 0; f < FieldCount; ++f)
        row.length[f] = quint16(std::min<qsizetype>(scanned.fields[f].size(), 0xffff));
    m_rows.push_back(row);
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
    std::vector<ClosedTrade> trades;
    for (quint32 i = 0; i < m_rows.size(); ++i)
        if (const Row &r = m_rows[i];
            r.kind == Kind::Trade && r.happenedMs != NoTime && status(r) == u"TRADE_CLOSED") {
            closed.push_back(i);
            trades.push_back({text(r, OutOrderNo), text(r, RequestNo), r.amountFen});
        }
    std::vector<bool> paid;
    if (!refundedInFull(db, trades, &paid, error))
        return false;
    for (size_t i = 0; i < closed.size(); ++i)
        m_rows[closed[i]].paid = paid[i];
    return true;
}

bool ReconLedger::refundedInFull(const QSqlDatabase &db, const std::vector<ClosedTrade> &trades,
                                 std::vector<bool> *paid, QString *error)
{
    paid->assign(trades.size(), false);
    for (size_t start = 0; start < trades.size(); start += BatchSize) {
        const size_t count = std::min<size_t>(BatchSize, trades.size() - start);
        QStringList names;
        QList<std::pair<QString, QVariant>> binds;
        for (size_t i = 0; i < count; ++i) {
            names.append(QStringLiteral(":o%1").arg(i));
            binds.append({QStringLiteral("o%1").arg(i), trades[start + i].outOrderNo});
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
            const ClosedTrade &t = trades[start + i];
            (*paid)[start + i] = refunded.value(t.outOrderNo + u'\n' + t.outTradeNo) >= t.amountFen;
        }
    }
    return true;
}

bool ReconLedger::readFields(const QSqlDatabase &db, const std::vector<qint64> &ids,
                             QHash<qint64, std::array<QString, FieldCount>> *fields, QString *error)
{
    for (size_t start = 0; start < ids.size(); start += BatchSize) {
        const size_t count = std::min<size_t>(BatchSize, ids.size() - start);
        QStringList names;
        for (size_t i = 0; i < count; ++i)
            names.append(QStringLiteral(":i%1").arg(i));
        RowScan scan(db, QStringLiteral("SELECT f.id, f.out_order_no, f.alipay_no, f.request_no, "
                                        "f.parent_no FROM ledger_facts f WHERE f.id IN (%1)")
                             .arg(names.join(u',')));
        for (size_t i = 0; i < count; ++i)
            scan.bind(QStringLiteral("i%1").arg(i), ids[start + i]);
        if (!scan.exec()) {
            *error = scan.errorString();
            return false;
        }
        while (scan.next()) {
            std::array<QString, FieldCount> &row = (*fields)[scan.int64(0)];
            for (int f = 0; f < FieldCount; ++f)
                row[size_t(f)] = QString::fromUtf8(scan.bytes(1 + f));
        }
        if (!scan.ok()) {
            *error = scan.errorString();
            return false;
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
    m_statusClosed.push_back(text == u"TRADE_CLOSED");
    return quint8(m_statuses.size() - 1);
}

QByteArrayView ReconLedger::field(const Row &row, Field field) const
{
    const char *at = m_chunks[row.text >> ChunkBits].get() + (row.text & (ChunkSize - 1));
    for (int f = 0; f < field; ++f)
        at += row.length[f];
    return QByteArrayView(at, row.length[field]);
}

namespace {

// A hash of the bytes of a number (a few dozen ASCII bytes), eight at a time: every word is
// multiplied in, and the result is mixed by splitmix64's finalizer so that both its low half (the
// slot) and its high half (the check) depend on every byte. Not keyed: the table's cost on keys
// made to collide is its probes, never its answer (every key is compared in full).
quint64 hashBytes(QByteArrayView bytes, quint64 seed)
{
    constexpr quint64 Odd = 0x9E3779B97F4A7C15ull;
    const char *p = bytes.data();
    size_t left = size_t(bytes.size());
    quint64 h = seed ^ (left * Odd);
    while (left >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * Odd;
        h ^= h >> 29;
        p += 8;
        left -= 8;
    }
    quint64 tail = 0;
    if (left > 0)
        std::memcpy(&tail, p, left);
    h = (h ^ tail) * Odd;
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    return h ^ (h >> 31);
}

} // namespace

quint64 ReconLedger::hashOf(Tag tag, QByteArrayView a, QByteArrayView b)
{
    // Tags 1-2 key one number, 3-4 two (a refund: its trade and its request number).
    const quint64 first = hashBytes(a, tag);
    return tag < RefundOfOutTrade ? first : hashBytes(b, first);
}

void ReconLedger::buildIndex()
{
    size_t keys = 0;
    for (const Row &r : m_rows)
        keys += (r.length[AlipayNo] > 0) +
                (r.kind == Kind::Trade ? r.length[RequestNo] > 0 : r.length[ParentNo] > 0);
    m_index.reset(keys);
    ReconKeyTable::Filler filler(m_index);
    const auto add = [&](Tag tag, quint32 row, QByteArrayView a, QByteArrayView b = {}) {
        if (a.isEmpty())
            return;
        const quint64 hash = hashOf(tag, a, b);
        filler.add(hash, checkOf(tag, hash), row);
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
    }
}

void ReconLedger::prefetch(bool refund, QByteArrayView a, QByteArrayView b) const
{
    if (m_index.isEmpty() || a.isEmpty())
        return;
    m_index.prefetch(refund ? hashOf(RefundOfOutTrade, a, b) : hashOf(TradeNo, a));
}

int ReconLedger::find(Tag tag, QByteArrayView a, QByteArrayView b, Field fa, Field fb) const
{
    if (a.isEmpty())
        return -1;
    const quint64 hash = hashOf(tag, a, b);
    int found = -1;
    m_index.find(hash, checkOf(tag, hash), [&](quint32 row) {
        const Row &r = m_rows[row];
        if (field(r, fa) != a || (fb != FieldCount && field(r, fb) != b))
            return true;
        if (!r.matched) {
            found = int(row);
            return false;
        }
        if (found < 0)
            found = int(row);
        return true;
    });
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
    addLedgerSide(d, text(row, OutOrderNo), row.amountFen, status(row), row.happenedMs);
}

void ReconLedger::addLedgerSide(Difference &d, const QString &outOrderNo, qint64 amountFen,
                                const QString &status, qint64 happenedMs)
{
    d.outOrderNo = outOrderNo;
    d.ledgerAmount = Money::fromFen(amountFen);
    d.ledgerStatus = status;
    if (!d.happened.isValid() && happenedMs != NoTime)
        d.happened = QDateTime::fromMSecsSinceEpoch(happenedMs, Qt::UTC);
}

Difference ReconLedger::notInBill(const Row &row, DifferenceKind kind, const QString &period) const
{
    QString fields[FieldCount];
    for (int f = 0; f < FieldCount; ++f)
        fields[f] = text(row, Field(f));
    return notInBill(row.kind, fields, row.amountFen, status(row), row.happenedMs, kind, period);
}

Difference ReconLedger::notInBill(Kind rowKind, const QString *fields, qint64 amountFen,
                                  const QString &status, qint64 happenedMs, DifferenceKind kind,
                                  const QString &period)
{
    const bool refund = rowKind == Kind::Refund;
    Difference d;
    d.period = period;
    d.kind = kind;
    d.tradeNo = fields[AlipayNo];
    d.outTradeNo = fields[refund ? ParentNo : RequestNo];
    d.outRequestNo = refund ? fields[RequestNo] : QString();
    addLedgerSide(d, fields[OutOrderNo], amountFen, status, happenedMs);
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
    for (const Row &r : m_rows)
        if (succeeded(r) && (r.matched || r.inPeriod))
            count(&totals, r.kind, r.amountFen);
    return totals;
}

void ReconLedger::count(SideTotals *totals, Kind kind, qint64 amountFen)
{
    if (kind == Kind::Trade) {
        ++totals->tradeCount;
        totals->income += Money::fromFen(amountFen);
    } else {
        ++totals->refundCount;
        totals->refunds += Money::fromFen(amountFen);
    }
}

} // namespace DepositDesk
