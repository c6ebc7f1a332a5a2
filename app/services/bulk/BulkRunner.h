#pragma once

#include "services/bulk/BulkActions.h"

#include "alipay/GatewayConfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace DepositDesk {

class BulkRunnerWorker;
class Store;

// Runs a bulk action (BulkActions) on a worker thread of its own, so that no row's reads and
// writes run on the thread that calls it (the UI thread: the Bulk action dialog).
//
// The worker thread holds its own BulkActions over its own OrderActions, OrderFacts,
// OutcomeResolver (for the rows sent again) and GatewayClient, made there on first use, and its
// own database connection (the Store gives each thread one). Its OrderActions take the order
// locks as `desk`, a desk id of its own (OrderLocks::newDeskId()): a bulk row and a single action
// of the console on one order exclude each other as two desks do, so neither checks the order
// while the other is between its check and its write. Everything crosses threads as queued
// signals and queued calls:
// run() and cancel() are asked of the worker; the rows, the progress and the end come back as
// copies, and rows() is this thread's copy. At most maxInFlight() calls are out at once
// (BulkActions).
//
// The worker's OrderActions' orderChanged() and intentUnknown() are re-emitted here (the
// console connects them to its own OrderActions' listeners and to its resolver). The gateway's
// configuration and the database and credentials problems are passed on to the worker as they
// change. The destructor ends the worker thread: rows still out are dropped there (their calls
// aborted; what was written stays, the resolver settles it), as when the console quits while a
// single action is out.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    BulkRunner(const Store &store, const GatewayConfig &gateway, const QString &desk,
               QObject *parent = nullptr);
    ~BulkRunner() override;

    void setGatewayConfig(const GatewayConfig &config);
    void setDatabaseProblem(const QString &problem);
    void setCredentialsProblem(const QString &problem);
    void setMaxInFlight(int count);

    // Starts the batch on the worker (refused while one runs); rowsReset() follows with its rows
    // at start (rows() is empty until then), then rowChanged() per row.
    bool run(const OperatorSession &session, const BulkActions::Request &request);
    // No further row is sent; asked of the worker.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<BulkActions::Row> &rows() const { return m_rows; }
    // The worker thread (null before the first run); tests check who ran the work.
    QThread *workerThread() const;

Q_SIGNALS:
    void rowsReset();
    void rowChanged(int index);
    void progress(int finished, int total);
    void finished(bool cancelled);
    void orderChanged(const QString &outOrderNo);
    void intentUnknown(qint64 intentId);

private:
    class Thread;
    void ensureThread();
    void onStarted(const QList<DepositDesk::BulkActions::Row> &rows);
    void onRow(int index, const DepositDesk::BulkActions::Row &row);
    void onFinished(bool cancelled, const QList<DepositDesk::BulkActions::Row> &rows);

    const Store &m_store;
    GatewayConfig m_gateway;
    QString m_desk;
    QString m_databaseProblem;
    QString m_credentialsProblem;
    int m_maxInFlight = BulkActions::DefaultMaxInFlight;
    std::unique_ptr<Thread> m_thread;
    BulkRunnerWorker *m_worker = nullptr; // lives in m_thread; deleted after it ended
    QList<BulkActions::Row> m_rows;
    bool m_running = false;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::BulkActions::Row)
