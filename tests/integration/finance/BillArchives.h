#pragma once

// Test helper: bill archives for the finance tests — a sandbox ledger seeded with real
// activity, the bill the sandbox's own bill service makes of it, and hand-made zips.

#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/BillWriter.h"
#include "sandbox/bills/Bills.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeder.h"

#include "domain/ZipArchive.h"

#include <QFile>
#include <QTextCodec>
#include <QTimeZone>
#include <QUrlQuery>

namespace DepositDesk::Testing {

inline const QString BillAppId = QStringLiteral("2021000000000001");
inline const QString BillPid = QStringLiteral("2088102100000001");

inline QTextCodec *gbkCodec()
{
    return QTextCodec::codecForName("GBK");
}

// `count` seeded orders over the 90 days before 2024-06-01 00:00 China time.
inline void seedLedger(Sandbox::Ledger &ledger, int count, QString appId = BillAppId)
{
    Sandbox::SeedOptions options;
    options.count = count;
    options.seedValue = 7;
    options.appId = appId;
    options.payeeUserId = BillPid;
    options.anchor = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone(8 * 3600));
    QString error;
    Sandbox::Seeder(ledger).seed(options, &error);
    if (!error.isEmpty())
        qFatal("seeding failed: %s", qPrintable(error));
}

// The zip the sandbox's bill service serves for `billDate` (empty when it has none): a trade
// bill, or a bill of `billType` (signcustomer: the account bill).
inline QByteArray sandboxBill(const Sandbox::Ledger &ledger, const QString &billDate,
                              QString *fileName = nullptr,
                              const QString &billType = QStringLiteral("trade"))
{
    Sandbox::Bills bills(ledger);
    bills.setMerchantPid(BillAppId, BillPid);
    const QDateTime now(QDate(2024, 6, 20), QTime(12, 0), QTimeZone(8 * 3600));
    const auto url = bills.downloadUrl(BillAppId, billType, billDate, now,
                                       QUrl(QStringLiteral("http://127.0.0.1:1")));
    if (!url.subCode.isEmpty())
        return {};
    const QUrl download(url.billDownloadUrl);
    if (fileName)
        *fileName = QUrlQuery(download).queryItemValue(QStringLiteral("downloadFileName"));
    const QString path = download.path().mid(qsizetype(qstrlen(Sandbox::Bills::PathPrefix)));
    return bills.download(path, QUrlQuery(download), now).body;
}

struct ZipEntry
{
    QString name;
    QByteArray content;
};

// A zip with GBK entry names (no UTF-8 flag), as Alipay writes them.
inline QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray archive;
    ZipWriter zip(&archive);
    if (!zip.isOpen())
        qFatal("cannot create a zip");
    for (const ZipEntry &entry : entries) {
        if (!zip.addEntry(gbkCodec()->fromUnicode(entry.name), entry.content,
                          QDateTime::currentDateTime()))
            qFatal("cannot write a zip entry");
    }
    if (zip.close() != ZIP_OK)
        qFatal("cannot finish a zip");
    return archive;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace DepositDesk::Testing
