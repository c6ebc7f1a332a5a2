#pragma once

#include "store/SchemaMigrations.h"
#include "store/SqlDialect.h"
#include "store/StoreConfig.h"
#include "store/StoreResult.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QThread;

namespace DepositDesk {

// The console's database: its configuration, its dialect, and one connection per thread.
//
// database() hands each thread its own named QSqlDatabase, opened on first use and removed when
// that QThread finishes (the main thread's, and any left, when the Store is destroyed). A Store
// may be shared between threads; worker threads must finish before it is destroyed.
//
// open() checks the schema version before anything else: a database written by a newer program
// is refused with a translated message and not modified in any way. Otherwise it applies the
// missing migrations.
class Store
{
public:
    explicit Store(const StoreConfig &config);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    StoreResult open() { return openAtVersion(SchemaMigrations::latestVersion()); }
    // Migrates only up to targetVersion: for tests of the migrations from an earlier version.
    StoreResult openAtVersion(int targetVersion);

    // This thread's connection (opened on first use; check isOpen() if it matters).
    QSqlDatabase database() const;
    // Closes and removes this thread's connection now (a thread that lives on, such as a pool's,
    // gives it back this way; StoreWorker does so after every piece of work).
    void releaseThreadConnection() const;

    // The database was unreachable and can be reached again (ChangeFeed in services says so):
    // a thread's connection opened before may be dead (the server restarted, the backend was
    // ended). Each thread's next database() checks its connection with one round trip and opens
    // a new one when it no longer answers; a connection that answers is kept (a transaction on
    // it goes on).
    void reconnectWhenBroken() const;

    const SqlDialect &dialect() const { return m_dialect; }
    const StoreConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name) const;
    StoreResult checkAndMigrate(int targetVersion, bool &release);

    StoreConfig m_config;
    SqlDialect m_dialect;
    QString m_prefix;
    std::unique_ptr<QObject> m_context; // receives QThread::finished
    struct ThreadConnection
    {
        QString name;
        QMetaObject::Connection finished; // the thread's QThread::finished -> release
        int generation = 0;               // m_generation when it was opened or last checked
    };
    mutable QAtomicInteger<int> m_generation{0};
    mutable QMutex m_mutex;
    mutable QHash<QThread *, ThreadConnection> m_connections;
};

} // namespace DepositDesk
