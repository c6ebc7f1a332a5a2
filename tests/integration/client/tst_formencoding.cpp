#include "VectorFiles.h"
#include "alipay/FormEncoding.h"

#include <QMap>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

QMultiMap<QString, QString> toMap(const ParameterList &parameters)
{
    QMultiMap<QString, QString> map;
    for (const Parameter &p : parameters)
        map.insert(p.first, p.second);
    return map;
}

} // namespace

class TestFormEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryExecRequestOfTheVectors_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases = vectorCases(QStringLiteral("signing.json"));
        QCOMPARE(cases.size(), 15);
        for (const QJsonValue &c : cases)
            QTest::newRow(c[u"id"].toString().toUtf8().constData()) << c.toObject();
    }

    void decodesEveryExecRequestOfTheVectors()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject request = testCase[u"exec_request"].toObject();
        const QByteArray pathAndQuery = request[u"path_and_query"].toString().toUtf8();
        const qsizetype question = pathAndQuery.indexOf('?');
        QVERIFY(question > 0);
        QString error;
        const auto query =
            FormEncoding::decode(QByteArrayView(pathAndQuery).sliced(question + 1), &error);
        QVERIFY2(query, qPrintable(error));
        const auto body = FormEncoding::decode(request[u"body"].toString().toUtf8(), &error);
        QVERIFY2(body, qPrintable(error));

        ParameterList expected;
        const QJsonObject params = testCase[u"params"].toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            expected.append({it.key(), it.value().toString()});
        expected.append({QStringLiteral("sign"), testCase[u"sign"].toString()});
        QCOMPARE(toMap(*query + *body), toMap(expected));

        // Our own encoding of the same parameters decodes back to exactly the same.
        const auto again = FormEncoding::decode(FormEncoding::encode(expected), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, expected);
    }

    void encodesEverythingButUnreserved()
    {
        const QString sign = QStringLiteral("ab+/cd==");
        QCOMPARE(FormEncoding::encodeComponent(sign), QByteArray("ab%2B%2Fcd%3D%3D"));
        QCOMPARE(FormEncoding::encodeComponent(u"2024-05-01 12:00:00"),
                 QByteArray("2024-05-01%2012%3A00%3A00"));
        QCOMPARE(FormEncoding::encodeComponent(u"Az09-._~!*'()&=+%"),
                 QByteArray("Az09-._~%21%2A%27%28%29%26%3D%2B%25"));
        QCOMPARE(FormEncoding::encodeComponent(u"押金🔋"),
                 QByteArray("%E6%8A%BC%E9%87%91%F0%9F%94%8B"));
        const ParameterList list{{QStringLiteral("a b"), QStringLiteral("{\"x\":1}")},
                                 {QStringLiteral("sign"), sign}};
        QCOMPARE(FormEncoding::encode(list),
                 QByteArray("a%20b=%7B%22x%22%3A1%7D&sign=ab%2B%2Fcd%3D%3D"));
        QCOMPARE(FormEncoding::encode({}), QByteArray());
    }

    void decodesExactlyOnce()
    {
        const auto list = FormEncoding::decode("a=%2541&b=1+2&c=%2B&d&&e=&f=x=y");
        QVERIFY(list);
        const ParameterList expected{{QStringLiteral("a"), QStringLiteral("%41")},
                                     {QStringLiteral("b"), QStringLiteral("1 2")},
                                     {QStringLiteral("c"), QStringLiteral("+")},
                                     {QStringLiteral("d"), QString()},
                                     {QStringLiteral("e"), QString()},
                                     {QStringLiteral("f"), QStringLiteral("x=y")}};
        QCOMPARE(*list, expected);
        QCOMPARE(FormEncoding::decode("")->size(), 0);
        QCOMPARE(*FormEncoding::decodeComponent("%e6%8a%bc"), QStringLiteral("押"));
    }

    void refusesBrokenInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("bad hex") << QByteArray("a=%zz");
        QTest::newRow("truncated escape") << QByteArray("a=%4");
        QTest::newRow("escape at end") << QByteArray("a=%");
        QTest::newRow("invalid utf-8") << QByteArray("a=%FF%FE");
        QTest::newRow("truncated utf-8") << QByteArray("a=%E6%8A");
    }

    void refusesBrokenInput()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!FormEncoding::decode(text, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormEncoding)
#include "tst_formencoding.moc"
