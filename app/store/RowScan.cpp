#include "store/RowScan.h"

#include "store/StoreQuery.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#if DD_SQLITE_NATIVE_SCAN
#include <sqlite3.h>
#endif

namespace DepositDesk {

struct RowScan::Generic
{
    StoreQuery query;
    std::vector<QByteArray> texts; // the current row's text columns, converted once
    std::vector<bool> converted;

    Generic(const QSqlDatabase &db, const QString &sql)
        : query(db, sql)
    {}
};

#if DD_SQLITE_NATIVE_SCAN
struct RowScan::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QString sql;
    QString error; // the driver's text of the last failure
    bool failed = false;

    void fail(const char *what)
    {
        failed = true;
        error = QString::fromUtf8(sqlite3_errmsg(db));
        qCWarning(lcStore).noquote() << what << error << "in" << sql;
    }
    ~Native()
    {
        if (statement)
            sqlite3_finalize(statement);
    }
};
#else
struct RowScan::Native
{
};
#endif

RowScan::RowScan(const QSqlDatabase &db, const QString &sql)
{
#if DD_SQLITE_NATIVE_SCAN
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (db.driverName() == u"QSQLITE" && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_native = std::make_unique<Native>();
        m_native->db = *static_cast<sqlite3 *const *>(handle.constData());
        m_native->sql = sql;
        const QByteArray text = sql.toUtf8();
        if (!m_native->db || sqlite3_prepare_v2(m_native->db, text.constData(), int(text.size()),
                                                &m_native->statement, nullptr) != SQLITE_OK)
            m_native->fail("prepare failed:");
        return;
    }
#endif
    m_generic = std::make_unique<Generic>(db, sql);
}

RowScan::~RowScan() = default;

bool RowScan::isNative() const
{
    return m_native != nullptr;
}

RowScan &RowScan::bind(const QString &name, qint64 value)
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native) {
        if (m_native->statement) {
            const int at = sqlite3_bind_parameter_index(m_native->statement,
                                                        (u':' + name).toUtf8().constData());
            if (at <= 0 || sqlite3_bind_int64(m_native->statement, at, value) != SQLITE_OK)
                m_native->fail("bind failed:");
        }
        return *this;
    }
#endif
    m_generic->query.bind(name, value);
    return *this;
}

RowScan &RowScan::bind(const QString &name, const QString &value)
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native) {
        if (m_native->statement) {
            const int at = sqlite3_bind_parameter_index(m_native->statement,
                                                        (u':' + name).toUtf8().constData());
            const QByteArray text = value.toUtf8(); // a null QString is stored as '' (StoreQuery)
            if (at <= 0 || sqlite3_bind_text(m_native->statement, at, text.constData(),
                                             int(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
                m_native->fail("bind failed:");
        }
        return *this;
    }
#endif
    m_generic->query.bind(name, value.isNull() ? QStringLiteral("") : value);
    return *this;
}

bool RowScan::exec()
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native)
        return m_native->statement && !m_native->failed;
#endif
    return m_generic->query.exec();
}

bool RowScan::ok() const
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native)
        return m_native->statement && !m_native->failed;
#endif
    return m_generic->query.isPrepared() && !m_generic->query.lastError().isValid();
}

bool RowScan::next()
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native) {
        if (!m_native->statement || m_native->failed)
            return false;
        const int step = sqlite3_step(m_native->statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            m_native->fail("statement failed:");
        sqlite3_reset(m_native->statement);
        return false;
    }
#endif
    Generic &g = *m_generic;
    if (!g.query.next())
        return false;
    g.converted.assign(g.converted.size(), false);
    return true;
}

QByteArrayView RowScan::bytes(int column) const
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native) {
        const auto *text = sqlite3_column_text(m_native->statement, column);
        return text ? QByteArrayView(reinterpret_cast<const char *>(text),
                                     sqlite3_column_bytes(m_native->statement, column))
                    : QByteArrayView();
    }
#endif
    Generic &g = *m_generic;
    if (size_t(column) >= g.texts.size()) {
        g.texts.resize(size_t(column) + 1);
        g.converted.resize(size_t(column) + 1, false);
    }
    if (!g.converted[size_t(column)]) {
        g.texts[size_t(column)] = g.query.value(column).toString().toUtf8();
        g.converted[size_t(column)] = true;
    }
    return g.texts[size_t(column)];
}

qint64 RowScan::int64(int column) const
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native)
        return sqlite3_column_int64(m_native->statement, column);
#endif
    return m_generic->query.int64(column);
}

bool RowScan::isNull(int column) const
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native)
        return sqlite3_column_type(m_native->statement, column) == SQLITE_NULL;
#endif
    return m_generic->query.value(column).isNull();
}

QString RowScan::errorString() const
{
#if DD_SQLITE_NATIVE_SCAN
    if (m_native)
        return StoreQuery::errorString(
            QSqlError(QString(), m_native->error, QSqlError::StatementError));
#endif
    return m_generic->query.errorString();
}

} // namespace DepositDesk
