#include "Correlation.h"
#include "ExportChecks.h"
#include "ExportFixture.h"
#include "Mos.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

#define DATA(name) QStringLiteral(AVEMO_SOURCE_DIR "/tests/models/export/data/" name)

// The join of automatic metrics with the study: matched, unmatched on both sides, clashing
// column names, bad cells; correlations checked against the engine.
class TestMetricsJoin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    ExportFixture m_fixture;
    QList<StoredItem> m_items;

    ExportSummary exportWith(const QString &metrics, const QString &out) const
    {
        ExportOptions o;
        o.metricsPath = metrics;
        o.statistics.bootstrapResamples = 0;
        o.html = false;
        return StudyExporter::run(m_db, m_tmp.filePath(out), o);
    }

    // The item's MOS for a question from the engine: every included rater.
    std::map<QString, double> engineItemMos(const QString &question) const
    {
        ratings::RatingTableBuilder builder(ratings::Scale::fromPoints({1, 2, 3, 4, 5}));
        for (const auto &a : m_fixture.answers)
            if (a.question == question && a.rater != m_fixture.excludedRater)
                builder.add(a.item.toStdString(), a.rater.toStdString(), a.value.toDouble());
        auto table = builder.build();
        const ratings::MosAnalysis mos(*table, false);
        std::map<QString, double> result;
        for (std::size_t i = 0; i < table->itemCount(); ++i)
            result[QString::fromStdString(table->itemId(i))] = mos.ofItem(i)->mean;
        return result;
    }

private slots:
    void initTestCase()
    {
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        QString error;
        QVERIFY2(m_fixture.build(m_db, error), qPrintable(error));
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY(db && StudyReader(*db).items(m_items, error));
    }

    void demoMetricsJoinByItemIdAndCorrelate()
    {
        const QString metricsPath = QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv");
        const auto summary = exportWith(metricsPath, QStringLiteral("demo"));
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.unmatchedMetricRows, 0);
        QCOMPARE(summary.unmatchedItems, 0);
        QVERIFY(summary.problems.isEmpty());
        const QDir out(m_tmp.filePath(QStringLiteral("demo")));
        const auto metrics = CsvFile::read(metricsPath);
        const auto wide = CsvFile::read(out.filePath(QStringLiteral("items_with_metrics.csv")));
        QVERIFY(metrics.ok && wide.ok);
        QCOMPARE(wide.table.rows.size(), m_items.size());
        const QStringList metricNames{QStringLiteral("ecs"), QStringLiteral("ebs"),
                                      QStringLiteral("ess"), QStringLiteral("ers"),
                                      QStringLiteral("emotion_accuracy")};
        for (qsizetype r = 0; r < metrics.table.rows.size(); ++r) {
            const QString item = metrics.cell(r, QStringLiteral("item_id"));
            const qsizetype w = wide.find({{QStringLiteral("item_id"), item}});
            QVERIFY(w >= 0);
            QCOMPARE(wide.cell(w, QStringLiteral("metrics_matched")), QStringLiteral("1"));
            for (const QString &m : metricNames)
                QCOMPARE(wide.number(w, m), metrics.number(r, m));
        }

        // Correlations: the engine on (item MOS, metric) over the non-gold items.
        const auto correlations = CsvFile::read(out.filePath(QStringLiteral("correlations.csv")));
        QCOMPARE(correlations.table.rows.size(), 3 * metricNames.size()); // 3 mos questions
        for (const QString &question :
             {QStringLiteral("appropriateness"), QStringLiteral("av_coherence")}) {
            const auto mos = engineItemMos(question);
            for (const QString &m : metricNames) {
                std::vector<double> x, y;
                for (qsizetype r = 0; r < metrics.table.rows.size(); ++r) {
                    const QString item = metrics.cell(r, QStringLiteral("item_id"));
                    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                                 [&](auto &s) { return s.item.itemId == item; });
                    if (it->item.isGold())
                        continue;
                    x.push_back(mos.at(item));
                    y.push_back(metrics.number(r, m));
                }
                const qsizetype row = correlations.find(
                    {{QStringLiteral("question_id"), question}, {QStringLiteral("metric"), m}});
                QVERIFY(row >= 0);
                QCOMPARE(correlations.number(row, QStringLiteral("n")), double(x.size()));
                const auto p = ratings::pearson(x, y);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("pearson_r")), p->value);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("pearson_ci95_low")),
                               p->ciLow);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("pearson_p")), p->pValue);
                const auto s = ratings::spearman(x, y);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("spearman_rho")), s->value);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("spearman_p")), s->pValue);
                const auto k = ratings::kendallTauB(x, y);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("kendall_tau_b")), k->value);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("kendall_ci95_high")),
                               k->ciHigh);
                COMPARE_NUMBER(correlations.number(row, QStringLiteral("kendall_p")), k->pValue);
            }
        }

        // Per system: the mean of each metric over the system's non-gold items.
        const auto systems =
            CsvFile::read(out.filePath(QStringLiteral("systems_with_metrics.csv")));
        QCOMPARE(systems.table.rows.size(), 3);
        for (qsizetype s = 0; s < systems.table.rows.size(); ++s) {
            const QString system = systems.cell(s, QStringLiteral("system"));
            double sum = 0;
            int n = 0;
            for (qsizetype r = 0; r < metrics.table.rows.size(); ++r) {
                const QString item = metrics.cell(r, QStringLiteral("item_id"));
                const auto it = std::find_if(m_items.begin(), m_items.end(),
                                             [&](auto &i) { return i.item.itemId == item; });
                if (it->item.system == system && !it->item.isGold()) {
                    sum += metrics.number(r, QStringLiteral("ers"));
                    ++n;
                }
            }
            COMPARE_NUMBER(systems.number(s, QStringLiteral("ers")), sum / n);
            QCOMPARE(systems.number(s, QStringLiteral("n_items")), double(n));
        }
    }

    void unmatchedRowsAndClashingNamesByDialogueKey()
    {
        const auto summary = exportWith(DATA("metrics-by-dialogue.csv"), QStringLiteral("partial"));
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.unmatchedMetricRows, 1);
        QCOMPARE(summary.unmatchedItems, m_items.size() - 4);
        QStringList messages;
        for (const Problem &p : summary.problems) {
            QVERIFY(!p.isError());
            messages.append(p.toString());
        }
        // The metrics side: file and line of the row without an item.
        QVERIFY2(messages.filter(QStringLiteral("metrics-by-dialogue.csv:5:1: warning: no item "
                                                "of study 'avemo-demo' matches dialogue "
                                                "'d9', turn 1, system 'reference'"))
                         .size() == 1,
                 qPrintable(messages.join(QLatin1Char('\n'))));
        // The study side: every item without metrics, with its line in the study's items.csv.
        QVERIFY2(messages
                     .filter(QStringLiteral("items.csv:3:1: warning: item "
                                            "'d1-t1-audio-visual-input'"))
                     .isEmpty(),
                 "a matched item was reported");
        QCOMPARE(messages.filter(QStringLiteral("items.csv:5:1: warning: item 'd1-t2-reference'"))
                     .size(),
                 0);
        QCOMPARE(messages
                     .filter(QStringLiteral("items.csv:6:1: warning: item "
                                            "'d1-t2-audio-visual-input' has no row in"))
                     .size(),
                 1);

        const QDir out(m_tmp.filePath(QStringLiteral("partial")));
        const auto wide = CsvFile::read(out.filePath(QStringLiteral("items_with_metrics.csv")));
        QVERIFY(wide.ok);
        for (const QString &column :
             {QStringLiteral("ecs"), QStringLiteral("metric_gold"),
              QStringLiteral("metric_appropriateness"),
              QStringLiteral("metric_appropriateness_mos"), QStringLiteral("gold"),
              QStringLiteral("appropriateness_mos")})
            QVERIFY2(wide.table.column(column) >= 0, qPrintable(column));
        const qsizetype ref =
            wide.find({{QStringLiteral("item_id"), QStringLiteral("d1-t1-reference")}});
        QCOMPARE(wide.number(ref, QStringLiteral("metric_appropriateness_mos")), 0.25);
        QCOMPARE(wide.cell(ref, QStringLiteral("gold")), QStringLiteral("0")); // the study's
        const qsizetype avi =
            wide.find({{QStringLiteral("item_id"), QStringLiteral("d1-t1-audio-visual-input")}});
        QVERIFY(std::isnan(wide.number(avi, QStringLiteral("metric_appropriateness_mos"))));
        const qsizetype other =
            wide.find({{QStringLiteral("item_id"), QStringLiteral("d4-t2-reference")}});
        QCOMPARE(wide.cell(other, QStringLiteral("metrics_matched")), QStringLiteral("0"));
        QVERIFY(wide.cell(other, QStringLiteral("ecs")).isEmpty());
    }

    void badMetricsFilesAreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not numeric")
            << DATA("metrics-not-numeric.csv")
            << QStringLiteral("metrics-not-numeric.csv:3:3: error: metric 'ers' is not a number: "
                              "'n/a'");
        QTest::newRow("duplicate")
            << DATA("metrics-duplicate.csv")
            << QStringLiteral("metrics-duplicate.csv:4:1: error: "
                              "d1-t1-reference already has metrics on line 2");
        QTest::newRow("no key") << DATA("metrics-no-key.csv")
                                << QStringLiteral("metrics-no-key.csv:1:0: error: no key columns");
        QTest::newRow("missing file")
            << DATA("no-such-file.csv") << QStringLiteral("no-such-file.csv");
    }

    void badMetricsFilesAreRefusedWithTheirLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString out = QStringLiteral("bad-") + QString::fromLatin1(QTest::currentDataTag());
        const auto summary = exportWith(file, out);
        QVERIFY(!summary.ok);
        QStringList messages;
        for (const Problem &p : summary.problems)
            messages.append(p.toString());
        QVERIFY2(!messages.filter(message).isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(QDir(m_tmp.filePath(out)).filePath(QStringLiteral("ratings.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestMetricsJoin)
#include "tst_metricsjoin.moc"
