#include "finance/TableExport.h"

#include "domain/ChinaTime.h"
#include "domain/CsvField.h"
#include "domain/Money.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

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

Cell textCell(const QString &text)
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
        return textCell(model.data(index, Qt::DisplayRole).toString());
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
            return textCell(QString());
        cell.kind = Cell::Kind::DateTime;
        cell.dateTime = ChinaTime::toChina(value.toDateTime());
        cell.text = ChinaTime::format(cell.dateTime);
        return cell;
    case QMetaType::QDate:
        if (!value.toDate().isValid())
            return textCell(QString());
        cell.kind = Cell::Kind::Date;
        cell.date = value.toDate();
        cell.text = cell.date.toString(Qt::ISODate);
        return cell;
    case QMetaType::QTime:
        if (!value.toTime().isValid())
            return textCell(QString());
        cell.kind = Cell::Kind::Time;
        cell.time = value.toTime();
        cell.text = cell.time.toString(QStringLiteral("HH:mm:ss"));
        return cell;
    default:
        return textCell(value.toString());
    }
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
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

// One workbook written with libxlsxwriter in constant-memory mode: rows go to a temporary file
// as they are written, so the export's memory does not grow with the table.
class XlsxSheet
{
public:
    XlsxSheet(const QString &path, const QString &sheetName)
        : m_path(QFile::encodeName(path))
        , m_tmpdir(QFile::encodeName(QDir::tempPath()))
        , m_name(sheetTitle(sheetName).toUtf8())
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(m_path.constData(), &options);
        if (!m_workbook)
            return;
        m_sheet = workbook_add_worksheet(m_workbook, m_name.constData());
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        m_money = numberFormat("#,##0.00");
        m_dateTime = numberFormat("yyyy-mm-dd hh:mm:ss");
        m_date = numberFormat("yyyy-mm-dd");
        m_time = numberFormat("hh:mm:ss");
    }
    ~XlsxSheet()
    {
        if (m_workbook)
            workbook_close(m_workbook);
    }
    XlsxSheet(const XlsxSheet &) = delete;
    XlsxSheet &operator=(const XlsxSheet &) = delete;

    bool isOpen() const { return m_sheet && m_header && m_money && m_dateTime && m_date && m_time; }

    bool writeHeader(int column, const QString &text)
    {
        noteWidth(column, displayWidth(text));
        return writeString(0, column, text, m_header);
    }

    bool write(int row, int column, const Cell &cell)
    {
        switch (cell.kind) {
        case Cell::Kind::Text:
            noteWidth(column, displayWidth(cell.text));
            return writeString(row, column, cell.text, nullptr);
        case Cell::Kind::Integer:
            noteWidth(column, int(cell.text.size()));
            if (std::fabs(cell.number) > LargestExactInteger)
                return writeString(row, column, cell.text, nullptr);
            return ok(worksheet_write_number(m_sheet, row, column, cell.number, nullptr));
        case Cell::Kind::Decimal:
            noteWidth(column, std::min(int(cell.text.size()), 12));
            if (!std::isfinite(cell.number))
                return writeString(row, column, cell.text, nullptr);
            return ok(worksheet_write_number(m_sheet, row, column, cell.number, nullptr));
        case Cell::Kind::Money:
            // Thousands separators added by the format.
            noteWidth(column, int(cell.text.size() + cell.text.size() / 4));
            return ok(worksheet_write_number(m_sheet, row, column, cell.number, m_money));
        case Cell::Kind::DateTime:
            return writeDate(row, column, cell, cell.dateTime.date(), cell.dateTime.time(),
                             m_dateTime);
        case Cell::Kind::Date:
            return writeDate(row, column, cell, cell.date, QTime(0, 0), m_date);
        case Cell::Kind::Time:
            noteWidth(column, 8);
            // A time of day alone is the fraction of a day.
            return ok(worksheet_write_number(
                m_sheet, row, column, cell.time.msecsSinceStartOfDay() / 86400000.0, m_time));
        }
        return false;
    }

    // Column widths, the frozen header row and the autofilter over rows 0..lastRow; then the
    // file is written.
    bool finish(int columns, int lastRow)
    {
        for (int c = 0; c < columns; ++c) {
            const int width = std::clamp(m_widths.value(c) + 2, 8, 60);
            if (!ok(worksheet_set_column(m_sheet, c, c, width, nullptr)))
                return false;
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        if (columns > 0 && !ok(worksheet_autofilter(m_sheet, 0, 0, lastRow, columns - 1)))
            return false;
        const lxw_error closed = workbook_close(m_workbook);
        m_workbook = nullptr;
        return closed == LXW_NO_ERROR && m_ok;
    }

private:
    lxw_format *numberFormat(const char *pattern)
    {
        lxw_format *format = workbook_add_format(m_workbook);
        if (format)
            format_set_num_format(format, pattern);
        return format;
    }

    bool ok(lxw_error result)
    {
        m_ok = m_ok && result == LXW_NO_ERROR;
        return m_ok;
    }

    bool writeString(int row, int column, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            return m_ok;
        QString kept = text.left(LongestText);
        if (kept.size() < text.size() && kept.back().isHighSurrogate())
            kept.chop(1);
        return ok(worksheet_write_string(m_sheet, row, column, kept.toUtf8().constData(), format));
    }

    bool writeDate(int row, int column, const Cell &cell, const QDate &date, const QTime &time,
                   lxw_format *format)
    {
        // Excel's dates run from 1900 to 9999; another year stays text.
        if (date.year() < 1900 || date.year() > 9999) {
            noteWidth(column, displayWidth(cell.text));
            return writeString(row, column, cell.text, nullptr);
        }
        noteWidth(column, format == m_date ? 10 : 19);
        lxw_datetime value{date.year(), date.month(),  date.day(),
                           time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
        return ok(worksheet_write_datetime(m_sheet, row, column, &value, format));
    }

    void noteWidth(int column, int width)
    {
        if (width > m_widths.value(column))
            m_widths[column] = width;
    }

    QByteArray m_path;
    QByteArray m_tmpdir;
    QByteArray m_name;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_money = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    QHash<int, int> m_widths;
    bool m_ok = true;
};

bool writeSheet(const QAbstractItemModel &model, const QString &path, const QString &sheetName)
{
    XlsxSheet sheet(path, sheetName);
    if (!sheet.isOpen())
        return false;
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    bool ok = true;
    for (int c = 0; ok && c < columns; ++c)
        ok = sheet.writeHeader(c, headerText(model, c));
    for (int r = 0; ok && r < rows; ++r)
        for (int c = 0; ok && c < columns; ++c)
            ok = sheet.write(r + 1, c, cellAt(model, r, c));
    return sheet.finish(columns, rows) && ok;
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
    bool ok = writeSheet(model, partial, sheetName);
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
