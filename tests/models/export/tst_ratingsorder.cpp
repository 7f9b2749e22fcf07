#include "ExportChecks.h"
#include "ExportFixture.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

// ratings.csv row by row against the database: export order (items.csv order, rater id,
// study.json question order) and each response's own stamp, time, plays and revision. The
// loader keeps one copy of a stamp shared by consecutive rows and skips its sort when the rows
// are stored in export order already, so the same responses stored in other orders, with
// stamps that change between rows of one submission, must give the same bytes.
class TestRatingsOrder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QString m_out;

    static ExportOptions options()
    {
        ExportOptions o;
        o.statistics.bootstrapResamples = 0;
        o.html = false;
        return o;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A copy of the study database with its responses stored in the given order.
    QString copyOrderedBy(const QString &name, const QString &order)
    {
        const QString path = m_tmp.filePath(name + QStringLiteral(".sqlite"));
        QString error;
        {
            auto db = StudyDatabase::open(m_db, error);
            if (!db)
                return {};
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
                return {};
        }
        auto db = StudyDatabase::open(path, error);
        if (!db)
            return {};
        QSqlQuery q(db->connection());
        const bool ok =
            q.exec(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM response")) &&
            q.exec(QStringLiteral("DELETE FROM response")) &&
            q.exec(
                QStringLiteral("INSERT INTO response SELECT * FROM kept ORDER BY %1").arg(order));
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        ExportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(m_db, error), qPrintable(error));
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        // One submission's answers share a stamp; give every third response its own, so runs
        // of equal stamps break inside a submission too, and vary revisions and plays.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE response SET answered_at = CASE WHEN rowid % 3 = 0 THEN "
            "printf('2025-03-01T10:%02d:%02d.000Z', rowid / 60 % 60, rowid % 60) ELSE "
            "answered_at END, revision = rowid % 4, play_count = play_count + rowid % 2")));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        const auto summary = StudyExporter::run(m_db, m_out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
    }

    void ratingsCsvFollowsTheDatabase()
    {
        QString error;
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT i.item_id, r.rater_id, q.question_id, s.answered_at, s.time_spent_ms, "
            "s.play_count, s.revision FROM response s JOIN item i ON i.id = s.item_id JOIN rater "
            "r ON r.id = s.rater_id JOIN question q ON q.id = s.question_id ORDER BY i.position, "
            "r.rater_id, q.position")));
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("ratings.csv")));
        QVERIFY(csv.ok);
        const QStringList columns{QStringLiteral("item_id"),       QStringLiteral("rater_id"),
                                  QStringLiteral("question_id"),   QStringLiteral("answered_at"),
                                  QStringLiteral("time_spent_ms"), QStringLiteral("plays"),
                                  QStringLiteral("revision")};
        qsizetype row = 0;
        QSet<QString> stamps;
        for (; q.next(); ++row) {
            QVERIFY(row < csv.table.rows.size());
            for (int c = 0; c < columns.size(); ++c)
                QCOMPARE(csv.cell(row, columns[c]), q.value(c).toString());
            stamps.insert(q.value(3).toString());
        }
        QCOMPARE(row, csv.table.rows.size());
        QVERIFY(stamps.size() > csv.table.rows.size() / 4); // the stamps really vary
    }

    void storageOrderDoesNotChangeTheBytes_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("export order") << QStringLiteral("item_id, rater_id, question_id");
        QTest::newRow("reversed") << QStringLiteral("item_id DESC, rater_id DESC, question_id");
        QTest::newRow("by question") << QStringLiteral("question_id, rater_id, item_id");
    }

    void storageOrderDoesNotChangeTheBytes()
    {
        QFETCH(QString, order);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString db = copyOrderedBy(name, order);
        QVERIFY(!db.isEmpty());
        const QString out = m_tmp.filePath(QStringLiteral("out-") + name);
        const auto summary = StudyExporter::run(db, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        for (const QString &file : {QStringLiteral("ratings.csv"), QStringLiteral("items.csv"),
                                    QStringLiteral("systems.csv"), QStringLiteral("agreement.csv")})
            QCOMPARE(readAll(QDir(out).filePath(file)), readAll(QDir(m_out).filePath(file)));
    }

    // The loader reads the response table on two connections while it holds the write lock,
    // so no commit falls between their reads. When another connection holds that lock (an
    // annotator's save, say), it reads on one connection in one transaction instead: the
    // same bytes, and nothing of the writer's uncommitted change (every value made invalid).
    void aWriterHoldingTheLockMeansOneConnection()
    {
        const QString db = copyOrderedBy(QStringLiteral("busy"), QStringLiteral("rowid"));
        QVERIFY(!db.isEmpty());
        QString error;
        auto writer = StudyDatabase::open(db, error);
        QVERIFY2(writer, qPrintable(error));
        QSqlQuery w(writer->connection());
        QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(w.exec(QStringLiteral("UPDATE response SET value = 'uncommitted'")));
        auto reader = StudyDatabase::open(db, error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(QSqlQuery(reader->connection()).exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        QLoggingCategory::setFilterRules(QStringLiteral("avemo.models.export.debug=true"));
        QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("on one$")));
        ProblemList problems;
        const auto study = StudyRatings::load(*reader, error, problems);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(study, qPrintable(error));
        const QString out = m_tmp.filePath(QStringLiteral("out-busy"));
        const auto summary = StudyExporter::run(*study, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        for (const QString &file : {QStringLiteral("ratings.csv"), QStringLiteral("items.csv"),
                                    QStringLiteral("systems.csv"), QStringLiteral("agreement.csv")})
            QCOMPARE(readAll(QDir(out).filePath(file)), readAll(QDir(m_out).filePath(file)));
        QVERIFY(w.exec(QStringLiteral("ROLLBACK")));
    }

    // Bad stored values in both halves of the table (the loader reads two halves at once):
    // the first 20 are named in table order, the rest counted, and the export goes on
    // without them: ratings.csv is the good rows' export, byte for byte.
    void badValuesAreNamedInTableOrderAndLeftOut()
    {
        const QString db = copyOrderedBy(QStringLiteral("bad"), QStringLiteral("rowid"));
        const QString clean = copyOrderedBy(QStringLiteral("clean"), QStringLiteral("rowid"));
        QVERIFY(!db.isEmpty() && !clean.isEmpty());
        QList<qint64> rows;
        QStringList whose; // "rater 'r', item 'i'", from the database's own join
        const QString bad = QStringLiteral(
            "rowid % 11 = 0 AND question_id IN (SELECT id FROM question WHERE kind = 'mos')");
        {
            QString error;
            auto study = StudyDatabase::open(db, error);
            QVERIFY2(study, qPrintable(error));
            QSqlQuery q(study->connection());
            QVERIFY(
                q.exec(QStringLiteral("UPDATE response SET value = 'bad-' || rowid WHERE ") + bad));
            QVERIFY(q.exec(QStringLiteral(
                "SELECT r.rowid, ra.rater_id, i.item_id FROM response r JOIN rater ra ON "
                "ra.id = r.rater_id JOIN item i ON i.id = r.item_id WHERE r.value LIKE 'bad-%' "
                "ORDER BY r.rowid")));
            while (q.next()) {
                rows.append(q.value(0).toLongLong());
                whose.append(QStringLiteral("rater '%1', item '%2'")
                                 .arg(q.value(1).toString(), q.value(2).toString()));
            }
            auto without = StudyDatabase::open(clean, error);
            QVERIFY2(without, qPrintable(error));
            QVERIFY(QSqlQuery(without->connection())
                        .exec(QStringLiteral("DELETE FROM response WHERE ") + bad));
        }
        QVERIFY(rows.size() > 20);
        const QString out = m_tmp.filePath(QStringLiteral("out-bad"));
        const auto summary = StudyExporter::run(db, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.problems.size(), 21);
        for (int i = 0; i < 20; ++i) {
            const Problem &p = summary.problems[i];
            QVERIFY(!p.isError());
            QCOMPARE(p.file, db);
            QVERIFY2(p.message.startsWith(QStringLiteral("table response, row %1 (").arg(rows[i])),
                     qPrintable(p.message));
            QVERIFY2(p.message.contains(
                         QStringLiteral("value 'bad-%1' is not a number on the scale 1..5; left "
                                        "out")
                             .arg(rows[i])),
                     qPrintable(p.message));
            QVERIFY2(p.message.contains(whose[i]), qPrintable(p.message + u" / " + whose[i]));
        }
        QCOMPARE(summary.problems[20].message,
                 QStringLiteral("and %1 more stored rows the study does not allow; left out")
                     .arg(rows.size() - 20));
        const QString cleanOut = m_tmp.filePath(QStringLiteral("out-clean"));
        QVERIFY(StudyExporter::run(clean, cleanOut, options()).ok);
        for (const QString &file : {QStringLiteral("ratings.csv"), QStringLiteral("items.csv"),
                                    QStringLiteral("systems.csv"), QStringLiteral("agreement.csv")})
            QCOMPARE(readAll(QDir(out).filePath(file)), readAll(QDir(cleanOut).filePath(file)));
    }
};

QTEST_MAIN(TestRatingsOrder)
#include "tst_ratingsorder.moc"
