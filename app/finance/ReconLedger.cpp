#include "finance/ReconLedger.h"

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

// Latest revision of each trade and refund fact; %1 narrows the rows.
const QString Select = QStringLiteral(
    "SELECT f.kind, f.out_order_no, f.alipay_no, f.request_no, f.parent_no, f.status, "
    "f.amount_fen, f.happened_at FROM ledger_facts f WHERE f.kind IN ('trade', 'refund') AND "
    "%1 AND NOT EXISTS (SELECT 1 FROM ledger_facts g WHERE g.kind = f.kind AND "
    "g.out_order_no = f.out_order_no AND g.fact_key = f.fact_key AND g.revision > f.revision)");

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
    return read(db,
                Select.arg(QStringLiteral("((f.happened_at >= :a AND f.happened_at < :b) OR "
                                          "f.happened_at IS NULL)")),
                {{QStringLiteral("a"), fromMs}, {QStringLiteral("b"), toMs}}, periodFromMs,
                periodToMs, cancel, rows, error);
}

bool ReconLedger::loadRequests(const QSqlDatabase &db, const QList<QByteArray> &requestNos,
                               const std::atomic<bool> *cancel, QString *error)
{
    for (qsizetype start = 0; start < requestNos.size(); start += BatchSize) {
        const qsizetype count = std::min<qsizetype>(BatchSize, requestNos.size() - start);
        QStringList names;
        QList<std::pair<QString, QVariant>> binds = {{QStringLiteral("a"), m_windowFrom},
                                                     {QStringLiteral("b"), m_windowTo}};
        for (qsizetype i = 0; i < count; ++i) {
            names.append(QStringLiteral(":r%1").arg(i));
            binds.append({QStringLiteral("r%1").arg(i), QString::fromUtf8(requestNos[start + i])});
        }
        const QString where =
            QStringLiteral("f.request_no IN (%1) AND (f.happened_at < :a OR f.happened_at >= :b)")
                .arg(names.join(u','));
        if (!read(db, Select.arg(where), binds, 0, 0, cancel, {}, error))
            return false;
    }
    return true;
}

bool ReconLedger::read(const QSqlDatabase &db, const QString &sql,
                       const QList<std::pair<QString, QVariant>> &binds, qint64 periodFromMs,
                       qint64 periodToMs, const std::atomic<bool> *cancel,
                       const std::function<void(qint64 rows)> &rows, QString *error)
{
    StoreQuery q(db, sql);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec()) {
        *error = q.errorString();
        return false;
    }
    QByteArray fields[FieldCount];
    qint64 count = 0;
    while (q.next()) {
        if ((++count & 0xfff) == 0) {
            if (cancel && cancel->load()) {
                *error = cancelled();
                return false;
            }
            if (rows)
                rows(count);
        }
        Row row;
        row.kind = q.text(0) == u"refund" ? Kind::Refund : Kind::Trade;
        for (int f = 0; f < FieldCount; ++f)
            fields[f] = q.value(1 + f).toString().toUtf8();
        const QString status = q.text(5);
        row.status = statusIndex(status);
        row.amountFen = q.int64(6);
        const QVariant happened = q.value(7);
        row.happenedMs = happened.isNull() ? NoTime : happened.toLongLong();
        row.paid = paid(row.kind, status);
        row.inPeriod = row.happenedMs != NoTime && row.happenedMs >= periodFromMs &&
                       row.happenedMs < periodToMs;
        row.text = store(fields);
        for (int f = 0; f < FieldCount; ++f)
            row.length[f] = quint16(std::min<qsizetype>(fields[f].size(), 0xffff));
        m_rows.push_back(row);
    }
    return true;
}

quint32 ReconLedger::store(const QByteArray *fields)
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
            std::memcpy(at, fields[f].constData(), size_t(n));
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

quint8 ReconLedger::statusIndex(const QString &status)
{
    for (qsizetype i = 0; i < m_statuses.size(); ++i)
        if (m_statuses[i] == status)
            return quint8(i);
    if (m_statuses.size() == 255) // hundreds of made-up statuses: keep the last one's slot
        return 254;
    m_statuses.append(status);
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
    m_index.clear();
    m_index.reserve(m_rows.size() * 2);
    const auto add = [this](Tag tag, quint32 row, QByteArrayView a, QByteArrayView b = {}) {
        if (!a.isEmpty())
            m_index.push_back({hashOf(tag, a, b), row, tag});
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
    std::sort(m_index.begin(), m_index.end());
}

int ReconLedger::find(Tag tag, QByteArrayView a, QByteArrayView b, Field fa, Field fb) const
{
    if (a.isEmpty())
        return -1;
    const Key probe{hashOf(tag, a, b), 0, 0};
    int found = -1;
    for (auto it = std::lower_bound(m_index.begin(), m_index.end(), probe);
         it != m_index.end() && it->hash == probe.hash; ++it) {
        const Row &r = m_rows[it->row];
        if (it->tag != tag || field(r, fa) != a || (fb != FieldCount && field(r, fb) != b))
            continue;
        if (!r.matched)
            return int(it->row);
        if (found < 0)
            found = int(it->row);
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

} // namespace DepositDesk
