#pragma once

#include "alipay/JsonWriter.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace DepositDesk::Testing {

// Parses JSON text and replays it, member by member in the original order, into a JsonWriter
// (QJsonDocument would sort the keys). Numbers and literals are copied verbatim; strings are
// decoded (escapes resolved) and re-escaped by the writer. Test-only, not a validating parser.
class OrderedJsonReplay
{
public:
    static std::optional<QByteArray> rewrite(const QByteArray &text)
    {
        OrderedJsonReplay replay(text);
        JsonWriter writer;
        if (!replay.value(writer, nullptr))
            return std::nullopt;
        replay.skipSpace();
        if (replay.m_pos != replay.m_text.size())
            return std::nullopt;
        return writer.text();
    }

private:
    explicit OrderedJsonReplay(const QByteArray &text)
        : m_text(text)
    {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<QString> string()
    {
        if (!take('"'))
            return std::nullopt;
        QByteArray utf8;
        QString out;
        const auto flush = [&] {
            out += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                flush();
                return out;
            }
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                return std::nullopt;
            const char e = m_text[m_pos++];
            const QByteArrayView simple("\"\\/bfnrt");
            const char16_t mapped[] = {u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t'};
            const qsizetype index = simple.indexOf(e);
            flush();
            if (index >= 0) {
                out.append(QChar(mapped[index]));
            } else if (e == 'u' && m_pos + 4 <= m_text.size()) {
                bool ok = false;
                const auto unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok)
                    return std::nullopt;
                out.append(QChar(unit));
                m_pos += 4;
            } else {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    // Writes one value; `key` is null for array elements and the top value.
    bool value(JsonWriter &writer, const QString *key)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text[m_pos];
        if (c == '{') {
            ++m_pos;
            key ? writer.beginObject(*key) : writer.beginObject();
            if (take('}')) {
                writer.endObject();
                return true;
            }
            do {
                const auto member = string();
                if (!member || !take(':') || !value(writer, &*member))
                    return false;
            } while (take(','));
            writer.endObject();
            return take('}');
        }
        if (c == '[') {
            ++m_pos;
            key ? writer.beginArray(*key) : writer.beginArray();
            if (take(']')) {
                writer.endArray();
                return true;
            }
            do {
                if (!value(writer, nullptr))
                    return false;
            } while (take(','));
            writer.endArray();
            return take(']');
        }
        if (c == '"') {
            const auto text = string();
            if (!text)
                return false;
            key ? writer.string(*key, *text) : writer.string(*text);
            return true;
        }
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
        const QByteArray literal = m_text.mid(start, m_pos - start);
        if (literal.isEmpty())
            return false;
        key ? writer.raw(*key, literal) : writer.raw(literal);
        return true;
    }

    QByteArray m_text;
    qsizetype m_pos = 0;
};

} // namespace DepositDesk::Testing
