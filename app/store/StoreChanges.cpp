#include "store/StoreChanges.h"

#include "store/StoreQuery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace DepositDesk {

namespace {

struct Watched
{
    const char *table;
    StoreChanges::Topic topic;
};

// The tables whose rows a desk shows when migration 13 ran, and the topic a change of each is
// announced under. Every one has an out_order_no column. Tables added later are watched by their
// own migration (watch()).
const Watched WatchedTables[] = {
    {"orders", StoreChanges::Topic::Orders},
    {"ledger_facts", StoreChanges::Topic::Orders},
    {"order_marks", StoreChanges::Topic::Orders},
    {"intents", StoreChanges::Topic::Intents},
    {"refund_requests", StoreChanges::Topic::Refunds},
};

QStringList sqliteTriggers(const QString &table, StoreChanges::Topic topic)
{
    const struct
    {
        const char *event;
        const char *row;
    } events[] = {{"INSERT", "NEW"}, {"UPDATE", "NEW"}, {"DELETE", "OLD"}};
    QStringList statements;
    for (const auto &event : events) {
        const QString name = QString::fromLatin1(event.event).toLower();
        statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS dd_changes_%1_%2 AFTER %3 ON %1 "
                                     "BEGIN UPDATE change_counters SET seq = seq + 1, last_key = "
                                     "%4.out_order_no WHERE topic = '%5'; END")
                          .arg(table, name, QString::fromLatin1(event.event),
                               QString::fromLatin1(event.row), StoreChanges::topicName(topic));
    }
    return statements;
}

QString postgresTrigger(const QString &table, StoreChanges::Topic topic)
{
    return QStringLiteral("CREATE TRIGGER dd_changes AFTER INSERT OR UPDATE OR DELETE "
                          "ON %1 FOR EACH ROW EXECUTE FUNCTION dd_notify_change('%2')")
        .arg(table, StoreChanges::topicName(topic));
}

QStringList sqliteSchema()
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS change_counters (topic TEXT PRIMARY KEY, "
                       "seq BIGINT NOT NULL, last_key TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO change_counters (topic, seq) VALUES ('orders', 0), "
                       "('intents', 0), ('refunds', 0)"),
    };
    for (const Watched &watched : WatchedTables)
        statements << sqliteTriggers(QString::fromLatin1(watched.table), watched.topic);
    return statements;
}

QStringList postgresSchema()
{
    // The per-topic count of this transaction lives in a transaction-local setting, so a bulk
    // write sends 64 notifications and one "topic:*", not one per row.
    QStringList statements = {QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION dd_notify_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    setting text := 'depositdesk.changes_' || TG_ARGV[0];
    sent integer := coalesce(nullif(current_setting(setting, true), ''), '0')::integer;
    row_key text;
BEGIN
    IF sent > 64 THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        row_key := to_jsonb(OLD) ->> 'out_order_no';
    ELSE
        row_key := to_jsonb(NEW) ->> 'out_order_no';
    END IF;
    IF sent = 64 OR row_key IS NULL OR length(row_key) > 200 THEN
        row_key := '*';
    END IF;
    PERFORM pg_notify('depositdesk_changes', TG_ARGV[0] || ':' || row_key);
    PERFORM set_config(setting, (sent + 1)::text, true);
    RETURN NULL;
END
$fn$)sql")};
    for (const Watched &watched : WatchedTables)
        statements << postgresTrigger(QString::fromLatin1(watched.table), watched.topic);
    return statements;
}

} // namespace

const QString StoreChanges::Channel = QStringLiteral("depositdesk_changes");

QString StoreChanges::topicName(Topic topic)
{
    switch (topic) {
    case Topic::Orders:
        return QStringLiteral("orders");
    case Topic::Intents:
        return QStringLiteral("intents");
    case Topic::Refunds:
        return QStringLiteral("refunds");
    }
    return {};
}

std::optional<StoreChanges::Topic> StoreChanges::topicOf(const QString &name)
{
    for (Topic topic : {Topic::Orders, Topic::Intents, Topic::Refunds}) {
        if (name == topicName(topic))
            return topic;
    }
    return std::nullopt;
}

std::optional<StoreChanges::Change> StoreChanges::parsePayload(const QString &payload)
{
    const qsizetype colon = payload.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const std::optional<Topic> topic = topicOf(payload.left(colon));
    if (!topic)
        return std::nullopt;
    Change change;
    change.topic = *topic;
    const QString key = payload.mid(colon + 1);
    if (key != u"*")
        change.key = key;
    return change;
}

std::optional<StoreChanges::Counters> StoreChanges::readCounters(const QSqlDatabase &db,
                                                                 QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT topic, seq, last_key FROM change_counters"))) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    Counters counters;
    while (query.next()) {
        if (const std::optional<Topic> topic = topicOf(query.value(0).toString()))
            counters.insert(*topic, {query.value(1).toLongLong(), query.value(2).toString()});
    }
    return counters;
}

QList<StoreChanges::Change> StoreChanges::difference(const Counters &before, const Counters &after)
{
    QList<Change> changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const qint64 was = before.value(it.key()).seq;
        if (it->seq == was)
            continue;
        Change change;
        change.topic = it.key();
        if (it->seq == was + 1)
            change.key = it->lastKey;
        changes << change;
    }
    return changes;
}

QStringList StoreChanges::schema(const SqlDialect &dialect)
{
    return dialect.kind() == SqlDialect::Kind::Sqlite ? sqliteSchema() : postgresSchema();
}

QStringList StoreChanges::watch(const SqlDialect &dialect, const QString &table, Topic topic)
{
    return dialect.kind() == SqlDialect::Kind::Sqlite ? sqliteTriggers(table, topic)
                                                      : QStringList{postgresTrigger(table, topic)};
}

} // namespace DepositDesk
