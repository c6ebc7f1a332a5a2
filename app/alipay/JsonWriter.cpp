#include "alipay/JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace DepositDesk {

namespace {

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xc0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xe0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.append(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
        out.append(static_cast<char>(0xf0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
        out.append(static_cast<char>(0x80 | (cp & 0x3f)));
    }
}

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append("\\u", 2);
    out.append(Hex[(unit >> 12) & 0xf]);
    out.append(Hex[(unit >> 8) & 0xf]);
    out.append(Hex[(unit >> 4) & 0xf]);
    out.append(Hex[unit & 0xf]);
}

} // namespace

void JsonWriter::appendQuoted(QByteArray &out, QStringView value)
{
    out.reserve(out.size() + value.size() + 2);
    out.append('"');
    const qsizetype size = value.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = value[i].unicode();
        switch (unit) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'\b':
            out.append("\\b", 2);
            continue;
        case u'\f':
            out.append("\\f", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            appendUnicodeEscape(out, unit);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size &&
                   QChar::isLowSurrogate(value[i + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(unit, value[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            // A lone surrogate cannot be UTF-8; JSON.stringify escapes it too.
            appendUnicodeEscape(out, unit);
        } else {
            appendUtf8(out, unit);
        }
    }
    out.append('"');
}

QByteArray JsonWriter::quoted(QStringView value)
{
    QByteArray out;
    appendQuoted(out, value);
    return out;
}

void JsonWriter::prefix(QStringView key, bool keyed)
{
    if (m_stack.isEmpty()) {
        Q_ASSERT_X(!keyed && m_out.isEmpty(), "JsonWriter", "one unkeyed value at the top");
        return;
    }
    Level &level = m_stack.last();
    Q_ASSERT_X(keyed == (level.scope == Scope::Object), "JsonWriter",
               "object members need a key, array elements must not have one");
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    if (keyed) {
        appendQuoted(m_out, key);
        m_out.append(':');
    }
}

void JsonWriter::open(QStringView key, bool keyed, Scope scope)
{
    prefix(key, keyed);
    m_out.append(scope == Scope::Object ? '{' : '[');
    m_stack.append({scope, true});
}

void JsonWriter::close(Scope scope)
{
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().scope == scope, "JsonWriter",
               "end* does not match the innermost begin*");
    m_stack.removeLast();
    m_out.append(scope == Scope::Object ? '}' : ']');
}

JsonWriter &JsonWriter::beginObject()
{
    open({}, false, Scope::Object);
    return *this;
}

JsonWriter &JsonWriter::beginObject(QStringView key)
{
    open(key, true, Scope::Object);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    close(Scope::Object);
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    open({}, false, Scope::Array);
    return *this;
}

JsonWriter &JsonWriter::beginArray(QStringView key)
{
    open(key, true, Scope::Array);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    close(Scope::Array);
    return *this;
}

JsonWriter &JsonWriter::string(QStringView value)
{
    prefix({}, false);
    appendQuoted(m_out, value);
    return *this;
}

JsonWriter &JsonWriter::string(QStringView key, QStringView value)
{
    prefix(key, true);
    appendQuoted(m_out, value);
    return *this;
}

JsonWriter &JsonWriter::optionalString(QStringView key, QStringView value)
{
    if (!value.isEmpty())
        string(key, value);
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView literal)
{
    prefix({}, false);
    m_out.append(literal);
    return *this;
}

JsonWriter &JsonWriter::raw(QStringView key, QByteArrayView literal)
{
    prefix(key, true);
    m_out.append(literal);
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    prefix({}, false);
    appendValue(m_out, json);
    return *this;
}

JsonWriter &JsonWriter::value(QStringView key, const QJsonValue &json)
{
    prefix(key, true);
    appendValue(m_out, json);
    return *this;
}

void JsonWriter::appendValue(QByteArray &out, const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = json.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                out.append(',');
            appendQuoted(out, it.key());
            out.append(':');
            appendValue(out, it.value());
        }
        out.append('}');
        return;
    }
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        return;
    }
    case QJsonValue::String:
        appendQuoted(out, json.toString());
        return;
    case QJsonValue::Bool:
        out.append(json.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double number = json.toDouble();
        const qint64 whole = json.toInteger();
        out.append(static_cast<double>(whole) == number
                       ? QByteArray::number(whole)
                       : QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    out.append("null");
}

} // namespace DepositDesk
