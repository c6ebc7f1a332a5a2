#pragma once

// Shared by the bill text fuzz targets: the input is a bill's detail file (GBK) and, after a NUL
// byte when there is one, its summary file. Both are packed into a zip as Alipay packs them (GBK
// entry names) and written to a file for the parsers: mutating the text itself reaches the CSV,
// footer and summary rules far faster than mutating a deflated archive.

#include "FuzzSupport.h"
#include "domain/ZipArchive.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTextCodec>

namespace DepositDesk::Fuzz {

struct BillText
{
    QByteArray detail;
    QByteArray summary;
    bool hasSummary = false;
};

inline QTextCodec *gbk()
{
    static QTextCodec *const codec = QTextCodec::codecForName("GBK");
    return codec;
}

inline BillText billText(const QByteArray &input)
{
    const qsizetype nul = input.indexOf('\0');
    if (nul < 0)
        return {input, {}, false};
    return {input.left(nul), input.mid(nul + 1), true};
}

// Packs `bill` as the detail file `…_<kind>.csv` and the summary `…_<kind>(汇总).csv` of one day
// (kind: "业务明细", "账务明细") and writes the archive; returns its path (the same file each run).
inline QString writeBillArchive(const QString &kind, const BillText &bill)
{
    static QTemporaryDir dir;
    static const QDateTime packed(QDate(2024, 5, 16), QTime(9, 0));
    const QString stem = QStringLiteral("20881021000000010156_20240515");
    const QString path = dir.filePath(stem + u".csv.zip");
    const QByteArray detailName = gbk()->fromUnicode(stem + u'_' + kind + u".csv");
    const QByteArray summaryName = gbk()->fromUnicode(stem + u'_' + kind + u"(汇总).csv");

    QByteArray archive;
    {
        ZipWriter zip(&archive);
        require(zip.isOpen() && zip.addEntry(detailName, bill.detail, packed) &&
                    (!bill.hasSummary || zip.addEntry(summaryName, bill.summary, packed)) &&
                    zip.close() == ZIP_OK,
                "the bill is packed");
    }
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                file.write(archive) == archive.size(),
            "the archive is written to a file");
    return path;
}

} // namespace DepositDesk::Fuzz
