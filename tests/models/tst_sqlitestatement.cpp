// SqliteConnection and SqliteStatement, the one way to SQLite's C API: what they release when
// they go out of scope (observed through a second connection that needs the lock), the busy
// timeout every connection of ours gets, and reading rows.
#include "SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace avemo;

namespace {

// A connection of Qt's own that gives up at once on a lock ("database is locked").
QSqlDatabase impatientConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    return db;
}

bool canWrite(const QString &path, QString &error)
{
    bool written = false;
    {
        QSqlDatabase db = impatientConnection(QStringLiteral("writer"), path);
        QSqlQuery q(db);
        written = db.open() && q.exec(QStringLiteral("INSERT INTO t VALUES (99, 'late')"));
        error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return written;
}

} // namespace

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("t-%1.sqlite").arg(++m_count));
        // A rollback journal (SQLite's default): a reader's lock keeps a writer out, which
        // makes a lock left behind visible.
        QSqlDatabase db = impatientConnection(QStringLiteral("setup"), m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (n INTEGER, s TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1, 'one'), (2, 'zwei'), (3, NULL)")));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    void statementIsFinalizedOnScopeExit()
    {
        QSqlDatabase db = impatientConnection(QStringLiteral("reader"), m_path);
        QVERIFY(db.open());
        QString error;
        {
            SqliteStatement st(db, "SELECT n FROM t");
            QVERIFY(st.isValid());
            QVERIFY(st.next()); // a scan under way holds the read lock
            QVERIFY(!canWrite(m_path, error));
            QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        }
        QVERIFY2(canWrite(m_path, error), qPrintable(error));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void ownConnectionIsClosedOnScopeExit()
    {
        QString error;
        {
            const SqliteConnection c = SqliteConnection::openReadOnly(m_path);
            QVERIFY2(c.isOpen(), qPrintable(c.errorMessage()));
            SqliteStatement begin(c, "BEGIN");
            QVERIFY(begin.step());
            {
                SqliteStatement count(c, "SELECT count(*) FROM t");
                QVERIFY(count.next());
                QCOMPARE(count.int64(0), 3);
            }
            // The read transaction is still open: only closing the connection ends it.
            QVERIFY(!canWrite(m_path, error));
        }
        QVERIFY2(canWrite(m_path, error), qPrintable(error));
    }

    void ownConnectionWaitsTheBusyTimeout()
    {
        const SqliteConnection c = SqliteConnection::openReadOnly(m_path);
        QVERIFY(c.isOpen());
        SqliteStatement st(c, "PRAGMA busy_timeout");
        QVERIFY(st.next());
        QCOMPARE(st.int64(0), qint64(kBusyTimeoutMs));
    }

    void ownConnectionIsReadOnly()
    {
        const SqliteConnection c = SqliteConnection::openReadOnly(m_path);
        SqliteStatement insert(c, "INSERT INTO t VALUES (4, 'vier')");
        QVERIFY(insert.isValid());
        QVERIFY(!insert.step());
        QVERIFY2(insert.errorMessage().contains(QLatin1String("readonly")),
                 qPrintable(insert.errorMessage()));
    }

    void missingFileIsNotOpened()
    {
        const SqliteConnection c =
            SqliteConnection::openReadOnly(m_dir.filePath(QStringLiteral("absent.sqlite")));
        QVERIFY(!c.isOpen());
        QVERIFY(!c.errorMessage().isEmpty());
        SqliteStatement st(c, "SELECT 1");
        QVERIFY(!st.isValid());
        QVERIFY(!st.next());
        QVERIFY(st.failed());
    }

    void readsRowsAndTellsFailureFromTheEnd()
    {
        const SqliteConnection c = SqliteConnection::openReadOnly(m_path);
        SqliteStatement st(c, "SELECT n, s FROM t WHERE n >= ? ORDER BY n");
        st.bind(1, qint64(2));
        QStringList seen;
        while (st.next())
            seen << QStringLiteral("%1:%2").arg(st.int32(0)).arg(st.text(1));
        QVERIFY(!st.failed());
        QCOMPARE(seen, (QStringList{QStringLiteral("2:zwei"), QStringLiteral("3:")}));

        // An error while stepping (not while preparing) ends the rows too, and says so.
        SqliteStatement overflow(c, "SELECT abs(-9223372036854775807 - 1)");
        QVERIFY(overflow.isValid());
        QVERIFY(!overflow.next());
        QVERIFY(overflow.failed());
        QVERIFY2(overflow.errorMessage().contains(QLatin1String("overflow")),
                 qPrintable(overflow.errorMessage()));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
