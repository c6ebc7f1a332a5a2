#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QJsonValue;

namespace DepositDesk {

// Writes one compact JSON value as UTF-8 text, members in the order they are written
// (docs/alipay-protocol.md §1.4: the exact text sent is the text signed; §3.2: the sandbox signs
// the node text it writes). Non-ASCII is written raw (no \u escapes), '/' is not escaped; '"', '\'
// and control characters are escaped the way JavaScript's JSON.stringify does, so a
// biz_content written here is byte-identical to the official Node SDK's.
//
//   JsonWriter w;
//   w.beginObject().string("out_trade_no", no).raw("quantity", "1").endObject();
//
// Inside an object every value takes a key; inside an array (or at the top) none does.
// Misuse (a key in an array, unbalanced end*) is a programming error and asserts.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &beginObject(QStringView key);
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &beginArray(QStringView key);
    JsonWriter &endArray();

    JsonWriter &string(QStringView value);
    JsonWriter &string(QStringView key, QStringView value);
    // Only when value is not empty: Alipay must never receive empty-valued fields.
    JsonWriter &optionalString(QStringView key, QStringView value);
    // A literal written as is: a number, true, false or null (the caller vouches for it).
    JsonWriter &raw(QByteArrayView literal);
    JsonWriter &raw(QStringView key, QByteArrayView literal);
    // Any QJsonValue (objects are written with QJsonObject's own, sorted, key order).
    JsonWriter &value(const QJsonValue &json);
    JsonWriter &value(QStringView key, const QJsonValue &json);

    // The text written so far; complete once every begin* has its end*.
    const QByteArray &text() const { return m_out; }
    bool isComplete() const { return m_stack.isEmpty() && !m_out.isEmpty(); }

    // value as a JSON string literal, quotes included.
    static QByteArray quoted(QStringView value);
    static void appendQuoted(QByteArray &out, QStringView value);
    static void appendValue(QByteArray &out, const QJsonValue &json);

private:
    enum class Scope : char { Object, Array };
    void prefix(QStringView key, bool keyed);
    void open(QStringView key, bool keyed, Scope scope);
    void close(Scope scope);

    struct Level
    {
        Scope scope;
        bool empty;
    };
    QByteArray m_out;
    QList<Level> m_stack;
};

} // namespace DepositDesk
