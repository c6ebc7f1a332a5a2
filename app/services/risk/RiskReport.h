#pragma once

#include "domain/Money.h"
#include "domain/OperatorSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace DepositDesk {

class Store;
class StoreWorker;

// The risk report (风控报表): what the risk team reads to adjust how much of a deposit Sesame
// credit waives. For the orders created in a period (China days of orders.created_at, from and to
// included), grouped by one dimension (category, store or waived share band), the figures of each
// group and of all of them; every figure is defined in app/services/README.md ("The risk report's
// figures") and computed by three GROUP BY queries (orders; charges and reports to Sesame from the
// intent journal, joined to their orders)
// that run on SQLite and PostgreSQL.
//
// Who: Capability::ViewRiskReport (risk analysts, supervisors, finance, administrators). load()
// checks it and answers a refusal (translated) at once, doing nothing. Reading is not audited.
class RiskReport : public QObject
{
    Q_OBJECT

public:
    enum class Grouping { Category, Store, WaivedShare };

    // The waived share bands (credit_fen / total_fen) of Grouping::WaivedShare, in order:
    // 0%, (0%, 25%), [25%, 50%), [50%, 75%), [75%, 100%), 100%.
    static constexpr int ShareBands = 6;
    // The band of an order (0 .. ShareBands - 1), in integers as the SQL computes it. An order
    // without a total (0) waives nothing: band 0; a credit above the total counts as 100%.
    static int shareBand(qint64 creditFen, qint64 totalFen);

    struct Query
    {
        QDate from; // China days, both included
        QDate to;
        Grouping grouping = Grouping::Category;
    };

    struct Row
    {
        QString key;   // the group's value: a category, a store, or the band's number "0" .. "5"
        QString label; // for people (translated): "(none)" for an empty category or store
        qint64 orders = 0;
        Money deposits; // sum of total_fen
        Money waived;   // sum of credit_fen
        qint64 charges = 0;
        Money charged;
        qint64 failedCharges = 0;
        Money failedAmount;
        qint64 defaults = 0;
        Money lost;

        // defaults / orders as a percent; 0 without orders.
        double defaultRate() const;
        void add(const Row &other); // sums every figure (for the total row)
    };

    struct Result
    {
        bool ok = false;
        QString error; // translated, when !ok
        Query query;
        QList<Row> rows; // categories and stores by key; bands 0 .. 5, each listed
        Row total;
    };

    explicit RiskReport(const Store &store, QObject *parent = nullptr);
    ~RiskReport() override; // waits for the work still running

    // Why the session may not view the report (translated), or empty.
    static QString refusal(const OperatorSession &session);

    // Computes the report off the UI thread (store/StoreWorker.h); done(result) follows on
    // context's thread. Answers a refusal at once (and does nothing) when the session may not
    // view the report or the period is not valid.
    QString load(const OperatorSession &session, const Query &query, const QObject *context,
                 std::function<void(const Result &)> done);

    // The report computed on the calling thread (the work load() runs; tests and benchmarks).
    static Result compute(const Store &store, const Query &query);

    // [from 00:00, to + 1 day 00:00) China time, in milliseconds since the epoch.
    static std::pair<qint64, qint64> periodBounds(const QDate &from, const QDate &to);
    // The label of a group's key (translated).
    static QString groupLabel(Grouping grouping, const QString &key);

private:
    std::unique_ptr<StoreWorker> m_worker;
};

} // namespace DepositDesk
