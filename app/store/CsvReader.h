#pragma once

#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace DepositDesk {

// RFC 4180 CSV: comma-separated cells, optionally double-quoted ("" inside quotes is one "),
// quoted cells may hold commas and line breaks, CRLF or LF line ends, an optional UTF-8 BOM.
//
// Two ways to read: parse() a text already in memory, or a reader on a device that reads it
// chunk by chunk (UTF-8) and hands out one record at a time, refusing a record longer than a cap
// as soon as it passes it: a file of any size is read in a few hundred KiB of memory.
class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line on which the record starts
        QStringList cells;
    };

    // Empty lines are skipped. *error (translated) names the line of an unclosed quote.
    static QList<Record> parse(const QString &text, QString *error = nullptr);

    // Reads `device` (open, UTF-8; not owned, must outlive the reader). maxRecordBytes: the
    // longest record next() hands out, in UTF-8 bytes (line breaks inside quoted cells count,
    // the line end after the record does not); 0 = no cap.
    explicit CsvReader(QIODevice &device, qint64 maxRecordBytes = 0);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record (empty lines skipped): false at the end of the file or on a problem
    // (errorString() then says which, translated: an unclosed quote, a record past the cap, a
    // read error). Nothing more is read after a problem.
    bool next(Record *record);
    QString errorString() const;

private:
    struct Parser; // the state machine both ways share
    QIODevice &m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    std::unique_ptr<Parser> m_parser;
    QList<Record> m_ready;
    qsizetype m_nextReady = 0;
    bool m_ended = false;
};

} // namespace DepositDesk
