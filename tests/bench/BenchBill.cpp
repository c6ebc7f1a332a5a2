#include "BenchBill.h"

#include "BenchOrders.h"

#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/BillWriter.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace DepositDesk::BenchBill {

namespace {

const QString MerchantPid = QStringLiteral("2088123412341234");
constexpr qint64 PlantStep = 100003; // line i % PlantStep == 1, 2, 3: amount, bill only, status

enum class Plant { None, AmountDiffers, BillOnly, StatusDiffers };

Plant plantOf(qint64 i)
{
    switch (i % PlantStep) {
    case 1:
        return Plant::AmountDiffers;
    case 2:
        return Plant::BillOnly;
    case 3:
        return Plant::StatusDiffers;
    default:
        return Plant::None;
    }
}

bool isRefund(qint64 i)
{
    return i % 10 == 9; // a refund of half of the charge just before it
}

QString tradeNo(qint64 i)
{
    return QStringLiteral("20240501220014%1").arg(i, 14, 10, QChar(u'0'));
}

QString outTradeNo(qint64 i)
{
    return QStringLiteral("DD202405%1").arg(i, 10, 10, QChar(u'0'));
}

qint64 chargeFen(qint64 i)
{
    return 1000 + (i * 7919) % 500000;
}

// The bill's lines: charge i, or the refund of charge i - 1, finished in May 2024 (China time).
Sandbox::BillLines makeLines(const Sandbox::BillPeriod &period, qint64 count)
{
    const qint64 start = period.start().toMSecsSinceEpoch();
    const qint64 span = period.end().toMSecsSinceEpoch() - start - 1000;
    const QString subject = QStringLiteral("押金转支付");
    const QString store = QStringLiteral("门店一");
    const QString buyer = QStringLiteral("**学(173****56)");
    Sandbox::BillLines lines;
    lines.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const bool refund = isRefund(i);
        const qint64 charge = refund ? i - 1 : i;
        const qint64 finished = start + span * i / count / 1000 * 1000;
        Sandbox::BillLine line;
        line.type = refund ? Sandbox::BillLine::Type::Refund : Sandbox::BillLine::Type::Trade;
        line.tradeNo = tradeNo(charge);
        line.outTradeNo = outTradeNo(charge);
        line.subject = subject;
        line.createdAt = QDateTime::fromMSecsSinceEpoch(finished - 60000, Qt::UTC);
        line.finishedAt = QDateTime::fromMSecsSinceEpoch(finished, Qt::UTC);
        line.storeId = QStringLiteral("S%1").arg(i % 5);
        line.storeName = store;
        line.buyerAccount = buyer;
        const qint64 fen = refund ? -(chargeFen(charge) / 2) : chargeFen(i);
        line.orderAmount = Money::fromFen(fen);
        line.merchantReceipt = Money::fromFen(fen);
        line.serviceFee = Money::fromFen(-(fen * 6 / 1000));
        if (refund)
            line.refundRequestNo = QStringLiteral("RF%1").arg(i, 10, 10, QChar(u'0'));
        lines.append(line);
    }
    return lines;
}

bool insertLedger(const Store &store, const Sandbox::BillLines &lines, QString *error)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    const auto fail = [&](const QSqlError &e) {
        *error = e.text();
        return false;
    };
    if (!db.transaction())
        return fail(db.lastError());
    if (!q.prepare(QStringLiteral(
            "INSERT INTO ledger_facts (kind, out_order_no, fact_key, revision, alipay_no, "
            "request_no, parent_no, type, status, amount_fen, happened_at, source, recorded_at) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, '', ?, ?, ?, 'query', ?)")))
        return fail(q.lastError());
    const auto add = [&](bool refund, const QString &trade, const QString &outTrade,
                         const QString &request, const QString &status, qint64 fen, qint64 at) {
        q.addBindValue(refund ? QStringLiteral("refund") : QStringLiteral("trade"));
        q.addBindValue(QString(QStringLiteral("O-") + outTrade));
        q.addBindValue(refund ? QString(outTrade + u':' + request) : outTrade);
        q.addBindValue(trade);
        q.addBindValue(refund ? request : outTrade);
        q.addBindValue(refund ? outTrade : QStringLiteral("")); // '' as the store keeps it
        q.addBindValue(status.isNull() ? QStringLiteral("") : status);
        q.addBindValue(fen);
        q.addBindValue(at);
        q.addBindValue(at + 5000);
        return q.exec();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Sandbox::BillLine &line = lines.at(i);
        const Plant plant = plantOf(i);
        if (plant == Plant::BillOnly)
            continue;
        const bool refund = line.type == Sandbox::BillLine::Type::Refund;
        QString status =
            refund ? QStringLiteral("REFUND_SUCCESS") : QStringLiteral("TRADE_SUCCESS");
        if (plant == Plant::StatusDiffers)
            status = refund ? QString() : QStringLiteral("TRADE_CLOSED");
        qint64 fen = refund ? -line.orderAmount.fen() : line.orderAmount.fen();
        if (plant == Plant::AmountDiffers)
            fen += 1;
        if (!add(refund, line.tradeNo, line.outTradeNo, line.refundRequestNo, status, fen,
                 line.finishedAt.toMSecsSinceEpoch()))
            return fail(q.lastError());
        if (i % 200000 == 0 && i)
            BenchOrders::print(QStringLiteral("  ledger: %1 rows").arg(i));
    }
    // Charges in our ledger only: one per 100,000 lines, at least one.
    const qint64 start = lines.isEmpty() ? 0 : lines.front().finishedAt.toMSecsSinceEpoch();
    for (qint64 k = 0; k < std::max<qint64>(1, lines.size() / 100000); ++k) // Files::ledgerOnly
        if (!add(false, QStringLiteral("20240501229999%1").arg(k, 14, 10, QChar(u'0')),
                 QStringLiteral("DDX%1").arg(k), QString(), QStringLiteral("TRADE_SUCCESS"), 4200,
                 start + 3600000 + k))
            return fail(q.lastError());
    if (!db.commit())
        return fail(db.lastError());
    return BenchOrders::exec(store, QStringLiteral("ANALYZE"));
}

} // namespace

bool prepare(const QString &dir, qint64 lines, Files *files, QString *error)
{
    const Sandbox::BillPeriod period = Sandbox::BillPeriod::month(2024, 5);
    Sandbox::BillWriter writer(MerchantPid, period);
    writer.setExportTime(period.end().addSecs(6 * 3600));
    files->zip = QDir(dir).filePath(writer.archiveName());
    files->ledger = QDir(dir).filePath(QStringLiteral("ledger.sqlite"));
    files->period = period.billDate();
    files->refunds = lines / 10;
    files->trades = lines - files->refunds;
    files->planted = lines > 1 ? (lines - 2) / PlantStep + 1 : 0;
    files->ledgerOnly = std::max<qint64>(1, lines / 100000);
    const QString marker = QDir(dir).filePath(QStringLiteral("complete"));
    if (QFile::exists(marker))
        return true;
    QDir().mkpath(dir);
    QFile::remove(files->zip);
    QFile::remove(files->ledger);

    BenchOrders::print(QStringLiteral("Generating %1 bill lines into %2 …").arg(lines).arg(dir));
    const Sandbox::BillLines bill = makeLines(period, lines);
    const QByteArray zip = writer.writeZip(bill, error);
    if (zip.isEmpty())
        return false;
    QFile zipFile(files->zip);
    if (!zipFile.open(QIODevice::WriteOnly) || zipFile.write(zip) != zip.size()) {
        *error = zipFile.errorString();
        return false;
    }
    zipFile.close();
    BenchOrders::print(QStringLiteral("  bill: %1 MB zipped").arg(zip.size() / 1e6, 0, 'f', 1));
    {
        Store store(StoreConfig::sqlite(files->ledger));
        const StoreResult opened = store.open();
        if (!opened) {
            *error = opened.errorString;
            return false;
        }
        if (!insertLedger(store, bill, error))
            return false;
        store.releaseThreadConnection();
    }
    QFile done(marker);
    return done.open(QIODevice::WriteOnly);
}

bool preparePreauth(const QString &dir, qint64 orders, PreauthFiles *files, QString *error)
{
    const Sandbox::BillPeriod period = Sandbox::BillPeriod::month(2024, 5);
    files->store = QDir(dir).filePath(QStringLiteral("preauth.sqlite"));
    files->orders = orders;
    files->fromMs = period.start().toMSecsSinceEpoch();
    files->toMs = period.end().toMSecsSinceEpoch();
    const QString marker = QDir(dir).filePath(QStringLiteral("preauth-complete"));
    if (QFile::exists(marker))
        return true;
    QFile::remove(files->store);
    BenchOrders::print(QStringLiteral("Generating %1 orders with their freezes into %2 …")
                           .arg(orders)
                           .arg(files->store));
    Store store(StoreConfig::sqlite(files->store));
    if (const StoreResult opened = store.open(); !opened) {
        *error = opened.errorString;
        return false;
    }
    const qint64 month = 30LL * 86400 * 1000;
    // Order i (1-based): P + 10 digits. Planted by i % 100000: 3 stale freeze, 5 charge leaving
    // the rest frozen, 11 VIOLATED mark (3 and 5 are AUTHORIZED: i % 10 < 6).
    const QString numbers =
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
            .arg(orders);
    const QString created =
        QStringLiteral("(CASE WHEN i % 100000 = 3 THEN %1 ELSE %2 + i * %3 / %4 END)")
            .arg(files->toMs - 3 * month)
            .arg(files->toMs - month)
            .arg(month - 60000)
            .arg(orders);
    // 'P' followed by i in 10 digits (no printf: its % would be read by QString::arg).
    const auto numbered = [](const char *prefix, int digits) {
        return QStringLiteral("'%1' || substr('%2' || i, -%3)")
            .arg(QString::fromLatin1(prefix), QString(digits, u'0'))
            .arg(digits);
    };
    const QString orderNo = numbered("P", 10);
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        numbers + QStringLiteral("INSERT INTO orders (out_order_no, auth_no, status, total_fen, "
                                 "fund_fen, rest_fen, created_at, updated_at) SELECT %1, "
                                 "%3, CASE WHEN i % 10 < 6 THEN 'AUTHORIZED' WHEN "
                                 "i % 10 < 8 THEN 'FINISH' ELSE 'CLOSED' END, 10000, 10000, CASE "
                                 "WHEN i % 10 < 6 THEN 10000 ELSE 0 END, %2, %2 FROM n")
                      .arg(orderNo, created, numbered("A", 10)),
        numbers + QStringLiteral("INSERT INTO ledger_facts (kind, out_order_no, fact_key, "
                                 "revision, request_no, type, status, amount_fen, happened_at, "
                                 "source, recorded_at) SELECT 'operation', %1, %3, 1, %3, "
                                 "'FREEZE', 'SUCCESS', 10000, %2, 'query', %2 FROM n")
                      .arg(orderNo, created, numbered("F", 10)),
        numbers + QStringLiteral("INSERT INTO ledger_facts (kind, out_order_no, fact_key, "
                                 "revision, alipay_no, request_no, status, amount_fen, "
                                 "happened_at, source, recorded_at) SELECT 'trade', %1, %3, 1, "
                                 "%4, %3, 'TRADE_SUCCESS', 4000, %2, 'query', %2 FROM n WHERE "
                                 "i % 100000 = 5")
                      .arg(orderNo)
                      .arg(files->toMs - 86400000)
                      .arg(numbered("T", 10), numbered("2024052922", 18)),
        numbers + QStringLiteral("INSERT INTO order_marks (out_order_no, mark, operator, at_ms) "
                                 "SELECT %1, 'VIOLATED', 'admin', %2 FROM n WHERE i % 100000 = 11")
                      .arg(orderNo)
                      .arg(files->fromMs + 86400000),
        QStringLiteral("COMMIT"),
        QStringLiteral("ANALYZE"),
    };
    for (const QString &sql : statements)
        if (!BenchOrders::exec(store, sql)) {
            *error = QStringLiteral("could not seed the orders (%1)").arg(sql.left(60));
            return false;
        }
    store.releaseThreadConnection();
    QFile done(marker);
    return done.open(QIODevice::WriteOnly);
}

} // namespace DepositDesk::BenchBill
