// BillDownloader against the real sandbox gateway over loopback (docs/alipay-protocol.md §6.11,
// §8): day and month bills kept with their SHA-256 and fetch time, a second download recognised,
// the no-bill / not-ready / invalid answers, cancel, the right to reconcile, a tampered answer, and
// an expired address asked for again.
#include "BillArchives.h"
#include "SandboxGatewayFixture.h"

#include "alipay/AlipayApi.h"
#include "finance/BillParser.h"
#include "services/finance/BillDownloader.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

using Status = BillDownloader::Status;

// The sandbox's bill service, except that the first GET answers 404 (an expired address).
class ExpiringOnce : public Sandbox::BillService
{
public:
    explicit ExpiringOnce(Sandbox::Bills &bills)
        : m_bills(bills)
    {}
    UrlAnswer downloadUrl(const QString &appId, const QString &billType, const QString &billDate,
                          const QDateTime &now, const QUrl &baseUrl) override
    {
        ++urls;
        return m_bills.downloadUrl(appId, billType, billDate, now, baseUrl);
    }
    FileAnswer download(const QString &path, const QUrlQuery &query, const QDateTime &now) override
    {
        if (++downloads == 1)
            return {404, QByteArrayLiteral("text/plain"), QByteArrayLiteral("expired")};
        return m_bills.download(path, query, now);
    }
    int urls = 0;
    int downloads = 0;

private:
    Sandbox::Bills &m_bills;
};

// The sandbox's bill service, except that every download is the given archive.
class ServesArchive : public Sandbox::BillService
{
public:
    ServesArchive(Sandbox::Bills &bills, QByteArray archive)
        : m_bills(bills)
        , m_archive(std::move(archive))
    {}
    UrlAnswer downloadUrl(const QString &appId, const QString &billType, const QString &billDate,
                          const QDateTime &now, const QUrl &baseUrl) override
    {
        return m_bills.downloadUrl(appId, billType, billDate, now, baseUrl);
    }
    FileAnswer download(const QString &, const QUrlQuery &, const QDateTime &) override
    {
        return {200, QByteArrayLiteral("application/octet-stream"), m_archive};
    }

private:
    Sandbox::Bills &m_bills;
    QByteArray m_archive;
};

// An HTTP server on loopback that answers any request with 200 and an endless body (no
// Content-Length, the end would be the connection's close), 64 KiB at a time up to `total`,
// counting what it could hand to the socket.
class EndlessServer : public QObject
{
public:
    explicit EndlessServer(qint64 total)
        : m_total(total)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                if (socket->property("answering").toBool())
                    return;
                socket->setProperty("answering", true);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                              "Connection: close\r\n\r\n");
                writeMore(socket);
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] {
                if (socket->bytesToWrite() < Chunk)
                    writeMore(socket);
            });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/endless").arg(m_server.serverPort()));
    }
    qint64 sent = 0;

private:
    static constexpr qint64 Chunk = 64 * 1024;
    void writeMore(QTcpSocket *socket)
    {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (sent >= m_total) {
            socket->disconnectFromHost();
            return;
        }
        sent += socket->write(QByteArray(Chunk, 'z'));
    }
    QTcpServer m_server;
    qint64 m_total;
};

// The sandbox's bill service, except that the download address is the given one.
class ServesUrl : public Sandbox::BillService
{
public:
    ServesUrl(Sandbox::Bills &bills, QUrl url)
        : m_bills(bills)
        , m_url(std::move(url))
    {}
    UrlAnswer downloadUrl(const QString &appId, const QString &billType, const QString &billDate,
                          const QDateTime &now, const QUrl &baseUrl) override
    {
        UrlAnswer answer = m_bills.downloadUrl(appId, billType, billDate, now, baseUrl);
        QUrl url = m_url;
        url.setQuery(QUrl(answer.billDownloadUrl).query());
        answer.billDownloadUrl = url.toString();
        return answer;
    }
    FileAnswer download(const QString &path, const QUrlQuery &query, const QDateTime &now) override
    {
        return m_bills.download(path, query, now);
    }

private:
    Sandbox::Bills &m_bills;
    QUrl m_url;
};

OperatorSession session(OperatorRole role)
{
    return {QStringLiteral("fin1"), QStringLiteral("Finance One"), role};
}

} // namespace

class TestBillDownloader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Sandbox::Bills> m_bills;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<AlipayApi> m_api;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<BillDownloader> m_downloader;
    QString m_dataDir;

    // Starts a download and waits for its end.
    BillDownloader::Result download(const QString &date, OperatorRole role = OperatorRole::Finance,
                                    const QString &type = QStringLiteral("trade"))
    {
        QSignalSpy finished(m_downloader.get(), &BillDownloader::finished);
        if (!m_downloader->start(session(role), type, date))
            qFatal("a download was still running");
        if (!finished.wait(15000))
            qFatal("the download never finished");
        if (finished.size() != 1)
            qFatal("a download answered more than once");
        return finished.at(0).at(0).value<BillDownloader::Result>();
    }

    QStringList filesKept() const
    {
        QStringList files;
        QDir bills(m_dataDir + QStringLiteral("/bills/trade"));
        for (const QString &name : bills.entryList(QDir::Files | QDir::Hidden))
            files.append(name);
        return files;
    }

    static QString sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }

    // Days of May 2024 (China time) with at least one payment, the first one.
    QString busyDay() const
    {
        for (const Sandbox::Trade &t : m_sandbox->ledger.trades(appId()))
            if (ChinaTime::toChina(t.paidAt).date().month() == 5)
                return ChinaTime::toChina(t.paidAt).date().toString(u"yyyy-MM-dd");
        return {};
    }

    // Nothing kept, recorded or audited as downloaded.
    void expectNothingKept()
    {
        QVERIFY2(filesKept().isEmpty(), qPrintable(filesKept().join(u", ")));
        QVERIFY(BillFiles(*m_store).list().isEmpty());
        AuditFilter filter;
        filter.action = QStringLiteral("bill.downloaded");
        QVERIFY(AuditLog(*m_store).entries(filter).isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        m_sandbox = std::make_unique<SandboxHarness>();
        seedLedger(m_sandbox->ledger, 40, appId());
        m_sandbox->clock.set(QDateTime(QDate(2024, 6, 20), QTime(12, 0), QTimeZone(8 * 3600)));
        m_bills = std::make_unique<Sandbox::Bills>(m_sandbox->ledger);
        m_sandbox->gateway->setBillService(m_bills.get());
        m_client = std::make_unique<GatewayClient>(m_sandbox->clientConfig(10000));
        m_client->setClock(m_sandbox->clock);
        m_api = std::make_unique<AlipayApi>(m_client.get());
        m_store = std::make_unique<Store>(
            StoreConfig::sqlite(m_dataDir + QStringLiteral("/store.sqlite")));
        QDir().mkpath(m_dataDir);
        QVERIFY(m_store->open());
        m_downloader = std::make_unique<BillDownloader>(*m_store, *m_api, m_dataDir);
    }

    void cleanup()
    {
        m_downloader.reset();
        m_store.reset();
        m_api.reset();
        m_client.reset();
        m_sandbox->gateway->setBillService(nullptr);
        m_bills.reset();
        m_sandbox.reset();
    }

    void dayAndMonthAreKeptWithTheirHash()
    {
        const QString day = busyDay();
        QVERIFY(!day.isEmpty());
        QList<qint64> progress;
        connect(m_downloader.get(), &BillDownloader::progress, this,
                [&](qint64 received, qint64) { progress.append(received); });
        for (const QString &date : {day, QStringLiteral("2024-05")}) {
            const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
            const BillDownloader::Result result = download(date);
            const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
            QVERIFY2(result.status == Status::Downloaded, qPrintable(result.message));
            const BillFileRecord &file = result.file;
            QVERIFY(file.id > 0);
            QCOMPARE(file.billDate, date);
            QCOMPARE(file.fileName,
                     QStringLiteral("%1_%2.csv.zip")
                         .arg(BillPid + QStringLiteral("0156"), QString(date).remove(u'-')));
            QCOMPARE(file.path, m_dataDir + QStringLiteral("/bills/trade/") + file.fileName);
            QCOMPARE(sha256Of(file.path), file.sha256);
            QCOMPARE(QFileInfo(file.path).size(), file.sizeBytes);
            QVERIFY(file.fetchedAt >= before && file.fetchedAt <= after);
            QCOMPARE(file.fetchedBy, QStringLiteral("fin1"));
            BillProblem problem;
            const auto bill = BillParser::parseArchive(file.path, {}, &problem);
            QVERIFY2(bill && !bill->lines.empty(), qPrintable(problem.toString()));
            const auto stored = BillFiles(*m_store).find(file.id);
            QVERIFY(stored);
            QCOMPARE(stored->sha256, file.sha256);
            QCOMPARE(stored->fetchedAt, file.fetchedAt);
        }
        QVERIFY(!progress.isEmpty());
        QCOMPARE(filesKept().size(), 2);
        AuditFilter filter;
        filter.action = QStringLiteral("bill.downloaded");
        const QList<AuditEntry> audit = AuditLog(*m_store).entries(filter);
        QCOMPARE(audit.size(), 2);
        QVERIFY(audit.at(0).detail.contains(QStringLiteral("\"already_known\":false")));
    }

    void secondDownloadIsRecognised()
    {
        const QString day = busyDay();
        const BillDownloader::Result first = download(day);
        QVERIFY2(first.status == Status::Downloaded, qPrintable(first.message));
        const BillDownloader::Result second = download(day);
        QVERIFY2(second.status == Status::AlreadyKnown, qPrintable(second.message));
        QCOMPARE(second.file.id, first.file.id);
        QCOMPARE(second.file.path, first.file.path);
        QCOMPARE(filesKept(), QStringList{first.file.fileName});
        QCOMPARE(BillFiles(*m_store).list(QStringLiteral("trade"), day).size(), 1);

        // A second later the bill is generated anew (a new bill service: another 导出时间): other
        // bytes, kept beside the first under another name, both recorded.
        m_sandbox->clock.advance(std::chrono::seconds(1));
        auto regenerated = std::make_unique<Sandbox::Bills>(m_sandbox->ledger);
        m_sandbox->gateway->setBillService(regenerated.get());
        m_bills = std::move(regenerated);
        const BillDownloader::Result third = download(day);
        QVERIFY2(third.status == Status::Downloaded, qPrintable(third.message));
        QVERIFY(third.file.id != first.file.id);
        QVERIFY(third.file.path != first.file.path);
        QCOMPARE(sha256Of(first.file.path), first.file.sha256);
        QCOMPARE(sha256Of(third.file.path), third.file.sha256);
        QCOMPARE(filesKept().size(), 2);
        QCOMPARE(BillFiles(*m_store).list(QStringLiteral("trade"), day).size(), 2);
    }

    void noBillDay()
    {
        const BillDownloader::Result result = download(QStringLiteral("2024-02-10"));
        QCOMPARE(result.status, Status::NoBill);
        QVERIFY(result.detail.contains(QStringLiteral("bill_not_exist")));
        QVERIFY(filesKept().isEmpty());
        QVERIFY(BillFiles(*m_store).list().isEmpty());
    }

    void notReadyDay()
    {
        const BillDownloader::Result result = download(QStringLiteral("2024-06-20"));
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("not made the bill")),
                 qPrintable(result.message));
        QVERIFY(result.detail.contains(QStringLiteral("bill_not_ready")));
        QVERIFY(filesKept().isEmpty());
    }

    void invalidDateInPlainWords()
    {
        const BillDownloader::Result result = download(QStringLiteral("2015-12"));
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("from January 2016 on")),
                 qPrintable(result.message));
        QVERIFY(result.detail.contains(QStringLiteral("invalid-arguments")));
        const BillDownloader::Result type =
            download(QStringLiteral("2024-05"), OperatorRole::Finance, QStringLiteral("TRADE"));
        QCOMPARE(type.status, Status::Refused);
        QVERIFY(filesKept().isEmpty());
    }

    void cancelMidwayLeavesNothing()
    {
        // Cancelled as the first bytes arrive: no file, no temporary file, no record.
        connect(m_downloader.get(), &BillDownloader::progress, m_downloader.get(),
                &BillDownloader::cancel);
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        QCOMPARE(result.status, Status::Cancelled);
        QVERIFY(!m_downloader->isRunning());
        QVERIFY(filesKept().isEmpty());
        QVERIFY(BillFiles(*m_store).list().isEmpty());
        // Cancelled while the address is being asked for: the answer is ignored.
        disconnect(m_downloader.get(), &BillDownloader::progress, m_downloader.get(),
                   &BillDownloader::cancel);
        QSignalSpy finished(m_downloader.get(), &BillDownloader::finished);
        QVERIFY(m_downloader->start(session(OperatorRole::Finance), QStringLiteral("trade"),
                                    QStringLiteral("2024-05")));
        m_downloader->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<BillDownloader::Result>().status, Status::Cancelled);
        // A later download works, and only it leaves a file.
        const BillDownloader::Result later = download(QStringLiteral("2024-05"));
        QCOMPARE(later.status, Status::Downloaded);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(filesKept().size(), 1);
    }

    void roleWithoutTheRightIsRefused()
    {
        const QDateTime now = m_sandbox->clock.now();
        const BillDownloader::Result result =
            download(QStringLiteral("2024-05"), OperatorRole::Agent);
        QCOMPARE(result.status, Status::Refused);
        QCOMPARE(result.message,
                 Permissions::deniedReason(OperatorRole::Agent, Capability::RunReconciliation));
        QCOMPARE(m_bills->liveUrlCount(now), 0); // nothing was asked of Alipay
        QVERIFY(filesKept().isEmpty());
    }

    void tamperedAnswerWritesNothing()
    {
        m_sandbox->gateway->faults().add(
            {Sandbox::Faults::Kind::BadSignature, AlipayApi::BillDownloadUrl, -1, 0});
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY(filesKept().isEmpty());
        QVERIFY(BillFiles(*m_store).list().isEmpty());
    }

    // A zip bomb (an entry unpacking to 1000 times its packed size) is refused with the limit
    // named: no file kept, no BillFiles row, nothing audited as downloaded.
    void zipBombIsNeitherKeptNorRecorded()
    {
        const QString entry = BillPid + QStringLiteral("0156_20240501_业务明细.csv");
        ServesArchive bomb(*m_bills, makeZip({{entry, QByteArray(64 << 20, '\0')}}));
        m_sandbox->gateway->setBillService(&bomb);
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        m_sandbox->gateway->setBillService(m_bills.get());
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("more than 100 times its packed size")),
                 qPrintable(result.message));
        expectNothingKept();
    }

    // A download announced larger than the cap is not read: Refused, the limit named.
    void oversizeDownloadIsRefused()
    {
        QByteArray archive(3 << 20, Qt::Uninitialized);
        for (char &c : archive)
            c = char(QRandomGenerator::global()->bounded(256));
        ServesArchive oversize(*m_bills, archive);
        m_sandbox->gateway->setBillService(&oversize);
        BillParser::Limits limits;
        QCOMPARE(m_downloader->limits().maxArchiveBytes, qint64(1) << 30);
        limits.maxArchiveBytes = qint64(1) << 20;
        m_downloader->setLimits(limits);
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        m_sandbox->gateway->setBillService(m_bills.get());
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("announced 3 MiB, more than the 1 MiB")),
                 qPrintable(result.message));
        expectNothingKept();
        // Under the cap the same download is kept.
        limits.maxArchiveBytes = 4 << 20;
        m_downloader->setLimits(limits);
        m_sandbox->gateway->setBillService(&oversize);
        const BillDownloader::Result kept = download(QStringLiteral("2024-05"));
        m_sandbox->gateway->setBillService(m_bills.get());
        QVERIFY2(kept.status == Status::Downloaded, qPrintable(kept.message));
        QCOMPARE(kept.file.sizeBytes, qint64(archive.size()));
    }

    // A download that does not say its size is stopped once it grows past the cap: the server
    // is cut off long before its end, the partial file deleted.
    void downloadGrowingPastTheCapIsStopped()
    {
        const qint64 total = qint64(256) << 20;
        EndlessServer endless(total);
        ServesUrl elsewhere(*m_bills, endless.url());
        m_sandbox->gateway->setBillService(&elsewhere);
        BillParser::Limits limits;
        limits.maxArchiveBytes = qint64(1) << 20;
        m_downloader->setLimits(limits);
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        m_sandbox->gateway->setBillService(m_bills.get());
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("grew past 1 MiB")),
                 qPrintable(result.message));
        QVERIFY2(endless.sent < total / 4, qPrintable(QString::number(endless.sent)));
        expectNothingKept();
    }

    void expiredAddressIsAskedForAgainOnce()
    {
        ExpiringOnce expiring(*m_bills);
        m_sandbox->gateway->setBillService(&expiring);
        const BillDownloader::Result result = download(QStringLiteral("2024-05"));
        QVERIFY2(result.status == Status::Downloaded, qPrintable(result.message));
        QCOMPARE(expiring.urls, 2);
        QCOMPARE(expiring.downloads, 2);
        QCOMPARE(sha256Of(result.file.path), result.file.sha256);
        m_sandbox->gateway->setBillService(m_bills.get());
    }
};

QTEST_GUILESS_MAIN(TestBillDownloader)
#include "tst_billdownloader.moc"
