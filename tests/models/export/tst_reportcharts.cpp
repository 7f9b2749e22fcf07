// The report's charts, read back from real exports of a real study database: one SVG per
// chart and question, bars and points that are the figures of systems.csv and
// correlations.csv, confusion counts that are the fixture's own answers, escaped text, and a
// PDF with pages and images.
#include "ExportChecks.h"
#include "ExportFixture.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace avemo;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The <svg> elements of a report, by their id.
QMap<QString, QString> charts(const QString &html)
{
    QMap<QString, QString> out;
    static const QRegularExpression svg(QStringLiteral("<svg [^>]*id=\"([^\"]+)\"[^>]*>.*?</svg>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    for (auto it = svg.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(0));
    }
    return out;
}

int countOf(const QString &svg, const QString &role)
{
    return int(svg.count(QStringLiteral("class=\"%1\"").arg(role)));
}

std::vector<double> numbers(const QString &svg, const QString &attribute)
{
    const QRegularExpression re(attribute + QStringLiteral("=\"([^\"]+)\""));
    std::vector<double> out;
    for (const QString &part : re.match(svg).captured(1).split(u' '))
        out.push_back(part.toDouble());
    return out;
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db, m_out;
    ExportFixture m_fixture;
    QString m_html;
    const QString m_metrics = QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv");
    const QStringList m_numeric{QStringLiteral("appropriateness"), QStringLiteral("naturalness"),
                                QStringLiteral("av_coherence")};
    const QStringList m_metricNames{QStringLiteral("ecs"), QStringLiteral("ebs"),
                                    QStringLiteral("ess"), QStringLiteral("ers"),
                                    QStringLiteral("emotion_accuracy")};

    ExportOptions options() const
    {
        ExportOptions o;
        o.statistics.bootstrapResamples = 50;
        o.metricsPath = m_metrics;
        return o;
    }

private slots:
    void initTestCase()
    {
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        QString error;
        QVERIFY2(m_fixture.build(m_db, error), qPrintable(error));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        const auto summary = StudyExporter::run(m_db, m_out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        m_html = QString::fromUtf8(readAll(QDir(m_out).filePath(QStringLiteral("report.html"))));
        QVERIFY(!m_html.isEmpty());
    }

    void oneSvgPerChartAndQuestion()
    {
        const auto svgs = charts(m_html);
        // Per mos question: the MOS chart and one scatter per metric; user_emotion (about the
        // user's turn): the consensus heat map; reply_emotion: intended emotion and consensus.
        QStringList expected{QStringLiteral("chart-user_emotion-confusion-consensus"),
                             QStringLiteral("chart-reply_emotion-confusion-intended"),
                             QStringLiteral("chart-reply_emotion-confusion-consensus")};
        for (const QString &q : m_numeric) {
            expected << QStringLiteral("chart-%1-mos").arg(q);
            for (const QString &m : m_metricNames)
                expected << QStringLiteral("chart-%1-metric-%2").arg(q, m);
        }
        expected.sort();
        QCOMPARE(svgs.keys(), expected);
        QCOMPARE(int(m_html.count(QStringLiteral("<svg "))), expected.size());
        QVERIFY(!m_html.contains(QStringLiteral("chart-comment"))); // free text has no chart
        // Self-contained: nothing loaded from elsewhere.
        QVERIFY(!m_html.contains(QStringLiteral("<script")));
        QVERIFY(!m_html.contains(QStringLiteral("href=")));
        QVERIFY(!m_html.contains(QStringLiteral("<img")));
        // Every chart is well-formed XML.
        for (const QString &svg : svgs) {
            QXmlStreamReader xml(svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        }
    }

    // Each bar's height, read back through the plot's range, is the MOS of systems.csv; each
    // system has one bar and one whisker.
    void barsAreTheMosOfSystemsCsv()
    {
        const CsvFile systems = CsvFile::read(QDir(m_out).filePath(QStringLiteral("systems.csv")));
        QVERIFY(systems.ok);
        const auto svgs = charts(m_html);
        for (const QString &q : m_numeric) {
            const QString svg = svgs.value(QStringLiteral("chart-%1-mos").arg(q));
            QStringList names;
            for (qsizetype r = 0; r < systems.table.rows.size(); ++r)
                if (systems.cell(r, QStringLiteral("question_id")) == q)
                    names << systems.cell(r, QStringLiteral("system"));
            QCOMPARE(names.size(), 3);
            QCOMPARE(countOf(svg, QStringLiteral("bar")), int(names.size()));
            QCOMPARE(countOf(svg, QStringLiteral("whisker")), int(names.size()));
            const auto plot = numbers(svg, QStringLiteral("data-plot")); // x y width height
            const auto range = numbers(svg, QStringLiteral("data-y-range"));
            QCOMPARE(plot.size(), std::size_t(4));
            QCOMPARE(range, (std::vector<double>{1, 5}));
            static const QRegularExpression bar(
                QStringLiteral("<rect class=\"bar\" x=\"[^\"]+\" y=\"([^\"]+)\" width=\"[^\"]+\" "
                               "height=\"([^\"]+)\"[^>]*><title>([^:]+):"));
            int checked = 0;
            for (auto it = bar.globalMatch(svg); it.hasNext();) {
                const auto m = it.next();
                const double y = m.captured(1).toDouble(), height = m.captured(2).toDouble();
                QCOMPARE(y + height, plot[1] + plot[3]); // from the bottom of the scale
                const double mos = range[0] + height / plot[3] * (range[1] - range[0]);
                const qsizetype row = systems.find({{QStringLiteral("system"), m.captured(3)},
                                                    {QStringLiteral("question_id"), q}});
                QVERIFY2(row >= 0, qPrintable(m.captured(3)));
                const double expected = systems.number(row, QStringLiteral("mos"));
                QVERIFY2(std::abs(mos - expected) < 0.001,
                         qPrintable(QStringLiteral("%1 %2: bar %3, systems.csv %4")
                                        .arg(q, m.captured(3))
                                        .arg(mos)
                                        .arg(expected)));
                // The figure printed in the bar is the table's, to two decimals.
                QVERIFY(svg.contains(QStringLiteral(">%1</text>").arg(expected, 0, 'f', 2)));
                ++checked;
            }
            QCOMPARE(checked, int(names.size()));
        }
    }

    // One point per item that correlations.csv counted, titled with its Pearson r.
    void scatterPointsAreTheCorrelatedItems()
    {
        const CsvFile correlations =
            CsvFile::read(QDir(m_out).filePath(QStringLiteral("correlations.csv")));
        QVERIFY(correlations.ok);
        const auto svgs = charts(m_html);
        for (const QString &q : m_numeric)
            for (const QString &metric : m_metricNames) {
                const QString svg = svgs.value(QStringLiteral("chart-%1-metric-%2").arg(q, metric));
                const qsizetype row = correlations.find(
                    {{QStringLiteral("question_id"), q}, {QStringLiteral("metric"), metric}});
                QVERIFY(row >= 0);
                const int n = correlations.cell(row, QStringLiteral("n")).toInt();
                QVERIFY(n >= 20); // 24 items, 3 of them gold
                QCOMPARE(countOf(svg, QStringLiteral("point")), n);
                const double r = correlations.number(row, QStringLiteral("pearson_r"));
                QVERIFY2(svg.contains(QStringLiteral("Pearson r = %1 ").arg(r, 0, 'f', 3)),
                         qPrintable(q + u' ' + metric));
            }
    }

    // The intended-emotion heat map counts the fixture's own reply_emotion answers of the
    // included raters, cell by cell.
    void confusionCellsCountTheAnswers()
    {
        QString error;
        auto db = StudyDatabase::open(m_db, error);
        QVERIFY(db);
        QList<StoredItem> items;
        QVERIFY(StudyReader(*db).items(items, error));
        const QStringList labels{QStringLiteral("neutral"), QStringLiteral("happy"),
                                 QStringLiteral("angry"), QStringLiteral("sad")};
        QMap<std::pair<QString, QString>, int> expected;
        int total = 0;
        for (const ExportFixture::Answer &a : m_fixture.answers) {
            if (a.question != QLatin1String("reply_emotion") || a.rater == m_fixture.excludedRater)
                continue;
            for (const StoredItem &item : items)
                if (item.item.itemId == a.item && labels.contains(item.item.intendedEmotion)) {
                    ++expected[{a.value, item.item.intendedEmotion}];
                    ++total;
                }
        }
        QVERIFY(total > 100);
        const QString svg =
            charts(m_html).value(QStringLiteral("chart-reply_emotion-confusion-intended"));
        QCOMPARE(countOf(svg, QStringLiteral("cell")), 16);
        QCOMPARE(numbers(svg, QStringLiteral("data-total")), std::vector<double>{double(total)});
        for (const QString &given : labels)
            for (const QString &intended : labels) {
                const QString title = QStringLiteral("<title>given %1, intended %2: %3 of ")
                                          .arg(given, intended)
                                          .arg(expected.value({given, intended}));
                QVERIFY2(svg.contains(title), qPrintable(title));
            }
    }

    // A system name and a study title with markup in them stay text in the HTML and the SVG.
    void textIsEscaped()
    {
        const QString db = m_tmp.filePath(QStringLiteral("escape.sqlite"));
        QVERIFY(QFile::copy(m_db, db));
        {
            QString error;
            auto study = StudyDatabase::open(db, error);
            QVERIFY2(study, qPrintable(error));
            QSqlQuery q(study->connection());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE item SET system = 'audio<&>\"only' WHERE system = 'audio-only-input'")));
            QVERIFY(q.numRowsAffected() > 0);
        }
        const QString out = m_tmp.filePath(QStringLiteral("out-escape"));
        const auto summary = StudyExporter::run(db, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        const QString html =
            QString::fromUtf8(readAll(QDir(out).filePath(QStringLiteral("report.html"))));
        QVERIFY(!html.contains(QStringLiteral("audio<&>")));
        QVERIFY(html.contains(QStringLiteral("audio&lt;&amp;&gt;&quot;only")));
        const auto svgs = charts(html);
        QVERIFY(svgs.size() > 10);
        for (const QString &svg : svgs) {
            QXmlStreamReader xml(svg);
            QStringList texts;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("text"))
                    texts << xml.readElementText();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            if (svg.contains(QStringLiteral("-mos\"")))
                QVERIFY(texts.contains(QStringLiteral("audio<&>\"only")));
        }
    }

    // The PDF: pages, and the charts as images (QTextDocument shows no SVG).
    void pdfHasPagesAndChartImages()
    {
        const QString out = m_tmp.filePath(QStringLiteral("out-pdf"));
        ExportOptions o = options();
        o.pdf = true;
        const auto summary = StudyExporter::run(m_db, out, o);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        const QByteArray pdf = readAll(QDir(out).filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        const auto pages = QString::fromLatin1(pdf).count(page);
        QVERIFY2(pages > 5, qPrintable(QString::number(pages))); // a page per question at least
        const auto images = QString::fromLatin1(pdf).count(QStringLiteral("/Subtype /Image"));
        QVERIFY2(images >= charts(m_html).size(), qPrintable(QString::number(images)));
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
