#include "domain/CsvField.h"

#include <QTest>

using DepositDesk::CsvField;

class TestCsvField : public QObject
{
    Q_OBJECT

private slots:
    // The rule for text: neutralise formula starts (Neutralise only), then quote when needed.
    void text_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("neutralised");
        QTest::addColumn<QString>("verbatim");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("alice")
                               << QStringLiteral("alice");
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1")
                                << QStringLiteral("=1+1");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1")
                              << QStringLiteral("+1");
        QTest::newRow("minus text")
            << QStringLiteral("-12.50") << QStringLiteral("'-12.50") << QStringLiteral("-12.50");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)")
                            << QStringLiteral("@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx")
                             << QStringLiteral("\tx");
        // A leading CR is neutralised, then the field is quoted for the CR.
        QTest::newRow("carriage return")
            << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"") << QStringLiteral("\"\rx\"");
        QTest::newRow("formula sign inside")
            << QStringLiteral("a=b-c") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
        QTest::newRow("trailing tab (Alipay ids)")
            << QStringLiteral("2024050122001400001234567890\t")
            << QStringLiteral("2024050122001400001234567890\t")
            << QStringLiteral("2024050122001400001234567890\t");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"")
                               << QStringLiteral("\"a,b\"");
        QTest::newRow("quotes doubled")
            << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"")
            << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line feed")
            << QStringLiteral("line1\nline2") << QStringLiteral("\"line1\nline2\"")
            << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("formula with quote and comma")
            << QStringLiteral("=HYPERLINK(\"http://x\",1)")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",1)\"")
            << QStringLiteral("\"=HYPERLINK(\"\"http://x\"\",1)\"");
        QTest::newRow("chinese") << QStringLiteral("押金退还") << QStringLiteral("押金退还")
                                 << QStringLiteral("押金退还");
    }
    void text()
    {
        QFETCH(QString, value);
        QFETCH(QString, neutralised);
        QFETCH(QString, verbatim);
        QCOMPARE(CsvField::text(value, CsvField::Formulas::Neutralise), neutralised);
        QCOMPARE(CsvField::text(value, CsvField::Formulas::Verbatim), verbatim);
    }

    // Numbers the program wrote stay numbers (no apostrophe before the minus sign); anything
    // passed as a number that is not one is treated as text and neutralised.
    void number_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("amount") << QStringLiteral("12.50") << QStringLiteral("12.50");
        QTest::newRow("negative amount") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::newRow("integer") << QStringLiteral("3") << QStringLiteral("3");
        QTest::newRow("negative integer") << QStringLiteral("-2") << QStringLiteral("-2");
        QTest::newRow("exponent") << QStringLiteral("-1.5e-07") << QStringLiteral("-1.5e-07");
        QTest::newRow("leading point") << QStringLiteral(".5") << QStringLiteral(".5");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("plus sign") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("formula") << QStringLiteral("-1+cmd") << QStringLiteral("'-1+cmd");
        QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("bare exponent") << QStringLiteral("1e") << QStringLiteral("1e");
        QTest::newRow("comma") << QStringLiteral("1,000") << QStringLiteral("\"1,000\"");
        QTest::newRow("not a number") << QStringLiteral("nan") << QStringLiteral("nan");
    }
    void number()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvField::number(value), field);
    }

    void neutraliseOnlyTouchesTheStart()
    {
        QCOMPARE(CsvField::neutralise(QStringLiteral("=1")), QStringLiteral("'=1"));
        QCOMPARE(CsvField::neutralise(QStringLiteral("'=1")), QStringLiteral("'=1"));
        QCOMPARE(CsvField::neutralise(QStringLiteral(" =1")), QStringLiteral(" =1"));
        QCOMPARE(CsvField::neutralise(QStringLiteral("a,b")), QStringLiteral("a,b"));
    }

    void lineJoinsFields()
    {
        const QStringList cells{QStringLiteral("=a"), QStringLiteral("b,c"), QString(),
                                QStringLiteral("-1")};
        QCOMPARE(CsvField::line(cells, CsvField::Formulas::Neutralise),
                 QStringLiteral("'=a,\"b,c\",,'-1"));
        QCOMPARE(CsvField::line(cells, CsvField::Formulas::Verbatim),
                 QStringLiteral("=a,\"b,c\",,-1"));
        QCOMPARE(CsvField::line({}, CsvField::Formulas::Neutralise), QString());
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
