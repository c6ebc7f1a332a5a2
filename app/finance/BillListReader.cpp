#include "finance/BillListReader.h"

#include "finance/BillCsvBytes.h"

#include <QRegularExpression>
#include <QTextCodec>

namespace DepositDesk {

using namespace BillCsvBytes;

namespace {

// Non-ASCII text that is valid UTF-8: GBK Chinese text practically never is.
bool looksUtf8(QByteArrayView bytes)
{
    bool nonAscii = false;
    for (const char c : bytes)
        nonAscii = nonAscii || (static_cast<unsigned char>(c) >= 0x80);
    return nonAscii && QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

BillListReader::BillListReader(QTextCodec *gbk, const QString &listMarker, const QString &endMarker,
                               QString *account, qint64 *periodFromMs, qint64 *periodToMs)
    : m_gbk(gbk)
    , m_listName(listMarker)
    , m_endName(endMarker)
    , m_listMarker(gbk->fromUnicode(listMarker))
    , m_endMarker(gbk->fromUnicode(endMarker))
    , m_account(account)
    , m_periodFromMs(periodFromMs)
    , m_periodToMs(periodToMs)
{}

qint64 BillListReader::chineseTimeMs(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(\\d{4})年(\\d{2})月(\\d{2})日\\s*(\\d{2}):(\\d{2}):(\\d{2})"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return 0;
    const QString plain = QStringLiteral("%1-%2-%3 %4:%5:%6")
                              .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4),
                                   m.captured(5), m.captured(6));
    return parseChinaTimeMs(plain.toLatin1()).value_or(0);
}

bool BillListReader::decode(QTextCodec *gbk, QByteArrayView bytes, QString *text)
{
    if (firstNonGbkByte(bytes) >= 0 || looksUtf8(bytes))
        return false;
    QTextCodec::ConverterState state(QTextCodec::ConvertInvalidToNull);
    *text = gbk->toUnicode(bytes.data(), int(bytes.size()), &state);
    return state.invalidChars == 0 && state.remainingChars == 0;
}

QString BillListReader::columnKey(QString name)
{
    return name.replace(u'(', u'（').replace(u')', u'）');
}

QString BillListReader::notGbkReason(QByteArrayView bytes)
{
    return looksUtf8(bytes) ? tr("The text is UTF-8, not GBK as Alipay writes its bills: the file "
                                 "was changed after it was downloaded. Download the bill again.")
                            : tr("The text is not valid GBK, as Alipay writes its bills: the file "
                                 "is damaged. Download the bill again.");
}

QString BillListReader::cellText(QByteArrayView cell) const
{
    return m_gbk->toUnicode(cell.data(), int(cell.size()));
}

bool BillListReader::fail(int line, const QString &reason)
{
    m_problemLine = line;
    m_problem = reason;
    return false;
}

int BillListReader::requireColumn(const QHash<QString, int> &columns, const QString &name,
                                  const QString &billName)
{
    const int index = columns.value(name, -1);
    if (index < 0)
        fail(m_lineNumber, tr("The header line has no column \"%1\": the file is not a complete "
                              "%2.")
                               .arg(name, billName));
    return index;
}

bool BillListReader::commentLine(QByteArrayView line, QString *text, const QString &ifData)
{
    if (!decode(m_gbk, line, text))
        return fail(m_lineNumber, notGbkReason(line));
    if (!text->startsWith(u'#'))
        return fail(m_lineNumber, ifData);
    return true;
}

bool BillListReader::addLine(QByteArrayView line)
{
    ++m_lineNumber;
    if (!m_problem.isEmpty())
        return false;
    switch (m_state) {
    case State::Preamble:
        return preambleLine(line);
    case State::Header:
        return headerLine(line);
    case State::Data:
        if (!m_pending.isEmpty()) {
            m_pending += '\n';
            m_pending += line;
            return dataLine(m_pending, m_pendingLine);
        }
        if (line.startsWith('#')) {
            if (!line.contains(m_endMarker))
                return fail(m_lineNumber,
                            tr("A comment line interrupts the list before its end line "
                               "(%1): the file is malformed.")
                                .arg(m_endName));
            m_state = State::Footer;
            return true;
        }
        if (trimmed(line).isEmpty())
            return true;
        return dataLine(line, m_lineNumber);
    case State::Footer:
        return footerLine(line);
    }
    return false;
}

bool BillListReader::preambleLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!commentLine(line, &text,
                     tr("A line of data comes before the list's start line (%1): this is not "
                        "an Alipay bill.")
                         .arg(m_listName)))
        return false;
    if (line.contains(m_listMarker)) {
        m_state = State::Header;
        return true;
    }
    static const QRegularExpression account(QStringLiteral("账号[：:]\\s*\\[([^\\]]*)\\]"));
    if (const QRegularExpressionMatch m = account.match(text); m.hasMatch())
        *m_account = m.captured(1).trimmed();
    if (const qsizetype from = text.indexOf(QStringLiteral("起始日期")); from >= 0) {
        const qsizetype to = text.indexOf(QStringLiteral("终止日期"));
        *m_periodFromMs = chineseTimeMs(text.mid(from, to > from ? to - from : -1));
        if (to >= 0)
            *m_periodToMs = chineseTimeMs(text.mid(to));
    }
    return true;
}

bool BillListReader::headerLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!decode(m_gbk, line, &text))
        return fail(m_lineNumber, notGbkReason(line));
    splitCells(line, m_cells, m_owned);
    QHash<QString, int> columns;
    for (int i = 0; i < int(m_cells.size()); ++i)
        columns.insert(columnKey(cellText(m_cells[size_t(i)])), i);
    m_columnCount = int(m_cells.size());
    if (!header(columns, m_columnCount))
        return false;
    m_state = State::Data;
    return true;
}

bool BillListReader::dataLine(QByteArrayView record, int lineNumber)
{
    if (firstNonGbkByte(record) >= 0)
        return fail(lineNumber, notGbkReason(record));
    if (!splitCells(record, m_cells, m_owned)) {
        if (m_pending.isEmpty()) {
            m_pending = record.toByteArray();
            m_pendingLine = lineNumber;
        }
        return true;
    }
    if (int(m_cells.size()) != m_columnCount)
        return fail(lineNumber, tr("The line has %1 cells where the header has %2: it is cut "
                                   "short or malformed.")
                                    .arg(m_cells.size())
                                    .arg(m_columnCount));
    if (!data(m_cells, lineNumber, record.size() + 2))
        return false;
    m_pending.clear();
    return true;
}

bool BillListReader::footerLine(QByteArrayView line)
{
    if (trimmed(line).isEmpty())
        return true;
    QString text;
    if (!commentLine(line, &text,
                     tr("A line of data follows the end of the list: the file is malformed.")))
        return false;
    return footer(text);
}

bool BillListReader::finish()
{
    if (!m_problem.isEmpty())
        return false;
    switch (m_state) {
    case State::Preamble:
    case State::Header:
        return fail(m_lineNumber, tr("The file ends before its list of lines begins (%1): it is "
                                     "empty or not an Alipay bill.")
                                      .arg(m_listName));
    case State::Data:
        return fail(m_pending.isEmpty() ? m_lineNumber : m_pendingLine,
                    tr("The file ends without the list's end line (%1): it is truncated. "
                       "Download the bill again.")
                        .arg(m_endName));
    case State::Footer:
        return footerComplete();
    }
    return false;
}

} // namespace DepositDesk
