#include "domain/Money.h"
#include "finance/TableExport.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace DepositDesk;

namespace {

// A plain table (Core only): display text per cell, and an ExportRole value where set.
class TableModel : public QAbstractTableModel
{
public:
    struct Cell
    {
        QString display;
        QVariant exported;
    };

    TableModel(QStringList headers, QList<QList<Cell>> rows)
        : m_headers(std::move(headers))
        , m_rows(std::move(rows))
    {}
    int rowCount(const QModelIndex & = {}) const override { return int(m_rows.size()); }
    int columnCount(const QModelIndex & = {}) const override { return int(m_headers.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QList<Cell> &row = m_rows.at(index.row());
        if (index.column() >= row.size())
            return {};
        const Cell &cell = row.at(index.column());
        if (role == Qt::DisplayRole)
            return cell.display;
        return role == TableExport::ExportRole ? cell.exported : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_headers.at(section);
        return {};
    }

private:
    QStringList m_headers;
    QList<QList<Cell>> m_rows;
};

// Header: Trade number | Note | Amount | Count. Rows hold hostile text and real numbers.
std::unique_ptr<TableModel> sampleModel()
{
    const auto money = [](qint64 fen) {
        return QVariant::fromValue(Money::fromFen(fen));
    };
    return std::make_unique<TableModel>(
        QStringList{QStringLiteral("Trade number"), QStringLiteral("Note"),
                    QStringLiteral("Amount"), QStringLiteral("Count")},
        QList<QList<TableModel::Cell>>{
            {{QStringLiteral("2024050122001400001234567890"), {}},
             {QStringLiteral("=cmd|' /C calc'!A0"), {}},
             {QStringLiteral("¥12.50"), money(1250)},
             {QStringLiteral("3"), 3}},
            {{QStringLiteral("+1"), {}},
             {QStringLiteral("-2"), {}},
             {QStringLiteral("-¥2.00"), money(-200)},
             {QStringLiteral("-2"), qint64(-2)}},
            {{QStringLiteral("@SUM(A1:A2)"), {}},
             {QStringLiteral("say \"hi\", then <go> & stop"), {}},
             {QStringLiteral("-3"), {}},
             {QString(), {}}},
            {{QStringLiteral("\tx"), {}}, {QStringLiteral("line1\nline2"), {}}}});
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void neutraliseOnlyDangerousStarts()
    {
        QCOMPARE(TableExport::neutralise(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("\rx")), QStringLiteral("'\rx"));
        QCOMPARE(TableExport::neutralise(QStringLiteral("a=b")), QStringLiteral("a=b"));
        QCOMPARE(TableExport::neutralise(QString()), QString());
    }

    void csvBytesExact()
    {
        const auto model = sampleModel();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(TableExport::writeCsv(*model, &buffer, &error), qPrintable(error));
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "Trade number,Note,Amount,Count\r\n"
                                    "2024050122001400001234567890,'=cmd|' /C calc'!A0,12.50,3\r\n"
                                    "'+1,'-2,-2.00,-2\r\n"
                                    "'@SUM(A1:A2),\"say \"\"hi\"\", then <go> & stop\",'-3,\r\n"
                                    "'\tx,\"line1\nline2\",,\r\n";
        QCOMPARE(bytes, expected);
    }

    void csvWriteFailureIsReported()
    {
        const auto model = sampleModel();
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QVERIFY(!TableExport::writeCsv(*model, &readOnly, &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }

    void xlsxHoldsTypedCells()
    {
        const auto model = sampleModel();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        QString error;
        QVERIFY2(TableExport::writeXlsx(*model, path, QStringLiteral("Recon: May/2024"), &error),
                 qPrintable(error));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        for (const char *name : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                 "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
            QVERIFY2(!zipEntry(path, QString::fromLatin1(name)).isEmpty(), name);
        QVERIFY(zipEntry(path, QStringLiteral("xl/workbook.xml"))
                    .contains("<sheet name=\"Recon_ May_2024\" sheetId=\"1\" r:id=\"rId1\"/>"));
        QVERIFY(zipEntry(path, QStringLiteral("xl/styles.xml")).contains("<font><b/>"));

        const QString sheet =
            QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.startsWith(QStringLiteral("<?xml")));
        // Header bold (style 1), inline text.
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t "
                                              "xml:space=\"preserve\">Trade number</t></is></c>")));
        // A 28-digit trade number stays text, never a rounded number.
        QVERIFY(sheet.contains(
            QStringLiteral("<c r=\"A2\" t=\"inlineStr\"><is><t "
                           "xml:space=\"preserve\">2024050122001400001234567890</t></is></c>")));
        // Money exact as a decimal number with the money style; integers as numbers.
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"C2\" s=\"2\"><v>12.50</v></c>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"C3\" s=\"2\"><v>-2.00</v></c>")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"D3\"><v>-2</v></c>")));
        // Text minus two stays text (inline strings are never formulas: no apostrophe needed).
        QVERIFY(sheet.contains(QStringLiteral(
            "<c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">-2</t></is></c>")));
        QVERIFY(sheet.contains(QStringLiteral(
            "<c r=\"C4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">-3</t></is></c>")));
        // XML escaped.
        QVERIFY(sheet.contains(QStringLiteral("say &quot;hi&quot;, then &lt;go&gt; &amp; stop")));
        QVERIFY(sheet.contains(QStringLiteral("<row r=\"5\">")));
        QVERIFY(!sheet.contains(QStringLiteral("<row r=\"6\">")));
    }

    void xlsxIntoMissingFolderFails()
    {
        const auto model = sampleModel();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/report.xlsx"));
        QString error;
        QVERIFY(!TableExport::writeXlsx(*model, path, QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("report.xlsx")));
        QVERIFY(!QFile::exists(path));
    }

    void xlsxColumnsBeyondZ()
    {
        QStringList headers;
        for (int c = 0; c < 28; ++c)
            headers.append(QString::number(c + 1));
        QList<TableModel::Cell> row(28);
        row[27].display = QStringLiteral("last");
        TableModel model(headers, {row});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
        QVERIFY(TableExport::writeXlsx(model, path, QString(), nullptr));
        const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<c r=\"AB2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">last<"));
        QVERIFY(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Sheet1\""));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
