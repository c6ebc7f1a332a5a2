#pragma once

// Test helper: opens a bill zip the way a reconciliation client must (docs/alipay-protocol.md
// §8): minizip with GBK entry names, GBK content, '#' comment lines, list markers, columns by name.

#include "domain/Money.h"
#include "domain/ZipArchive.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCodec>

namespace DepositDesk::BillTest {

struct ArchiveEntry
{
    QString name;          // decoded as GBK
    QByteArray raw;        // content bytes as stored
    QString text;          // content decoded as GBK
    bool utf8Flag = false; // general-purpose bit 11
};

// An amount as a bill prints it ("-1000.00"); a test fails hard on anything else.
inline Money yuan(const QString &text)
{
    const auto money = Money::fromYuan(text, nullptr, Money::Sign::AllowNegative);
    if (!money)
        qFatal("not an amount: %s", qPrintable(text));
    return *money;
}

inline Money yuan(const char *text)
{
    return yuan(QString::fromLatin1(text));
}

inline QTextCodec *gbk()
{
    return QTextCodec::codecForName("GBK");
}

// Every entry of the archive; empty if it is not a readable zip.
inline QList<ArchiveEntry> readArchive(const QByteArray &zipBytes)
{
    QList<ArchiveEntry> entries;
    const ZipReader zip(zipBytes);
    if (!zip.isOpen())
        return entries;
    for (int more = unzGoToFirstFile(zip.handle()); more == UNZ_OK;
         more = unzGoToNextFile(zip.handle())) {
        QByteArray name;
        unz_file_info64 info{};
        ArchiveEntry entry;
        if (!zip.currentEntry(&name, &info) || !zip.readCurrentEntry(&entry.raw))
            return {};
        entry.name = gbk()->toUnicode(name);
        entry.text = gbk()->toUnicode(entry.raw);
        entry.utf8Flag = (info.flag & 0x0800) != 0;
        entries.append(entry);
    }
    return entries;
}

// Splits one CSV line (quotes allowed) and trims spaces and tabs from every cell.
inline QStringList splitCells(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    for (QString &each : cells) {
        while (!each.isEmpty() && (each.back() == u'\t' || each.back() == u' '))
            each.chop(1);
        while (!each.isEmpty() && (each.front() == u'\t' || each.front() == u' '))
            each.remove(0, 1);
    }
    return cells;
}

// One bill file read by the documented parsing rule: skip '#' lines up to the list marker, the
// next line is the header, data lines follow up to the next '#' line.
struct Table
{
    QStringList headComments; // '#' lines before the list, without '#'
    QStringList header;
    QList<QStringList> rows;
    QStringList rawRows;      // the data lines as written (padding kept)
    QStringList footComments; // '#' lines after the list, without '#'
    bool sawStartMarker = false;
    bool sawEndMarker = false;
    bool crlf = false;

    int column(const QString &name) const { return int(header.indexOf(name)); }
    QString cell(int row, const QString &name) const
    {
        const int index = column(name);
        return index < 0 || index >= rows[row].size() ? QString() : rows[row][index];
    }
};

inline Table parseTable(const QString &text, const QString &listName)
{
    Table table;
    table.crlf = text.contains(QStringLiteral("\r\n"));
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = normalized.split(u'\n', Qt::SkipEmptyParts);
    enum { Head, Header, Rows, Foot } stage = Head;
    for (const QString &line : lines) {
        switch (stage) {
        case Head:
            if (!line.startsWith(u'#'))
                return {};
            if (line.contains(listName) && !line.contains(listName + QStringLiteral("结束"))) {
                table.sawStartMarker = true;
                stage = Header;
            } else {
                table.headComments.append(line.mid(1));
            }
            break;
        case Header:
            table.header = splitCells(line);
            stage = Rows;
            break;
        case Rows:
            if (line.startsWith(u'#')) {
                table.sawEndMarker = line.contains(listName + QStringLiteral("结束"));
                stage = Foot;
            } else {
                table.rows.append(splitCells(line));
                table.rawRows.append(line);
            }
            break;
        case Foot:
            table.footComments.append(line.startsWith(u'#') ? line.mid(1) : line);
            break;
        }
    }
    return table;
}

} // namespace DepositDesk::BillTest
