#include "services/bulk/BulkRunner.h"

#include "services/bulk/BulkRunnerWorker.h"

#include "store/StoreWorker.h"

#include <QThread>

namespace DepositDesk {

// The worker thread: its event loop runs the batch; the worker's parts are deleted on it before
// its database connection is given back.
class BulkRunner::Thread : public QThread
{
public:
    Thread(const Store &store, BulkRunnerWorker *worker)
        : m_store(store)
        , m_worker(worker)
    {}

protected:
    void run() override
    {
        const ThreadConnectionRelease release(m_store);
        exec();
        m_worker->teardown();
    }

private:
    const Store &m_store;
    BulkRunnerWorker *m_worker;
};

BulkRunner::BulkRunner(const Store &store, const GatewayConfig &gateway, const QString &desk,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gateway(gateway)
    , m_desk(desk)
{
    qRegisterMetaType<DepositDesk::BulkActions::Row>();
    qRegisterMetaType<QList<DepositDesk::BulkActions::Row>>();
}

BulkRunner::~BulkRunner()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing of it runs any more
}

QThread *BulkRunner::workerThread() const
{
    return m_thread.get();
}

void BulkRunner::ensureThread()
{
    if (m_thread)
        return;
    m_worker = new BulkRunnerWorker(m_store, m_gateway, m_desk);
    m_thread = std::make_unique<Thread>(m_store, m_worker);
    m_thread->setObjectName(QStringLiteral("bulk-actions"));
    m_worker->moveToThread(m_thread.get());
    // Queued: the worker's signals arrive here on this object's thread, in the order sent.
    connect(m_worker, &BulkRunnerWorker::started, this, &BulkRunner::onStarted);
    connect(m_worker, &BulkRunnerWorker::rowChanged, this, &BulkRunner::onRow);
    connect(m_worker, &BulkRunnerWorker::progress, this, &BulkRunner::progress);
    connect(m_worker, &BulkRunnerWorker::finished, this, &BulkRunner::onFinished);
    connect(m_worker, &BulkRunnerWorker::orderChanged, this, &BulkRunner::orderChanged);
    connect(m_worker, &BulkRunnerWorker::intentUnknown, this, &BulkRunner::intentUnknown);
    m_thread->start();
}

void BulkRunner::setGatewayConfig(const GatewayConfig &config)
{
    m_gateway = config;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, config] { w->setGatewayConfig(config); },
            Qt::QueuedConnection);
}

void BulkRunner::setDatabaseProblem(const QString &problem)
{
    m_databaseProblem = problem;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, problem] {
                if (OrderActions *actions = w->actions())
                    actions->setDatabaseProblem(problem);
            },
            Qt::QueuedConnection);
}

void BulkRunner::setCredentialsProblem(const QString &problem)
{
    m_credentialsProblem = problem;
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker,
            [w = m_worker, problem] {
                if (OrderActions *actions = w->actions())
                    actions->setCredentialsProblem(problem);
            },
            Qt::QueuedConnection);
}

void BulkRunner::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
}

bool BulkRunner::run(const OperatorSession &session, const BulkActions::Request &request)
{
    if (m_running)
        return false;
    ensureThread();
    m_running = true;
    m_rows.clear(); // until the worker's rows at start arrive (rowsReset())
    // What this thread knows now goes with the run: the worker's parts may be new.
    const QString database = m_databaseProblem;
    const QString credentials = m_credentialsProblem;
    const int maxInFlight = m_maxInFlight;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, session, request, database, credentials, maxInFlight] {
            BulkActions &bulk = w->bulk();
            w->actions()->setDatabaseProblem(database);
            w->actions()->setCredentialsProblem(credentials);
            bulk.setMaxInFlight(maxInFlight);
            if (!bulk.run(session, request)) {
                Q_EMIT w->finished(false, bulk.rows()); // not reached: one run at a time
                return;
            }
            Q_EMIT w->started(bulk.rows());
        },
        Qt::QueuedConnection);
    return true;
}

void BulkRunner::cancel()
{
    if (!m_running || !m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->bulk().cancel(); }, Qt::QueuedConnection);
}

void BulkRunner::onStarted(const QList<BulkActions::Row> &rows)
{
    // Rows that changed before this arrives come after it (one queue, in order): start from
    // the rows as they were when the run started.
    m_rows = rows;
    Q_EMIT rowsReset();
}

void BulkRunner::onRow(int index, const BulkActions::Row &row)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index] = row;
    Q_EMIT rowChanged(index);
}

void BulkRunner::onFinished(bool cancelled, const QList<BulkActions::Row> &rows)
{
    m_rows = rows;
    m_running = false;
    Q_EMIT rowsReset();
    Q_EMIT finished(cancelled);
}

} // namespace DepositDesk
