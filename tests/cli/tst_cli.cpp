#include "AvemoTestPaths.h"
#include "CliRun.h"
#include "ToneWav.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// avemo-cli as a user runs it: a real process, real files, exit codes and printed text.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = cli_test::Run;

    static Run cli(const QStringList &args) { return cli_test::cli(args); }

    static QString data(const QString &name)
    {
        return QStringLiteral(AVEMO_SOURCE_DIR "/tests/cli/data/") + name;
    }

private slots:
    void versionAndUsage()
    {
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.status, 0);
        QVERIFY(version.out.startsWith(QLatin1String("avemo-cli ")));
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.status, 2);
        QVERIFY(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")));
        const Run missing = cli({QStringLiteral("import"), QStringLiteral(AVEMO_DEMO_STUDY_DIR)});
        QCOMPARE(missing.status, 2);
        QVERIFY(missing.err.contains(QLatin1String("expected STUDY_DIR and --db FILE")));
    }

    void validateTheDemoStudy()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral(AVEMO_DEMO_STUDY_DIR)});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String(
                     "valid: 0 error(s), 0 warning(s); 24 items, 33 media files checked")),
                 qPrintable(r.out));
    }

    // A quiet track with a full-scale click would peak far above -1 dBTP once raised to
    // loudness_lufs: validate warns about it (with its figures) and not about a normal track.
    void validateWarnsAboutATrackThatMayClipAfterTheLoudnessGain()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QDir().mkpath(study + QStringLiteral("/media"));
        QVERIFY(QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/study.json"),
                            study + QStringLiteral("/study.json")));
        ToneWav clicky{2, -40.0};
        clicky.click = true;
        QVERIFY(clicky.write(study + QStringLiteral("/media/quiet.wav")));
        QVERIFY(ToneWav{}.write(study + QStringLiteral("/media/normal.wav")));
        QFile csv(study + QStringLiteral("/items.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("item_id,dialogue_id,turn,system,context_media,reply_media\n"
                  "a,d1,1,x,media/normal.wav,media/quiet.wav\n");
        csv.close();
        const Run r = cli({QStringLiteral("validate"), study});
        QCOMPARE(r.status, 0); // a warning, not an error
        QVERIFY2(r.out.contains(QLatin1String(":2:6: warning: media 'media/quiet.wav': "
                                              "may clip: its true peak after the loudness gain")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("measured -")) &&
                     r.out.contains(QLatin1String("to reach loudness_lufs -23.0")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String("normal.wav")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("valid: 0 error(s), 1 warning(s)")),
                 qPrintable(r.out));
    }

    void validateListsEveryProblemAndFails()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QDir().mkpath(study + QStringLiteral("/media"));
        for (const QString &f : {QStringLiteral("study.json"), QStringLiteral("media/reply.ogg")})
            QVERIFY(QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/") + f,
                                study + u'/' + f));
        QVERIFY(
            QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/broken/27-many-problems/items.csv"),
                        study + QStringLiteral("/items.csv")));
        const Run r = cli({QStringLiteral("validate"), study});
        QCOMPARE(r.status, 1);
        QFile expected(QStringLiteral(AVEMO_TEST_DATA_DIR "/broken/27-many-problems/expected.txt"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QVERIFY(r.out.startsWith(QString::fromUtf8(expected.readAll())));
        QVERIFY(r.out.contains(QLatin1String("invalid: 6 error(s), 0 warning(s)")));

        const Run json = cli({QStringLiteral("validate"), study, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("problems"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 2);
    }

    void importPrintsASummaryAndRefusesToOverwrite()
    {
        QTemporaryDir tmp;
        const QString db = tmp.filePath(QStringLiteral("demo.sqlite"));
        const Run r = cli({QStringLiteral("import"), QStringLiteral(AVEMO_DEMO_STUDY_DIR),
                           QStringLiteral("--db"), db});
        QCOMPARE(r.status, 0);
        for (const char *line :
             {"items:          24 (3 gold)", "dialogues:      4", "turns:          8",
              "systems:        3", "raters:         5", "questions:      6", "media files:    33"})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
        QVERIFY(r.out.contains(QLatin1String("media duration: 0:01:4"))); // 100 s of media

        const Run again = cli({QStringLiteral("import"), QStringLiteral(AVEMO_DEMO_STUDY_DIR),
                               QStringLiteral("--db"), db});
        QCOMPARE(again.status, 1);
        QVERIFY(again.err.contains(QLatin1String("already exists")));
    }

    void agreementOnKrippendorffsExample()
    {
        // Krippendorff (2011), the 4 observers x 12 units example with missing data.
        const Run r =
            cli({QStringLiteral("agreement"), QStringLiteral("--ratings"),
                 data(QStringLiteral("krippendorff2011.csv")), QStringLiteral("--level"),
                 QStringLiteral("nominal"), QStringLiteral("--bootstrap"), QStringLiteral("200"),
                 QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"items", "raters", "ratings", "pairable_items", "level",
                                "krippendorff_alpha", "fleiss_kappa", "cohen_kappa", "icc"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("items")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("raters")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("ratings")).toInt(),
                 41); // 40 pairable + unit 12's lone value
        QCOMPARE(o.value(QStringLiteral("pairable_items")).toInt(), 11);
        const QJsonObject alpha = o.value(QStringLiteral("krippendorff_alpha")).toObject();
        QCOMPARE(qRound(alpha.value(QStringLiteral("value")).toDouble() * 1000), 743);
        const QJsonArray ci = alpha.value(QStringLiteral("ci95")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci[0].toDouble() < 0.743 && ci[1].toDouble() > 0.743);
        // Items with different numbers of ratings: Fleiss' kappa does not apply, and says why.
        const QJsonObject fleiss = o.value(QStringLiteral("fleiss_kappa")).toObject();
        QVERIFY(fleiss.value(QStringLiteral("value")).isNull());
        QVERIFY(!fleiss.value(QStringLiteral("reason")).toString().isEmpty());
    }

    void agreementRejectsBadRowsNamingTheLine()
    {
        QTemporaryDir tmp;
        QFile f(tmp.filePath(QStringLiteral("bad.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("item_id,rater_id,value\nu1,A,1\nu1,B,nan\n");
        f.close();
        const Run r = cli({QStringLiteral("agreement"), QStringLiteral("--ratings"), f.fileName(),
                           QStringLiteral("--level"), QStringLiteral("interval")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad.csv:3:")), qPrintable(r.err));
    }

    // --help is a result: on stdout, status 0, and the usage line names the command.
    void everyCommandsHelpGoesToStdout_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("usage");
        QTest::newRow("import") << QStringLiteral("import")
                                << QStringLiteral("Usage: avemo-cli import [options] STUDY_DIR\n");
        QTest::newRow("validate") << QStringLiteral("validate")
                                  << QStringLiteral(
                                         "Usage: avemo-cli validate [options] STUDY_DIR\n");
        QTest::newRow("agreement") << QStringLiteral("agreement")
                                   << QStringLiteral("Usage: avemo-cli agreement [options]\n");
        QTest::newRow("mos") << QStringLiteral("mos")
                             << QStringLiteral("Usage: avemo-cli mos [options]\n");
        QTest::newRow("export") << QStringLiteral("export")
                                << QStringLiteral("Usage: avemo-cli export [options] STUDY_DB\n");
        QTest::newRow("package") << QStringLiteral("package")
                                 << QStringLiteral("Usage: avemo-cli package [options] STUDY_DB\n");
        QTest::newRow("merge")
            << QStringLiteral("merge")
            << QStringLiteral("Usage: avemo-cli merge [options] MASTER_DB ANNOTATOR_DB...\n");
    }

    void everyCommandsHelpGoesToStdout()
    {
        QFETCH(QString, command);
        QFETCH(QString, usage);
        for (const char *option : {"--help", "-h"}) {
            const Run r = cli({command, QString::fromLatin1(option)});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.startsWith(usage), qPrintable(r.out));
            QCOMPARE(r.err, QString());
        }
        // A usage error goes to stderr with the same usage line, status 2.
        const Run wrong = cli({command, QStringLiteral("--no-such-option")});
        QCOMPARE(wrong.status, 2);
        QVERIFY2(wrong.err.contains(usage), qPrintable(wrong.err));
        QCOMPARE(wrong.out, QString());
    }

    // Progress redrawn with '\r' on a terminal is one line per update in a log or a pipe.
    void progressLinesEndWithANewline()
    {
        const Run r = cli({QStringLiteral("validate"), QStringLiteral(AVEMO_DEMO_STUDY_DIR)});
        QCOMPARE(r.status, 0);
        QVERIFY2(!r.err.contains(u'\r'), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("checking media 25/33\nchecking media 33/33\n")),
                 qPrintable(r.err));
    }

    // The database of the export tests: the demo study, imported by the CLI itself.
    static QString demoDatabase(const QTemporaryDir &tmp)
    {
        const QString db = tmp.filePath(QStringLiteral("demo.sqlite"));
        const Run r = cli({QStringLiteral("import"), QStringLiteral(AVEMO_DEMO_STUDY_DIR),
                           QStringLiteral("--db"), db});
        return r.status == 0 ? db : QString();
    }

    void aFailedExportLeavesNoFolder()
    {
        QTemporaryDir tmp;
        const QString db = demoDatabase(tmp);
        QVERIFY(!db.isEmpty());
        const QString out = tmp.filePath(QStringLiteral("new/results"));
        const Run r = cli({QStringLiteral("export"), db, QStringLiteral("--out"), out,
                           QStringLiteral("--metrics"), tmp.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("nothing was written")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("new"))));
        QVERIFY2(r.err.endsWith(u'\n') && !r.err.contains(u'\r'), qPrintable(r.err));
    }

    // A value the study does not allow (7 on a 1-5 scale, stored by an older merge) is named
    // and left out; the export is written.
    void exportGoesOnPastABadStoredValue()
    {
        QTemporaryDir tmp;
        const QString db = demoDatabase(tmp);
        QVERIFY(!db.isEmpty());
        {
            auto sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bad"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO rater (rater_id, created_at) VALUES ('r09', "
                                      "'2025-01-01T00:00:00Z')")) &&
                    q.exec(QStringLiteral(
                        "INSERT INTO response (uuid, item_id, rater_id, question_id, value, "
                        "answered_at, time_spent_ms, play_count) SELECT 'u1', i.id, r.id, "
                        "q.id, '7', '2025-01-01T00:00:01Z', 1000, 1 FROM item i, rater r, "
                        "question q WHERE i.position = 0 AND r.rater_id = 'r09' AND "
                        "q.question_id = 'appropriateness'")),
                qPrintable(q.lastError().text()));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bad"));
        const QString out = tmp.filePath(QStringLiteral("results"));
        const Run r = cli({QStringLiteral("export"), db, QStringLiteral("--out"), out});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(
                     QStringLiteral("%1: warning: table response, row 1 (rater 'r09', item "
                                    "'d1-t1-reference', question 'appropriateness'): value '7' "
                                    "is not a number on the scale 1..5; left out\n")
                         .arg(db)),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("ratings.csv: 0 rows\n")));
        QVERIFY(r.out.contains(QLatin1String("flags.csv: 0 rows\n")));
    }

    void mosBySystem()
    {
        const Run r = cli({QStringLiteral("mos"), QStringLiteral("--ratings"),
                           data(QStringLiteral("krippendorff2011.csv")), QStringLiteral("--by"),
                           QStringLiteral("system"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("s0")) && r.out.contains(QLatin1String("s1")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
