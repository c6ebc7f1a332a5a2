#include "services/finance/BillDownloader.h"

#include "alipay/AlipayApi.h"
#include "domain/ByteSize.h"
#include "store/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>

#include <algorithm>

namespace DepositDesk {

struct BillDownloader::Private
{
    QString billType, billDate;
    QString fileName, path;
    std::unique_ptr<QSaveFile> save;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 received = 0;
    bool askedAgain = false;
    quint64 generation = 0; // answers of an earlier start() or of a cancelled one are ignored
};

namespace {

// downloadFileName as Alipay gives it, when it is a plain file name; else one of our own.
QString safeFileName(const QUrl &url, const QString &billType, const QString &billDate)
{
    const QString given =
        QUrlQuery(url).queryItemValue(QStringLiteral("downloadFileName"), QUrl::FullyDecoded);
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}$"));
    if (plain.match(given).hasMatch() && !given.contains(QStringLiteral("..")))
        return given;
    return QStringLiteral("%1_%2.csv.zip").arg(billType, QString(billDate).remove(u'-'));
}

// The call's codes for "Details".
QString detailOf(const CallResult &call)
{
    QStringList parts;
    for (const QString &part : {call.code, call.subCode, call.subMsg, call.detail})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

BillDownloader::BillDownloader(const Store &store, AlipayApi &api, const QString &dataDir,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_dataDir(dataDir)
    , m_network(new QNetworkAccessManager(this))
    , d(std::make_unique<Private>())
{}

BillDownloader::~BillDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool BillDownloader::isRunning() const
{
    return m_running;
}

QList<BillFileRecord> BillDownloader::files() const
{
    return BillFiles(m_store).list();
}

std::optional<BillFileRecord> BillDownloader::file(qint64 id) const
{
    return BillFiles(m_store).find(id);
}

bool BillDownloader::start(const OperatorSession &session, const QString &billType,
                           const QString &billDate)
{
    if (m_running)
        return false;
    m_running = true;
    m_session = session;
    d->billType = billType;
    d->billDate = billDate;
    d->fileName.clear();
    d->path.clear();
    d->save.reset();
    d->askedAgain = false;
    ++d->generation;
    const quint64 generation = d->generation;
    const auto refuseLater = [this, generation](const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, message] {
                if (generation == d->generation && m_running)
                    finish(Status::Refused, message);
            },
            Qt::QueuedConnection);
        return true;
    };
    if (!session.can(Capability::RunReconciliation))
        return refuseLater(Permissions::deniedReason(session.role, Capability::RunReconciliation));
    if (billType != u"trade" && billType != u"signcustomer")
        return refuseLater(tr("\"%1\" is not a bill type: choose the trade bill (trade) or the "
                              "account bill (signcustomer).")
                               .arg(billType));
    askUrl();
    return true;
}

void BillDownloader::askUrl()
{
    BillUrlRequest request;
    request.billType = d->billType;
    request.billDate = d->billDate;
    const quint64 generation = d->generation;
    m_api.queryBillDownloadUrl(request, this, [this, generation](const BillUrlResult &r) {
        if (generation != d->generation || !m_running)
            return;
        const CallResult &call = r.call;
        if (call.succeeded() && r.noData)
            return finish(Status::NoBill,
                          tr("Alipay has no bill for %1: there was no business in that period. "
                             "Nothing was downloaded.")
                              .arg(d->billDate),
                          detailOf(call));
        if (call.succeeded())
            return fetch(r.downloadUrl);
        if (call.unknown())
            return finish(Status::Failed,
                          tr("The bill address could not be obtained safely: %1 Nothing was "
                             "downloaded.")
                              .arg(call.message),
                          detailOf(call));
        if (call.subCode.contains(u"bill_not_ready", Qt::CaseInsensitive))
            return finish(Status::Refused,
                          tr("Alipay has not made the bill for %1 yet. Day bills come the next "
                             "morning, month bills around the 3rd of the next month: try again "
                             "later.")
                              .arg(d->billDate),
                          detailOf(call));
        if (call.subCode.contains(u"invalid-arguments", Qt::CaseInsensitive) ||
            call.subCode.contains(u"invalid_arguments", Qt::CaseInsensitive) ||
            call.subCode.contains(u"INVAILID_ARGUMENTS", Qt::CaseInsensitive))
            return finish(Status::Refused,
                          tr("Alipay does not accept a %1 bill for \"%2\": choose a day or a "
                             "month that is over, from January 2016 on.")
                              .arg(d->billType, d->billDate),
                          detailOf(call));
        finish(Status::Refused, call.message, detailOf(call));
    });
}

void BillDownloader::fetch(const QUrl &url)
{
    d->fileName = safeFileName(url, d->billType, d->billDate);
    const QString folder = QDir(m_dataDir).filePath(QStringLiteral("bills/") + d->billType);
    if (!QDir().mkpath(folder))
        return finish(Status::Failed, tr("The folder %1 cannot be created. Check the data "
                                         "folder's permissions and free space.")
                                          .arg(QDir::toNativeSeparators(folder)));
    d->path = QDir(folder).filePath(d->fileName);
    if (QFileInfo::exists(d->path)) { // another version of this bill: keep both
        const QString stem = d->fileName.left(d->fileName.indexOf(u'.'));
        d->path = QDir(folder).filePath(QStringLiteral("%1-%2%3").arg(
            stem, QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmsszzz"),
            d->fileName.mid(stem.size())));
    }
    d->save = std::make_unique<QSaveFile>(d->path);
    if (!d->save->open(QIODevice::WriteOnly))
        return finish(Status::Failed,
                      tr("The bill cannot be written to %1: %2")
                          .arg(QDir::toNativeSeparators(d->path), d->save->errorString()));
    d->hash.reset();
    d->received = 0;
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &BillDownloader::readSome);
    connect(m_reply, &QNetworkReply::readyRead, this, &BillDownloader::readSome);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &BillDownloader::progress);
    connect(m_reply, &QNetworkReply::finished, this, &BillDownloader::fetched);
}

// A download past m_limits.maxArchiveBytes (announced, or grown to it) is stopped: nothing of it is
// kept (the unfinished QSaveFile goes). True when it was stopped.
bool BillDownloader::stopIfTooLarge(qint64 size, bool announced)
{
    const qint64 cap = m_limits.maxArchiveBytes;
    if (size <= cap)
        return false;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
    finish(Status::Refused,
           announced ? tr("The bill was not downloaded: Alipay announced %1, more than the %2 a "
                          "bill archive may be. Nothing was kept.")
                           .arg(formatByteSize(size), formatByteSize(cap))
                     : tr("The bill download was stopped: it grew past %1, the most a bill "
                          "archive may be. Nothing was kept.")
                           .arg(formatByteSize(cap)));
    return true;
}

void BillDownloader::readSome()
{
    if (!m_reply || !d->save)
        return;
    bool known = false;
    const qint64 announced =
        m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (known && status == 200 && stopIfTooLarge(announced, true))
        return;
    // Only what may still be kept is read: one byte past the cap is enough to stop.
    const qint64 room = m_limits.maxArchiveBytes - d->received + 1;
    const QByteArray data = m_reply->read(std::min(m_reply->bytesAvailable(), room));
    if (stopIfTooLarge(d->received + data.size(), false))
        return;
    d->hash.addData(data);
    d->received += data.size();
    if (d->save->write(data) != data.size()) {
        const QString error = d->save->errorString();
        m_reply->disconnect(this);
        m_reply->abort();
        finish(Status::Failed, tr("The bill cannot be written to %1: %2. Nothing was kept.")
                                   .arg(QDir::toNativeSeparators(d->path), error));
    }
}

void BillDownloader::fetched()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    readSome();
    if (!m_running)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    reply->disconnect(this);
    reply->deleteLater();
    m_reply = nullptr;
    if (error == QNetworkReply::NoError && status == 200)
        return keep();
    d->save.reset(); // not committed: the partial file goes
    const bool expired = status == 404 || status == 410 || status == 403;
    if (expired && !d->askedAgain) {
        d->askedAgain = true; // the address lives 30 s: ask for a fresh one, once
        return askUrl();
    }
    finish(Status::Failed,
           tr("The bill could not be downloaded (%1). Nothing was kept: try again.")
               .arg(status ? tr("HTTP %1").arg(status) : reply->errorString()),
           reply->errorString());
}

void BillDownloader::keep()
{
    const QString sha = QString::fromLatin1(d->hash.result().toHex());
    BillFiles files(m_store);
    BillFileRecord record;
    bool known = false;
    for (const BillFileRecord &earlier : files.list(d->billType, d->billDate)) {
        if (earlier.sha256 == sha) {
            record = earlier;
            known = true;
            break;
        }
    }
    if (!known) {
        if (!d->save->commit())
            return finish(Status::Failed,
                          tr("The bill cannot be saved as %1: %2")
                              .arg(QDir::toNativeSeparators(d->path), d->save->errorString()));
        BillProblem capped; // a hostile archive (a zip bomb) is neither kept nor recorded
        if (!BillParser::checkArchive(d->path, m_limits, &capped)) {
            QFile::remove(d->path);
            return finish(Status::Refused,
                          tr("The downloaded bill was not kept: %1").arg(capped.toString()));
        }
        record = {0,   d->billType, d->billDate, d->fileName,    d->path,
                  sha, d->received, QDateTime(), m_session.login};
        const StoreResult stored = files.record(record, &known);
        if (!stored) {
            QFile::remove(d->path);
            return finish(Status::Failed, stored.errorString);
        }
        if (known && record.path != d->path)
            QFile::remove(d->path); // another desk recorded the same bytes first
    }
    d->save.reset();
    AuditEvent event;
    event.operatorLogin = m_session.login;
    event.action = QStringLiteral("bill.downloaded");
    event.details = {
        {QStringLiteral("type"), d->billType},     {QStringLiteral("date"), d->billDate},
        {QStringLiteral("sha256"), sha},           {QStringLiteral("size"), d->received},
        {QStringLiteral("file"), record.fileName}, {QStringLiteral("already_known"), known}};
    const StoreResult audited = AuditLog(m_store).append(event);
    QString message =
        known ? tr("This %1 bill for %2 was downloaded before, with the same content: the first "
                   "file is kept.")
                    .arg(d->billType, d->billDate)
              : tr("The %1 bill for %2 was downloaded (%3 bytes).")
                    .arg(d->billType, d->billDate)
                    .arg(d->received);
    if (!audited)
        message += u' ' + tr("(The audit log could not record it: %1)").arg(audited.errorString);
    Result result;
    result.status = known ? Status::AlreadyKnown : Status::Downloaded;
    result.message = message;
    result.detail = QStringLiteral("SHA-256 %1").arg(sha);
    result.file = record;
    m_running = false;
    ++d->generation;
    Q_EMIT finished(result);
}

void BillDownloader::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(Status::Cancelled, tr("The download was cancelled. Nothing was kept."));
}

void BillDownloader::finish(Status status, const QString &message, const QString &detail)
{
    d->save.reset(); // never committed here: QSaveFile removes its temporary file
    m_running = false;
    ++d->generation;
    Result result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    Q_EMIT finished(result);
}

} // namespace DepositDesk
