#include "store/CsvReader.h"

#include "domain/ByteSize.h"

#include <QCoreApplication>
#include <QIODevice>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::CsvReader)
};

constexpr qint64 ChunkBytes = 64 * 1024;

// The UTF-8 length of one UTF-16 code unit (a surrogate pair counts 2 + 2).
int utf8Length(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800 || QChar::isSurrogate(u))
        return 2;
    return 3;
}

} // namespace

struct CsvReader::Parser
{
    explicit Parser(qint64 maxBytes)
        : maxRecordBytes(maxBytes)
    {
        record.line = 1;
    }

    // Feeds the next piece of text; complete records are appended to `out`. False once a
    // problem is found (error set); nothing more should be fed then.
    bool feed(QStringView text, QList<Record> &out)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (atStart) {
                atStart = false;
                if (c == QChar(0xFEFF))
                    continue;
            }
            if (pendingCr) { // a \r ended the previous piece: CRLF is one line end
                pendingCr = false;
                if (c == u'\n')
                    continue;
            }
            const bool endsRecord = (!quoted || quotePending) && (c == u'\n' || c == u'\r');
            if (maxRecordBytes > 0 && !endsRecord) { // the line end is no part of the row
                recordBytes += utf8Length(c);
                if (recordBytes > maxRecordBytes) {
                    error = record.line == line
                                ? Text::tr("Line %1 is longer than %2: no order export has such "
                                           "lines. Is this the merchant's order export?")
                                      .arg(record.line)
                                      .arg(formatByteSize(maxRecordBytes))
                                : Text::tr("The row that starts on line %1 is longer than %2: no "
                                           "order export has such rows. Is this the merchant's "
                                           "order export?")
                                      .arg(record.line)
                                      .arg(formatByteSize(maxRecordBytes));
                    return false;
                }
            }
            if (quoted) {
                if (quotePending) { // the previous character was a " inside quotes
                    quotePending = false;
                    if (c == u'"') {
                        cell.append(u'"');
                        continue;
                    }
                    quoted = false; // that " closed the cell; c is read unquoted below
                } else if (c == u'"') {
                    quotePending = true;
                    continue;
                } else {
                    if (c == u'\n')
                        ++line;
                    cell.append(c);
                    continue;
                }
            }
            if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
                quoted = true;
                cellWasQuoted = true;
            } else if (c == u',') {
                endCell();
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r') {
                    if (i + 1 < text.size() && text[i + 1] == u'\n')
                        ++i;
                    else if (i + 1 == text.size())
                        pendingCr = true;
                }
                ++line;
                endRecord(line, out);
            } else {
                cell.append(c);
            }
        }
        return true;
    }

    // The end of the text: the last record, or the problem of an unclosed quote.
    bool finish(QList<Record> &out)
    {
        if (quotePending) {
            quotePending = false;
            quoted = false;
        }
        if (quoted) {
            error = Text::tr("A quoted cell that starts on line %1 is never closed: the file is "
                             "cut off or damaged.")
                        .arg(record.line);
            return false;
        }
        if (!cell.isEmpty() || !record.cells.isEmpty())
            endRecord(line + 1, out);
        return true;
    }

    void endCell()
    {
        record.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    }

    void endRecord(int nextLine, QList<Record> &out)
    {
        endCell();
        if (!(record.cells.size() == 1 && record.cells.first().isEmpty()))
            out.append(record);
        record = Record();
        record.line = nextLine;
        recordBytes = 0;
    }

    const qint64 maxRecordBytes;
    Record record;
    QString cell;
    int line = 1;
    qint64 recordBytes = 0;
    bool quoted = false;
    bool quotePending = false;
    bool cellWasQuoted = false;
    bool atStart = true;
    bool pendingCr = false;
    QString error;
};

QList<CsvReader::Record> CsvReader::parse(const QString &input, QString *error)
{
    Parser parser(0);
    QList<Record> records;
    if (!parser.feed(input, records) || !parser.finish(records)) {
        if (error)
            *error = parser.error;
        return {};
    }
    return records;
}

CsvReader::CsvReader(QIODevice &device, qint64 maxRecordBytes)
    : m_device(device)
    , m_parser(std::make_unique<Parser>(maxRecordBytes))
{}

CsvReader::~CsvReader() = default;

bool CsvReader::next(Record *record)
{
    while (m_nextReady >= m_ready.size()) {
        m_ready.clear();
        m_nextReady = 0;
        if (m_ended)
            return false;
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        const qint64 read = m_device.read(chunk.data(), ChunkBytes);
        if (read < 0) {
            m_parser->error =
                Text::tr("The file could not be read: %1.").arg(m_device.errorString());
            m_ended = true;
            return false;
        }
        chunk.truncate(read);
        const QString text = m_decoder.decode(chunk);
        if (!m_parser->feed(text, m_ready)) {
            m_ready.clear();
            m_ended = true;
            return false;
        }
        if (read == 0) {
            m_ended = true;
            if (!m_parser->finish(m_ready)) {
                m_ready.clear();
                return false;
            }
        }
    }
    *record = std::move(m_ready[m_nextReady++]);
    return true;
}

QString CsvReader::errorString() const
{
    return m_parser->error;
}

} // namespace DepositDesk
