#include "store/OrderImporter.h"

#include "domain/Clock.h"
#include "store/CsvReader.h"
#include "store/OrderImportRow.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

ImportReport failed(const QString &message)
{
    ImportReport report;
    report.errorString = message;
    return report;
}

bool readCsv(const QByteArray &data, QList<Row> &rows, QString *error)
{
    const QList<CsvReader::Record> records = CsvReader::parse(QString::fromUtf8(data), error);
    if (records.isEmpty()) {
        if (error->isEmpty())
            *error = Text::tr("The file is empty: it needs a header row and one row per order.");
        return false;
    }
    QStringList header;
    for (const QString &cell : records.first().cells)
        header.append(OrderImportRow::canonicalColumn(cell));
    if (!header.contains(QStringLiteral("out_order_no"))) {
        *error = Text::tr("The first row is not a header with the column out_order_no: is this the "
                          "merchant's order export?");
        return false;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        Row row;
        row.line = records[r].line;
        const QStringList &cells = records[r].cells;
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c)
            row.fields.insert(header[c], cells[c]);
        if (cells.size() != header.size())
            row.fields.insert(QStringLiteral("#cells"), int(cells.size()));
        rows.append(row);
    }
    return true;
}

bool readJson(const QByteArray &data, QList<Row> &rows, QString *error)
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
    for (qsizetype i = 0; i < array.size(); ++i) {
        Row row;
        row.line = int(i + 1);
        const QJsonObject object = array[i].toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            row.fields.insert(OrderImportRow::canonicalColumn(it.key()), it.value());
        if (!array[i].isObject())
            row.fields.insert(QStringLiteral("#notobject"), true);
        rows.append(row);
    }
    return true;
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
    return importData(file.readAll(), format, strict);
}

ImportReport OrderImporter::importData(const QByteArray &data, Format format, bool strict)
{
    if (format == Format::Auto) {
        const QByteArray start = data.trimmed();
        format = start.startsWith('[') || start.startsWith('{') ? Format::Json : Format::Csv;
    }
    QList<Row> rows;
    QString error;
    if (!(format == Format::Json ? readJson(data, rows, &error) : readCsv(data, rows, &error)))
        return failed(error);

    ImportReport report;
    report.rows = int(rows.size());
    QList<OrderImportRow::Parsed> valid;
    const QDateTime now = m_clock.now();
    for (const Row &row : rows) {
        QString reason;
        std::optional<OrderImportRow::Parsed> parsed;
        if (row.fields.contains(QStringLiteral("#cells")))
            reason = Text::tr("The row has %1 cells; the header has a different number.")
                         .arg(row.fields.value(QStringLiteral("#cells")).toInt());
        else if (row.fields.contains(QStringLiteral("#notobject")))
            reason = Text::tr("The record is not a JSON object.");
        else
            parsed = OrderImportRow::parse(row.fields, now, &reason);
        if (parsed)
            valid.append(*parsed);
        else
            report.rejected.append(
                {row.line, row.fields.value(QStringLiteral("out_order_no")).toString(), reason});
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
