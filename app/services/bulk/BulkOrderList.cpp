#include "services/bulk/BulkOrderList.h"

#include "domain/ZipArchive.h"
#include "store/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QXmlStreamReader>

namespace DepositDesk {

namespace {

bool isHeader(const QString &cell)
{
    QString key = cell.trimmed().toLower();
    key.remove(u' ');
    key.remove(u'_');
    static const QStringList names = {QStringLiteral("outorderno"), QStringLiteral("ordernumber"),
                                      QStringLiteral("orderno"),    QStringLiteral("order"),
                                      QStringLiteral("商户订单号"), QStringLiteral("订单号")};
    // The results a bulk action exports (BulkRowsModel) load as the same list again.
    return names.contains(key) ||
           cell.trimmed() == QCoreApplication::translate("DepositDesk::BulkRowsModel", "Order");
}

// "AB12" -> 27 (0-based column of a cell reference); -1 when there is none.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        ++letters;
    }
    return letters == 0 || letters > 3 ? -1 : column - 1;
}

enum class Part { Found, Missing, Damaged, TooLarge };

Part readPart(const ZipReader &zip, const QByteArray &wanted, QByteArray *content)
{
    if (unzLocateFile(zip.handle(), wanted.constData(), 1) != UNZ_OK)
        return Part::Missing;
    switch (zip.readCurrentEntry(content, BulkOrderList::MaxXmlBytes)) {
    case ZipReader::Read::Whole:
        return Part::Found;
    case ZipReader::Read::TooLong:
        return Part::TooLarge;
    case ZipReader::Read::Damaged:
        break;
    }
    return Part::Damaged;
}

} // namespace

std::optional<QStringList> BulkOrderList::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > MaxFileBytes) {
        *error = tr("The file is %1 MiB; an order list may have at most %2 MiB. Split it into "
                    "smaller lists.")
                     .arg(info.size() / (1024 * 1024))
                     .arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString());
        return std::nullopt;
    }
    return parse(file.read(MaxFileBytes + 1), error);
}

std::optional<QStringList> BulkOrderList::parse(const QByteArray &content, QString *error)
{
    if (content.size() > MaxFileBytes) {
        *error = tr("The file is larger than %1 MiB, the most an order list may have. Split it "
                    "into smaller lists.")
                     .arg(MaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    const bool zip = content.startsWith(QByteArrayLiteral("PK\x03\x04"));
    const auto rows = zip ? xlsxRows(content, error) : csvRows(content, error);
    if (!rows)
        return std::nullopt;
    return orders(*rows, error);
}

std::optional<QList<QStringList>> BulkOrderList::csvRows(const QByteArray &content, QString *error)
{
    if (content.contains('\0')) {
        *error = tr("This is neither a CSV file nor an XLSX workbook. Save the list as CSV "
                    "(UTF-8) or XLSX and load it again.");
        return std::nullopt;
    }
    QString parseError;
    const QList<CsvReader::Record> records =
        CsvReader::parse(QString::fromUtf8(content), &parseError);
    if (!parseError.isEmpty()) {
        *error = tr("The CSV file cannot be read: %1").arg(parseError);
        return std::nullopt;
    }
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const CsvReader::Record &r : records)
        rows << r.cells;
    return rows;
}

std::optional<QList<QStringList>> BulkOrderList::xlsxRows(const QByteArray &content, QString *error)
{
    const QString damaged = tr("The workbook is damaged or not an XLSX file, so none of it was "
                               "used. Save it again as XLSX (or CSV) and load it again.");
    const QString tooLarge = tr("The workbook unpacks to more than %1 MiB, the most an order list "
                                "may have. Split it into smaller lists.")
                                 .arg(MaxXmlBytes / (1024 * 1024));
    const ZipReader zip(content);
    if (!zip.isOpen()) {
        *error = damaged;
        return std::nullopt;
    }
    QStringList shared;
    QByteArray xml;
    switch (readPart(zip, QByteArrayLiteral("xl/sharedStrings.xml"), &xml)) {
    case Part::Found: {
        QXmlStreamReader reader(xml);
        QString current;
        bool inItem = false;
        bool inPhonetic = false; // <rPh>: a reading aid, not part of the text
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                if (reader.name() == u"si") {
                    inItem = true;
                    current.clear();
                } else if (reader.name() == u"rPh") {
                    inPhonetic = true;
                } else if (reader.name() == u"t" && inItem && !inPhonetic) {
                    current += reader.readElementText();
                }
            } else if (reader.isEndElement()) {
                if (reader.name() == u"rPh") {
                    inPhonetic = false;
                } else if (reader.name() == u"si") {
                    inItem = false;
                    shared << current;
                }
            }
        }
        if (reader.hasError()) {
            *error = damaged;
            return std::nullopt;
        }
        break;
    }
    case Part::Missing:
        break; // a workbook of numbers only
    case Part::Damaged:
        *error = damaged;
        return std::nullopt;
    case Part::TooLarge:
        *error = tooLarge;
        return std::nullopt;
    }
    switch (readPart(zip, QByteArrayLiteral("xl/worksheets/sheet1.xml"), &xml)) {
    case Part::Found:
        break;
    case Part::Missing:
    case Part::Damaged:
        *error = damaged;
        return std::nullopt;
    case Part::TooLarge:
        *error = tooLarge;
        return std::nullopt;
    }
    QList<QStringList> rows;
    QXmlStreamReader reader(xml);
    QStringList row;
    QString type;
    int column = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"row") {
                row.clear();
            } else if (reader.name() == u"c") {
                type = reader.attributes().value(QStringLiteral("t")).toString();
                column = columnOf(reader.attributes().value(QStringLiteral("r")));
                if (column < 0)
                    column = int(row.size());
            } else if ((reader.name() == u"v" || reader.name() == u"t") && column >= 0 &&
                       column < 64) {
                QString value = reader.readElementText();
                if (type == u"s") {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        *error = damaged;
                        return std::nullopt;
                    }
                    value = shared.at(index);
                }
                while (row.size() <= column)
                    row << QString();
                row[column] += value;
            }
        } else if (reader.isEndElement() && reader.name() == u"row") {
            rows << row;
            if (rows.size() > MaxOrders + 1)
                break; // orders() says the list is too long
        }
    }
    if (reader.hasError()) {
        *error = damaged;
        return std::nullopt;
    }
    return rows;
}

std::optional<QStringList> BulkOrderList::orders(const QList<QStringList> &rows, QString *error)
{
    int column = 0;
    int first = 0;
    for (int r = 0; r < rows.size() && r < 5; ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (isHeader(rows.at(r).at(c))) {
                column = c;
                first = r + 1;
                r = 5;
                break;
            }
        }
    }
    QStringList list;
    for (int r = first; r < rows.size(); ++r) {
        const QString number = rows.at(r).value(column).trimmed();
        if (number.isEmpty())
            continue;
        if (list.size() == MaxOrders) {
            *error = tr("The list has more than %1 orders, the most one bulk action takes. Split "
                        "it into smaller lists.")
                         .arg(MaxOrders);
            return std::nullopt;
        }
        list << number;
    }
    if (list.isEmpty()) {
        *error = tr("The list holds no order number. Put the merchant order numbers "
                    "(out_order_no) in the first column, or under a column headed "
                    "\"out_order_no\".");
        return std::nullopt;
    }
    return list;
}

} // namespace DepositDesk
