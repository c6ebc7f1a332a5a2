#include "finance/TableExport.h"

#include "domain/ChinaTime.h"
#include "domain/CsvField.h"
#include "domain/Money.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QIODevice>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace DepositDesk {

namespace {

// One cell as exported: its kind, its text (what CSV writes) and, for dates, the value.
struct Cell
{
    enum class Kind { Text, Integer, Decimal, Money, DateTime, Date, Time };

    Kind kind = Kind::Text;
    QString text;
    double number = 0;
    QDateTime dateTime; // China time for DateTime
    QDate date;
    QTime time;
};

Cell plainText(const QString &text)
{
    Cell cell;
    cell.text = text;
    return cell;
}

Cell cellAt(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant value = model.data(index, TableExport::ExportRole);
    if (!value.isValid())
        return plainText(model.data(index, Qt::DisplayRole).toString());
    Cell cell;
    if (value.metaType() == QMetaType::fromType<Money>()) {
        const Money money = value.value<Money>();
        cell.kind = Cell::Kind::Money;
        cell.text = money.toYuan();
        cell.number = double(money.fen()) / 100.0;
        return cell;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        cell.kind = Cell::Kind::Integer;
        cell.text = value.toString();
        cell.number = value.toDouble();
        return cell;
    case QMetaType::Double:
    case QMetaType::Float:
        cell.kind = Cell::Kind::Decimal;
        cell.number = value.toDouble();
        cell.text = QString::number(cell.number, 'g', 17);
        return cell;
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            return plainText(QString());
        cell.kind = Cell::Kind::DateTime;
        cell.dateTime = ChinaTime::toChina(value.toDateTime());
        cell.text = ChinaTime::format(cell.dateTime);
        return cell;
    case QMetaType::QDate:
        if (!value.toDate().isValid())
            return plainText(QString());
        cell.kind = Cell::Kind::Date;
        cell.date = value.toDate();
        cell.text = cell.date.toString(Qt::ISODate);
        return cell;
    case QMetaType::QTime:
        if (!value.toTime().isValid())
            return plainText(QString());
        cell.kind = Cell::Kind::Time;
        cell.time = value.toTime();
        cell.text = cell.time.toString(QStringLiteral("HH:mm:ss"));
        return cell;
    default:
        return plainText(value.toString());
    }
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

// XML 1.0 text: markup characters escaped, characters XML cannot hold (most C0 controls) dropped.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'<')
            out += QStringLiteral("&lt;");
        else if (u == u'>')
            out += QStringLiteral("&gt;");
        else if (u == u'&')
            out += QStringLiteral("&amp;");
        else if (u == u'"')
            out += QStringLiteral("&quot;");
        else if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        else if (u == 0xFFFE || u == 0xFFFF)
            continue;
        else
            out += c;
    }
    return out;
}

// A1-style column letters: 0 -> A, 25 -> Z, 26 -> AA.
QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

// Excel's rules for sheet names: 1..31 characters, none of : \ / ? * [ ], no apostrophe at
// either end.
QString sheetTitle(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted)
        name += QStringLiteral(":\\/?*[]").contains(c) ? QChar(u'_') : c;
    name = name.trimmed().left(31);
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

// How wide `text` shows, in Excel's character units: its longest line, East Asian wide
// characters counting twice.
int displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r') {
            widest = std::max(widest, width);
            width = 0;
            continue;
        }
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return std::max(widest, width);
}

// Excel keeps 15 significant digits: a larger integer is written as text, never rounded.
constexpr double LargestExactInteger = 999999999999999.0;
// Excel's longest cell text.
constexpr qsizetype LongestText = 32767;
// Widths are measured over the first rows only: enough to size the columns, cheap for big tables.
constexpr int RowsMeasured = 10000;

// Excel's serial number of a day and time: days since 1899-12-30 (Excel counts a 29 February
// 1900 that never was, so days before March 1900 count from 1899-12-31) plus the day's fraction.
double excelSerial(const QDate &date, const QTime &time)
{
    const QDate epoch = date < QDate(1900, 3, 1) ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return double(epoch.daysTo(date)) + time.msecsSinceStartOfDay() / 86400000.0;
}

const char ContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char RootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char WorkbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

const char WorkbookHead[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")";
const char WorkbookSheetTail[] = R"(" sheetId="1" r:id="rId1"/></sheets>)";
const char WorkbookTail[] = R"(</workbook>)";

// Cell styles (the s attribute): 0 plain, 1 bold (header row), 2 amount (built-in format 4,
// "#,##0.00"), 3 date and time, 4 date, 5 time of day.
enum Style { Plain, Header, Amount, DateTimeStyle, DateStyle, TimeStyle };

const char Styles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>)"
    R"(<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="hh:mm:ss"/>)"
    R"(</numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

// The header row stays in view (a pane frozen below row 1).
const char SheetHead[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheetViews><sheetView tabSelected="1" workbookViewId="0">)"
    R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"
    R"(<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>)"
    R"(<sheetFormatPr defaultRowHeight="15"/>)";

QString numberCell(const QString &ref, const QString &value, Style style)
{
    return QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>")
        .arg(ref, style == Plain ? QString() : QStringLiteral(" s=\"%1\"").arg(int(style)), value);
}

QString textCell(const QString &ref, const QString &text, Style style)
{
    // Inline strings are never formulas: text starting with = needs no apostrophe here.
    return QStringLiteral(
               "<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>")
        .arg(ref, style == Plain ? QString() : QStringLiteral(" s=\"%1\"").arg(int(style)),
             xmlText(text.left(LongestText)));
}

QString dateCell(const QString &ref, const Cell &cell, const QDate &date, const QTime &time,
                 Style style)
{
    // Excel's dates run from 1900 to 9999; another year stays text.
    if (date.year() < 1900 || date.year() > 9999)
        return textCell(ref, cell.text, Plain);
    return numberCell(ref, QString::number(excelSerial(date, time), 'g', 15), style);
}

QString xmlCell(const QString &ref, const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        return textCell(ref, cell.text, Plain);
    case Cell::Kind::Integer:
        // Beyond Excel's 15 digits a number would be rounded: the exact digits stay text.
        if (std::fabs(cell.number) > LargestExactInteger)
            return textCell(ref, cell.text, Plain);
        return numberCell(ref, cell.text, Plain);
    case Cell::Kind::Decimal:
        if (!std::isfinite(cell.number))
            return textCell(ref, cell.text, Plain);
        return numberCell(ref, cell.text, Plain);
    case Cell::Kind::Money:
        return numberCell(ref, cell.text, Amount);
    case Cell::Kind::DateTime:
        return dateCell(ref, cell, cell.dateTime.date(), cell.dateTime.time(), DateTimeStyle);
    case Cell::Kind::Date:
        return dateCell(ref, cell, cell.date, QTime(0, 0), DateStyle);
    case Cell::Kind::Time:
        // A time of day alone is the fraction of a day.
        return numberCell(ref,
                          QString::number(cell.time.msecsSinceStartOfDay() / 86400000.0, 'g', 15),
                          TimeStyle);
    }
    return textCell(ref, cell.text, Plain);
}

// How wide a cell shows, in Excel's character units.
int cellWidth(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Money: // with thousands separators
        return int(cell.text.size() + cell.text.size() / 4);
    case Cell::Kind::Decimal:
        return std::min(int(cell.text.size()), 12);
    case Cell::Kind::DateTime:
        return 19;
    case Cell::Kind::Date:
        return 10;
    case Cell::Kind::Time:
        return 8;
    case Cell::Kind::Text:
    case Cell::Kind::Integer:
        break;
    }
    return displayWidth(cell.text);
}

// <cols>: each column as wide as its header and its first rows' cells, within 8..60.
QString columnWidths(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    if (columns == 0)
        return {};
    QList<int> widths(columns, 0);
    for (int c = 0; c < columns; ++c)
        widths[c] = displayWidth(headerText(model, c));
    const int rows = std::min(model.rowCount(), RowsMeasured);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], cellWidth(cellAt(model, r, c)));
    QString cols = QStringLiteral("<cols>");
    for (int c = 0; c < columns; ++c)
        cols += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                    .arg(c + 1)
                    .arg(std::clamp(widths[c] + 2, 8, 60));
    return cols + QStringLiteral("</cols>");
}

// The autofilter's range: the header row and every data row.
QString filterRange(const QAbstractItemModel &model)
{
    return QStringLiteral("A1:%1%2")
        .arg(columnName(model.columnCount() - 1))
        .arg(model.rowCount() + 1);
}

class XlsxWriter
{
public:
    explicit XlsxWriter(const QString &path)
        : m_zip(path)
    {}

    bool open() { return m_zip.open(QuaZip::mdCreate); }

    bool add(const QString &name, const QByteArray &content)
    {
        return begin(name) && write(content) && end();
    }
    bool begin(const QString &name)
    {
        m_file = std::make_unique<QuaZipFile>(&m_zip);
        return m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(name));
    }
    bool write(const QByteArray &bytes) { return m_file->write(bytes) == bytes.size(); }
    bool end()
    {
        m_file->close();
        const bool ok = m_file->getZipError() == ZIP_OK;
        m_file.reset();
        return ok;
    }
    bool close()
    {
        if (m_file) {
            m_file->close();
            m_file.reset();
        }
        m_zip.close();
        return m_zip.getZipError() == ZIP_OK;
    }

private:
    QuaZip m_zip;
    std::unique_ptr<QuaZipFile> m_file;
};

bool writeSheet(XlsxWriter &xlsx, const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    if (!xlsx.begin(QStringLiteral("xl/worksheets/sheet1.xml")) || !xlsx.write(SheetHead) ||
        !xlsx.write(columnWidths(model).toUtf8()))
        return false;
    QString row;
    row += QStringLiteral("<sheetData><row r=\"1\">");
    for (int c = 0; c < columns; ++c)
        row += textCell(columnName(c) + u'1', headerText(model, c), Header);
    row += QStringLiteral("</row>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString number = QString::number(r + 2);
        row += QStringLiteral("<row r=\"%1\">").arg(number);
        for (int c = 0; c < columns; ++c)
            row += xmlCell(columnName(c) + number, cellAt(model, r, c));
        row += QStringLiteral("</row>");
        if (row.size() > 64 * 1024) {
            if (!xlsx.write(row.toUtf8()))
                return false;
            row.clear();
        }
    }
    row += QStringLiteral("</sheetData>");
    if (columns > 0)
        row += QStringLiteral("<autoFilter ref=\"%1\"/>").arg(filterRange(model));
    row += QStringLiteral("</worksheet>");
    return xlsx.write(row.toUtf8()) && xlsx.end();
}

// xl/workbook.xml: the one sheet, and the autofilter's hidden defined name that Excel expects.
QByteArray workbookXml(const QAbstractItemModel &model, const QString &title)
{
    QByteArray workbook = WorkbookHead;
    workbook += xmlText(title).toUtf8();
    workbook += WorkbookSheetTail;
    if (model.columnCount() > 0) {
        const QString range = QStringLiteral("$A$1:$%1$%2")
                                  .arg(columnName(model.columnCount() - 1))
                                  .arg(model.rowCount() + 1);
        QString quoted = title;
        quoted.replace(u'\'', QStringLiteral("''"));
        workbook +=
            QStringLiteral("<definedNames><definedName name=\"_xlnm._FilterDatabase\" "
                           "localSheetId=\"0\" hidden=\"1\">%1</definedName></definedNames>")
                .arg(xmlText(u'\'' + quoted + QStringLiteral("'!") + range))
                .toUtf8();
    }
    workbook += WorkbookTail;
    return workbook;
}

} // namespace

QString TableExport::neutralise(const QString &text)
{
    return CsvField::neutralise(text);
}

bool TableExport::writeCsv(const QAbstractItemModel &model, QIODevice *device, QString *error)
{
    // Opened by people in a spreadsheet: text that starts like a formula is neutralised.
    constexpr auto forPeople = CsvField::Formulas::Neutralise;
    const int columns = model.columnCount();
    QString text;
    const auto flush = [&]() {
        const QByteArray bytes = text.toUtf8();
        text.clear();
        return device->write(bytes) == bytes.size();
    };
    text += QChar(0xFEFF);
    for (int c = 0; c < columns; ++c)
        text +=
            (c ? QStringLiteral(",") : QString()) + CsvField::text(headerText(model, c), forPeople);
    text += QStringLiteral("\r\n");
    bool ok = true;
    for (int r = 0; ok && r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const Cell cell = cellAt(model, r, c);
            if (c)
                text += u',';
            const bool number = cell.kind == Cell::Kind::Integer ||
                                cell.kind == Cell::Kind::Decimal || cell.kind == Cell::Kind::Money;
            text += number ? CsvField::number(cell.text) : CsvField::text(cell.text, forPeople);
        }
        text += QStringLiteral("\r\n");
        if (text.size() > 64 * 1024)
            ok = flush();
    }
    ok = ok && flush();
    if (!ok && error)
        *error = tr("The table could not be written: %1. Check that the disk has room and the "
                    "file is not open in another program, then export again.")
                     .arg(device->errorString());
    return ok;
}

bool TableExport::writeXlsx(const QAbstractItemModel &model, const QString &path,
                            const QString &sheetName, QString *error)
{
    // Written beside the target and renamed at the end: a failed export leaves no broken file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    bool ok = false;
    {
        XlsxWriter xlsx(partial);
        const QByteArray workbook = workbookXml(model, sheetTitle(sheetName));
        ok = xlsx.open() && xlsx.add(QStringLiteral("[Content_Types].xml"), ContentTypes) &&
             xlsx.add(QStringLiteral("_rels/.rels"), RootRels) &&
             xlsx.add(QStringLiteral("xl/workbook.xml"), workbook) &&
             xlsx.add(QStringLiteral("xl/_rels/workbook.xml.rels"), WorkbookRels) &&
             xlsx.add(QStringLiteral("xl/styles.xml"), Styles) && writeSheet(xlsx, model);
        ok = xlsx.close() && ok;
    }
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(partial, path);
    }
    if (!ok) {
        QFile::remove(partial);
        if (error)
            *error = tr("The Excel file %1 could not be written. Check that the folder exists, "
                        "the disk has room and the file is not open in another program, then "
                        "export again.")
                         .arg(QDir::toNativeSeparators(path));
    }
    return ok;
}

} // namespace DepositDesk
