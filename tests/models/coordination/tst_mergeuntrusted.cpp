#include "CoordinationFixture.h"
#include "coordination/ResultsMerger.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace avemo;
using namespace coordination_test;

// Annotator files come back from laptops nobody controls: each test takes a genuine package,
// changes it with plain SQL as a hostile or broken program could, and merges it into a real
// master. Nothing in an input file changes; what the study cannot accept is left out and named.
class TestMergeUntrusted : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_master;   // pristine master, copied by each test
    QString m_packageA; // r01, rated 2 items
    QString m_packageC; // r03, rated 2 items (4 responses)

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString copyOf(const QString &file, const QString &name)
    {
        const QString target = path(name);
        QFile::remove(target);
        return QFile::copy(file, target) ? target : QString();
    }

    // Runs statements on a file with a plain connection, as another program would.
    static bool tamper(const QString &file, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(file);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &s : statements)
                if (ok && !q.exec(s)) {
                    qWarning() << s << q.lastError().text();
                    ok = false;
                }
            ok = ok && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    static MergeSourceReport mergeOne(const QString &master, const QString &source)
    {
        return ResultsMerger::merge(master, {source}).sources.value(0);
    }

    static QString reasons(const MergeSourceReport &r)
    {
        QStringList out;
        for (const MergeSkip &s : r.skipped)
            out.append(QStringLiteral("%1 %2: %3").arg(s.table).arg(s.row).arg(s.reason));
        return out.join(u'\n');
    }

    // Rowid of r03's response to a question on the n-th item of their order.
    static QString responseRow(const QString &question, int n)
    {
        return QStringLiteral("(SELECT r.rowid FROM response r JOIN question q ON q.id = "
                              "r.question_id WHERE q.question_id = '%1' ORDER BY r.rowid LIMIT "
                              "1 OFFSET %2)")
            .arg(question)
            .arg(n);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        RatedPackages files;
        QString error;
        QVERIFY2(files.create(m_tmp.path(), error), qPrintable(error));
        m_master = files.master;
        m_packageA = files.packageA;
        m_packageC = files.packageC;
    }

    // 13.1: merge never writes into a file it reads, nor creates a master.
    void inputsAreNeverWritten()
    {
        const QString master = copyOf(m_master, QStringLiteral("m-inputs.sqlite"));
        const QString source = copyOf(m_packageA, QStringLiteral("in-a.sqlite"));
        const QString empty = path(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        for (const QString &f : {empty, source}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.setFileTime(QDateTime::fromSecsSinceEpoch(1'700'000'000),
                                     QFileDevice::FileModificationTime));
        }
        const auto bytes = [](const QString &f) {
            QFile file(f);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("missing");
        };
        const QByteArray sourceBefore = bytes(source);
        const MergeReport report = ResultsMerger::merge(master, {empty, source});
        QCOMPARE(report.sources.value(0).outcome, MergeSourceReport::Outcome::Refused);
        QVERIFY2(report.sources.value(0).message.contains(QStringLiteral("not a study database")),
                 qPrintable(report.sources.value(0).message));
        QCOMPARE(report.sources.value(1).outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(QFileInfo(empty).size(), 0);
        QCOMPARE(bytes(source), sourceBefore);
        for (const QString &f : {empty, source}) {
            QCOMPARE(QFileInfo(f).lastModified().toSecsSinceEpoch(), 1'700'000'000);
            QVERIFY2(!QFileInfo::exists(f + QStringLiteral("-wal")), qPrintable(f));
            QVERIFY2(!QFileInfo::exists(f + QStringLiteral("-shm")), qPrintable(f));
        }
        // An empty file named as the master stays empty: it is not made a study database.
        const MergeReport intoEmpty = ResultsMerger::merge(empty, {source});
        QVERIFY2(intoEmpty.error.contains(QStringLiteral("not a study database")),
                 qPrintable(intoEmpty.error));
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    // 14.2: a UUID that names another rater's answer is refused, not used to replace it.
    void aBorrowedUuidDoesNotDeleteAnotherAnswer()
    {
        const QString master = copyOf(m_master, QStringLiteral("m-uuid.sqlite"));
        QCOMPARE(mergeOne(master, m_packageA).outcome, MergeSourceReport::Outcome::Merged);
        const QStringList aUuids =
            rows(m_packageA, QStringLiteral("SELECT uuid FROM response ORDER BY uuid"));
        QCOMPARE(aUuids.size(), 4);
        const QString hostile = copyOf(m_packageC, QStringLiteral("uuid-c.sqlite"));
        QVERIFY(tamper(hostile, {QStringLiteral("UPDATE response SET uuid = '%1' WHERE rowid = %2")
                                     .arg(aUuids.first(),
                                          responseRow(QStringLiteral("appropriateness"), 0))}));
        const MergeSourceReport r = mergeOne(master, hostile);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY2(r.skipped.first().reason.contains(QStringLiteral("UUID already names")),
                 qPrintable(reasons(r)));
        QCOMPARE(r.skipped.first().table, QStringLiteral("response"));
        // r01's answers are all still there, and the counts say what was written.
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response r JOIN rater w ON "
                                               "w.id = r.rater_id WHERE w.rater_id = 'r01'")),
                 4);
        QCOMPARE(r.counts.newResponses, 3);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response")), 4 + 3);
    }

    // 14.3 and 14.11: values, types and timestamps the study cannot accept, and answers to
    // items or questions it does not have, are left out and named; the rest merges.
    void badRowsAreSkippedAndNamed_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        const QString mos = QStringLiteral("UPDATE response SET %1 WHERE rowid = ") +
                            responseRow(QStringLiteral("appropriateness"), 0);
        const QString emotion = QStringLiteral("UPDATE response SET %1 WHERE rowid = ") +
                                responseRow(QStringLiteral("user_emotion"), 0);
        QTest::newRow("off the scale") << mos.arg(QStringLiteral("value = '7'"))
                                       << QStringLiteral("'7' is not a number on the scale 1..5");
        QTest::newRow("unknown category")
            << emotion.arg(QStringLiteral("value = 'furious'"))
            << QStringLiteral("'furious' is not a category of label set 'emotion4'");
        QTest::newRow("NaN") << mos.arg(QStringLiteral("value = 'NaN'"))
                             << QStringLiteral("'NaN' is not a number");
        QTest::newRow("1e309") << mos.arg(QStringLiteral("value = '1e309'"))
                               << QStringLiteral("'1e309' is not a number");
        QTest::newRow("time as text") << mos.arg(QStringLiteral("time_spent_ms = 'long'"))
                                      << QStringLiteral("time_spent_ms is a text");
        QTest::newRow("blob") << emotion.arg(QStringLiteral("value = x'0001'"))
                              << QStringLiteral("the value is a blob, not text");
        QTest::newRow("revision text")
            << mos.arg(QStringLiteral("revision = 'zzz'")) << QStringLiteral("revision is a text");
        QTest::newRow("revision jump")
            << mos.arg(QStringLiteral("revision = 1000000"))
            << QStringLiteral("revision 1000000 but the file logs 0 edit(s)");
        QTest::newRow("fractional plays") << mos.arg(QStringLiteral("play_count = 1.5"))
                                          << QStringLiteral("play_count is a real");
        QTest::newRow("plays as text") << mos.arg(QStringLiteral("play_count = 'many'"))
                                       << QStringLiteral("play_count is a text");
        QTest::newRow("future") << mos.arg(QStringLiteral("answered_at = '2099-01-01T00:00:00Z'"))
                                << QStringLiteral("later than the merge");
        QTest::newRow("not a date") << mos.arg(QStringLiteral("answered_at = 'yesterday'"))
                                    << QStringLiteral("'yesterday' is not an ISO 8601");
        QTest::newRow("unknown question")
            << QStringLiteral("UPDATE question SET question_id = 'mood' WHERE question_id = "
                              "'user_emotion'")
            << QStringLiteral("question 'mood' is not in the study");
        QTest::newRow("unknown item")
            << QStringLiteral("UPDATE item SET item_id = 'no-such-item' WHERE id = (SELECT "
                              "item_id FROM response ORDER BY rowid LIMIT 1)")
            << QStringLiteral("item 'no-such-item' is not in the study");
    }
    void badRowsAreSkippedAndNamed()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        const QString master = copyOf(m_master, QStringLiteral("m-values.sqlite"));
        const QString bad = copyOf(m_packageC, QStringLiteral("values-c.sqlite"));
        QVERIFY(tamper(bad, {change}));
        const MergeSourceReport r = mergeOne(master, bad);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Merged);
        const QString all = reasons(r);
        QVERIFY2(!r.skipped.isEmpty() && r.skipped.first().table == QLatin1String("response") &&
                     r.skipped.first().row > 0 && r.skipped.first().reason.contains(reason),
                 qPrintable(all));
        const int skippedResponses =
            int(std::count_if(r.skipped.cbegin(), r.skipped.cend(), [](const MergeSkip &s) {
                return s.table == QLatin1String("response");
            }));
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response")),
                 4 - skippedResponses);
        QCOMPARE(r.counts.newResponses, 4 - skippedResponses);
        // Nothing stored breaks the statistics: every MOS value is a point of the scale.
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response r JOIN question q "
                                               "ON q.id = r.question_id WHERE q.kind = 'mos' AND "
                                               "(typeof(r.value) <> 'text' OR r.value NOT IN "
                                               "('1','2','3','4','5'))")),
                 0);
        QVERIFY(!ResultsMerger::merge(master, {bad}).allMerged());
    }

    // 14.4: the origin of a rater is the file's own instance id, never what its rows claim.
    void aClaimedOriginIsNotTrusted()
    {
        const QString master = copyOf(m_master, QStringLiteral("m-origin.sqlite"));
        const MergeSourceReport a = mergeOne(master, m_packageA);
        QCOMPARE(a.outcome, MergeSourceReport::Outcome::Merged);
        const QString hostile = copyOf(m_packageC, QStringLiteral("origin-c.sqlite"));
        QVERIFY(tamper(hostile, {QStringLiteral("UPDATE rater SET rater_id = 'r01', "
                                                "origin_instance = '%1'")
                                     .arg(a.instanceUuid)}));
        const QStringList before = dump(master);
        const MergeSourceReport r = mergeOne(master, hostile);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QCOMPARE(r.conflictingRaters, QStringList{QStringLiteral("r01")});
        QCOMPARE(dump(master), before);
    }

    // 14.4: a file that claimed a rater first, without being their package, does not lock the
    // genuine package out: the package's answers replace the impostor's.
    void theGenuinePackageWinsOverAnImpostor()
    {
        const QString master = copyOf(m_master, QStringLiteral("m-impostor.sqlite"));
        // Not a package: a copy of the study database in which someone rated as r01.
        const QString impostor = copyOf(m_master, QStringLiteral("impostor.sqlite"));
        QString error;
        QVERIFY2(rate(impostor, QStringLiteral("r01"), 2, QStringLiteral("5"), error),
                 qPrintable(error));
        QVERIFY(tamper(impostor, {QStringLiteral("UPDATE database_info SET value = "
                                                 "'0badc0de-0000-4000-8000-000000000000' WHERE "
                                                 "key = 'instance_uuid'")}));
        QCOMPARE(mergeOne(master, impostor).outcome, MergeSourceReport::Outcome::Merged);
        const MergeSourceReport genuine = mergeOne(master, m_packageA);
        QCOMPARE(genuine.outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(genuine.replacedRaters, QStringList{QStringLiteral("r01")});
        const QString answers = QStringLiteral("SELECT uuid, value FROM response ORDER BY uuid");
        QCOMPARE(rows(master, answers), rows(m_packageA, answers));
        // The impostor merged again is now the conflict, not the package.
        QCOMPARE(mergeOne(master, impostor).outcome, MergeSourceReport::Outcome::Refused);
    }

    // 14.5: SQL stored in an annotator file never runs: any schema object our migrations did
    // not create refuses the file, at once.
    void foreignSchemaObjectsAreRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        QTest::newRow("recursive view named like a table")
            << QStringList{QStringLiteral("DROP TABLE response"),
                           QStringLiteral(
                               "CREATE VIEW response AS WITH RECURSIVE n(x) AS (SELECT 1 UNION "
                               "ALL SELECT x + 1 FROM n) SELECT x AS uuid, 1 AS item_id, 1 AS "
                               "rater_id, 1 AS question_id, '3' AS value, '' AS answered_at, 0 AS "
                               "time_spent_ms, 0 AS play_count, 0 AS revision FROM n")}
            << QStringLiteral("view 'response'");
        QTest::newRow("extra view") << QStringList{QStringLiteral("CREATE VIEW many AS SELECT 1")}
                                    << QStringLiteral("view 'many'");
        QTest::newRow("trigger") << QStringList{QStringLiteral(
                                        "CREATE TRIGGER t AFTER INSERT ON rater BEGIN SELECT 1; "
                                        "END")}
                                 << QStringLiteral("trigger 't'");
        QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE payload (x)")}
                                     << QStringLiteral("table 'payload'");
        QTest::newRow("changed table")
            << QStringList{QStringLiteral("DROP TABLE rater_exclusion"),
                           QStringLiteral("CREATE TABLE rater_exclusion (rater_id INTEGER)")}
            << QStringLiteral("table 'rater_exclusion' defined differently");
    }
    void foreignSchemaObjectsAreRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString master = copyOf(m_master, QStringLiteral("m-schema.sqlite"));
        const QString hostile = copyOf(m_packageC, QStringLiteral("schema-c.sqlite"));
        QVERIFY(
            tamper(hostile, QStringList{QStringLiteral("PRAGMA foreign_keys=OFF")} + statements));
        const QStringList before = dump(master);
        const MergeSourceReport r = mergeOne(master, hostile);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QVERIFY2(r.message.contains(named), qPrintable(r.message));
        QVERIFY2(r.message.contains(hostile), qPrintable(r.message));
        QCOMPARE(dump(master), before);
        QCOMPARE(QFileInfo(master).size(), QFileInfo(m_master).size());
    }

    // 14.11: flags and events of items the study does not have are named too.
    void flagsAndEventsOfUnknownItemsAreNamed()
    {
        const QString master = copyOf(m_master, QStringLiteral("m-flags.sqlite"));
        const QString laptop = copyOf(m_packageC, QStringLiteral("flags-c.sqlite"));
        {
            QString error;
            auto db = StudyDatabase::open(laptop, error);
            auto session = AnnotationSession::start(*db, QStringLiteral("r03"), error);
            QVERIFY2(session, qPrintable(error));
            session->goTo(1);
            QVERIFY2(session->flagCurrent(QStringLiteral("no sound"), error), qPrintable(error));
        }
        QVERIFY(tamper(laptop, {QStringLiteral("UPDATE item SET item_id = 'gone' WHERE id = "
                                               "(SELECT item_id FROM item_flag)")}));
        const MergeSourceReport r = mergeOne(master, laptop);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Merged);
        const QString all = reasons(r);
        QVERIFY2(all.contains(QStringLiteral("item_flag")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("event")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("item 'gone' is not in the study")), qPrintable(all));
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM item_flag")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMergeUntrusted)
#include "tst_mergeuntrusted.moc"
