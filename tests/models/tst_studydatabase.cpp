#include "AvemoTestPaths.h"
#include "StudyDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

    void versionThreeMigratesKeepingItsData()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v3.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QCOMPARE(db->instanceUuid(), QStringLiteral("3b8b032f-560c-451f-971f-65d160aa68a7"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM adjudication")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("two raters disagreed"));
        // Version 4: the tables that map a package's opaque names back, empty.
        for (const char *table : {"package", "package_item", "package_system"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }

    void versionFourMigratesKeepingItsData()
    {
        QString error;
        auto db = StudyDatabase::open(fixtureCopy(QStringLiteral("v4.sqlite")), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), StudyDatabase::kSchemaVersion);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT alias, item_id FROM package_item")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("k7q2xw"));
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT system FROM package_system WHERE code = 's9f3'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("sysA"));
        // Version 5: media loudness columns, NULL (not measured) for media imported before.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM media WHERE loudness_lufs IS NOT NULL "
                                      "OR true_peak_dbtp IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
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

    // 13.1: commands that only read never write the file: not its bytes, not its mtime, and
    // an older schema is read through a migrated temporary copy.
    void readingLeavesTheFileAsItIs()
    {
        const QString path = fixtureCopy(QStringLiteral("v2.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        QVERIFY(file.setFileTime(QDateTime::fromSecsSinceEpoch(1'600'000'000),
                                 QFileDevice::FileModificationTime));
        file.close();
        QString error;
        {
            auto plain = StudyDatabase::openReadOnly(path, error);
            QVERIFY2(plain, qPrintable(error));
            QCOMPARE(plain->schemaVersion(), 2);
            QVERIFY(plain->isReadOnly());
            QVERIFY(!QSqlQuery(plain->connection()).exec(QStringLiteral("DELETE FROM item_flag")));
        }
        {
            auto migrated = StudyDatabase::openForReading(path, error);
            QVERIFY2(migrated, qPrintable(error));
            QCOMPARE(migrated->schemaVersion(), StudyDatabase::kSchemaVersion);
            QCOMPARE(migrated->sourcePath(), path);
            QVERIFY(migrated->path() != path);
            QCOMPARE(pragma(*migrated, QStringLiteral("query_only")), QStringLiteral("1"));
            QSqlQuery q(migrated->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT reason FROM item_flag")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("media could not be played"));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), 1'600'000'000);
    }

    void readingRefusesWhatIsNotAStudyDatabase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("v0-empty.sqlite")
                               << QStringLiteral("is not a study database (it holds no");
        QTest::newRow("text") << QStringLiteral("not-sqlite.sqlite")
                              << QStringLiteral("is not a study database");
        QTest::newRow("newer") << QStringLiteral("newer.sqlite")
                               << QStringLiteral("written by a newer AV-EMO Rater");
    }
    void readingRefusesWhatIsNotAStudyDatabase()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        const QString path = fixtureCopy(fixture);
        const qint64 size = QFileInfo(path).size();
        QString error;
        QVERIFY(!StudyDatabase::openReadOnly(path, error));
        QVERIFY2(error.contains(message) && error.contains(path), qPrintable(error));
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(
            !StudyDatabase::openReadOnly(m_tmp.filePath(QStringLiteral("absent.sqlite")), error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("absent.sqlite"))));
    }

    // Databases written by every schema version pass the schema check; one object more fails.
    void theSchemaCheckKnowsEveryVersion()
    {
        QString error;
        for (const char *fixture : {"v1.sqlite", "v2.sqlite", "v3.sqlite", "v4.sqlite"}) {
            auto db = StudyDatabase::openReadOnly(fixtureCopy(QLatin1String(fixture)), error);
            QVERIFY2(db, qPrintable(error));
        }
        const QString path = m_tmp.filePath(QStringLiteral("current.sqlite"));
        {
            auto db = StudyDatabase::open(path, error);
            QVERIFY(db);
        }
        QVERIFY2(StudyDatabase::openReadOnly(path, error), qPrintable(error));
        {
            auto db = StudyDatabase::open(path, error);
            QVERIFY(QSqlQuery(db->connection())
                        .exec(QStringLiteral("CREATE INDEX extra ON item (system)")));
        }
        QVERIFY(!StudyDatabase::openReadOnly(path, error));
        QVERIFY2(
            error.contains(QStringLiteral("a index 'extra' that AV-EMO Rater does not create")),
            qPrintable(error));
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
