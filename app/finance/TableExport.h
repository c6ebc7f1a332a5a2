#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace DepositDesk {

// Writes any table model (headers + every row, as shown) to CSV or XLSX for finance reports.
//
// A cell's value is data(index, ExportRole) when the model gives one, else its DisplayRole text
// (always text: a long digit string must never become a rounded number). ExportRole values:
// an integer or a double is a number, a Money an exact amount in yuan, a QDateTime an instant
// shown in China time (yyyy-MM-dd HH:mm:ss, as Alipay's bills show it), a QDate a day, a QTime a
// time of day; anything else is text.
// CSV: UTF-8 with BOM, CRLF, fields by CsvField (domain/CsvField.h) with formulas neutralised:
// a text cell starting with = + - @ (or tab / CR) gets a leading apostrophe so that no
// spreadsheet runs it as a formula (numbers written by ExportRole are not text and keep their
// minus sign).
// XLSX: one sheet written with libxlsxwriter in constant-memory mode (rows streamed in order);
// numbers as numbers, amounts with the format #,##0.00, dates and times as Excel dates with a
// date format, text as inline strings (never formulas, so no apostrophe); the header row bold and
// frozen, an autofilter over the table, columns sized to their content.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::TableExport)

public:
    static constexpr int ExportRole = 0x0100 + 0x500; // Qt::UserRole + 0x500

    static bool writeCsv(const QAbstractItemModel &model, QIODevice *device,
                         QString *error = nullptr);
    static bool writeXlsx(const QAbstractItemModel &model, const QString &path,
                          const QString &sheetName, QString *error = nullptr);
    // The text a CSV text cell gets before quoting (CsvField::neutralise); exposed for tests.
    static QString neutralise(const QString &text);
};

} // namespace DepositDesk
