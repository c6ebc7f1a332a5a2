#include "store/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::StoreConfig", text);
}

// Reads one value at pos (quoted or bare); returns false on an unterminated quote.
bool readValue(const QString &text, qsizetype &pos, QString &value)
{
    value.clear();
    if (pos < text.size() && text[pos] == u'\'') {
        ++pos;
        while (pos < text.size() && text[pos] != u'\'') {
            if (text[pos] == u'\\' && pos + 1 < text.size())
                ++pos;
            value.append(text[pos++]);
        }
        if (pos >= text.size())
            return false;
        ++pos;
        return true;
    }
    while (pos < text.size() && !text[pos].isSpace())
        value.append(text[pos++]);
    return true;
}

} // namespace

StoreConfig StoreConfig::defaultSqlite()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqlite(QDir(dir).filePath(QStringLiteral("depositdesk.sqlite")));
}

StoreConfig StoreConfig::sqlite(const QString &path)
{
    StoreConfig config;
    config.driver = Driver::Sqlite;
    config.path = path;
    return config;
}

std::optional<StoreConfig> StoreConfig::fromConnectionString(const QString &text, QString *error)
{
    StoreConfig config;
    config.driver = Driver::Postgres;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text[pos].isSpace()) {
            ++pos;
            continue;
        }
        const qsizetype eq = text.indexOf(u'=', pos);
        if (eq < 0) {
            if (error)
                *error = tr("The connection setting is not of the form \"host=… port=… "
                            "dbname=… user=…\": add the missing \"=\".");
            return std::nullopt;
        }
        const QString key = text.mid(pos, eq - pos).trimmed();
        pos = eq + 1;
        QString value;
        if (!readValue(text, pos, value)) {
            if (error)
                *error = tr("A quoted value in the connection setting is not closed.");
            return std::nullopt;
        }
        if (key == u"host" || key == u"hostaddr") {
            config.host = value;
        } else if (key == u"port") {
            bool ok = false;
            config.port = value.toInt(&ok);
            if (!ok || config.port <= 0 || config.port > 65535) {
                if (error)
                    *error = tr("The port \"%1\" is not a number between 1 and 65535.").arg(value);
                return std::nullopt;
            }
        } else if (key == u"dbname") {
            config.database = value;
        } else if (key == u"user") {
            config.user = value;
        } else if (key == u"password") {
            config.password = value;
        } else {
            if (error)
                *error = tr("The connection setting has an unknown key \"%1\"; use host, port, "
                            "dbname, user and password.")
                             .arg(key);
            return std::nullopt;
        }
    }
    if (config.host.isEmpty() || config.database.isEmpty()) {
        if (error)
            *error = tr("The connection setting needs at least host and dbname.");
        return std::nullopt;
    }
    return config;
}

std::optional<StoreConfig> StoreConfig::fromSetting(const QString &text, QString *error)
{
    if (text.contains(u'='))
        return fromConnectionString(text, error);
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("No database was given.");
        return std::nullopt;
    }
    return sqlite(text);
}

QString StoreConfig::describe() const
{
    if (driver == Driver::Sqlite)
        return QDir::toNativeSeparators(path);
    return QStringLiteral("%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

} // namespace DepositDesk
