#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace avemo {

sqlite3 *SqliteConnection::handleOf(const QSqlDatabase &db)
{
    // The QSQLITE driver exposes its sqlite3* as a QVariant of that pointer type.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteConnection::SqliteConnection(const QSqlDatabase &db)
    : m_handle(handleOf(db))
{
    if (!m_handle)
        m_openError = QStringLiteral("not an SQLite connection");
}

SqliteConnection SqliteConnection::openReadOnly(const QString &path)
{
    SqliteConnection c;
    c.m_owned = true;
    // NOMUTEX: one thread uses it at a time.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &c.m_handle,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        c.m_openError =
            QString::fromUtf8(c.m_handle ? sqlite3_errmsg(c.m_handle) : sqlite3_errstr(rc));
    else
        sqlite3_busy_timeout(c.m_handle, kBusyTimeoutMs);
    return c;
}

SqliteConnection::~SqliteConnection()
{
    if (m_owned)
        sqlite3_close(m_handle);
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_owned(std::exchange(other.m_owned, false))
    , m_openError(std::move(other.m_openError))
{
}

QString SqliteConnection::errorMessage() const
{
    if (!m_openError.isEmpty())
        return m_openError;
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle))
                    : QStringLiteral("not an SQLite connection");
}

SqliteStatement::SqliteStatement(const SqliteConnection &connection, const char *sql)
    : m_db(connection.isOpen() ? connection.handle() : nullptr)
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : SqliteStatement(SqliteConnection(db), sql)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("not an SQLite connection");
}

void SqliteStatement::bind(int index, const QString &text)
{
    // SQLite copies the UTF-16 text (SQLITE_TRANSIENT) and stores it as UTF-8.
    sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::next()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

int SqliteStatement::type(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int SqliteStatement::int32(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

std::string_view SqliteStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

QString SqliteStatement::text(int column) const
{
    const std::string_view t = utf8(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

} // namespace avemo
