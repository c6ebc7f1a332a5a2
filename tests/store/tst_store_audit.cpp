#include "ManualClock.h"
#include "StoreTestEnv.h"

#include "store/AuditLog.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace DepositDesk;

namespace {

AuditEvent sampleEvent(int n)
{
    return {QStringLiteral("agent%1").arg(n % 2),
            n % 3 == 0 ? u"order.unfreeze"_qs : u"order.view"_qs,
            QStringLiteral("OUT%1").arg(n % 4),
            QJsonObject{{QStringLiteral("amount"), QStringLiteral("%1.00").arg(n)},
                        {QStringLiteral("out_request_no"), QStringLiteral("UNF-%1").arg(n)},
                        {QStringLiteral("reason"), QStringLiteral("归还 #%1, \"ok\"").arg(n)}}};
}

} // namespace

class TestStoreAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;

    void appendFive()
    {
        AuditLog log(*m_store, m_clock);
        for (int n = 1; n <= 5; ++n) {
            m_clock.advance(std::chrono::seconds(60));
            const StoreResult r = log.append(sampleEvent(n));
            QVERIFY2(r.ok, qPrintable(r.errorString));
        }
    }
    void exec(const QString &sql)
    {
        StoreQuery q(m_store->database(), sql);
        QVERIFY(q.exec());
    }

private slots:
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void pagesNewestFirst()
    {
        appendFive();
        AuditLog log(*m_store, m_clock);
        AuditFilter filter;
        filter.newestFirst = true;
        filter.limit = 2;
        QList<qint64> seqs;
        for (;;) {
            const QList<AuditEntry> page = log.entries(filter);
            for (const AuditEntry &e : page)
                seqs << e.seq;
            if (page.size() < filter.limit)
                break;
            filter.beforeSeq = page.last().seq;
        }
        QCOMPARE(seqs, (QList<qint64>{5, 4, 3, 2, 1}));
        // With a filter: agent1 wrote entries 1, 3 and 5.
        filter = {};
        filter.newestFirst = true;
        filter.operatorLogin = QStringLiteral("agent1");
        filter.beforeSeq = 5;
        const QList<AuditEntry> older = log.entries(filter);
        QCOMPARE(older.size(), 2);
        QCOMPARE(older[0].seq, qint64(3));
        QCOMPARE(older[1].seq, qint64(1));
        QCOMPARE(log.last()->seq, qint64(5));
        QCOMPARE(log.last()->at, m_clock.now());
    }

    void appendsAChainThatVerifies()
    {
        AuditLog log(*m_store, m_clock);
        QVERIFY(log.verify().ok); // empty
        appendFive();
        const AuditVerification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(5));
        const QList<AuditEntry> all = log.entries();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[0].prevHash, QString());
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].seq, qint64(i + 1));
            QCOMPARE(all[i].hash.size(), 64);
            QCOMPARE(all[i].hash, all[i].computeHash());
            if (i > 0)
                QCOMPARE(all[i].prevHash, all[i - 1].hash);
        }
        QCOMPARE(all[2].at, Testing::ManualClock().now().addSecs(180));
        QCOMPARE(QJsonDocument::fromJson(all[2].detail.toUtf8())[u"out_request_no"].toString(),
                 u"UNF-3"_qs);
    }

    void tamperingWithAnyFieldOfAnyEntryIsFound_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<int>("seq");
        const QStringList assignments{u"at_ms = at_ms + 1"_qs,
                                      u"operator = 'supervisor'"_qs,
                                      u"action = 'order.refund'"_qs,
                                      u"out_order_no = 'OUT9'"_qs,
                                      u"detail = '{\"amount\":\"1.00\"}'"_qs,
                                      u"prev_hash = 'ab'"_qs,
                                      u"hash = 'cd'"_qs,
                                      u"seq = seq + 100"_qs};
        for (const QString &assignment : assignments)
            for (int seq : {1, 3, 5})
                QTest::addRow("%s @%d", qPrintable(assignment.section(u' ', 0, 0)), seq)
                    << assignment << seq;
    }
    void tamperingWithAnyFieldOfAnyEntryIsFound()
    {
        QFETCH(QString, assignment);
        QFETCH(int, seq);
        appendFive();
        exec(QStringLiteral("UPDATE audit_log SET %1 WHERE seq = %2").arg(assignment).arg(seq));
        const AuditVerification v = AuditLog(*m_store).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(seq));
        QVERIFY(v.problem.contains(QString::number(seq)));
    }

    void removedEntriesAreFound()
    {
        appendFive();
        exec(u"DELETE FROM audit_log WHERE seq = 5"_qs); // the last: only the head knows
        AuditVerification v = AuditLog(*m_store).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(5));
        exec(u"DELETE FROM audit_log WHERE seq = 2"_qs);
        v = AuditLog(*m_store).verify();
        QCOMPARE(v.firstBrokenSeq, qint64(2));
    }

    void checkpointVerifiesOnlyTheEntriesWrittenSince()
    {
        AuditLog log(*m_store, m_clock);
        AuditVerification v = log.verifyFromCheckpoint(); // empty chain
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(0));
        appendFive();
        v = log.verifyFromCheckpoint();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.fromSeq, qint64(0));
        QCOMPARE(v.entries, qint64(5));
        // Nothing new: only the checkpoint entry itself is looked at.
        v = log.verifyFromCheckpoint();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.fromSeq, qint64(5));
        QCOMPARE(v.entries, qint64(0));
        for (int n = 6; n <= 8; ++n)
            QVERIFY(log.append(sampleEvent(n)).ok);
        v = log.verifyFromCheckpoint();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.fromSeq, qint64(5));
        QCOMPARE(v.entries, qint64(3));
        QCOMPARE(log.verifyFromCheckpoint().fromSeq, qint64(8));
    }

    void entryChangedAfterTheCheckpointIsFound()
    {
        appendFive();
        AuditLog log(*m_store, m_clock);
        QVERIFY(log.verifyFromCheckpoint().ok);
        for (int n = 6; n <= 8; ++n)
            QVERIFY(log.append(sampleEvent(n)).ok);
        exec(u"UPDATE audit_log SET detail = '{\"amount\":\"0.01\"}' WHERE seq = 7"_qs);
        AuditVerification v = log.verifyFromCheckpoint();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(7));
        QVERIFY(!v.problem.isEmpty());
        // The checkpoint did not move past the broken entry: the next start still says so.
        v = log.verifyFromCheckpoint();
        QVERIFY(!v.ok);
        QCOMPARE(v.fromSeq, qint64(5));
        QCOMPARE(v.firstBrokenSeq, qint64(7));
    }

    void checkpointEntryChangedOrRemovedIsFound()
    {
        appendFive();
        AuditLog log(*m_store, m_clock);
        QVERIFY(log.verifyFromCheckpoint().ok);
        exec(u"UPDATE audit_log SET detail = '{}' WHERE seq = 5"_qs);
        AuditVerification v = log.verifyFromCheckpoint();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(5));
        // Its hash recomputed as well: the checkpoint still remembers the old one.
        AuditEntry changed = log.entries({}).at(4);
        changed.detail = u"{}"_qs;
        exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 5")
                 .arg(changed.computeHash()));
        exec(QStringLiteral("UPDATE audit_head SET last_hash = '%1'").arg(changed.computeHash()));
        v = log.verifyFromCheckpoint();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(5));
        exec(u"DELETE FROM audit_log WHERE seq = 5"_qs);
        v = log.verifyFromCheckpoint();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(5));
    }

    void entryBeforeTheCheckpointIsLeftToTheFullCheck()
    {
        // The documented limit: the incremental check does not read entries before the
        // checkpoint; verify() does.
        appendFive();
        AuditLog log(*m_store, m_clock);
        QVERIFY(log.verifyFromCheckpoint().ok);
        exec(u"UPDATE audit_log SET detail = '{}' WHERE seq = 2"_qs);
        QVERIFY(log.verifyFromCheckpoint().ok);
        const AuditVerification full = log.verify();
        QVERIFY(!full.ok);
        QCOMPARE(full.firstBrokenSeq, qint64(2));
    }

    void filtersAndExports()
    {
        appendFive();
        AuditLog log(*m_store, m_clock);
        AuditFilter byOrder;
        byOrder.outOrderNo = u"OUT1"_qs;
        QCOMPARE(log.entries(byOrder).size(), 2); // n = 1, 5
        AuditFilter byOperator;
        byOperator.operatorLogin = u"agent0"_qs;
        QCOMPARE(log.entries(byOperator).size(), 2); // n = 2, 4
        AuditFilter byAction;
        byAction.action = u"order.unfreeze"_qs;
        QCOMPARE(log.entries(byAction).size(), 1); // n = 3
        AuditFilter byTime;
        byTime.from = Testing::ManualClock().now().addSecs(120);
        byTime.before = Testing::ManualClock().now().addSecs(240);
        const auto timed = log.entries(byTime);
        QCOMPARE(timed.size(), 2);
        QCOMPARE(timed[0].seq, qint64(2));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(log.exportCsv({}, &csv).ok);
        const QStringList lines =
            QString::fromUtf8(csv.data()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith(u"seq,at,operator"_qs));
        // JSON escapes the quote, CSV doubles it: \""ok\""
        QVERIFY(lines[3].contains(u"\\\"\"ok\\\"\""_qs));
        QVERIFY(lines[3].contains(u"归还 #3"_qs));

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(log.exportJson(byOrder, &json).ok);
        const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[1][u"seq"].toInteger(), 5);
        QCOMPARE(array[1][u"details"][u"amount"].toString(), u"5.00"_qs);

        // A value that a spreadsheet would run as a formula is exported as text.
        QVERIFY(log.append({u"agent0"_qs, u"order.note"_qs, u"OUT1"_qs,
                            QJsonObject{{u"note"_qs, u"=HYPERLINK(1)"_qs}}})
                    .ok);
        AuditFilter note;
        note.action = u"order.note"_qs;
        QBuffer formula;
        formula.open(QIODevice::WriteOnly);
        QVERIFY(log.exportCsv(note, &formula).ok);
        QVERIFY(!formula.data().contains(",=") && !formula.data().contains(",\"="));
    }

    void secretsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("details");
        QTest::newRow("password") << QJsonObject{{u"password"_qs, u"hunter22"_qs}};
        QTest::newRow("new_password") << QJsonObject{{u"new_Password"_qs, u"x"_qs}};
        QTest::newRow("nested private key")
            << QJsonObject{{u"config"_qs, QJsonObject{{u"app_private_key"_qs, u"MIIE"_qs}}}};
        QTest::newRow("secret") << QJsonObject{{u"client_secret"_qs, u"x"_qs}};
        QTest::newRow("token") << QJsonObject{{u"auth_token"_qs, u"x"_qs}};
        QTest::newRow("pem value")
            << QJsonObject{{u"note"_qs, u"-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END"_qs}};
        QTest::newRow("key material")
            << QJsonObject{{u"note"_qs, QString(QString(120, u'A') + u"=="_qs)}};
        QTest::newRow("in an array")
            << QJsonObject{{u"list"_qs, QJsonArray{u"ok"_qs, u"-----BEGIN RSA PRIVATE KEY"_qs}}};
    }
    void secretsAreRefused()
    {
        QFETCH(QJsonObject, details);
        AuditLog log(*m_store, m_clock);
        const StoreResult r = log.append({u"admin"_qs, u"settings.change"_qs, QString(), details});
        QVERIFY(!r.ok);
        QVERIFY(r.errorString.contains(u"secret"_qs));
        QVERIFY(!r.errorString.contains(u"hunter22"_qs));
        QVERIFY(log.entries().isEmpty());
        // The same event without the secret is written.
        QVERIFY(log.append({u"admin"_qs, u"settings.change"_qs, QString(),
                            QJsonObject{{u"setting"_qs, u"gateway"_qs}}})
                    .ok);
        QCOMPARE(log.entries().size(), 1);
    }

    void concurrentWritersFormOneChain()
    {
        constexpr int Threads = 4;
        constexpr int PerThread = 25;
        QSemaphore start;
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.append(QThread::create([&, t] {
                // Its own connection (Store::database() is per thread), like another desk.
                AuditLog log(*m_store);
                start.acquire();
                for (int i = 0; i < PerThread; ++i) {
                    const StoreResult r =
                        log.append({QStringLiteral("desk%1").arg(t), u"order.unfreeze"_qs,
                                    QStringLiteral("OUT%1").arg(i), QJsonObject{{u"i"_qs, i}}});
                    if (!r.ok) {
                        qWarning("append failed: %s", qPrintable(r.errorString));
                        ++failures;
                    }
                }
            }));
            threads.last()->start();
        }
        start.release(Threads);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        AuditLog log(*m_store);
        const AuditVerification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(Threads * PerThread));
        AuditFilter all;
        all.limit = 10000;
        const QList<AuditEntry> entries = log.entries(all);
        QCOMPARE(entries.size(), Threads * PerThread);
        QSet<QString> hashes;
        int switches = 0;
        for (int i = 0; i < entries.size(); ++i) {
            hashes.insert(entries[i].prevHash);
            if (i > 0 && entries[i].operatorLogin != entries[i - 1].operatorLogin)
                ++switches;
        }
        QCOMPARE(hashes.size(), entries.size()); // no fork: every entry has its own predecessor
        for (int t = 0; t < Threads; ++t) {
            AuditFilter desk;
            desk.operatorLogin = QStringLiteral("desk%1").arg(t);
            QCOMPARE(log.entries(desk).size(), PerThread);
        }
        qInfo("%s: %d appends from %d connections, writers interleaved %d times",
              qPrintable(Testing::backendName()), Threads * PerThread, Threads, switches);
    }
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "tst_store_audit.moc"
