#include "store/StoreConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

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

// A value for a libpq connection string: bare when it can be, else single-quoted with escapes.
QString quoted(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value)
        plain = plain && !c.isSpace() && c != u'\'' && c != u'\\';
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

std::optional<StoreConfig::SslMode> sslModeFromName(const QString &name)
{
    using Mode = StoreConfig::SslMode;
    for (Mode mode : {Mode::Disable, Mode::Prefer, Mode::Require, Mode::VerifyCa, Mode::VerifyFull})
        if (StoreConfig::sslModeName(mode) == name)
            return mode;
    return std::nullopt;
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
        } else if (key == u"sslmode") {
            const std::optional<SslMode> mode = sslModeFromName(value);
            if (!mode) {
                if (error)
                    *error = tr("The sslmode \"%1\" is not known: use disable, prefer, require, "
                                "verify-ca or verify-full.")
                                 .arg(value);
                return std::nullopt;
            }
            config.sslMode = *mode;
        } else if (key == u"sslrootcert" || key == u"sslcert" || key == u"sslkey") {
            // QPSQL passes its connect options separated by ';'.
            if (value.contains(u';')) {
                if (error)
                    *error = tr("The file name given as %1 may not contain \";\".").arg(key);
                return std::nullopt;
            }
            (key == u"sslrootcert" ? config.sslRootCert
             : key == u"sslcert"   ? config.sslCert
                                   : config.sslKey) = value;
        } else {
            if (error)
                *error = tr("The connection setting has an unknown key \"%1\"; use host, port, "
                            "dbname, user, sslmode, sslrootcert, sslcert and sslkey.")
                             .arg(key);
            return std::nullopt;
        }
    }
    if (config.host.isEmpty() || config.database.isEmpty()) {
        if (error)
            *error = tr("The connection setting needs at least host and dbname.");
        return std::nullopt;
    }
    if (config.sslCert.isEmpty() != config.sslKey.isEmpty()) {
        if (error)
            *error = tr("A client certificate needs both sslcert and sslkey.");
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

StoreConfig::SslMode StoreConfig::effectiveSslMode() const
{
    if (sslMode != SslMode::Unset)
        return sslMode;
    if (!sslRootCert.isEmpty())
        return SslMode::VerifyFull;
    return isLocalHost() ? SslMode::Prefer : SslMode::Require;
}

QString StoreConfig::sslModeName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    case SslMode::Unset:
        break;
    }
    return {};
}

bool StoreConfig::isLocalHost() const
{
    if (host.startsWith(u'/') || host.compare(u"localhost", Qt::CaseInsensitive) == 0 ||
        host == u"::1")
        return true;
    const QStringList parts = host.split(u'.');
    return parts.size() == 4 && parts.constFirst() == u"127" &&
           std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) {
               bool ok = false;
               const int n = part.toInt(&ok);
               return ok && n >= 0 && n <= 255;
           });
}

QString StoreConfig::tlsConnectOptions() const
{
    if (driver == Driver::Sqlite)
        return {};
    QStringList options{QStringLiteral("sslmode=") + sslModeName(effectiveSslMode())};
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    if (!sslCert.isEmpty())
        options << QStringLiteral("sslcert=") + quoted(sslCert)
                << QStringLiteral("sslkey=") + quoted(sslKey);
    return options.join(u';');
}

QString StoreConfig::toSetting() const
{
    if (driver == Driver::Sqlite)
        return path;
    QStringList parts{QStringLiteral("host=") + quoted(host)};
    if (port != 5432)
        parts << QStringLiteral("port=") + QString::number(port);
    parts << QStringLiteral("dbname=") + quoted(database);
    if (!user.isEmpty())
        parts << QStringLiteral("user=") + quoted(user);
    if (sslMode != SslMode::Unset)
        parts << QStringLiteral("sslmode=") + sslModeName(sslMode);
    if (!sslRootCert.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoted(sslRootCert);
    if (!sslCert.isEmpty())
        parts << QStringLiteral("sslcert=") + quoted(sslCert)
              << QStringLiteral("sslkey=") + quoted(sslKey);
    return parts.join(u' ');
}

QString StoreConfig::redact(const QString &text) const
{
    if (password.isEmpty())
        return text;
    QString result = text;
    return result.replace(password, QStringLiteral("***"));
}

} // namespace DepositDesk
