#pragma once
// A test database of the PostgreSQL fixture made unreachable and reachable again, as for a desk
// whose server or network went away: new connections to it are refused (ALLOW_CONNECTIONS
// false) and the open ones are ended (pg_terminate_backend), from an administrative connection to
// the server's own database. Other tests' databases on the same server are not touched.
#include "StoreTestEnv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace DepositDesk::Testing {

inline bool pgAdmin(const QStringList &statements)
{
    const std::optional<StoreConfig> server = postgresServer();
    if (!server)
        return false;
    bool ok = true;
    const QString name = QStringLiteral("dd-test-outage");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        db.setPassword(server->password);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                qWarning("%s", qPrintable(query.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// `database`: the name of a TestDatabase (its config().database).
inline bool cutOffDatabase(const QString &database)
{
    return pgAdmin({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database),
                    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = '%1'")
                        .arg(database)});
}

inline bool reconnectDatabase(const QString &database)
{
    return pgAdmin({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)});
}

} // namespace DepositDesk::Testing
