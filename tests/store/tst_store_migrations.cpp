#include "StoreTestEnv.h"

#include "store/AuditLog.h"
#include "store/OperatorAccess.h"
#include "store/OperatorDirectory.h"
#include "store/SchemaMigrations.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace DepositDesk;

namespace {

qint64 count(const Store &store, const QString &table)
{
    StoreQuery q(store.database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.exec() && q.next() ? q.int64(0) : -1;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QStringList TablesByVersion[] = {
    {QStringLiteral("dd_schema_migrations"), QStringLiteral("orders"),
     QStringLiteral("order_keys")},
    {QStringLiteral("ledger_facts"), QStringLiteral("intents"), QStringLiteral("intent_outcomes")},
    {QStringLiteral("audit_log"), QStringLiteral("audit_head")},
    {QStringLiteral("operators")},
    {QStringLiteral("order_locks")},
    {QStringLiteral("refund_requests"), QStringLiteral("refund_request_events")},
    {QStringLiteral("desk_policy")},
    {QStringLiteral("bill_files")},
    {QStringLiteral("order_marks"), QStringLiteral("reconciliations"),
     QStringLiteral("recon_differences")},
    {}, // 10: who sent an intent and when, one open intent per order and kind
    {QStringLiteral("audit_checkpoint")},
    {}, // 12: an index of the audit log by action, the operators' access baseline
    {}, // 13: the change feed's triggers (and, on SQLite only, change_counters)
    {QStringLiteral("order_notes")},
    {}, // 15: an index of the ledger by order
    {}, // 16: reconciliation's partial indexes on ledger_facts
    {QStringLiteral("sesame_default_requests")},
    {QStringLiteral("waiver_policy_versions"), QStringLiteral("waiver_policy_bands")},
    {QStringLiteral("known_external_payments")},
    {}, // 20: the risk report's covering indexes on orders and intents
};

} // namespace

class TestStoreMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("backend: %s", qPrintable(Testing::backendName()));
        QCOMPARE(int(std::size(TablesByVersion)), SchemaMigrations::latestVersion());
        const QList<int> versions = SchemaMigrations::versions();
        QVERIFY(std::is_sorted(versions.cbegin(), versions.cend()));
        QCOMPARE(versions.last(), SchemaMigrations::latestVersion());
    }

    void migratesEmptyDatabaseToLatest()
    {
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store store(db.config());
        const StoreResult result = store.open();
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QCOMPARE(SchemaMigrations::currentVersion(store.database()),
                 SchemaMigrations::latestVersion());
        const QStringList tables = store.database().tables();
        for (const QStringList &list : TablesByVersion)
            for (const QString &table : list)
                QVERIFY2(tables.contains(table), qPrintable(table));
        QCOMPARE(count(store, QStringLiteral("dd_schema_migrations")),
                 qint64(SchemaMigrations::versions().size()));
        // Opening again changes nothing.
        QVERIFY(store.open().ok);
        QCOMPARE(count(store, QStringLiteral("dd_schema_migrations")),
                 qint64(SchemaMigrations::versions().size()));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int k : SchemaMigrations::versions())
            if (k < SchemaMigrations::latestVersion())
                QTest::addRow("from v%d", k) << k;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        {
            Store old(db.config());
            const StoreResult result = old.openAtVersion(from);
            QVERIFY2(result.ok, qPrintable(result.errorString));
            QCOMPARE(SchemaMigrations::currentVersion(old.database()), from);
            const QStringList tables = old.database().tables();
            for (int v = 1; v <= SchemaMigrations::latestVersion(); ++v)
                for (const QString &table : TablesByVersion[v - 1])
                    QCOMPARE(tables.contains(table), v <= from);
            // Data written at version k survives the later migrations.
            StoreQuery insert(old.database(),
                              QStringLiteral("INSERT INTO orders (out_order_no, status, total_fen, "
                                             "created_at, updated_at) VALUES ('OLD-1', "
                                             "'AUTHORIZED', 12345, 1, 2)"));
            QVERIFY(insert.exec());
        }
        Store store(db.config());
        const StoreResult result = store.open();
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QCOMPARE(SchemaMigrations::currentVersion(store.database()),
                 SchemaMigrations::latestVersion());
        for (const QStringList &list : TablesByVersion)
            for (const QString &table : list)
                QVERIFY2(store.database().tables().contains(table), qPrintable(table));
        StoreQuery q(store.database(),
                     QStringLiteral("SELECT total_fen FROM orders WHERE out_order_no = 'OLD-1'"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.int64(0), qint64(12345));
    }

    void desksStartingTogetherMigrateOnce()
    {
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        constexpr int Desks = 4;
        QSemaphore start;
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int d = 0; d < Desks; ++d) {
            threads.append(QThread::create([&] {
                Store desk(db.config());
                start.acquire();
                const StoreResult result = desk.open();
                if (!result.ok) {
                    qWarning("%s", qPrintable(result.errorString));
                    ++failures;
                }
                desk.releaseThreadConnection();
            }));
            threads.last()->start();
        }
        start.release(Desks);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        Store store(db.config());
        QVERIFY(store.open().ok);
        QCOMPARE(count(store, QStringLiteral("dd_schema_migrations")),
                 qint64(SchemaMigrations::versions().size()));
        QCOMPARE(count(store, QStringLiteral("audit_head")), 1);
    }

    // Operators a database had before access entries carried the whole access are recorded once,
    // by the migration, in one baseline entry: they keep signing in, and an edit after it shows.
    void operatorsOfAnOlderDatabaseGetAnAccessBaseline()
    {
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        {
            Store old(db.config());
            QVERIFY(old.openAtVersion(11).ok);
            for (const auto &[login, role, disabled] :
                 {std::tuple{"old.admin", "admin", 0}, std::tuple{"old.agent", "agent", 1}}) {
                StoreQuery insert(old.database(),
                                  QStringLiteral("INSERT INTO operators (login, display_name, "
                                                 "role, password_hash, disabled, created_at, "
                                                 "updated_at) VALUES (:l, :l, :r, 'x', :d, 1, 1)"));
                insert.bind(QStringLiteral("l"), QString::fromLatin1(login))
                    .bind(QStringLiteral("r"), QString::fromLatin1(role))
                    .bind(QStringLiteral("d"), disabled);
                QVERIFY(insert.exec());
            }
        }
        Store store(db.config());
        QVERIFY(store.open().ok);
        AuditFilter filter;
        filter.action = QStringLiteral("operator.access_baseline");
        const QList<AuditEntry> baseline = AuditLog(store).entries(filter);
        QCOMPARE(baseline.size(), 1);
        QCOMPARE(baseline.first().operatorLogin, OperatorAccess::systemLogin());
        const OperatorAccess access(store);
        const std::optional<AuditedAccess> admin = access.auditedAccess(u"old.admin"_qs);
        QVERIFY(admin);
        QCOMPARE(admin->role, OperatorRole::Admin);
        QVERIFY(!admin->disabled);
        const std::optional<AuditedAccess> agent = access.auditedAccess(u"OLD.AGENT"_qs);
        QVERIFY(agent && agent->disabled && agent->role == OperatorRole::Agent);
        QVERIFY(!access.auditedAccess(u"nobody"_qs));
        const std::optional<OperatorAccount> account =
            OperatorDirectory(store).find(u"old.admin"_qs);
        QVERIFY(account);
        QVERIFY(OperatorAccess::mismatch(*account, admin).isEmpty());
        QVERIFY(AuditLog(store).verify().ok);

        // Opening again writes no second baseline.
        Store again(db.config());
        QVERIFY(again.open().ok);
        QCOMPARE(AuditLog(again).entries(filter).size(), 1);
    }

    void refusesNewerDatabaseAndLeavesItAlone()
    {
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        const int newer = SchemaMigrations::latestVersion() + 1;
        {
            Store store(db.config());
            QVERIFY(store.open().ok);
            StoreQuery future(store.database(),
                              QStringLiteral("INSERT INTO dd_schema_migrations (version, "
                                             "description, applied_at) VALUES (:v, 'future', 0)"));
            future.bind(QStringLiteral("v"), newer);
            QVERIFY(future.exec());
            if (!Testing::usePostgres()) { // fold the WAL into the file so that it is complete
                QSqlQuery checkpoint(store.database());
                QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
        }
        const QByteArray before =
            Testing::usePostgres() ? QByteArray() : fileDigest(db.sqliteFile());

        Store store(db.config());
        const StoreResult result = store.open();
        QVERIFY(!result.ok);
        QVERIFY2(result.errorString.contains(QString::number(newer)),
                 qPrintable(result.errorString));
        QVERIFY(result.errorString.contains(QStringLiteral("newer")));
        QVERIFY(result.errorString.contains(QStringLiteral("not been changed")));
        store.releaseThreadConnection();

        if (Testing::usePostgres()) {
            Store check(db.config());
            QVERIFY(check.database().isOpen());
            QCOMPARE(count(check, QStringLiteral("dd_schema_migrations")),
                     qint64(SchemaMigrations::versions().size() + 1));
        } else {
            QCOMPARE(fileDigest(db.sqliteFile()), before);
        }
    }

    void unreachableDatabaseIsReportedWithoutPassword()
    {
        StoreConfig config;
        config.driver = StoreConfig::Driver::Postgres;
        config.host = QStringLiteral("127.0.0.1");
        config.port = 1; // nothing listens there
        config.database = QStringLiteral("nowhere");
        config.user = QStringLiteral("desk");
        config.password = QStringLiteral("s3cret-Passw0rd");
        Store store(config);
        const StoreResult result = store.open();
        QVERIFY(!result.ok);
        QVERIFY(result.errorString.contains(QStringLiteral("desk@127.0.0.1:1/nowhere")));
        QVERIFY(!result.errorString.contains(config.password));
        QVERIFY(!config.describe().contains(config.password));
    }

    void parsesConnectionStrings()
    {
        QString error;
        const auto config = StoreConfig::fromSetting(
            QStringLiteral("host=db.local port=6543 dbname=desk user=ops password='a b\\'c'"),
            &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->driver, StoreConfig::Driver::Postgres);
        QCOMPARE(config->port, 6543);
        QCOMPARE(config->password, QStringLiteral("a b'c"));
        QCOMPARE(StoreConfig::fromSetting(QStringLiteral("/tmp/x.sqlite"))->driver,
                 StoreConfig::Driver::Sqlite);
        QVERIFY(!StoreConfig::fromSetting(QStringLiteral("host=x port=99999 dbname=d"), &error));
        QVERIFY(error.contains(QStringLiteral("99999")));
        QVERIFY(!StoreConfig::fromSetting(QStringLiteral("host=x application_name=a dbname=d"),
                                          &error));
        QVERIFY(error.contains(QStringLiteral("application_name")));
    }

    // sslmode and certificates; the default mode when none is written; the setting without the
    // password (what the settings file keeps).
    void parsesTlsSettingsAndChoosesTheDefaultMode()
    {
        using Mode = StoreConfig::SslMode;
        QString error;
        const auto full = StoreConfig::fromSetting(
            QStringLiteral("host=db.example.com dbname=d user=u password=pw sslmode=verify-full "
                           "sslrootcert='/etc/dd/root ca.crt' sslcert=/c.crt sslkey=/c.key"),
            &error);
        QVERIFY2(full, qPrintable(error));
        QCOMPARE(full->sslMode, Mode::VerifyFull);
        QCOMPARE(full->sslRootCert, QStringLiteral("/etc/dd/root ca.crt"));
        QCOMPARE(full->tlsConnectOptions(),
                 QStringLiteral("sslmode=verify-full;sslrootcert='/etc/dd/root ca.crt';"
                                "sslcert=/c.crt;sslkey=/c.key"));
        const QString setting = full->toSetting();
        QVERIFY2(!setting.contains(QStringLiteral("pw")), qPrintable(setting));
        const auto again = StoreConfig::fromSetting(setting);
        QVERIFY(again);
        QCOMPARE(again->sslRootCert, full->sslRootCert);
        QCOMPARE(again->sslMode, Mode::VerifyFull);
        QCOMPARE(again->host, full->host);
        QVERIFY(again->password.isEmpty());

        const auto mode = [](const char *text) {
            return StoreConfig::fromSetting(QString::fromUtf8(text))->effectiveSslMode();
        };
        QCOMPARE(mode("host=db.example.com dbname=d"), Mode::Require);
        QCOMPARE(mode("host=10.0.0.5 dbname=d"), Mode::Require);
        QCOMPARE(mode("host=db.example.com dbname=d sslrootcert=/r.crt"), Mode::VerifyFull);
        QCOMPARE(mode("host=localhost dbname=d"), Mode::Prefer);
        QCOMPARE(mode("host=127.0.0.1 dbname=d"), Mode::Prefer);
        QCOMPARE(mode("host=/var/run/postgresql dbname=d"), Mode::Prefer);
        QCOMPARE(mode("host=db.example.com dbname=d sslmode=disable"), Mode::Disable);

        QVERIFY(!StoreConfig::fromSetting(QStringLiteral("host=x dbname=d sslmode=allow"), &error));
        QVERIFY(error.contains(QStringLiteral("allow")));
        QVERIFY(!StoreConfig::fromSetting(QStringLiteral("host=x dbname=d sslcert=/c.crt")));
        QVERIFY(!StoreConfig::fromSetting(QStringLiteral("host=x dbname=d sslrootcert=/a;b")));
        QCOMPARE(full->redact(QStringLiteral("no pw here, pw")),
                 QStringLiteral("no *** here, ***"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store store(db.config());
        QVERIFY(store.open().ok);
        const QString insert = QStringLiteral("INSERT INTO orders (out_order_no, status, "
                                              "created_at, updated_at) VALUES (:o, 'INIT', 0, 0)");
        {
            SqlTransaction tx(store.database(), store.dialect());
            QVERIFY(tx.isActive());
            QVERIFY(StoreQuery(store.database(), insert).bind(QStringLiteral("o"), u"A"_qs).exec());
        } // no commit: rolled back
        QCOMPARE(count(store, QStringLiteral("orders")), 0);
        {
            SqlTransaction outer(store.database(), store.dialect());
            QVERIFY(StoreQuery(store.database(), insert).bind(QStringLiteral("o"), u"B"_qs).exec());
            {
                SqlTransaction inner(store.database(), store.dialect());
                QVERIFY(inner.isActive());
                QVERIFY(
                    StoreQuery(store.database(), insert).bind(QStringLiteral("o"), u"C"_qs).exec());
            } // inner rolled back to its savepoint
            QVERIFY(outer.commit());
        }
        StoreQuery q(store.database(), QStringLiteral("SELECT out_order_no FROM orders"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.text(0), QStringLiteral("B"));
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
