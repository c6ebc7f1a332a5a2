#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace DepositDesk {

// The order numbers of a list an operator loads for a bulk action: a CSV file (UTF-8, optional
// BOM, comma separated) or the first worksheet of an XLSX workbook (read with domain/ZipArchive).
//
// The order numbers are taken from the column headed "out_order_no", "Order number", "Order no",
// "Order", "商户订单号" or "订单号" (case, spaces and underscores ignored; "Order" is the column a
// bulk action's exported results have, so they load as the same list) when there is one, in the
// first five rows, else from the first
// column; that header row itself is not an order. Empty cells are skipped; the numbers keep the
// file's order (a row's position is part of its request number: BulkActions). A file that is
// too large, a damaged workbook or a list without any order number is refused with a sentence
// saying why; nothing of it is used.
class BulkOrderList
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::BulkOrderList)

public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024; // the file as loaded
    static constexpr qint64 MaxXmlBytes = 64 * 1024 * 1024;  // one unpacked part of a workbook
    static constexpr int MaxOrders = 5000;

    // The order numbers of `content`; XLSX when it starts as a ZIP archive, else CSV.
    // nullopt and *error (translated) when it cannot be used.
    static std::optional<QStringList> parse(const QByteArray &content, QString *error);
    // The same for a file on disk (its size is checked before it is read).
    static std::optional<QStringList> readFile(const QString &path, QString *error);

private:
    static std::optional<QList<QStringList>> csvRows(const QByteArray &content, QString *error);
    static std::optional<QList<QStringList>> xlsxRows(const QByteArray &content, QString *error);
    static std::optional<QStringList> orders(const QList<QStringList> &rows, QString *error);
};

} // namespace DepositDesk
