#pragma once

#include "store/ImportReport.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace DepositDesk {

class Clock;
class Store;

// Reads the merchant's order export into the order index.
//
// Format — the columns of the sandbox's seed export (app/sandbox/bills/OrderExport), as CSV (UTF-8,
// header row, RFC 4180 quoting) or JSON (an array of objects, or {"orders": [...]}, with the
// same keys; amounts may be strings or numbers, lists strings joined by '|' or arrays):
//   required  out_order_no, auth_no, status (INIT | AUTHORIZED | FINISH | CLOSED),
//             total_amount (yuan, at most two decimals)
//   optional  credit_amount, fund_amount, rest_amount, unfrozen_amount, paid_amount,
//             refunded_amount (yuan), order_title, store_name (or store_id), category,
//             payer_user_id, payer_logon_id (masked), phone_tail, created, updated
//             ("yyyy-MM-dd HH:mm:ss" in GMT+8, or ISO 8601 with an offset),
//             out_request_no, operation_id, operation_ids, trade_nos, out_trade_nos (search keys)
//   ignored   any other column (pre_auth_type, payer_name, app_id, payee_user_id …)
// Column names are matched without regard to case; a few Alipay spellings are accepted too
// (order_status, total_freeze_amount, gmt_create …).
//
// Every row is validated (ids present, amounts fen-exact, status known, credit + fund = total
// and rest = total − unfrozen − paid when given); the valid rows are imported in one
// transaction, upserted by out_order_no, so importing the same file twice adds nothing. Strict:
// one bad row and nothing is imported.
//
// Limits (Limits below): a CSV file is read chunk by chunk, never whole; a JSON file is read whole
// and therefore capped in size. A line longer than maxLineBytes, more than maxRows rows, a JSON
// file larger than maxJsonBytes or a header cell longer than maxFieldBytes refuses the whole file
// before anything is written (errorString names the limit). A value longer than maxFieldBytes
// rejects only its row, like any other bad value (and, strict, the whole file).
class OrderImporter
{
public:
    enum class Format { Auto, Csv, Json }; // Auto: by file suffix, else by the first character

    // Caps on an import file (a real export: lines under 2 KiB, values under 300 bytes).
    struct Limits
    {
        qint64 maxLineBytes = 64 * 1024;        // one CSV row: its line, or its lines when quoted
        qint64 maxFieldBytes = 4 * 1024;        // one value (a CSV cell, a JSON value), UTF-8 bytes
        int maxRows = 200'000;                  // data rows of one import
        qint64 maxJsonBytes = qint64(64) << 20; // a JSON file, read whole to be parsed
    };

    explicit OrderImporter(const Store &store);
    OrderImporter(const Store &store, const Clock &clock);

    const Limits &limits() const { return m_limits; }
    void setLimits(const Limits &limits) { m_limits = limits; }

    ImportReport importFile(const QString &path, Format format = Format::Auto, bool strict = false);
    ImportReport importData(const QByteArray &data, Format format, bool strict = false);

    // The limits in two or three sentences, for the import command's --help (translated).
    static QString describeLimits(const Limits &limits);

private:
    // The rows of `device` (CSV, or JSON read whole up to maxJsonBytes; `size`: its size when
    // known, else -1) validated and imported.
    ImportReport importDevice(QIODevice &device, qint64 size, Format format, bool strict);

    const Store &m_store;
    const Clock &m_clock;
    Limits m_limits;
};

} // namespace DepositDesk
