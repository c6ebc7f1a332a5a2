#include "domain/Money.h"
#include "domain/ZipArchive.h"
#include "finance/TableExport.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

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
    const ZipReader zip(zipPath);
    QByteArray content;
    if (!zip.isOpen() || unzLocateFile(zip.handle(), name.toUtf8().constData(), 1) != UNZ_OK ||
        !zip.readCurrentEntry(&content))
        return {};
    return content;
}

// One cell of xl/worksheets/sheet1.xml as read back.
struct SheetCell
{
    QString type;  // the t attribute: "inlineStr", "s", "str", "n" or empty (a number)
    int style = 0; // index into cellXfs
    bool formula = false;
    QString value; // <v> for a number, the text for a string
    bool isNumber() const { return type.isEmpty() || type == QStringLiteral("n"); }
    bool isText() const
    {
        return type == QStringLiteral("inlineStr") || type == QStringLiteral("s");
    }
};

struct SheetColumn
{
    int min = 0;
    int max = 0;
    double width = 0;
};

// The parts of a worksheet the tests look at.
struct Sheet
{
    QHash<QString, SheetCell> cells;
    QStringList rows;
    QHash<QString, QString> pane; // attributes of <pane>
    QString autoFilter;           // ref of <autoFilter>
    QList<SheetColumn> columns;
    bool parsed = false;

    double widthOf(int column) const // 1-based, as in <col min max>
    {
        for (const SheetColumn &c : columns)
            if (column >= c.min && column <= c.max)
                return c.width;
        return 0;
    }
};

Sheet readSheet(const QByteArray &xml)
{
    Sheet sheet;
    QXmlStreamReader reader(xml);
    QString ref;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            const QXmlStreamAttributes a = reader.attributes();
            if (name == u"row") {
                sheet.rows.append(a.value(QLatin1String("r")).toString());
            } else if (name == u"c") {
                ref = a.value(QLatin1String("r")).toString();
                SheetCell &cell = sheet.cells[ref];
                cell.type = a.value(QLatin1String("t")).toString();
                cell.style = a.value(QLatin1String("s")).toInt();
            } else if (name == u"f") {
                sheet.cells[ref].formula = true;
            } else if (name == u"v" || name == u"t") {
                sheet.cells[ref].value += reader.readElementText();
            } else if (name == u"pane") {
                for (const QXmlStreamAttribute &attribute : a)
                    sheet.pane.insert(attribute.name().toString(), attribute.value().toString());
            } else if (name == u"autoFilter") {
                sheet.autoFilter = a.value(QLatin1String("ref")).toString();
            } else if (name == u"col") {
                sheet.columns.append({a.value(QLatin1String("min")).toInt(),
                                      a.value(QLatin1String("max")).toInt(),
                                      a.value(QLatin1String("width")).toDouble()});
            }
        }
    }
    sheet.parsed = !reader.hasError() && !sheet.rows.isEmpty();
    return sheet;
}

// xl/styles.xml: for each cell style, its number format code and whether its font is bold.
struct Styles
{
    QStringList formats;
    QList<bool> bold;
};

Styles readStyles(const QByteArray &xml)
{
    // Excel's built-in number formats that a writer may use without declaring them.
    QHash<int, QString> codes{{0, QStringLiteral("General")},     {1, QStringLiteral("0")},
                              {2, QStringLiteral("0.00")},        {3, QStringLiteral("#,##0")},
                              {4, QStringLiteral("#,##0.00")},    {14, QStringLiteral("m/d/yy")},
                              {20, QStringLiteral("h:mm")},       {21, QStringLiteral("h:mm:ss")},
                              {22, QStringLiteral("m/d/yy h:mm")}};
    QList<bool> fontBold;
    QList<QPair<int, int>> xfs; // numFmtId, fontId
    QXmlStreamReader reader(xml);
    bool inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement() && reader.name() == u"cellXfs")
            inCellXfs = false;
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"numFmt")
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(),
                         a.value(QLatin1String("formatCode")).toString());
        else if (name == u"font")
            fontBold.append(false);
        else if (name == u"b" && !fontBold.isEmpty())
            fontBold.last() = true;
        else if (name == u"cellXfs")
            inCellXfs = true;
        else if (name == u"xf" && inCellXfs)
            xfs.append({a.value(QLatin1String("numFmtId")).toInt(),
                        a.value(QLatin1String("fontId")).toInt()});
    }
    Styles styles;
    for (const auto &[format, font] : xfs) {
        styles.formats.append(codes.value(format, QStringLiteral("?%1").arg(format)));
        styles.bold.append(fontBold.value(font));
    }
    return styles;
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

        const QByteArray xml = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(xml.startsWith("<?xml"));
        const Sheet sheet = readSheet(xml);
        QVERIFY(sheet.parsed);
        const Styles styles = readStyles(zipEntry(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(!styles.formats.isEmpty());
        const auto cell = [&sheet](const char *ref) {
            return sheet.cells.value(QString::fromLatin1(ref));
        };
        const auto format = [&styles](const SheetCell &c) {
            return styles.formats.value(c.style);
        };

        // Header: text, bold.
        QVERIFY(cell("A1").isText());
        QCOMPARE(cell("A1").value, QStringLiteral("Trade number"));
        QVERIFY(styles.bold.value(cell("A1").style));
        QVERIFY(!styles.bold.value(cell("A2").style));
        // A 28-digit trade number stays text, never a rounded number.
        QVERIFY(cell("A2").isText());
        QCOMPARE(cell("A2").value, QStringLiteral("2024050122001400001234567890"));
        // Money: numeric cells (not strings) with a thousands-and-two-decimals format.
        QVERIFY(cell("C2").isNumber());
        QCOMPARE(cell("C2").value.toDouble(), 12.5);
        QCOMPARE(format(cell("C2")), QStringLiteral("#,##0.00"));
        QVERIFY(cell("C3").isNumber());
        QCOMPARE(cell("C3").value.toDouble(), -2.0);
        QCOMPARE(format(cell("C3")), QStringLiteral("#,##0.00"));
        // Integers: numeric cells in the general format.
        QVERIFY(cell("D2").isNumber());
        QCOMPARE(cell("D2").value, QStringLiteral("3"));
        QVERIFY(cell("D3").isNumber());
        QCOMPARE(cell("D3").value, QStringLiteral("-2"));
        QCOMPARE(format(cell("D3")), QStringLiteral("General"));
        // Text that looks like a formula or a number is a plain string: no formula anywhere, no
        // apostrophe needed (a string cell is never run).
        QVERIFY(cell("B2").isText());
        QCOMPARE(cell("B2").value, QStringLiteral("=cmd|' /C calc'!A0"));
        QVERIFY(cell("A4").isText());
        QCOMPARE(cell("A4").value, QStringLiteral("@SUM(A1:A2)"));
        QVERIFY(cell("B3").isText());
        QCOMPARE(cell("B3").value, QStringLiteral("-2"));
        QVERIFY(cell("C4").isText());
        QCOMPARE(cell("C4").value, QStringLiteral("-3"));
        for (const SheetCell &c : sheet.cells)
            QVERIFY(!c.formula);
        QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
        // XML escaped (the parser gives back the exact text).
        QCOMPARE(cell("B4").value, QStringLiteral("say \"hi\", then <go> & stop"));
        QCOMPARE(cell("B5").value, QStringLiteral("line1\nline2"));
        QCOMPARE(sheet.rows.last(), QStringLiteral("5"));
        QVERIFY(!sheet.rows.contains(QStringLiteral("6")));

        // The header row is frozen: a pane split below row 1.
        QCOMPARE(sheet.pane.value(QStringLiteral("state")), QStringLiteral("frozen"));
        QCOMPARE(sheet.pane.value(QStringLiteral("ySplit")), QStringLiteral("1"));
        QCOMPARE(sheet.pane.value(QStringLiteral("topLeftCell")), QStringLiteral("A2"));
        QVERIFY(!sheet.pane.contains(QStringLiteral("xSplit")));
        // An autofilter over the header and every data row.
        QCOMPARE(sheet.autoFilter, QStringLiteral("A1:D5"));
        // Columns sized to their content: the trade number fits, the count column is narrower.
        QVERIFY2(sheet.widthOf(1) >= 28 && sheet.widthOf(1) <= 62,
                 qPrintable(QString::number(sheet.widthOf(1))));
        QVERIFY(sheet.widthOf(4) > 0 && sheet.widthOf(4) < sheet.widthOf(1));
    }

    // Times, days and times of day from ExportRole: CSV in China time, XLSX as Excel dates.
    void datesAreDates()
    {
        // 00:30 UTC is 08:30 in China, the same day.
        const QDateTime instant(QDate(2024, 5, 1), QTime(0, 30), Qt::UTC);
        TableModel model({QStringLiteral("When"), QStringLiteral("Day"), QStringLiteral("At"),
                          QStringLiteral("Shown")},
                         {{{QStringLiteral("ignored"), instant},
                           {QStringLiteral("ignored"), QDate(2024, 5, 1)},
                           {QStringLiteral("ignored"), QTime(12, 0)},
                           {QStringLiteral("2024-05-01 08:30"), {}}}});

        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(TableExport::writeCsv(model, &buffer));
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "When,Day,At,Shown\r\n"
                                   "2024-05-01 08:30:00,2024-05-01,12:00:00,2024-05-01 08:30\r\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
        QVERIFY(TableExport::writeXlsx(model, path, QStringLiteral("dates"), nullptr));
        const Sheet sheet = readSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.parsed);
        const Styles styles = readStyles(zipEntry(path, QStringLiteral("xl/styles.xml")));
        const SheetCell when = sheet.cells.value(QStringLiteral("A2"));
        const SheetCell day = sheet.cells.value(QStringLiteral("B2"));
        const SheetCell at = sheet.cells.value(QStringLiteral("C2"));
        // Excel's serial day 45413 is 2024-05-01; 08:30 is 8.5 / 24 of a day.
        QVERIFY(when.isNumber());
        QVERIFY(qAbs(when.value.toDouble() - (45413 + 8.5 / 24)) < 1e-9);
        QCOMPARE(styles.formats.value(when.style), QStringLiteral("yyyy-mm-dd hh:mm:ss"));
        QVERIFY(day.isNumber());
        QCOMPARE(day.value.toDouble(), 45413.0);
        QCOMPARE(styles.formats.value(day.style), QStringLiteral("yyyy-mm-dd"));
        QVERIFY(at.isNumber());
        QCOMPARE(at.value.toDouble(), 0.5);
        QCOMPARE(styles.formats.value(at.style), QStringLiteral("hh:mm:ss"));
        // Display text stays text.
        QVERIFY(sheet.cells.value(QStringLiteral("D2")).isText());
        // Wide enough for "yyyy-mm-dd hh:mm:ss".
        QVERIFY(sheet.widthOf(1) >= 19);
    }

    // Integers beyond Excel's 15 significant digits stay exact as text in XLSX.
    void xlsxLongIntegersStayExact()
    {
        TableModel model({QStringLiteral("n")}, {{{QString(), qint64(1234567890123456789)}}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.xlsx"));
        QVERIFY(TableExport::writeXlsx(model, path, QString(), nullptr));
        const Sheet sheet = readSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        const SheetCell cell = sheet.cells.value(QStringLiteral("A2"));
        QVERIFY(cell.isText());
        QCOMPARE(cell.value, QStringLiteral("1234567890123456789"));
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
        const Sheet sheet = readSheet(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.cells.value(QStringLiteral("AB2")).isText());
        QCOMPARE(sheet.cells.value(QStringLiteral("AB2")).value, QStringLiteral("last"));
        QCOMPARE(sheet.autoFilter, QStringLiteral("A1:AB2"));
        QVERIFY(zipEntry(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Sheet1\""));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
