#pragma once

#include "domain/Nodiscard.h"
#include "finance/BillFiles.h"
#include "finance/BillParser.h"

#include "domain/OperatorSession.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace DepositDesk {

class AlipayApi;
class Store;

// Downloads one bill: alipay.data.dataservice.bill.downloadurl.query, then at once a GET of the
// URL (it lives 30 s; an expired URL is asked for again, once), with progress and cancel. The
// archive is written to <dataDir>/bills/<type>/ (QSaveFile: never a half file), its SHA-256
// computed, and recorded in BillFiles; a second download of the same bytes is recognised and the
// first file kept. Needs Capability::RunReconciliation (refused in the service otherwise).
// Audited: "bill.downloaded" (type, date, sha256, size, already_known).
//
// Capped (BillParser::Limits): a download announced larger than maxArchiveBytes is not read, one
// that grows past it is stopped there; either is Refused with the limit named and nothing kept.
// A downloaded archive past the entry caps (a zip bomb) is refused the same way.
class BillDownloader : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Downloaded,   // new file recorded
        AlreadyKnown, // the same bytes were downloaded before: file() is the first one
        NoBill,       // Alipay has no bill for that period (no business); nothing written
        Refused,      // bad input, no permission, not ready yet, Alipay said no: nothing written
        Failed,       // network or disk failure, tampered answer: nothing written
        Cancelled,
    };
    Q_ENUM(Status)

    struct DD_NODISCARD Result
    {
        Status status = Status::Failed;
        QString message; // translated, for people
        QString detail;  // code / sub_code / HTTP status, for "Details"
        BillFileRecord file;
    };

    BillDownloader(const Store &store, AlipayApi &api, const QString &dataDir,
                   QObject *parent = nullptr);
    ~BillDownloader() override;

    // One download at a time; false (and nothing started) while one runs. Everything else,
    // including a refusal (no permission, bad type or date), ends in finished(), never in a
    // synchronous answer.
    bool start(const OperatorSession &session, const QString &billType, const QString &billDate);
    // The caps the download and the downloaded archive are held to; tests lower them.
    const BillParser::Limits &limits() const { return m_limits; }
    void setLimits(const BillParser::Limits &limits) { m_limits = limits; }
    void cancel();
    bool isRunning() const;

    // The bills downloaded so far (BillFiles), newest first; one of them by id.
    QList<BillFileRecord> files() const;
    std::optional<BillFileRecord> file(qint64 id) const;

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const DepositDesk::BillDownloader::Result &result);

private:
    struct Private;
    void askUrl();
    void fetch(const QUrl &url);
    void readSome();
    void fetched();
    void keep();
    void finish(Status status, const QString &message, const QString &detail = {});
    bool stopIfTooLarge(qint64 size, bool announced);
    const Store &m_store;
    AlipayApi &m_api;
    QString m_dataDir;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_running = false;
    OperatorSession m_session;
    BillParser::Limits m_limits;
    std::unique_ptr<Private> d;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::BillDownloader::Result)
