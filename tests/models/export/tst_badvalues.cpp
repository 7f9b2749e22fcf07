#include "ExportChecks.h"
#include "ExportFixture.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

// Stored values the study does not allow (what an older merge let in from a hostile or broken
// annotator file): each is named (table, row, column, value, why) and left out, and the export
// goes on. What it writes is what the same database without those rows gives.
class TestBadValues : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db, m_clean;

    struct Damage
    {
        QString table, where, set; // UPDATE table SET set WHERE where
        QString expected;          // what the problem says after "table T, row N (...): "
    };

    // One response of the fixture, by rater, item position and question.
    static QString response(const QString &rater, int item, const QString &question)
    {
        return QStringLiteral("rater_id = (SELECT id FROM rater WHERE rater_id = '%1') AND "
                              "item_id = (SELECT id FROM item WHERE position = %2) AND "
                              "question_id = (SELECT id FROM question WHERE question_id = '%3')")
            .arg(rater)
            .arg(item)
            .arg(question);
    }

    static QList<Damage> damages()
    {
        const QString mos = QStringLiteral("appropriateness");
        return {
            {QStringLiteral("response"), response(QStringLiteral("r01"), 0, mos),
             QStringLiteral("value = '7'"),
             QStringLiteral("value '7' is not a number on the scale 1..5")},
            {QStringLiteral("response"),
             response(QStringLiteral("r02"), 1, QStringLiteral("user_emotion")),
             QStringLiteral("value = 'purple'"),
             QStringLiteral("value 'purple' is not a category of label set 'emotion4'")},
            {QStringLiteral("response"), response(QStringLiteral("r03"), 2, mos),
             QStringLiteral("value = 'NaN'"),
             QStringLiteral("value 'NaN' is not a number on the scale 1..5")},
            {QStringLiteral("response"), response(QStringLiteral("r04"), 3, mos),
             QStringLiteral("value = '1e309'"),
             QStringLiteral("value '1e309' is not a number on the scale 1..5")},
            {QStringLiteral("response"), response(QStringLiteral("r01"), 4, mos),
             QStringLiteral("value = x'00ff00'"),
             QStringLiteral("value '<3-byte BLOB>' is binary data, not an answer")},
            {QStringLiteral("response"), response(QStringLiteral("r02"), 5, mos),
             QStringLiteral("revision = 'zzz'"),
             QStringLiteral("revision 'zzz' is not a whole number >= 0")},
            {QStringLiteral("response"), response(QStringLiteral("r03"), 6, mos),
             QStringLiteral("play_count = 'many'"),
             QStringLiteral("play_count 'many' is not a whole number >= 0")},
            {QStringLiteral("response"), response(QStringLiteral("r04"), 7, mos),
             QStringLiteral("answered_at = 'yesterday'"),
             QStringLiteral("answered_at 'yesterday' is not an ISO 8601 time")},
            // The excluded rater's bad value too: exclusion does not make a value valid.
            {QStringLiteral("response"), response(QStringLiteral("r05"), 8, mos),
             QStringLiteral("value = '0'"),
             QStringLiteral("value '0' is not a number on the scale 1..5")},
            {QStringLiteral("item_flag"),
             QStringLiteral("rater_id = (SELECT id FROM rater WHERE rater_id = 'r05')"),
             QStringLiteral("reason = x'41'"), QStringLiteral("reason '<BLOB>' is not text")},
        };
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("damaged.sqlite"));
        m_clean = m_tmp.filePath(QStringLiteral("clean.sqlite"));
        ExportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(m_db, error), qPrintable(error));
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_clean)));
        auto clean = StudyDatabase::open(m_clean, error);
        QVERIFY2(clean, qPrintable(error));
        QSqlQuery c(clean->connection());
        for (const Damage &d : damages()) {
            QVERIFY2(
                q.exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(d.table, d.set, d.where)),
                qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            QVERIFY(c.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(d.table, d.where)));
        }
    }

    void everyBadValueIsNamedAndTheExportGoesOn()
    {
        const QString out = m_tmp.filePath(QStringLiteral("out"));
        ExportOptions options;
        options.statistics.bootstrapResamples = 50;
        const auto summary = StudyExporter::run(m_db, out, options);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        const QList<Damage> all = damages();
        QCOMPARE(summary.problems.size(), all.size());
        for (const Damage &d : all) {
            const auto it = std::find_if(
                summary.problems.cbegin(), summary.problems.cend(), [&](const Problem &p) {
                    return p.message.endsWith(d.expected + QStringLiteral("; left out"));
                });
            QVERIFY2(it != summary.problems.cend(), qPrintable(d.expected));
            QVERIFY(!it->isError());
            QCOMPARE(it->file, m_db);
            QVERIFY2(it->message.startsWith(QStringLiteral("table %1, row ").arg(d.table)),
                     qPrintable(it->message));
        }
        QVERIFY(summary.problems[0].message.contains(QLatin1String("(rater 'r01', item '")));

        // The report lists them too, for whoever reads the results without the log.
        const QString report =
            QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("report.html"))));
        QVERIFY(report.contains(QLatin1String("<h2>Stored values left out</h2>")));
        QVERIFY(report.contains(QLatin1String("<td>zzz</td>")));
        QVERIFY(report.contains(QLatin1String("<td>&lt;3-byte BLOB&gt;</td>")));

        // Independent of the loader: the database with those rows deleted by SQL.
        const QString cleanOut = m_tmp.filePath(QStringLiteral("clean-out"));
        const auto clean = StudyExporter::run(m_clean, cleanOut, options);
        QVERIFY2(clean.ok, qPrintable(clean.error));
        QVERIFY(clean.problems.isEmpty());
        for (const char *name :
             {"ratings.csv", "items.csv", "systems.csv", "agreement.csv", "flags.csv"})
            QVERIFY2(readAll(QDir(out).filePath(QString::fromLatin1(name))) ==
                         readAll(QDir(cleanOut).filePath(QString::fromLatin1(name))),
                     name);
    }
};

QTEST_GUILESS_MAIN(TestBadValues)
#include "tst_badvalues.moc"
