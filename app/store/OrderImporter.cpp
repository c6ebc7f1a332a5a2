#include "store/OrderImporter.h"

#include "domain/ByteSize.h"
#include "domain/Clock.h"
#include "store/CsvReader.h"
#include "store/OrderImportRow.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderImporter)
};

struct Row
{
    int line = 0;
    QHash<QString, QJsonValue> fields;
};

using RowSink = std::function<void(Row &&)>;

// How many bytes of the file the format detection looks at for its first character.
constexpr qint64 SniffBytes = 64 * 1024;

ImportReport failed(const QString &message)
{
    ImportReport report;
    report.errorString = message;
    return report;
}

// The length of `text` in UTF-8 bytes.
qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : (u < 0x800 || QChar::isSurrogate(u)) ? 2 : 3;
    }
    return bytes;
}

// A JSON value's length as text: a string in UTF-8 bytes, a list its items and separators, an
// object its compact JSON.
qint64 valueSize(const QJsonValue &value)
{
    if (value.isString())
        return utf8Size(value.toString());
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    qint64 bytes = 0;
    if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            bytes += 1 + valueSize(item);
    return bytes; // numbers, booleans, null: short
}

// At most maxBytes + 1 of `device`, read chunk by chunk (one more byte says it is larger).
QByteArray readAtMost(QIODevice &device, qint64 maxBytes)
{
    QByteArray data;
    while (data.size() <= maxBytes) {
        const QByteArray chunk =
            device.read(std::min<qint64>(SniffBytes, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

// A column name or a key as shown in a message: long ones cut.
QString shownName(const QString &name)
{
    return name.size() > 64 ? name.left(64) + QStringLiteral("…") : name;
}

QString tooManyRows(int maxRows)
{
    return Text::tr("The file has more than %1 rows; one import may hold at most %1. Nothing was "
                    "imported: split the file and import the parts one after another (a row "
                    "imported twice changes nothing).")
        .arg(maxRows);
}

bool readCsv(QIODevice &device, const OrderImporter::Limits &limits, const RowSink &sink,
             QString *error)
{
    CsvReader reader(device, limits.maxLineBytes);
    CsvReader::Record record;
    if (!reader.next(&record)) {
        *error = reader.errorString();
        if (error->isEmpty())
            *error = Text::tr("The file is empty: it needs a header row and one row per order.");
        return false;
    }
    QStringList header;
    for (const QString &cell : record.cells) {
        if (utf8Size(cell) > limits.maxFieldBytes) {
            *error = Text::tr("Column %1 of the header (line %2) is longer than %3: is this the "
                              "merchant's order export?")
                         .arg(header.size() + 1)
                         .arg(record.line)
                         .arg(formatByteSize(limits.maxFieldBytes));
            return false;
        }
        header.append(OrderImportRow::canonicalColumn(cell));
    }
    if (!header.contains(QStringLiteral("out_order_no"))) {
        *error = Text::tr("The first row is not a header with the column out_order_no: is this the "
                          "merchant's order export?");
        return false;
    }
    int rows = 0;
    while (reader.next(&record)) {
        if (++rows > limits.maxRows) {
            *error = tooManyRows(limits.maxRows);
            return false;
        }
        Row row;
        row.line = record.line;
        const QStringList &cells = record.cells;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c)
            row.fields.insert(header[c], cells[c]);
        if (cells.size() != header.size())
            row.fields.insert(QStringLiteral("#cells"), int(cells.size()));
        sink(std::move(row));
    }
    *error = reader.errorString();
    return error->isEmpty();
}

bool readJson(const QByteArray &data, const OrderImporter::Limits &limits, const RowSink &sink,
              QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull()) {
        *error = Text::tr("The file is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value(u"orders").toArray();
    if (!doc.isArray() && !doc.object().value(u"orders").isArray()) {
        *error =
            Text::tr("The JSON file must be an array of orders or an object with an \"orders\" "
                     "array.");
        return false;
    }
    if (array.size() > limits.maxRows) {
        *error = tooManyRows(limits.maxRows);
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        Row row;
        row.line = int(i + 1);
        const QJsonObject object = array[i].toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            row.fields.insert(OrderImportRow::canonicalColumn(it.key()), it.value());
        if (!array[i].isObject())
            row.fields.insert(QStringLiteral("#notobject"), true);
        sink(std::move(row));
    }
    return true;
}

// The first field of `row` longer than the cap, as the reason its row is rejected; else empty.
QString fieldTooLong(const Row &row, qint64 maxFieldBytes)
{
    for (auto it = row.fields.cbegin(); it != row.fields.cend(); ++it) {
        if (utf8Size(it.key()) > maxFieldBytes)
            return Text::tr("A column name in this row is longer than %1.")
                .arg(formatByteSize(maxFieldBytes));
        if (valueSize(it.value()) > maxFieldBytes)
            return Text::tr("The field %1 is longer than %2.")
                .arg(shownName(it.key()), formatByteSize(maxFieldBytes));
    }
    return {};
}

} // namespace

OrderImporter::OrderImporter(const Store &store)
    : OrderImporter(store, Clock::system())
{}

OrderImporter::OrderImporter(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{}

ImportReport OrderImporter::importFile(const QString &path, Format format, bool strict)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(
            Text::tr("The file %1 could not be opened: %2.").arg(path, file.errorString()));
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"json")
            format = Format::Json;
        else if (suffix == u"csv")
            format = Format::Csv;
    }
    return importDevice(file, file.isSequential() ? -1 : file.size(), format, strict);
}

ImportReport OrderImporter::importData(const QByteArray &data, Format format, bool strict)
{
    QByteArray copy = data; // shares the bytes: QBuffer only reads them
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, data.size(), format, strict);
}

QString OrderImporter::describeLimits(const Limits &limits)
{
    return Text::tr("Limits: a CSV line may be at most %1, a value at most %2, a file at most %3 "
                    "rows; a JSON file (read whole) at most %4. A longer line, more rows or a "
                    "larger JSON file refuses the whole file before anything is imported; a longer "
                    "value rejects its row.")
        .arg(formatByteSize(limits.maxLineBytes), formatByteSize(limits.maxFieldBytes))
        .arg(limits.maxRows)
        .arg(formatByteSize(limits.maxJsonBytes));
}

ImportReport OrderImporter::importDevice(QIODevice &device, qint64 size, Format format, bool strict)
{
    if (format == Format::Auto) {
        const QByteArray start = device.peek(SniffBytes).trimmed();
        format = start.startsWith('[') || start.startsWith('{') ? Format::Json : Format::Csv;
    }

    ImportReport report;
    QList<OrderImportRow::Parsed> valid;
    const QDateTime now = m_clock.now();
    const auto take = [&](Row &&row) {
        ++report.rows;
        QString reason = fieldTooLong(row, m_limits.maxFieldBytes);
        std::optional<OrderImportRow::Parsed> parsed;
        if (!reason.isEmpty()) {
            // rejected for its length, before its values are read
        } else if (row.fields.contains(QStringLiteral("#cells"))) {
            reason = Text::tr("The row has %1 cells; the header has a different number.")
                         .arg(row.fields.value(QStringLiteral("#cells")).toInt());
        } else if (row.fields.contains(QStringLiteral("#notobject"))) {
            reason = Text::tr("The record is not a JSON object.");
        } else {
            parsed = OrderImportRow::parse(row.fields, now, &reason);
        }
        if (parsed) {
            valid.append(*parsed);
            return;
        }
        QString outOrderNo = row.fields.value(QStringLiteral("out_order_no")).toString();
        if (utf8Size(outOrderNo) > m_limits.maxFieldBytes)
            outOrderNo = shownName(outOrderNo);
        report.rejected.append({row.line, outOrderNo, reason});
    };

    QString error;
    if (format == Format::Json) {
        if (size > m_limits.maxJsonBytes)
            return failed(Text::tr("The file is %1; JSON import files may be at most %2. Nothing "
                                   "was imported: export the orders as CSV (read line by line, "
                                   "any size) or split the file.")
                              .arg(formatByteSize(size), formatByteSize(m_limits.maxJsonBytes)));
        const QByteArray data = readAtMost(device, m_limits.maxJsonBytes);
        if (data.size() > m_limits.maxJsonBytes)
            return failed(Text::tr("The file is larger than %1, the most a JSON import file may "
                                   "be. Nothing was imported: export the orders as CSV (read line "
                                   "by line, any size) or split the file.")
                              .arg(formatByteSize(m_limits.maxJsonBytes)));
        if (!readJson(data, m_limits, take, &error))
            return failed(error);
    } else if (!readCsv(device, m_limits, take, &error)) {
        return failed(error);
    }
    if (strict && !report.rejected.isEmpty())
        return report; // nothing written

    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect());
    if (!tx.isActive())
        return failed(tx.errorString());
    OrderIndex index(m_store);
    ImportReport counted = report;
    for (const OrderImportRow::Parsed &p : valid) {
        OrderIndex::UpsertOutcome outcome;
        StoreResult result = index.upsert(p.order, &outcome);
        for (const auto &[kind, key] : p.keys)
            if (result)
                result = index.addKey(p.order.outOrderNo, kind, key);
        if (!result)
            return failed(Text::tr("Nothing was imported: %1").arg(result.errorString));
        switch (outcome) {
        case OrderIndex::UpsertOutcome::Inserted:
            ++counted.inserted;
            break;
        case OrderIndex::UpsertOutcome::Updated:
            ++counted.updated;
            break;
        case OrderIndex::UpsertOutcome::Unchanged:
            ++counted.unchanged;
            break;
        }
    }
    if (!tx.commit())
        return failed(Text::tr("Nothing was imported: %1").arg(tx.errorString()));
    counted.committed = true;
    return counted;
}

} // namespace DepositDesk
