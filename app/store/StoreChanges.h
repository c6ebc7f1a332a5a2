#pragma once

#include "store/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace DepositDesk {

// How a change made by any writer (this desk, another desk, the resolver, an import, a tool on
// the server) becomes visible to every desk: the database itself announces it, through triggers
// that migration 13 puts on the tables a desk shows.
//
// Topics and their tables (the key of a change is the row's out_order_no):
//   orders  — orders (the index row), ledger_facts (the facts), order_marks, order_notes
//             (migration 14)
//   intents — intents (requests sent to Alipay, their outcomes)
//   refunds — refund_requests (created, decided, executed)
//
// PostgreSQL (team mode): a row trigger sends NOTIFY on the channel `depositdesk_changes` with
// the payload "topic:out_order_no" (delivered when the writer commits, not at all on rollback).
// One transaction announces at most 64 changes per topic; past that, one "topic:*" stands for
// the rest (a bulk import does not flood the listeners).
//
// SQLite: triggers bump a counter per topic in the one-row-per-topic table `change_counters` and
// keep the last key; a reader polls the three rows (see ChangeFeed in services). A counter moved
// by exactly one since the last poll names its order; by more, "some orders of this topic".
class StoreChanges
{
public:
    static const QString Channel; // "depositdesk_changes"

    enum class Topic { Orders, Intents, Refunds };
    static QString topicName(Topic topic);
    static std::optional<Topic> topicOf(const QString &name);

    struct Change
    {
        Topic topic = Topic::Orders;
        QString key; // out_order_no; empty: some rows of the topic, unknown which
    };
    // A NOTIFY payload ("orders:ORDER-1", "refunds:*"); nullopt for anything else.
    static std::optional<Change> parsePayload(const QString &payload);

    // The SQLite counters: per topic, its count of changes and the last key written.
    struct Counter
    {
        qint64 seq = 0;
        QString lastKey;
    };
    using Counters = QHash<Topic, Counter>;
    // One read of change_counters; nullopt (and the driver's text) when it fails.
    static std::optional<Counters> readCounters(const QSqlDatabase &db, QString *error = nullptr);
    // What moved between two reads of the counters.
    static QList<Change> difference(const Counters &before, const Counters &after);

    // Migration 13's statements.
    static QStringList schema(const SqlDialect &dialect);
    // The triggers that announce changes of one more table (with an out_order_no column) under
    // `topic`, for a migration after 13 that adds such a table.
    static QStringList watch(const SqlDialect &dialect, const QString &table, Topic topic);
};

} // namespace DepositDesk
