#include "AnnotationSession.h"
#include "AvemoTestPaths.h"
#include "ExportChecks.h"
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

// Gold items as a coordinator writes them from docs/study-format.md: rows with their own
// dialogue ids, two without a system and two under a made-up system "gold", and a gold_rate.
// From the folder to the session to the export: the rate reaches every rater's session, and
// gold items are in no system's figures, no system list and no system count.
class TestGoldRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QString m_out;

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString study = m_tmp.filePath(QStringLiteral("study"));
        QVERIFY(QDir().mkpath(study + QStringLiteral("/media")));
        for (const char *media : {"media/user.webm", "media/reply.ogg"})
            QVERIFY(QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/") +
                                    QString::fromLatin1(media),
                                study + u'/' + QString::fromLatin1(media)));
        QFile json(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/study.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray definition = json.readAll();
        QVERIFY(definition.contains("\"gold_rate\": 0.0"));
        definition.replace("\"gold_rate\": 0.0", "\"gold_rate\": 0.25");
        QVERIFY(write(study + QStringLiteral("/study.json"), definition));
        QByteArray items = "item_id,dialogue_id,turn,system,context_media,reply_media,gold\n";
        for (int d = 1; d <= 3; ++d)
            for (const char *system : {"alpha", "beta"})
                items += QStringLiteral("d%1-%2,d%1,1,%2,media/user.webm,media/reply.ogg,\n")
                             .arg(d)
                             .arg(QString::fromLatin1(system))
                             .toUtf8();
        items += "g1,g1,1,,media/user.webm,media/reply.ogg,user_emotion=happy;appropriateness=4\n"
                 "g2,g2,1,,media/user.webm,media/reply.ogg,user_emotion=sad\n"
                 "g3,g3,1,gold,media/user.webm,media/reply.ogg,appropriateness=1\n"
                 "g4,g4,1,gold,media/user.webm,media/reply.ogg,user_emotion=angry\n";
        QVERIFY(write(study + QStringLiteral("/items.csv"), items));

        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        const auto imported = StudyImporter::importFolder(study, m_db, noProbe);
        QString problems;
        for (const Problem &p : imported.problems)
            problems += p.toString() + u'\n';
        QVERIFY2(imported.ok, qPrintable(imported.error + u'\n' + problems));
    }

    void theSummaryCountsOnlyTheStudysSystems()
    {
        QString error;
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        StudySummary summary;
        QVERIFY(StudyReader(*db).summary(summary, error));
        QCOMPARE(summary.items, 10);
        QCOMPARE(summary.goldItems, 4);
        QCOMPARE(summary.systems, 2);
        QCOMPARE(StudyReader(*db).systems(),
                 (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    }

    // gold_rate 0.25 with 6 regular items: 2 gold items (2 of 8), for each rater.
    void theGoldRateReachesEveryRatersSession()
    {
        QString error;
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY2(db, qPrintable(error));
        RatingStore store(*db);
        int round = 0;
        for (const char *rater : {"r01", "r02", "r03"}) {
            auto session = AnnotationSession::start(*db, QString::fromLatin1(rater), error);
            QVERIFY2(session, qPrintable(error));
            QCOMPARE(session->count(), 8);
            int gold = 0;
            for (int i = 0; i < session->count(); ++i)
                gold += session->itemAt(i).item.isGold();
            QCOMPARE(gold, 2);
            QVERIFY(!session->itemAt(0).item.isGold());
            // Every item of the session answered: gold ones as their gold answers say.
            for (int i = 0; i < session->count(); ++i, ++round) {
                session->goTo(i);
                const StudyItem &item = session->current().item;
                QMap<QString, QString> answers{
                    {QStringLiteral("user_emotion"), QStringLiteral("neutral")},
                    {QStringLiteral("appropriateness"),
                     QString::number(1 +
                                     (round * 7 + (item.system == QLatin1String("alpha"))) % 5)}};
                for (auto g = item.gold.cbegin(); g != item.gold.cend(); ++g)
                    answers.insert(g.key(), g.value());
                QVERIFY2(session->submitCurrent(answers, 1000, 1, error), qPrintable(error));
            }
        }
        m_out = m_tmp.filePath(QStringLiteral("out"));
        ExportOptions options;
        options.statistics.bootstrapResamples = 20;
        const auto summary = StudyExporter::run(m_db, m_out, options);
        QVERIFY2(summary.ok, qPrintable(summary.error));
    }

    void systemsCsvHasTheStudysSystemsOnly()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("systems.csv")));
        QVERIFY(csv.ok);
        QSet<QString> systems;
        for (qsizetype r = 0; r < csv.table.rows.size(); ++r) {
            systems.insert(csv.cell(r, QStringLiteral("system")));
            QVERIFY(csv.number(r, QStringLiteral("n")) > 0);
        }
        QCOMPARE(systems, (QSet<QString>{QStringLiteral("alpha"), QStringLiteral("beta")}));
    }

    void goldRowsAreListedAsGoldItems()
    {
        const auto csv = CsvFile::read(QDir(m_out).filePath(QStringLiteral("items.csv")));
        QVERIFY(csv.ok);
        for (const char *id : {"g1", "g2", "g3", "g4"}) {
            const qsizetype row = csv.find({{QStringLiteral("item_id"), QString::fromLatin1(id)}});
            QVERIFY2(row >= 0, id);
            QCOMPARE(csv.cell(row, QStringLiteral("gold")), QStringLiteral("1"));
        }
        QCOMPARE(csv.cell(csv.find({{QStringLiteral("item_id"), QStringLiteral("g1")}}),
                          QStringLiteral("system")),
                 QString());
    }

    void theReportCountsAndChartsTheStudysSystemsOnly()
    {
        QFile file(QDir(m_out).filePath(QStringLiteral("report.html")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(QLatin1String("10 items (4 gold), 2 systems")), qPrintable(html));
        // The MOS chart of the mos question: one bar per system.
        const auto chart =
            QRegularExpression(QStringLiteral("<svg[^>]*id=\"chart-appropriateness-mos\".*?</svg>"),
                               QRegularExpression::DotMatchesEverythingOption)
                .match(html);
        QVERIFY(chart.hasMatch());
        QCOMPARE(chart.captured(0).count(QLatin1String("class=\"bar\"")), 2);
    }
};

QTEST_GUILESS_MAIN(TestGoldRows)
#include "tst_goldrows.moc"
