#include "sandbox/bills/Bills.h"

#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/BillWriter.h"

#include <QRandomGenerator>

namespace DepositDesk::Sandbox {

namespace {

BillService::UrlAnswer refused(const QString &subCode, const QString &subMsg)
{
    BillService::UrlAnswer answer;
    answer.subCode = subCode;
    answer.subMsg = subMsg;
    return answer;
}

QString newToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString token;
    for (const quint32 word : words)
        token += QString::number(word, 16).rightJustified(8, u'0');
    return token;
}

BillService::FileAnswer notFound(const QByteArray &why)
{
    BillService::FileAnswer answer;
    answer.httpStatus = 404;
    answer.contentType = "text/plain; charset=utf-8";
    answer.body = why;
    return answer;
}

} // namespace

Bills::Bills(const Ledger &ledger)
    : m_ledger(ledger)
    , m_source(ledger)
{}

void Bills::setMerchantPid(const QString &appId, const QString &pid)
{
    m_merchantPids.insert(appId, pid);
}

BillService::UrlAnswer Bills::downloadUrl(const QString &appId, const QString &billType,
                                          const QString &billDate, const QDateTime &now,
                                          const QUrl &baseUrl)
{
    dropExpired(now);
    const auto type = BillWriter::typeFromName(billType);
    if (!type)
        return refused(QStringLiteral("isv.invalid-arguments"),
                       QStringLiteral("bill_type 参数不合法，仅支持 trade 或 signcustomer"));
    const auto period = BillPeriod::parse(billDate);
    if (!period)
        return refused(QStringLiteral("isv.invalid-arguments"),
                       QStringLiteral("bill_date 参数不合法，格式为 yyyy-MM-dd 或 yyyy-MM，"
                                      "且不早于 2016-01-01"));
    if (!period->isOverAt(now))
        return refused(QStringLiteral("isp.bill_not_ready"),
                       QStringLiteral("账单尚未生成：日账单次日起可下载，月账单次月起可下载"));
    const BillLines lines = m_source.lines(appId, *period);
    if (lines.isEmpty())
        return refused(QStringLiteral("isp.bill_not_exist"), QStringLiteral("账单不存在"));

    QString pid = m_merchantPids.value(appId);
    if (pid.isEmpty())
        pid = BillLedgerSource::merchantPid(appId, m_ledger);
    BillWriter writer(pid, *period, *type);
    const QString billKey = appId + u'\n' + billType + u'\n' + billDate;
    const QDateTime generatedAt = m_generatedAt.value(billKey, now);
    m_generatedAt.insert(billKey, generatedAt);
    writer.setExportTime(generatedAt);
    QString error;
    IssuedBill bill;
    bill.zip = writer.writeZip(lines, &error);
    if (bill.zip.isEmpty())
        return refused(QStringLiteral("isp.unknow-error"), QStringLiteral("系统繁忙"));
    bill.fileName = writer.archiveName();
    bill.expiresAt = now.addSecs(UrlLifetimeSecs);
    const QString token = newToken();
    m_issued.insert(token, bill);

    QUrl url = baseUrl;
    url.setPath(QString::fromLatin1(PathPrefix) + token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("downloadFileName"), bill.fileName);
    url.setQuery(query);
    UrlAnswer answer;
    answer.billDownloadUrl = url.toString(QUrl::FullyEncoded);
    return answer;
}

BillService::FileAnswer Bills::download(const QString &path, const QUrlQuery &query,
                                        const QDateTime &now)
{
    Q_UNUSED(query)
    dropExpired(now);
    const auto bill = m_issued.constFind(path);
    if (bill == m_issued.constEnd())
        return notFound("This bill URL does not exist or has expired (they live 30 seconds); "
                        "query alipay.data.dataservice.bill.downloadurl.query again.\n");
    FileAnswer answer;
    answer.httpStatus = 200;
    answer.contentType = "application/zip";
    answer.body = bill->zip;
    return answer;
}

int Bills::liveUrlCount(const QDateTime &now)
{
    dropExpired(now);
    return int(m_issued.size());
}

void Bills::dropExpired(const QDateTime &now)
{
    for (auto it = m_issued.begin(); it != m_issued.end();) {
        if (it->expiresAt <= now)
            it = m_issued.erase(it);
        else
            ++it;
    }
}

} // namespace DepositDesk::Sandbox
