#include "AvemoTestPaths.h"
#include "StudyDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

class TestStudyDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString fixtureCopy(const QString &name)
    {
        const QString to = m_tmp.filePath(name);
        QFile::remove(to);
        QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/schema/") + name, to);
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        return to;
    }

    static QString pragma(StudyDatabase &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toString()
                                                                    : QString();
    }

private slots:
    void newDatabaseIsConfiguredAndAtTheLatestVersion()
    {
        QString error;
        auto db = StudyDatabase::open(m_tmp.filePath(QStringLiteral("new.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(*db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
        QString answer;
        QVERIFY(db->integrityCheck(answer));
    }

    void emptyFileMigratesFromVersionZero()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v0-empty.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QVERIFY(!db->hasStudy());
    }

    void versionOneMigratesKeepingItsData()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v1.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.value, r.time_spent_ms, s.study_id FROM response r, study s")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("4"));
        QCOMPARE(q.value(1).toInt(), 5300);
        QCOMPARE(q.value(2).toString(), QStringLiteral("legacy"));
        // Version 2 added the flag table: it must exist and work.
        QVERIFY2(
            q.exec(QStringLiteral("INSERT INTO item_flag VALUES ('u', 1, 1, 'broken', 'now')")),
            qPrintable(q.lastError().text()));
        QString answer;
        QVERIFY2(db->integrityCheck(answer), qPrintable(answer));
    }

    void eachMigrationStepIsSeparate()
    {
        QString error;
        auto db =
            StudyDatabase::openUnmigrated(fixtureCopy(QStringLiteral("v0-empty.sqlite")), error);
        QVERIFY(db);
        QVERIFY(db->migrate(error, 1));
        QCOMPARE(db->schemaVersion(), 1);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM item_flag"))); // not yet
        QVERIFY(db->migrate(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM item_flag")));
    }

    void versionTwoMigratesKeepingItsData()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v2.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM item_flag")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("media could not be played"));
        // Version 3: the file got an instance id; the rater table its origin column.
        QVERIFY(!db->instanceUuid().isEmpty());
        QVERIFY(
            q.exec(QStringLiteral("SELECT origin_instance FROM rater WHERE rater_id = 'r01'")) &&
            q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM adjudication")) && q.next());
    }

    void everyDatabaseFileGetsItsOwnInstanceUuid()
    {
        QString error;
        auto a = StudyDatabase::open(m_tmp.filePath(QStringLiteral("a.sqlite")), error);
        auto b = StudyDatabase::open(m_tmp.filePath(QStringLiteral("b.sqlite")), error);
        QVERIFY(a && b);
        static const QRegularExpression uuid(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY2(uuid.match(a->instanceUuid()).hasMatch(), qPrintable(a->instanceUuid()));
        QVERIFY(a->instanceUuid() != b->instanceUuid());
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString path = fixtureCopy(QStringLiteral("newer.sqlite"));
        QString error;
        auto db = StudyDatabase::open(path, error);
        QVERIFY(!db);
        QVERIFY2(
            error.contains(QLatin1String("written by a newer AV-EMO Rater (schema version 99")),
            qPrintable(error));
        QVERIFY(error.contains(QLatin1String("Update AV-EMO Rater")));
        auto raw = StudyDatabase::openUnmigrated(path, error);
        QVERIFY(raw);
        QCOMPARE(raw->schemaVersion(), 99);
    }

    void notADatabaseIsRefusedWithAClearMessage()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("not-sqlite.sqlite")), error);
        QVERIFY(!db);
        QVERIFY2(error.contains(QLatin1String("is not a study database")), qPrintable(error));
    }

    void eventLogIsAppendOnly()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v1.sqlite")), error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE event SET kind = 'forged'")));
        QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM event")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'submit'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void foreignKeysAreEnforced()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v1.sqlite")), error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO assignment VALUES (42, 1, 1, 7)"))); // no rater 42
    }
};

QTEST_GUILESS_MAIN(TestStudyDatabase)
#include "tst_studydatabase.moc"
