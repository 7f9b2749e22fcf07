#include "DesignedStudy.h"

#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Packages of a study with a design: only the rater's assigned items and the media they use,
// the package size printed, and a merge that reports (and does not store) answers for items
// the design no longer gives that rater. Real imports, real packages, real merges.
class TestCliLeanPackage : public QObject
{
    Q_OBJECT

private:
    using Run = designed::Run;
    static Run cli(const QStringList &args) { return designed::cli(args); }

    static QStringList column(const QString &db, const QString &sql)
    {
        QStringList out;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql))
                    while (q.next())
                        out.append(q.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("c"));
        return out;
    }

    QString importedAndAssigned()
    {
        const QString folder = m_tmp.filePath(QStringLiteral("study"));
        const QString db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        if (!designed::writeStudy(folder) ||
            cli({QStringLiteral("import"), folder, QStringLiteral("--db"), db}).status != 0)
            return {};
        return db;
    }

    QTemporaryDir m_tmp;

private slots:
    void packageHoldsOnlyTheAssignedItemsAndTheirMedia()
    {
        const QString db = importedAndAssigned();
        QVERIFY(!db.isEmpty());
        const QString out = m_tmp.filePath(QStringLiteral("p-r1"));
        // Before assign there is nothing to hand out.
        const Run early = cli({QStringLiteral("package"), db, QStringLiteral("--rater"),
                               QStringLiteral("r1"), QStringLiteral("--out"), out});
        QCOMPARE(early.status, 1);
        QVERIFY2(early.err.contains(QLatin1String("rater 'r1' has no items assigned by it")),
                 qPrintable(early.err));
        QVERIFY(!QFileInfo::exists(out));

        QCOMPARE(cli({QStringLiteral("assign"), db}).status, 0);
        const QStringList assigned = column(
            db, QStringLiteral("SELECT i.item_id FROM assignment a JOIN rater r ON r.id = "
                               "a.rater_id JOIN item i ON i.id = a.item_id WHERE r.rater_id = "
                               "'r1'"));
        QVERIFY(assigned.size() >= 19 && assigned.size() <= 20); // of 37
        const Run r = cli({QStringLiteral("package"), db, QStringLiteral("--rater"),
                           QStringLiteral("r1"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 0);
        QVERIFY2(
            r.out.contains(
                QStringLiteral("  items:       %1 (item order as stored)").arg(assigned.size())),
            qPrintable(r.out));
        // The media: user.webm and the reply file of each dialogue the rater has.
        QSet<QString> dialogues;
        for (const QString &item : assigned)
            dialogues.insert(item == QLatin1String("g1") ? QStringLiteral("d1")
                                                         : item.section(u'-', 0, 0));
        const int mediaFiles = int(dialogues.size()) + 1;
        QVERIFY(mediaFiles < 7); // a lean package: some dialogues' replies stay home
        QCOMPARE(QDir(out + QStringLiteral("/media")).entryList(QDir::Files).size(), mediaFiles);
        QVERIFY(r.out.contains(QStringLiteral("  media files: %1 (").arg(mediaFiles)));
        const QString packageDb = out + QStringLiteral("/designed-r1.sqlite");
        QCOMPARE(column(packageDb, QStringLiteral("SELECT count(*) FROM item")).value(0),
                 QString::number(assigned.size()));
        // The size printed is every file of the folder.
        qint64 bytes = 0;
        QDirIterator files(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            bytes += files.nextFileInfo().size();
        QVERIFY2(r.out.contains(QStringLiteral("  size:        %1 bytes (").arg(bytes)),
                 qPrintable(r.out));
        // The package is a study folder of its own: it validates (its study.json has no design,
        // whose calibration id names an item under its real name).
        const Run valid = cli({QStringLiteral("validate"), out});
        QVERIFY2(valid.status == 0, qPrintable(valid.out + valid.err));
    }

    void mergeReportsAnswersForItemsNoLongerAssigned()
    {
        const QString db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        const QString out = m_tmp.filePath(QStringLiteral("p-r1"));
        const QString packageDb = out + QStringLiteral("/designed-r1.sqlite");
        QVERIFY(QFileInfo::exists(packageDb)); // from the test above
        // r1 drops out at the coordinator's; the laptop goes on and answers every item.
        QCOMPARE(cli({QStringLiteral("assign"), db, QStringLiteral("--drop"), QStringLiteral("r1")})
                     .status,
                 0);
        const int items =
            column(packageDb, QStringLiteral("SELECT count(*) FROM item")).value(0).toInt();
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
            c.setDatabaseName(packageDb);
            QVERIFY(c.open());
            QVERIFY(QSqlQuery(c).exec(QStringLiteral(
                "INSERT INTO response (uuid, item_id, rater_id, question_id, value, answered_at, "
                "time_spent_ms, play_count) SELECT 'u-' || i.id, i.id, r.id, q.id, '4', "
                "'2026-01-01T00:00:00.000Z', 1000, 1 FROM item i, rater r, question q")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("w"));
        const Run r = cli({QStringLiteral("merge"), db, packageDb});
        QCOMPARE(r.status, 1); // merged, with rows left out: the coordinator should look
        // Only the gold item stays r1's: every other answer is reported and left out.
        QVERIFY2(r.out.contains(QLatin1String("responses: 1 new, 0 updated, 0 unchanged")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("skipped:   %1 rows").arg(items - 1)));
        QCOMPARE(r.err.count(QLatin1String("is not assigned to this rater by the study's design")),
                 items - 1);
        QCOMPARE(column(db, QStringLiteral("SELECT i.item_id FROM response x JOIN rater r ON r.id "
                                           "= x.rater_id JOIN item i ON i.id = x.item_id WHERE "
                                           "r.rater_id = 'r1'")),
                 QStringList{QStringLiteral("g1")});
    }
};

QTEST_GUILESS_MAIN(TestCliLeanPackage)
#include "tst_cli_leanpackage.moc"
