#pragma once

#include <QSqlDatabase>

namespace avemo {

// Begins a transaction; rolls it back on destruction unless commit() succeeded. Every user
// action and every import is one of these, so a failure never leaves half-written data.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(m_db.transaction())
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
