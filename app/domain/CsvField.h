#pragma once

#include <QString>
#include <QStringList>

namespace DepositDesk {

// The one writer of comma-separated values in the console: every CSV file it writes (table
// exports, the audit export, the sandbox's bills and order export) takes its fields from here.
//
// The rule, in this order:
//  1. Formulas (text fields only, with Formulas::Neutralise): text starting with = + - @ tab or
//     carriage return is what a spreadsheet runs as a formula, so it gets a leading apostrophe
//     ("=1+1" -> "'=1+1", "-2" -> "'-2"). A field written with number() is a number the program
//     made itself (an amount such as "-12.50", a count) and stays as it is, so it remains a number
//     in the spreadsheet; text that merely looks numeric is still text and still neutralised.
//  2. Quoting (always): a field holding a comma, a double quote, CR or LF is put in double quotes
//     with its inner quotes doubled (RFC 4180); any other field is written bare.
//
// Formulas::Neutralise is for files meant for people (exports opened in a spreadsheet).
// Formulas::Verbatim keeps the text's bytes exactly (only rule 2) and is for files whose format is
// fixed by someone else: the sandbox's bills mirror Alipay's own files and the sandbox's order
// export is read back by the importer, so neither may gain apostrophes.
class CsvField
{
public:
    enum class Formulas { Neutralise, Verbatim };

    // One text field.
    static QString text(const QString &value, Formulas formulas);
    // One field holding a number: written bare when `value` is a plain decimal number (optional
    // minus sign, digits, optional fraction and exponent), else treated as neutralised text.
    static QString number(const QString &value);
    // Text fields joined with commas (no line end).
    static QString line(const QStringList &values, Formulas formulas);

    // Rule 1 alone: `value` with a leading apostrophe when it starts like a formula.
    static QString neutralise(const QString &value);
    // Whether `value` is a plain decimal number as number() writes it bare.
    static bool isNumber(QStringView value);
};

} // namespace DepositDesk
