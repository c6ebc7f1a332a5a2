// The Sesame credit waiver policy (migration 18) through its service: versions written whole and
// never changed, the version in force at a moment, validation and role refusals that write
// nothing, one audit entry per version, CSV both ways (a round trip and hostile files), and the
// order check (over, within, no band, no policy, a policy changed after the order).
#include "ManualClock.h"
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "services/audit/AuditWords.h"
#include "services/orders/OrderDetailsReader.h"
#include "services/risk/WaiverCheck.h"
#include "services/risk/WaiverPolicyService.h"
#include "store/AuditLog.h"
#include "store/OrderIndex.h"
#include "store/StoreQuery.h"
#include "store/WaiverPolicies.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace DepositDesk;

namespace {

WaiverBand band(const QString &category, int min, std::optional<int> max, qint64 fen,
                bool partial = false)
{
    return WaiverBand{category, min, max, Money::fromFen(fen), partial};
}

OperatorSession as(OperatorRole role, const QString &login)
{
    OperatorSession s;
    s.login = login;
    s.role = role;
    return s;
}

const QList<WaiverBand> PhoneBands = {
    band(u"RENT_PHONE"_qs, 350, 599, 0),
    band(u"RENT_PHONE"_qs, 600, 699, 10000, true),
    band(u"RENT_PHONE"_qs, 700, std::nullopt, 20000, true),
};

} // namespace

class TestStoreWaiverPolicy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;
    QTemporaryDir m_dir;
    const OperatorSession m_risk = as(OperatorRole::Risk, u"risk.zhao"_qs);
    const OperatorSession m_admin = as(OperatorRole::Admin, u"admin.qian"_qs);

    qint64 count(const QString &table) const
    {
        StoreQuery q(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.exec() && q.next() ? q.int64(0) : -1;
    }
    QList<AuditEntry> policyEntries() const
    {
        AuditFilter filter;
        filter.action = QStringLiteral("policy.waiver.saved");
        return AuditLog(*m_store).entries(filter);
    }
    // Nothing written: no version, no band, no audit entry.
    void verifyNothingWritten(int versions = 0, int bands = 0)
    {
        QCOMPARE(count(u"waiver_policy_versions"_qs), qint64(versions));
        QCOMPARE(count(u"waiver_policy_bands"_qs), qint64(bands));
        QCOMPARE(policyEntries().size(), versions);
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void versionsAndTheOneInForce()
    {
        WaiverPolicyService service(*m_store, m_clock);
        QString error;
        QVERIFY(!service.current(m_risk, &error));
        QVERIFY(error.isEmpty()); // no policy yet is not an error
        const QDateTime first = m_clock.now();
        WaiverPolicyVersion v1;
        QVERIFY2(service.save(m_risk, PhoneBands, u"First policy"_qs, &v1), "v1");
        QCOMPARE(v1.version, 1);
        QCOMPARE(v1.createdAt, first);
        m_clock.advance(std::chrono::hours(24));
        QList<WaiverBand> second = PhoneBands;
        second[2].maxWaive = Money::fromFen(15000);
        second.append(band(u"  RENT_CAMERA "_qs, 650, std::nullopt, 50000));
        WaiverPolicyVersion v2;
        QVERIFY(service.save(m_admin, second, u"  Camera losses  "_qs, &v2));
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.reason, u"Camera losses"_qs);

        const auto versions = service.versions(m_risk, &error);
        QVERIFY2(versions, qPrintable(error));
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, 2); // newest first
        QCOMPARE(versions->at(0).createdBy, u"admin.qian"_qs);
        QCOMPARE(versions->at(1).createdBy, u"risk.zhao"_qs);
        QCOMPARE(versions->at(1).reason, u"First policy"_qs);
        QCOMPARE(versions->at(1).createdAt, first);

        // Bands come back as saved, sorted by category and score, the category trimmed.
        const auto current = service.current(m_risk, &error);
        QVERIFY(current);
        QCOMPARE(current->version, 2);
        QCOMPARE(current->bands.size(), 4);
        QCOMPARE(current->bands.at(0), band(u"RENT_CAMERA"_qs, 650, std::nullopt, 50000));
        QCOMPARE(current->bands.at(3), second.at(2));
        const auto old = service.version(m_risk, 1, &error);
        QVERIFY(old);
        QCOMPARE(old->bands, PhoneBands); // the old version is untouched
        QVERIFY(!service.version(m_risk, 7, &error));
        QVERIFY(error.contains(u"no version 7"_qs));

        // In force: the newest created at or before the moment.
        QVERIFY(!service.inForceAt(m_risk, first.addSecs(-1), &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(service.inForceAt(m_risk, first, &error)->version, 1);
        QCOMPARE(service.inForceAt(m_risk, first.addSecs(3600), &error)->version, 1);
        QCOMPARE(service.inForceAt(m_risk, m_clock.now(), &error)->version, 2);
        QCOMPARE(service.inForceAt(m_risk, m_clock.now().addDays(30), &error)->version, 2);

        // One audit entry per version, in words.
        const QList<AuditEntry> entries = policyEntries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).operatorLogin, u"admin.qian"_qs);
        const QJsonObject detail = QJsonDocument::fromJson(entries.at(1).detail.toUtf8()).object();
        QCOMPARE(detail.value(u"version"_qs).toInt(), 2);
        QCOMPARE(detail.value(u"reason"_qs).toString(), u"Camera losses"_qs);
        QCOMPARE(detail.value(u"bands"_qs).toArray().size(), 4);
        QVERIFY(AuditWords::isKnown(u"policy.waiver.saved"_qs));
        QCOMPARE(AuditWords::sentence(entries.at(1)),
                 u"Credit waiver policy v2 saved by admin.qian with 4 band(s) (reason: Camera "
                 u"losses)"_qs);
        QVERIFY(AuditLog(*m_store).verify().ok);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QList<WaiverBand>>("bands");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        const QString why = u"New limits"_qs;
        QTest::newRow("no band") << QList<WaiverBand>() << why << u"at least one band"_qs;
        QTest::newRow("empty category")
            << QList<WaiverBand>{band(u"  "_qs, 600, 700, 100)} << why << u"category is empty"_qs;
        QTest::newRow("score too low")
            << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 349, 700, 100)} << why << u"350"_qs;
        QTest::newRow("score too high")
            << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 600, 951, 100)} << why << u"950"_qs;
        QTest::newRow("range backwards") << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 700, 600, 100)}
                                         << why << u"ends before it starts"_qs;
        QTest::newRow("negative max")
            << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 600, 700, -1)} << why << u"negative"_qs;
        QTest::newRow("overlap") << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 600, 700, 100),
                                                      band(u"RENT_CAR"_qs, 600, 700, 100),
                                                      band(u"RENT_PHONE"_qs, 700, std::nullopt,
                                                           200)}
                                 << why
                                 << u"Bands 1 (RENT_PHONE 600–700) and 3 (RENT_PHONE 700+)"_qs;
        QTest::newRow("open-ended overlap")
            << QList<WaiverBand>{band(u"RENT_PHONE"_qs, 650, std::nullopt, 100),
                                 band(u"RENT_PHONE"_qs, 900, 950, 100)}
            << why << u"cover the same scores"_qs;
        QTest::newRow("no reason") << PhoneBands << u"   "_qs << u"reason is empty"_qs;
        QTest::newRow("secret in reason")
            << PhoneBands << u"password=hunter2hunter2"_qs << u"password"_qs;
    }
    void refusalsWriteNothing()
    {
        QFETCH(QList<WaiverBand>, bands);
        QFETCH(QString, reason);
        QFETCH(QString, says);
        WaiverPolicyService service(*m_store, m_clock);
        const StoreResult result = service.save(m_risk, bands, reason);
        QVERIFY(!result);
        QVERIFY2(result.errorString.contains(says), qPrintable(result.errorString));
        verifyNothingWritten();
    }

    void rolesAreCheckedOnEveryCall()
    {
        WaiverPolicyService service(*m_store, m_clock);
        QVERIFY(service.save(m_risk, PhoneBands, u"First"_qs));
        for (OperatorRole role :
             {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor}) {
            const OperatorSession s = as(role, u"someone"_qs);
            const StoreResult saved = service.save(s, PhoneBands, u"Mine"_qs);
            QVERIFY(!saved);
            QCOMPARE(saved.errorString,
                     Permissions::deniedReason(role, Capability::ManageWaiverPolicy));
            const QString path = writeFile(u"p.csv"_qs, WaiverPolicyService::toCsv(PhoneBands));
            QVERIFY(!service.importCsv(s, path, u"Mine"_qs));
            // Reading is for anyone who may view orders.
            QString error;
            QVERIFY2(service.current(s, &error), qPrintable(error));
            QVERIFY(service.versions(s, &error));
        }
        verifyNothingWritten(1, 3);
        QString error;
        QVERIFY(!service.current(OperatorSession(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!service.exportCsv(OperatorSession(), 0, m_dir.filePath(u"x.csv"_qs)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_qs)));
    }

    void csvRoundTrip()
    {
        WaiverPolicyService service(*m_store, m_clock);
        QList<WaiverBand> bands = PhoneBands;
        bands.append(band(u"RENT_CAMERA"_qs, 600, std::nullopt, 123456, true));
        QVERIFY(service.save(m_risk, bands, u"For export"_qs));
        const QString path = m_dir.filePath(u"policy.csv"_qs);
        QVERIFY(service.exportCsv(m_risk, 0, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        file.close();
        QVERIFY(csv.startsWith("category,score_min,score_max,max_waive,partial_allowed\n"));
        QVERIFY(csv.contains("RENT_CAMERA,600,,1234.56,yes\n"));
        QVERIFY(csv.contains("RENT_PHONE,350,599,0.00,no\n"));

        m_clock.advance(std::chrono::minutes(5));
        WaiverPolicyVersion imported;
        const StoreResult result = service.importCsv(m_risk, path, u"Round trip"_qs, &imported);
        QVERIFY2(result, qPrintable(result.errorString));
        QCOMPARE(imported.version, 2);
        QCOMPARE(service.version(m_risk, 2)->bands, service.version(m_risk, 1)->bands);
        const QJsonObject detail =
            QJsonDocument::fromJson(policyEntries().last().detail.toUtf8()).object();
        QCOMPARE(detail.value(u"source"_qs).toString(), u"import"_qs);

        // Columns by name, in any order, yes/no in any case.
        const QString reordered = writeFile(
            u"reordered.csv"_qs,
            "partial_allowed,max_waive,category,score_max,score_min\r\nYES,50.5,RENT_CAR,,700\r\n");
        QVERIFY(service.importCsv(m_risk, reordered, u"Cars"_qs, &imported));
        QCOMPARE(imported.bands,
                 QList<WaiverBand>{band(u"RENT_CAR"_qs, 700, std::nullopt, 5050, true)});
    }

    void hostileCsvChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("says");
        const QByteArray header = "category,score_min,score_max,max_waive,partial_allowed\n";
        QTest::newRow("missing column")
            << QByteArray("category,score_min,score_max,partial_allowed\nRENT_PHONE,600,699,no\n")
            << u"Line 1: the column max_waive is missing"_qs;
        QTest::newRow("column twice")
            << QByteArray("category,score_min,score_max,max_waive,max_waive,partial_allowed\n")
            << u"appears twice"_qs;
        QTest::newRow("bad amount") << header + "RENT_PHONE,600,699,100.00,no\n"
                                                "RENT_PHONE,700,,1.234,yes\n"
                                    << u"Line 3: max_waive “1.234”"_qs;
        QTest::newRow("negative amount") << header + "RENT_PHONE,600,699,-5,no\n"
                                         << u"Line 2: max_waive “-5”"_qs;
        QTest::newRow("grouped amount") << header + "RENT_PHONE,600,699,\"1,000.00\",no\n"
                                        << u"Line 2: max_waive"_qs;
        QTest::newRow("overlapping bands")
            << header + "RENT_PHONE,600,699,100,no\nRENT_CAR,600,699,100,no\n"
                        "RENT_PHONE,650,,200,no\n"
            << u"Line 4: its scores overlap the band of line 2"_qs;
        QTest::newRow("score not a number") << header + "RENT_PHONE,6OO,699,100,no\n"
                                            << u"Line 2: score_min “6OO”"_qs;
        QTest::newRow("score out of range") << header + "RENT_PHONE,600,999,100,no\n"
                                            << u"Line 2: a Sesame score"_qs;
        QTest::newRow("bad flag") << header + "RENT_PHONE,600,699,100,maybe\n"
                                  << u"Line 2: partial_allowed “maybe”"_qs;
        QTest::newRow("short row") << header + "RENT_PHONE,600,699\n" << u"Line 2: it has 3"_qs;
        QTest::newRow("empty category") << header + ",600,699,100,no\n"
                                        << u"Line 2: the category is empty"_qs;
        QTest::newRow("header only") << header << u"no band"_qs;
        QTest::newRow("empty file") << QByteArray() << u"empty"_qs;
        QTest::newRow("unclosed quote") << header + "\"RENT_PHONE,600,699,100,no\n" << u"quote"_qs;
        QByteArray huge = header;
        while (huge.size() <= WaiverPolicyService::MaxCsvBytes)
            huge += "RENT_PHONE,600,699,100.00,no\n";
        QTest::newRow("too big") << huge << u"too large"_qs;
    }
    void hostileCsvChangesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, says);
        WaiverPolicyService service(*m_store, m_clock);
        QVERIFY(service.save(m_risk, PhoneBands, u"Before"_qs));
        const QString path = writeFile(u"hostile.csv"_qs, csv);
        QVERIFY(!path.isEmpty());
        const StoreResult result = service.importCsv(m_risk, path, u"Import"_qs);
        QVERIFY(!result);
        QVERIFY2(result.errorString.contains(says), qPrintable(result.errorString));
        verifyNothingWritten(1, 3);
        QCOMPARE(service.current(m_risk)->bands, PhoneBands);
    }

    void orderCheck_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("creditFen");
        QTest::addColumn<int>("createdDaysAfterV1"); // v1 at day 0, v2 at day 10
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("version");
        QTest::addColumn<qint64>("allowedFen");
        using S = WaiverCheck::State;
        QTest::newRow("over") << u"RENT_PHONE"_qs << qint64(30000) << 1 << int(S::Over) << 1
                              << qint64(20000);
        QTest::newRow("at the maximum: within")
            << u"RENT_PHONE"_qs << qint64(20000) << 1 << int(S::Within) << 1 << qint64(20000);
        QTest::newRow("within") << u"RENT_PHONE"_qs << qint64(5000) << 1 << int(S::Within) << 1
                                << qint64(20000);
        QTest::newRow("no band") << u"RENT_BIKE"_qs << qint64(5000) << 1 << int(S::NoBand) << 1
                                 << qint64(0);
        QTest::newRow("before any policy")
            << u"RENT_PHONE"_qs << qint64(5000) << -1 << int(S::NoPolicy) << 0 << qint64(0);
        QTest::newRow("nothing waived")
            << u"RENT_PHONE"_qs << qint64(0) << 1 << int(S::NotWaived) << 0 << qint64(0);
        // v2 lowers the phones' maximum to 100.00 and adds bikes: an order made under v1 is
        // still judged by v1, one made after v2 by v2.
        QTest::newRow("changed after the order: older version applies")
            << u"RENT_PHONE"_qs << qint64(15000) << 5 << int(S::Within) << 1 << qint64(20000);
        QTest::newRow("made after the change")
            << u"RENT_PHONE"_qs << qint64(15000) << 11 << int(S::Over) << 2 << qint64(10000);
        QTest::newRow("category added later")
            << u"RENT_BIKE"_qs << qint64(5000) << 11 << int(S::Within) << 2 << qint64(8000);
    }
    void orderCheck()
    {
        QFETCH(QString, category);
        QFETCH(qint64, creditFen);
        QFETCH(int, createdDaysAfterV1);
        QFETCH(int, state);
        QFETCH(int, version);
        QFETCH(qint64, allowedFen);
        WaiverPolicyService service(*m_store, m_clock);
        const QDateTime v1 = m_clock.now();
        QVERIFY(service.save(m_risk, PhoneBands, u"First"_qs));
        m_clock.advance(std::chrono::hours(24 * 10));
        QList<WaiverBand> lower = {band(u"RENT_PHONE"_qs, 600, std::nullopt, 10000),
                                   band(u"RENT_BIKE"_qs, 500, std::nullopt, 8000)};
        QVERIFY(service.save(m_risk, lower, u"Lower"_qs));

        OrderRecord order = Testing::makeOrder(1);
        order.category = category;
        order.credit = Money::fromFen(creditFen);
        order.fund = order.total - order.credit;
        order.created = v1.addDays(createdDaysAfterV1);
        order.updated = order.created;
        QVERIFY(OrderIndex(*m_store).upsert(order));

        QString error;
        const std::optional<WaiverCheck> check = WaiverCheck::read(*m_store, order, &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(int(check->state), state);
        QCOMPARE(check->version, version);
        QCOMPARE(check->allowed, Money::fromFen(allowedFen));
        QCOMPARE(check->waived, Money::fromFen(creditFen));
        QCOMPARE(check->flagged(), state == int(WaiverCheck::State::Over));
        if (state == int(WaiverCheck::State::Over) && version == 1)
            QCOMPARE(check->bands, PhoneBands);

        // The order's detail carries the same check.
        const std::optional<OrderSnapshot> snapshot =
            OrderDetailsReader(*m_store).read(order.outOrderNo, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(int(snapshot->waiver.state), state);
        QCOMPARE(snapshot->waiver.version, version);
    }

    // Many versions of many bands: the order check still picks the version in force by the
    // order's time, reading one version's bands of one category. Prints what one check costs.
    void manyVersionsStayCheap()
    {
        WaiverPolicyService service(*m_store, m_clock);
        constexpr int Versions = 200;
        const QDateTime start = m_clock.now();
        for (int v = 1; v <= Versions; ++v) {
            QList<WaiverBand> bands;
            for (int c = 0; c < 20; ++c)
                bands.append(band(u"RENT_%1"_qs.arg(c), 600, std::nullopt, 100LL * v));
            QVERIFY(service.save(m_risk, bands, u"Version %1"_qs.arg(v)));
            m_clock.advance(std::chrono::hours(1));
        }
        OrderRecord order = Testing::makeOrder(1);
        order.category = u"RENT_7"_qs;
        order.credit = Money::fromFen(100LL * 50 + 1);
        order.created = start.addSecs(3600 * 49 + 60); // after v50, before v51
        QElapsedTimer timer;
        timer.start();
        constexpr int Checks = 500;
        for (int i = 0; i < Checks; ++i) {
            const std::optional<WaiverCheck> check = WaiverCheck::read(*m_store, order);
            QVERIFY(check);
            QCOMPARE(check->version, 50);
            QCOMPARE(check->bands.size(), 1);
            QVERIFY(check->flagged());
        }
        qInfo("%s: one order check with %d versions of 20 bands: %.3f ms",
              qPrintable(Testing::backendName()), Versions,
              double(timer.nsecsElapsed()) / 1e6 / Checks);
    }
};

QTEST_GUILESS_MAIN(TestStoreWaiverPolicy)
#include "tst_store_waiverpolicy.moc"
