#include "domain/CsvField.h"

namespace DepositDesk {

namespace {

bool needsQuotes(const QString &value)
{
    for (const QChar c : value)
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return false;
}

bool startsLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Digits from `pos` on; returns how many.
qsizetype skipDigits(QStringView value, qsizetype &pos)
{
    const qsizetype start = pos;
    while (pos < value.size() && isDigit(value[pos]))
        ++pos;
    return pos - start;
}

} // namespace

QString CsvField::neutralise(const QString &value)
{
    return startsLikeFormula(value) ? u'\'' + value : value;
}

bool CsvField::isNumber(QStringView value)
{
    qsizetype pos = 0;
    if (pos < value.size() && value[pos] == u'-')
        ++pos;
    qsizetype digits = skipDigits(value, pos);
    if (pos < value.size() && value[pos] == u'.') {
        ++pos;
        digits += skipDigits(value, pos);
    }
    if (digits == 0)
        return false;
    if (pos < value.size() && (value[pos] == u'e' || value[pos] == u'E')) {
        ++pos;
        if (pos < value.size() && (value[pos] == u'-' || value[pos] == u'+'))
            ++pos;
        if (skipDigits(value, pos) == 0)
            return false;
    }
    return pos == value.size();
}

QString CsvField::text(const QString &value, Formulas formulas)
{
    const QString field = formulas == Formulas::Neutralise ? neutralise(value) : value;
    if (!needsQuotes(field))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvField::number(const QString &value)
{
    return isNumber(value) ? value : text(value, Formulas::Neutralise);
}

QString CsvField::line(const QStringList &values, Formulas formulas)
{
    QString joined;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            joined += u',';
        joined += text(values[i], formulas);
    }
    return joined;
}

} // namespace DepositDesk
