#pragma once

#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace avemo {

// How long a connection waits for another connection's lock before SQLite answers "database is
// locked": every connection of ours (StudyDatabase's, and the export's second reader) waits
// this long, so a merge or an export running beside the rating session waits instead of
// failing.
inline constexpr int kBusyTimeoutMs = 5000;

// A connection to SQLite through its C API, for the paths where QSqlQuery's QVariant per value
// costs more than SQLite's own work (importing 100,000 items, exporting a million responses).
// Either the handle under a QSqlDatabase connection, borrowed (Qt closes it), or a read-only
// connection of its own (a second thread's), closed when this goes out of scope.
class SqliteConnection
{
public:
    explicit SqliteConnection(const QSqlDatabase &db);
    // Read-only, with kBusyTimeoutMs; isOpen() false (errorMessage() says why) when refused.
    static SqliteConnection openReadOnly(const QString &path);
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&) = delete;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // The sqlite3 handle under a QSQLITE connection (null for another driver).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    sqlite3 *handle() const { return m_handle; }
    bool isOpen() const { return m_handle != nullptr && m_openError.isEmpty(); }
    QString errorMessage() const;

private:
    SqliteConnection() = default;

    sqlite3 *m_handle = nullptr;
    bool m_owned = false;
    QString m_openError;
};

// A prepared statement on a SqliteConnection, finalized when it goes out of scope. Values are
// bound, never spliced into SQL. Writing: each step() runs the statement once and resets it for
// the next row. Reading: next() moves to the next row, the column accessors read it.
class SqliteStatement
{
public:
    SqliteStatement(const SqliteConnection &connection, const char *sql);
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    // Parameters count from 1, as in SQLite.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindNull(int index);

    bool step();
    qint64 lastInsertRowId() const;

    // False at the end of the rows or on an error, which failed() then tells.
    bool next();
    bool failed() const { return m_failed; }

    // Columns count from 0, as in SQLite. type() is SQLite's (SQLITE_INTEGER, SQLITE_TEXT, ...).
    int type(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const;
    // The UTF-8 bytes, valid until the next next(); empty for NULL.
    std::string_view utf8(int column) const;
    QString text(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace avemo
