#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace DepositDesk {

// Byte-level reading of Alipay bill CSV lines (docs/alipay-protocol.md §8), without decoding them:
// GBK is ASCII-compatible and its trail bytes are never a comma, a quote, a tab or a line end,
// so a line can be split and its ASCII cells (numbers, amounts, times) read from the raw bytes.
namespace BillCsvBytes {

// The cells of one record, trimmed of spaces and tabs; quoted cells unquoted ("" -> ").
// Views point into `line` or, for a cell with doubled quotes, into `owned`. False when a quote
// is left open at the end (the record goes on on the next line).
bool splitCells(QByteArrayView line, std::vector<QByteArrayView> &cells,
                std::vector<QByteArray> &owned);

QByteArrayView trimmed(QByteArrayView cell);

// Index of the first byte that is not part of a valid GBK sequence, or -1 when all are valid.
qsizetype firstNonGbkByte(QByteArrayView bytes);

// An amount as Alipay prints it ("-3000.00", "12.5", "0"): optional minus, digits, at most two
// decimals. Exact fen; nullopt for anything else.
std::optional<qint64> parseFen(QByteArrayView text);

// "yyyy-MM-dd HH:mm:ss" (optionally ".SSS") read as China time (GMT+8): ms since the epoch.
std::optional<qint64> parseChinaTimeMs(QByteArrayView text);

} // namespace BillCsvBytes

} // namespace DepositDesk
