#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace avemo {

// A prepared statement on the SQLite handle under a QSqlDatabase connection, for the bulk paths
// (importing 100,000 items) where QSqlQuery's per-value bookkeeping costs more than SQLite's own
// work. Values are still bound, never spliced into SQL. Each step() runs the statement once and
// resets it for the next row.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle under a QSQLITE connection (null for another driver).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    // Parameters count from 1, as in SQLite.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindNull(int index);

    bool step();
    qint64 lastInsertRowId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace avemo
