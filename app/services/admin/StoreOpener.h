#pragma once

#include "store/StoreResult.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace DepositDesk {

class Store;
class StoreWorker;

// Opens the Store of a desk whose database could not be reached at start (StoreResult::unreachable:
// the team's PostgreSQL down, the network): Store::open() again off the UI thread after 0.5 s,
// doubling up to 10 s, until it opens or fails for a reason that waiting does not fix. The window
// waits in a dialog that says since when (ui/session/DatabaseWaitDialog.h); nothing else starts
// before the database answers, because signing in reads the operators from it.
class StoreOpener : public QObject
{
    Q_OBJECT

public:
    explicit StoreOpener(Store &store, QObject *parent = nullptr);
    ~StoreOpener() override;

    // Starts trying again after `failure` (the first Store::open()'s result).
    void start(const StoreResult &failure);
    void setRetryLimits(int firstMs, int maxMs);

    // Since when (local time) the database cannot be reached, and the last failure's sentence.
    QDateTime since() const { return m_since; }
    QString lastError() const { return m_result.errorString; }
    // Translated: since when, retrying (for the waiting dialog).
    QString waitingMessage() const;
    // The result once finished() was emitted: ok, or a failure that waiting does not fix.
    StoreResult result() const { return m_result; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // Another attempt failed because the database still cannot be reached.
    void attempted();
    // Opened (result().ok) or failed for good.
    void finished();

private:
    void attempt();

    Store &m_store;
    std::unique_ptr<StoreWorker> m_worker;
    QTimer m_retry;
    int m_firstMs = 500;
    int m_maxMs = 10000;
    int m_delayMs = 500;
    int m_attempts = 0;
    QDateTime m_since;
    StoreResult m_result;
};

} // namespace DepositDesk
