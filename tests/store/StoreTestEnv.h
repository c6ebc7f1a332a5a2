#pragma once

// Which database a store test runs against, and a fresh empty one per test.
//
// The same test executable runs twice under ctest: without DD_TEST_DB (or DD_TEST_DB=sqlite) on
// SQLite files in a temporary directory, and with DD_TEST_DB=pg on the real PostgreSQL server
// that tests/store/pg-server.sh started (fixture dd_pg). The PostgreSQL connection comes from
// DD_TEST_PG ("host=… port=… dbname=… user=… password=…") or, under ctest, from the file named by
// DD_TEST_PG_FILE that the fixture wrote. Each fresh database is a new PostgreSQL database
// (CREATE DATABASE), dropped again at the end of the test.

#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace DepositDesk::Testing {

inline bool usePostgres()
{
    return qEnvironmentVariable("DD_TEST_DB") == u"pg";
}

inline QString backendName()
{
    return usePostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

inline std::optional<StoreConfig> postgresServer()
{
    QString text = qEnvironmentVariable("DD_TEST_PG");
    if (text.isEmpty()) {
        QFile file(qEnvironmentVariable("DD_TEST_PG_FILE"));
        if (file.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(file.readAll()).trimmed();
    }
    return StoreConfig::fromConnectionString(text);
}

// One empty database for one test; removed when this object dies.
class TestDatabase
{
public:
    TestDatabase()
    {
        static QAtomicInteger<int> counter;
        if (!usePostgres()) {
            m_config = StoreConfig::sqlite(m_dir.filePath(QStringLiteral("store.sqlite")));
            m_valid = m_dir.isValid();
            return;
        }
        const std::optional<StoreConfig> server = postgresServer();
        if (!server)
            return;
        m_server = *server;
        m_name = QStringLiteral("dd_t_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        m_valid = admin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
        m_config = m_server;
        m_config.database = m_name;
    }
    ~TestDatabase()
    {
        if (usePostgres() && m_valid)
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    bool isValid() const { return m_valid; }
    const StoreConfig &config() const { return m_config; }
    QString sqliteFile() const { return m_config.path; }
    // Another config for the same database (a second desk).
    StoreConfig sameDatabase() const { return m_config; }

private:
    bool admin(const QString &sql)
    {
        bool ok = false;
        const QString name = QStringLiteral("dd-test-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_server.host);
            db.setPort(m_server.port);
            db.setDatabaseName(m_server.database);
            db.setUserName(m_server.user);
            db.setPassword(m_server.password);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    qWarning("%s", qPrintable(query.lastError().text()));
            } else {
                qWarning("%s", qPrintable(db.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    QTemporaryDir m_dir;
    StoreConfig m_server;
    StoreConfig m_config;
    QString m_name;
    bool m_valid = false;
};

// Gives a test function a fresh database and an open Store on it.
inline bool openFreshStore(std::unique_ptr<TestDatabase> &db, std::unique_ptr<Store> &store)
{
    db = std::make_unique<TestDatabase>();
    if (!db->isValid()) {
        qWarning("no test database: for PostgreSQL set DD_TEST_PG or run via ctest");
        return false;
    }
    store = std::make_unique<Store>(db->config());
    const StoreResult opened = store->open();
    if (!opened)
        qWarning("%s", qPrintable(opened.errorString));
    return opened.ok;
}

inline void closeStore(std::unique_ptr<TestDatabase> &db, std::unique_ptr<Store> &store)
{
    store.reset();
    db.reset();
}

} // namespace DepositDesk::Testing

#define DD_REQUIRE_DATABASE(db)                                                                    \
    QVERIFY2((db).isValid(), "no test database: for PostgreSQL set DD_TEST_PG or run via ctest")
