#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace avemo {

// Begins a transaction; rolls it back on destruction unless commit() succeeded. Every user
// action and every import is one of these, so a failure never leaves half-written data.
//
// The transaction is IMMEDIATE: it takes the write lock when it begins, waiting up to the
// connection's busy_timeout for another writer. A deferred transaction that reads first and
// writes later gets SQLITE_BUSY at once when another connection wrote in between (SQLite
// cannot wait there: its snapshot is already stale), which is how two merges at once failed
// with "database is locked". On a read-only connection SQLite begins a read transaction.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")))
    {
    }
    ~ScopedTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase m_db;
    bool m_active;
};

} // namespace avemo
