#include "DesignedStudy.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// avemo-cli assign on a real imported study: the summary, what is stored, and a re-run after a
// rater dropped out and another joined that moves only unanswered items.
class TestCliAssign : public QObject
{
    Q_OBJECT

private:
    using Run = designed::Run;
    static Run cli(const QStringList &args) { return designed::cli(args); }

    QString imported(const QByteArray &design = {})
    {
        const QString folder = m_tmp.filePath(QStringLiteral("study%1").arg(++m_count));
        const bool written =
            design.isEmpty() ? designed::writeStudy(folder) : designed::writeStudy(folder, design);
        if (!written)
            return {};
        const QString db = folder + QStringLiteral(".sqlite");
        const Run r = cli({QStringLiteral("import"), folder, QStringLiteral("--db"), db});
        return r.status == 0 ? db : QString();
    }

    // rater -> item ids in its stored order.
    static QMap<QString, QStringList> stored(const QString &db)
    {
        QMap<QString, QStringList> out;
        const QString name = QStringLiteral("read%1").arg(quintptr(&out));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(db);
            if (c.open()) {
                QSqlQuery q(c);
                q.exec(QStringLiteral("SELECT r.rater_id, i.item_id FROM assignment a JOIN rater "
                                      "r ON r.id = a.rater_id JOIN item i ON i.id = a.item_id "
                                      "ORDER BY r.rater_id, a.position"));
                while (q.next())
                    out[q.value(0).toString()].append(q.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    static bool exec(const QString &db, const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase c =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
            c.setDatabaseName(db);
            ok = c.open() && QSqlQuery(c).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("w"));
        return ok;
    }

    // item -> raters holding it (gold item left out).
    static QMap<QString, QStringList> ratersOfItems(const QMap<QString, QStringList> &orders)
    {
        QMap<QString, QStringList> out;
        for (auto it = orders.cbegin(); it != orders.cend(); ++it)
            for (const QString &item : it.value())
                if (item != QLatin1String("g1"))
                    out[item].append(it.key());
        return out;
    }

    QTemporaryDir m_tmp;
    int m_count = 0;

private slots:
    void dryRunPrintsTheSummaryAndWritesNothing()
    {
        const QString db = imported();
        QVERIFY(!db.isEmpty());
        const Run r = cli({QStringLiteral("assign"), db, QStringLiteral("--dry-run")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("Design: 36 items (1 calibration, rated by every "
                                                "rater), 4 active raters, raters_per_item 2, "
                                                "keep_turn_together true"));
        // 35 regular items in 12 turn groups (d1-t1 lost its calibration item) over 4 raters, twice
        // each: 70 assignments, loads 17 or 18, plus the calibration item.
        QCOMPARE(lines.value(1), QStringLiteral("Items per active rater: min 18, max 19 "
                                                "(calibration included, gold items come on top)"));
        QCOMPARE(lines.value(2), QStringLiteral("Ratings per item: min 2, max 2"));
        QVERIFY2(lines.value(3).startsWith(QLatin1String("Shared items per pair of raters: min ")),
                 qPrintable(r.out));
        QVERIFY(lines.value(3).endsWith(QLatin1String("; 1 connected group of raters")));
        // (18 or 19 items + the gold item) x (1008 + 1000 ms).
        QVERIFY2(lines.value(4).startsWith(QLatin1String(
                     "Media time per active rater: min 0:00:38.152, max 0:00:40.160")),
                 qPrintable(lines.value(4)));
        QCOMPARE(lines.value(5), QStringLiteral("Dry run: nothing was written."));
        QVERIFY(stored(db).isEmpty());
    }

    void assignStoresEachRatersItems()
    {
        const QString db = imported();
        const Run r = cli({QStringLiteral("assign"), db});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.endsWith(QStringLiteral("Stored each rater's item order in %1.\n").arg(db)));
        const auto orders = stored(db);
        QCOMPARE(orders.keys(), (QStringList{QStringLiteral("r1"), QStringLiteral("r2"),
                                             QStringLiteral("r3"), QStringLiteral("r4")}));
        const auto holders = ratersOfItems(orders);
        QCOMPARE(holders.size(), 36);
        for (auto it = holders.cbegin(); it != holders.cend(); ++it)
            QCOMPARE(it.value().size(), it.key() == QLatin1String("d1-t1-A") ? 4 : 2);
        for (const QStringList &items : orders) {
            QVERIFY(items.contains(QStringLiteral("g1"))); // gold spread as for every study
            QVERIFY(items.size() == 19 || items.size() == 20);
        }
        // keep_turn_together: the systems of a turn share their raters.
        QCOMPARE(holders.value(QStringLiteral("d3-t2-A")),
                 holders.value(QStringLiteral("d3-t2-C")));
        // The same study gives the same assignment.
        const QString again = imported();
        QCOMPARE(cli({QStringLiteral("assign"), again}).status, 0);
        QCOMPARE(stored(again), orders);
    }

    void rerunMovesOnlyUnansweredItems()
    {
        const QString db = imported();
        QCOMPARE(cli({QStringLiteral("assign"), db}).status, 0);
        const auto before = stored(db);
        // r2 answered its first three regular items.
        QStringList answered;
        for (const QString &item : before.value(QStringLiteral("r2")))
            if (item != QLatin1String("g1") && answered.size() < 3)
                answered.append(item);
        for (const QString &item : std::as_const(answered))
            QVERIFY(exec(
                db, QStringLiteral("INSERT INTO response (uuid, item_id, rater_id, question_id, "
                                   "value, answered_at, time_spent_ms, play_count) SELECT 'u-%1', "
                                   "i.id, r.id, 1, '4', '2026-12-06T00:00:00.000Z', 1000, 1 FROM "
                                   "item i, rater r WHERE i.item_id = '%1' AND r.rater_id = 'r2'")
                        .arg(item)));
        const Run r = cli({QStringLiteral("assign"), db, QStringLiteral("--drop"),
                           QStringLiteral("r2"), QStringLiteral("--add"), QStringLiteral("r5")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Rebalanced: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("4 active raters (1 dropped out: r2)")));
        const auto after = stored(db);
        // r2 keeps exactly what it answered (and the gold item); nothing answered moved.
        QStringList kept = after.value(QStringLiteral("r2"));
        kept.removeAll(QStringLiteral("g1"));
        kept.sort();
        answered.sort();
        QCOMPARE(kept, answered);
        // Every item still has its two raters (r2's answers count), the calibration item is
        // everyone's who is active, and r5 took over r2's unanswered items.
        const auto holders = ratersOfItems(after);
        for (auto it = holders.cbegin(); it != holders.cend(); ++it)
            if (it.key() == QLatin1String("d1-t1-A"))
                QCOMPARE(it.value().size(), answered.contains(it.key()) ? 5 : 4);
            else
                QCOMPARE(it.value().size(), 2);
        QVERIFY(after.value(QStringLiteral("r5")).size() >= 17);
        // Each moved item is listed as "item: from -> to".
        for (const QString &item : before.value(QStringLiteral("r2")))
            if (item != QLatin1String("g1") && item != QLatin1String("d1-t1-A") &&
                !answered.contains(item) && after.value(QStringLiteral("r5")).contains(item))
                QVERIFY2(r.out.contains(QStringLiteral("  %1: r2 -> r5\n").arg(item)),
                         qPrintable(item));
        // Nothing changed: a further run moves nothing.
        const Run same = cli({QStringLiteral("assign"), db});
        QCOMPARE(same.status, 0);
        QVERIFY2(same.out.startsWith(QLatin1String("Rebalanced: 0 assignment(s) changed")),
                 qPrintable(same.out));
        QCOMPARE(stored(db), after);
    }

    void refusals()
    {
        // No design in study.json.
        const Run none =
            cli({QStringLiteral("assign"), QStringLiteral(AVEMO_TEST_DATA_DIR "/nope.sqlite")});
        QCOMPARE(none.status, 1);
        QVERIFY(none.err.contains(QLatin1String("no such file")));

        const QString plainFolder = m_tmp.filePath(QStringLiteral("plain"));
        QVERIFY(designed::writeStudy(plainFolder, "null"));
        QVERIFY(designed::writeFile(
            plainFolder + QStringLiteral("/study.json"),
            QByteArray(designed::kStudyJson).replace(",\n  \"design\": DESIGN", "")));
        const QString plain = m_tmp.filePath(QStringLiteral("plain.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), plainFolder, QStringLiteral("--db"), plain}).status,
                 0);
        const Run noDesign = cli({QStringLiteral("assign"), plain});
        QCOMPARE(noDesign.status, 1);
        QVERIFY2(noDesign.err.contains(QLatin1String("the study has no design")),
                 qPrintable(noDesign.err));

        // Answers before the first assignment.
        const QString early = imported();
        // (import put the study's raters in the database already.)
        QVERIFY(exec(early, QStringLiteral(
                                "INSERT INTO response (uuid, item_id, rater_id, question_id, "
                                "value, answered_at, time_spent_ms, play_count) SELECT 'u', i.id, "
                                "r.id, 1, '4', '2026-12-06T00:00:00.000Z', 1, 1 FROM item i, "
                                "rater r WHERE i.item_id = 'd2-t1-A' AND r.rater_id = 'r1'")));
        const Run tooLate = cli({QStringLiteral("assign"), early});
        QCOMPARE(tooLate.status, 1);
        QVERIFY2(tooLate.err.contains(QLatin1String("1 answer(s) to regular items are stored "
                                                    "already")),
                 qPrintable(tooLate.err));
        QVERIFY(stored(early).isEmpty());

        // --drop of someone who is not a rater.
        const QString db = imported();
        const Run unknown =
            cli({QStringLiteral("assign"), db, QStringLiteral("--drop"), QStringLiteral("r9")});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains(QLatin1String("--drop r9: not a rater of the study")));
        QVERIFY(stored(db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAssign)
#include "tst_cli_assign.moc"
