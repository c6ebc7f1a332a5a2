#pragma once

#include "domain/Money.h"
#include "domain/OrderRecord.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// Kinds of search keys of an order (stored as numbers: never renumber).
enum class OrderKeyKind {
    OutOrderNo = 1,
    AuthNo = 2,
    OperationId = 3,  // of any of its operations
    OutRequestNo = 4, // of any of its operations
    TradeNo = 5,      // of any of its charges
    OutTradeNo = 6,   // of any of its charges
    PayerUserId = 7,
    PayerLogonId = 8, // masked, as Alipay shows it
    PhoneTail = 9,
    NoteWord = 10, // a word of one of its notes (OrderNotes::searchWords)
};

// Where the next page starts: the sort value and id of the last row shown.
struct OrderCursor
{
    qint64 sortValue = 0;
    qint64 id = 0;
};

// One search of the order index: one string matched against every key, plus filters.
struct OrderQuery
{
    enum class Match { Exact, Prefix };
    enum class SortBy { Created, Updated, Total };

    // Empty: no key condition. Matches are collected before sorting, so a prefix of one or two
    // characters (which can match most of the index) is slow on a large index: search-as-you-type
    // should wait for three characters or use Exact.
    QString text;
    Match match = Match::Prefix;
    QList<OrderStatus> statuses;   // empty: any
    QDateTime createdFrom;         // inclusive; invalid: open
    QDateTime createdBefore;       // exclusive; invalid: open
    std::optional<Money> minTotal; // inclusive
    std::optional<Money> maxTotal; // inclusive
    SortBy sortBy = SortBy::Created;
    bool descending = true;
    int pageSize = 50;                // 1 .. 500
    std::optional<OrderCursor> after; // from OrderPage::next of the previous page
};

struct OrderPage
{
    QList<OrderRecord> orders;
    std::optional<OrderCursor> next; // empty on the last page
};

} // namespace DepositDesk
