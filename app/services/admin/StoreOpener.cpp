#include "services/admin/StoreOpener.h"

#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace DepositDesk {

StoreOpener::StoreOpener(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(std::make_unique<StoreWorker>(store))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StoreOpener::attempt);
}

StoreOpener::~StoreOpener() = default;

void StoreOpener::setRetryLimits(int firstMs, int maxMs)
{
    m_firstMs = firstMs;
    m_maxMs = maxMs;
}

void StoreOpener::start(const StoreResult &failure)
{
    m_result = failure;
    m_since = QDateTime::currentDateTime();
    m_delayMs = m_firstMs;
    m_retry.start(m_delayMs);
}

QString StoreOpener::waitingMessage() const
{
    //: %1: the time since when the database cannot be reached (hours and minutes)
    return QCoreApplication::translate("DepositDesk::StoreOpener",
                                       "The database cannot be reached since %1; retrying… "
                                       "DepositDesk opens as soon as it answers.")
        .arg(QLocale().toString(m_since.time(), QLocale::ShortFormat));
}

void StoreOpener::attempt()
{
    ++m_attempts;
    Store *store = &m_store;
    // open() migrates on the worker's connection, which is released when it ends.
    m_worker->run([store](const Store &) { return store->open(); }, this,
                  [this](const StoreResult &result) {
                      m_result = result;
                      if (result.ok || !result.unreachable) {
                          Q_EMIT finished();
                          return;
                      }
                      m_delayMs = std::min(m_delayMs * 2, m_maxMs);
                      m_retry.start(m_delayMs);
                      Q_EMIT attempted();
                  });
}

} // namespace DepositDesk
