// SecretText: the one test of what looks like a secret, and the redaction the log file applies.
#include "domain/SecretText.h"

#include <QTest>

using namespace DepositDesk;

namespace {

// 344 base64 characters: the length of an RSA2 signature.
QString signature()
{
    QString s;
    while (s.size() < 344)
        s += QStringLiteral("Ab3+/x9Q");
    return s.left(342) + QStringLiteral("==");
}

} // namespace

class TestSecretText : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        for (const char *name : {"password", "db_passwd", "Token", "private_key", "密码", "appKey"})
            QVERIFY2(SecretText::isSecretName(QString::fromUtf8(name)), name);
        for (const char *name : {"out_order_no", "amount", "operator", "sign_type"})
            QVERIFY2(!SecretText::isSecretName(QString::fromUtf8(name)), name);
    }

    void redactsWhatLooksLikeASecret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret"); // must not survive
        QTest::addColumn<QString>("kept");   // must survive
        QTest::newRow("assignment") << u"connect host=db password=hunter2 dbname=dd"_qs
                                    << u"hunter2"_qs << u"host=db password=[redacted] dbname=dd"_qs;
        QTest::newRow("colon, Chinese")
            << u"用户 密码：秘密123 已提交"_qs << u"秘密123"_qs << u"已提交"_qs;
        QTest::newRow("form field")
            << u"token=abc.def&out_order_no=R1"_qs << u"abc.def"_qs << u"&out_order_no=R1"_qs;
        QTest::newRow("signature") << (u"sign="_qs + signature() + u"&app_id=2021"_qs)
                                   << signature() << u"&app_id=2021"_qs;
        QTest::newRow("pem") << u"key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END "
                                "PRIVATE KEY----- done"_qs
                             << u"MIIEvQIBADANBg"_qs << u" done"_qs;
        QTest::newRow("unterminated pem")
            << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEow"_qs << u"MIIEow"_qs << u"[redacted]"_qs;
    }

    void redactsWhatLooksLikeASecret()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        QVERIFY(SecretText::looksLikeSecret(text));
        const QString out = SecretText::redacted(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(kept), qPrintable(out));
        QVERIFY2(out.contains(u"[redacted]"), qPrintable(out));
        QCOMPARE(SecretText::redacted(out), out); // a second pass finds nothing more
    }

    void leavesOrdinaryTextAlone()
    {
        for (const QString &text :
             {u"Unfreeze ¥12.00 of R20240501001 by clerk1"_qs, u"bypass=1 passport: E123"_qs,
              u"GET /gateway.do?method=alipay.trade.query"_qs, QString()}) {
            QVERIFY2(!SecretText::looksLikeSecret(text), qPrintable(text));
            QCOMPARE(SecretText::redacted(text), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretText)
#include "tst_secrettext.moc"
