#include "OrderedJsonReplay.h"
#include "VectorFiles.h"
#include "alipay/JsonWriter.h"

#include <QJsonDocument>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void rewritesTheSdkBizContentByteForByte_data()
    {
        QTest::addColumn<QByteArray>("bizContent");
        const QJsonArray cases = vectorCases(QStringLiteral("signing.json"));
        QCOMPARE(cases.size(), 15);
        for (const QJsonValue &c : cases)
            QTest::newRow(c[u"id"].toString().toUtf8().constData())
                << c[u"params"][u"biz_content"].toString().toUtf8();
    }

    void rewritesTheSdkBizContentByteForByte()
    {
        QFETCH(QByteArray, bizContent);
        const auto rewritten = OrderedJsonReplay::rewrite(bizContent);
        QVERIFY(rewritten);
        QCOMPARE(*rewritten, bizContent);
    }

    void keepsInsertionOrderAndNests()
    {
        JsonWriter w;
        w.beginObject()
            .string(u"z", u"last first")
            .raw(u"n", "12")
            .beginArray(u"list")
            .string(u"a")
            .raw("true")
            .beginObject()
            .raw(u"x", "null")
            .endObject()
            .beginArray()
            .endArray()
            .endArray()
            .beginObject(u"empty")
            .endObject()
            .optionalString(u"skipped", u"")
            .optionalString(u"kept", u"k")
            .endObject();
        QVERIFY(w.isComplete());
        QCOMPARE(w.text(), QByteArray(R"({"z":"last first","n":12,"list":["a",true,{"x":null},[]],)"
                                      R"("empty":{},"kept":"k"})"));
    }

    void escapesLikeJsonStringify()
    {
        QString text = QStringLiteral("q\"b\\s/n\nt\tr\rb\bf\f");
        text.append(QChar(0x01)).append(QChar(0x1f)).append(QChar(0x7f));
        text.append(QStringLiteral("押金🙂\u2028"));
        QByteArray expected(R"("q\"b\\s/n\nt\tr\rb\bf\f\u0001\u001f)");
        expected.append('\x7f').append("押金🙂\u2028\"");
        QCOMPARE(JsonWriter::quoted(text), expected);
        // Lone surrogates cannot be UTF-8: escaped, as JSON.stringify does.
        const QChar lone[] = {QChar(0xd83d), QChar(u'x'), QChar(0xdc00)};
        QCOMPARE(JsonWriter::quoted(QStringView(lone, 3)), QByteArray(R"("\ud83dx\udc00")"));
    }

    void nestsAJsonStringTwice()
    {
        // docs/alipay-protocol.md §6.5: the bizComplete extra_param, escaped once per level.
        const QByteArray inner =
            JsonWriter().beginObject().string(u"bizComplete", u"true").endObject().text();
        const QByteArray middle = JsonWriter()
                                      .beginObject()
                                      .string(u"unfreezeBizInfo", QString::fromUtf8(inner))
                                      .endObject()
                                      .text();
        const QByteArray outer = JsonWriter()
                                     .beginObject()
                                     .string(u"extra_param", QString::fromUtf8(middle))
                                     .endObject()
                                     .text();
        const char *expected =
            "{\"extra_param\":\"{\\\"unfreezeBizInfo\\\":\\\"{\\\\\\\"bizComplete"
            "\\\\\\\":\\\\\\\"true\\\\\\\"}\\\"}\"}";
        QCOMPARE(outer, QByteArray(expected));
    }

    void writesQJsonValues()
    {
        const auto doc = QJsonDocument::fromJson(R"({"b":[1,2.5,"x",false,null],"a":{"c":"/"}})");
        JsonWriter w;
        w.beginObject().value(u"v", doc.object()).value(u"n", QJsonValue(88.8)).endObject();
        QCOMPARE(w.text(),
                 QByteArray(R"({"v":{"a":{"c":"/"},"b":[1,2.5,"x",false,null]},"n":88.8})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
