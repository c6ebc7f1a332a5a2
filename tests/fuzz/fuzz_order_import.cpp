// The order import (app/store): OrderImporter::importData over a file's content as CSV, as JSON
// and as its content says, which runs CsvReader, the JSON reading and OrderImportRow on every
// row, then writes the valid rows into an in-memory SQLite store made once. The store's order
// tables are emptied after each input, so that every input starts from the same store.

#include "FuzzSupport.h"
#include "ManualClock.h"
#include "store/CsvReader.h"
#include "store/OrderImporter.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QSqlQuery>

using namespace DepositDesk;

namespace {

Store &store()
{
    static Store *instance = [] {
        auto *s = new Store(StoreConfig::sqlite(QStringLiteral(":memory:")));
        const StoreResult opened = s->open();
        Fuzz::require(bool(opened), "the in-memory store opens");
        return s;
    }();
    return *instance;
}

void emptyOrders()
{
    QSqlQuery query(store().database());
    Fuzz::require(query.exec(QStringLiteral("DELETE FROM order_keys")) &&
                      query.exec(QStringLiteral("DELETE FROM orders")),
                  "the order tables can be emptied");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    (void)store();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Testing::ManualClock clock;
    const QByteArray content = Fuzz::input(data, size);

    QString error;
    (void)CsvReader::parse(QString::fromUtf8(content), &error);

    OrderImporter importer(store(), clock);
    using Format = OrderImporter::Format;
    const ImportReport automatic = importer.importData(content, Format::Auto, size % 2 == 0);
    emptyOrders();
    const ImportReport csv = importer.importData(content, Format::Csv);
    emptyOrders();
    const ImportReport json = importer.importData(content, Format::Json);
    emptyOrders();
    for (const ImportReport *report : {&automatic, &csv, &json})
        Fuzz::require(!report->committed ||
                          report->imported() + report->rejected.size() == report->rows,
                      "every row read is imported or rejected");
    Fuzz::require(automatic.rows == csv.rows || automatic.rows == json.rows,
                  "Auto reads the file as one of the two formats");
    return 0;
}
