#include "finance/BillCsvBytes.h"

#include <QtAlgorithms>
#include <QtEndian>

#include <cstring>

namespace DepositDesk::BillCsvBytes {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// The value of `count` digits at `at`, or -1.
int digits(QByteArrayView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// High bit of each byte of `word` that is zero, and of no other (exact, unlike the shorter
// form whose borrow marks a 0x01 byte above a zero one).
quint64 zeroBytes(quint64 word)
{
    constexpr quint64 Low7 = 0x7F7F7F7F7F7F7F7Full;
    return ~(((word & Low7) + Low7) | word | Low7);
}

// The cells of a line holding no quote: its commas found eight bytes at a time, each cell
// trimmed of blanks. False, and no cell added, when the line holds a quote.
bool splitUnquoted(QByteArrayView line, std::vector<QByteArrayView> &cells)
{
    const char *bytes = line.data();
    const qsizetype size = line.size();
    if (size > 0 && std::memchr(bytes, '"', size_t(size)))
        return false;
    qsizetype start = 0; // the first byte of the cell the next comma ends
    const auto cellUpTo = [&](qsizetype end) {
        qsizetype first = start;
        qsizetype last = end;
        while (first < last && isBlank(bytes[first]))
            ++first;
        while (last > first && isBlank(bytes[last - 1]))
            --last;
        cells.emplace_back(bytes + first, last - first);
        start = end + 1;
    };
    constexpr quint64 Commas = 0x2C2C2C2C2C2C2C2Cull;
    qsizetype at = 0;
    for (; at + 8 <= size; at += 8) {
        for (quint64 found = zeroBytes(qFromLittleEndian<quint64>(bytes + at) ^ Commas); found;
             found &= found - 1)
            cellUpTo(at + qCountTrailingZeroBits(found) / 8);
    }
    for (; at < size; ++at)
        if (bytes[at] == ',')
            cellUpTo(at);
    cellUpTo(size);
    return true;
}

} // namespace

QByteArrayView trimmed(QByteArrayView cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    while (begin < end && isBlank(cell[begin]))
        ++begin;
    while (end > begin && isBlank(cell[end - 1]))
        --end;
    return cell.sliced(begin, end - begin);
}

bool splitCells(QByteArrayView line, std::vector<QByteArrayView> &cells,
                std::vector<QByteArray> &owned)
{
    cells.clear();
    owned.clear();
    if (splitUnquoted(line, cells)) // most lines: no quote
        return true;
    const qsizetype size = line.size();
    qsizetype at = 0;
    while (true) {
        qsizetype start = at;
        while (start < size && isBlank(line[start]))
            ++start;
        if (start < size && line[start] == '"') {
            qsizetype end = start + 1;
            bool doubled = false;
            while (true) {
                if (end >= size)
                    return false; // open quote: the record goes on
                if (line[end] == '"') {
                    if (end + 1 < size && line[end + 1] == '"') {
                        doubled = true;
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            QByteArrayView inner = line.sliced(start + 1, end - start - 1);
            if (doubled) {
                owned.push_back(inner.toByteArray().replace("\"\"", "\""));
                inner = owned.back();
            }
            cells.push_back(trimmed(inner));
            at = end + 1;
            while (at < size && line[at] != ',')
                ++at; // text after the closing quote is ignored (tolerant reader)
        } else {
            // Blanks are skipped at the start already: the comma a byte at a time (cells are a
            // few bytes: a call of memchr costs more than it saves), blanks off the end.
            const char *bytes = line.data();
            qsizetype end = start;
            while (end < size && bytes[end] != ',')
                ++end;
            qsizetype last = end;
            while (last > start && isBlank(bytes[last - 1]))
                --last;
            // Made in place: a view made first and copied in would be written as two words and
            // read back as one, which the processor cannot forward from its store buffer.
            cells.emplace_back(bytes + start, last - start);
            at = end;
        }
        if (at >= size)
            return true;
        ++at; // the comma
    }
}

qsizetype firstNonGbkByte(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        // Eight ASCII bytes at a time (numbers, amounts and times are ASCII).
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080u)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = p[i];
        if (c < 0x80)
            continue;
        if (c == 0x80 || c == 0xFF || i + 1 >= size)
            return i;
        const unsigned char t = p[i + 1];
        if (t < 0x40 || t == 0x7F || t == 0xFF)
            return i;
        ++i;
    }
    return -1;
}

std::optional<qint64> parseFen(QByteArrayView text)
{
    qsizetype at = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (at < size && (text[at] == '-' || text[at] == '+')) {
        negative = text[at] == '-';
        ++at;
    }
    qint64 yuan = 0;
    int intDigits = 0;
    while (at < size && isDigit(text[at])) {
        if (++intDigits > 15)
            return std::nullopt;
        yuan = yuan * 10 + (text[at] - '0');
        ++at;
    }
    if (intDigits == 0)
        return std::nullopt;
    qint64 fen = 0;
    if (at < size) {
        if (text[at] != '.')
            return std::nullopt;
        ++at;
        const qsizetype decimals = size - at;
        if (decimals < 1 || decimals > 2)
            return std::nullopt;
        for (qsizetype i = 0; i < decimals; ++i) {
            if (!isDigit(text[at + i]))
                return std::nullopt;
            fen = fen * 10 + (text[at + i] - '0');
        }
        if (decimals == 1)
            fen *= 10;
    }
    const qint64 value = yuan * 100 + fen;
    return negative ? -value : value;
}

std::optional<qint64> parseChinaTimeMs(QByteArrayView text)
{
    if (text.size() != 19 && text.size() != 23)
        return std::nullopt;
    if (text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    int ms = 0;
    if (text.size() == 23) {
        if (text[19] != '.')
            return std::nullopt;
        ms = digits(text, 20, 3);
    }
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 ||
        mi < 0 || mi > 59 || s < 0 || s > 59 || ms < 0)
        return std::nullopt;
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - 8 * 3600;
    return secs * 1000 + ms;
}

} // namespace DepositDesk::BillCsvBytes
