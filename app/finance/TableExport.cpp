#include "finance/TableExport.h"

#include "domain/CsvField.h"
#include "domain/Money.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QIODevice>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <memory>

namespace DepositDesk {

namespace {

// One cell as exported: a number (written bare) or text.
struct Cell
{
    QString text;
    bool number = false;
    bool money = false;
};

Cell cellAt(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QVariant value = model.data(index, TableExport::ExportRole);
    if (value.isValid()) {
        if (value.metaType() == QMetaType::fromType<Money>())
            return {value.value<Money>().toYuan(), true, true};
        switch (value.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            return {value.toString(), true, false};
        case QMetaType::Double:
        case QMetaType::Float:
            return {QString::number(value.toDouble(), 'g', 17), true, false};
        default:
            return {value.toString(), false, false};
        }
    }
    return {model.data(index, Qt::DisplayRole).toString(), false, false};
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

// Excel's rules for sheet names: 1..31 characters, none of : \ / ? * [ ].
QString sheetTitle(const QString &wanted)
{
    QString name;
    for (const QChar c : wanted)
        name += QStringLiteral(":\\/?*[]").contains(c) ? QChar(u'_') : c;
    name = name.trimmed().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
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
const char WorkbookTail[] = R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";

// Style 0 plain, 1 bold (header row), 2 money with two decimals (built-in format 2, "0.00").
const char Styles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
    R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
    R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

const char SheetHead[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
const char SheetTail[] = R"(</sheetData></worksheet>)";

QString xmlCell(const QString &ref, const Cell &cell, bool header)
{
    if (cell.number)
        return QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>")
            .arg(ref, cell.money ? QStringLiteral(" s=\"2\"") : QString(), cell.text);
    return QStringLiteral(
               "<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>")
        .arg(ref, header ? QStringLiteral(" s=\"1\"") : QString(), xmlText(cell.text));
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
    if (!xlsx.begin(QStringLiteral("xl/worksheets/sheet1.xml")) || !xlsx.write(SheetHead))
        return false;
    const int columns = model.columnCount();
    QString row;
    row += QStringLiteral("<row r=\"1\">");
    for (int c = 0; c < columns; ++c)
        row += xmlCell(columnName(c) + u'1', {headerText(model, c)}, true);
    row += QStringLiteral("</row>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString number = QString::number(r + 2);
        row += QStringLiteral("<row r=\"%1\">").arg(number);
        for (int c = 0; c < columns; ++c)
            row += xmlCell(columnName(c) + number, cellAt(model, r, c), false);
        row += QStringLiteral("</row>");
        if (row.size() > 64 * 1024) {
            if (!xlsx.write(row.toUtf8()))
                return false;
            row.clear();
        }
    }
    return xlsx.write(row.toUtf8()) && xlsx.write(SheetTail) && xlsx.end();
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
            text +=
                cell.number ? CsvField::number(cell.text) : CsvField::text(cell.text, forPeople);
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
        QByteArray workbook = WorkbookHead;
        workbook += xmlText(sheetTitle(sheetName)).toUtf8();
        workbook += WorkbookTail;
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
