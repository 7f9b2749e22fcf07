// The dashboard on a real study database: the demo study rated by five raters.
#include "Correlation.h"
#include "DashboardTestSupport.h"
#include "Language.h"
#include "coordination/Adjudications.h"
#include "coordination/RaterExclusions.h"
#include "dashboard/AgreementModel.h"
#include "dashboard/ConfusionMatrixModel.h"
#include "dashboard/ConfusionTab.h"
#include "dashboard/CoordinatorDashboard.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/DriftChartTab.h"
#include "dashboard/ItemAnswersModel.h"
#include "dashboard/ItemDisagreementModel.h"
#include "dashboard/ItemsTab.h"
#include "dashboard/MetricsChartTab.h"
#include "dashboard/MosChartTab.h"
#include "dashboard/OverviewTab.h"
#include "dashboard/QuestionPicker.h"
#include "dashboard/RaterTableModel.h"
#include "dashboard/TaskRunner.h"
#include "export/StudyExporter.h"
#include "player/PlayerWidget.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace avemo;

class TestCoordinatorDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overviewShowsTheEnginesAlpha();
    void excludingARaterChangesTheFiguresAndIsRecorded();
    void raterTableShowsProgressAndScreening();
    void screeningFlagsAreWordedFromTheirFigures();
    void itemsAreSortedByDisagreement();
    void selectingAnItemPlaysItAndShowsEveryAnswer();
    void adjudicationIsRecordedAndShownApart();
    void mosChartHasABarAndAWhiskerPerSystem();
    void confusionMatrixCountsEveryRating();
    void driftChartHasALinePerRater();
    void metricsScatterHasAPointPerItem();

private:
    int rowOf(const QAbstractItemModel &model, const QString &id) const;

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<StudyDatabase> m_db;
    std::unique_ptr<CoordinatorDashboard> m_dashboard;
};

void TestCoordinatorDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QString error;
    QVERIFY2(demo_ratings::build(m_template, error), qPrintable(error));
}

void TestCoordinatorDashboard::init()
{
    // Each test gets its own copy: some record exclusions.
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                        QStringLiteral(".sqlite"));
    QVERIFY(QFile::copy(m_template, path));
    QString error;
    m_db = StudyDatabase::open(path, error);
    QVERIFY2(m_db, qPrintable(error));
    m_dashboard = std::make_unique<CoordinatorDashboard>();
    m_dashboard->setBootstrapResamples(200);
    // Never a modal dialog in a test: the exclusion prompt is answered "cancel".
    m_dashboard->setReasonPrompt([](const QString &) { return std::optional<QString>(); });
    new QAbstractItemModelTester(m_dashboard->overviewTab()->agreementModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
    new QAbstractItemModelTester(m_dashboard->raterModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
    new QAbstractItemModelTester(m_dashboard->itemsTab()->itemModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
    new QAbstractItemModelTester(m_dashboard->itemsTab()->answersModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
    new QAbstractItemModelTester(m_dashboard->confusionTab()->model(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
    QSignalSpy refreshed(m_dashboard.get(), &CoordinatorDashboard::refreshed);
    m_dashboard->setDatabase(m_db.get());
    QVERIFY(refreshed.wait(30000));
    QVERIFY(m_dashboard->snapshot());
}

void TestCoordinatorDashboard::cleanup()
{
    if (m_dashboard)
        m_dashboard->setDatabase(nullptr);
    m_dashboard.reset();
    m_db.reset();
}

int TestCoordinatorDashboard::rowOf(const QAbstractItemModel &model, const QString &id) const
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data().toString() == id)
            return row;
    return -1;
}

void TestCoordinatorDashboard::overviewShowsTheEnginesAlpha()
{
    const AgreementModel &model = *m_dashboard->overviewTab()->agreementModel();
    QCOMPARE(model.rowCount(), 5); // every question but the free-text comment
    const QStringList emotions{QStringLiteral("neutral"), QStringLiteral("happy"),
                               QStringLiteral("angry"), QStringLiteral("sad")};
    const struct
    {
        QString question;
        ratings::Level level;
        QStringList categories;
    } cases[] = {{QStringLiteral("user_emotion"), ratings::Level::Nominal, emotions},
                 {QStringLiteral("reply_emotion"), ratings::Level::Nominal, emotions},
                 {QStringLiteral("appropriateness"), ratings::Level::Interval, {}},
                 {QStringLiteral("av_coherence"), ratings::Level::Interval, {}}};
    for (const auto &c : cases) {
        const int row = rowOf(model, c.question);
        QVERIFY2(row >= 0, qPrintable(c.question));
        const double expected = engineAlpha(*m_db, c.question, c.level, c.categories);
        QVERIFY(std::isfinite(expected));
        const double shown =
            model.index(row, AgreementModel::Alpha).data(dashboard::ValueRole).toDouble();
        QVERIFY2(
            qAbs(shown - expected) < 1e-12,
            qPrintable(QStringLiteral("%1: %2 vs %3").arg(c.question).arg(shown).arg(expected)));
        QCOMPARE(model.index(row, AgreementModel::Alpha).data().toString(),
                 dashboard::figure(expected, 3));
        // The CI from the bootstrap brackets a defined alpha.
        const QVariantList ci =
            model.index(row, AgreementModel::AlphaCi).data(dashboard::ValueRole).toList();
        QVERIFY(ci.value(0).toDouble() <= ci.value(1).toDouble());
        QVERIFY(!model.index(row, AgreementModel::AlphaCi).data().toString().isEmpty());
        QCOMPARE(model.index(row, AgreementModel::Raters).data().toInt(), 5);
        QCOMPARE(model.index(row, AgreementModel::Items).data().toInt(), 21); // 24 - 3 gold
    }
}

void TestCoordinatorDashboard::excludingARaterChangesTheFiguresAndIsRecorded()
{
    const AgreementModel &model = *m_dashboard->overviewTab()->agreementModel();
    const int row = rowOf(model, QStringLiteral("appropriateness"));
    const double before =
        model.index(row, AgreementModel::Alpha).data(dashboard::ValueRole).toDouble();

    // Unchecking "In statistics" asks for the change; it is not made by the model itself.
    RaterTableModel &raters = *m_dashboard->raterModel();
    const int r05 = rowOf(raters, QStringLiteral("r05"));
    QSignalSpy asked(&raters, &RaterTableModel::exclusionToggleRequested);
    QVERIFY(!raters.setData(raters.index(r05, RaterTableModel::Included), Qt::Unchecked,
                            Qt::CheckStateRole));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().value(0).toString(), QStringLiteral("r05"));
    QCOMPARE(asked.first().value(1).toBool(), true);

    QString error;
    QVERIFY(!m_dashboard->excludeRater(QStringLiteral("r05"), QString(), error)); // no reason
    QSignalSpy refreshed(m_dashboard.get(), &CoordinatorDashboard::refreshed);
    QVERIFY2(m_dashboard->excludeRater(QStringLiteral("r05"), QStringLiteral("careless"), error),
             qPrintable(error));
    QVERIFY(refreshed.wait(30000));

    QVERIFY(RaterExclusions(*m_db).isExcluded(QStringLiteral("r05")));
    QSqlQuery events(m_db->connection());
    QVERIFY(events.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'exclude_rater'")));
    QVERIFY(events.next());
    QCOMPARE(events.value(0).toInt(), 1);

    const int after = rowOf(model, QStringLiteral("appropriateness"));
    const double excluded =
        model.index(after, AgreementModel::Alpha).data(dashboard::ValueRole).toDouble();
    QVERIFY(qAbs(excluded - before) > 1e-6);
    QVERIFY(excluded > before); // the careless rater lowered agreement
    QVERIFY(qAbs(excluded - engineAlpha(*m_db, QStringLiteral("appropriateness"),
                                        ratings::Level::Interval)) < 1e-12);
    QCOMPARE(model.index(after, AgreementModel::Raters).data().toInt(), 4);
    QCOMPARE(raters.index(r05, RaterTableModel::Included).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));

    // Reversible: taking r05 back restores the figures.
    QVERIFY2(m_dashboard->includeRater(QStringLiteral("r05"), error), qPrintable(error));
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(model.index(rowOf(model, QStringLiteral("appropriateness")), AgreementModel::Alpha)
                 .data(dashboard::ValueRole)
                 .toDouble(),
             before);
    QVERIFY(!RaterExclusions(*m_db).isExcluded(QStringLiteral("r05")));
}

void TestCoordinatorDashboard::raterTableShowsProgressAndScreening()
{
    const RaterTableModel &raters = *m_dashboard->raterModel();
    QCOMPARE(raters.rowCount(), 5);
    const int r04 = rowOf(raters, QStringLiteral("r04"));
    QCOMPARE(raters.index(r04, RaterTableModel::Done).data(dashboard::ValueRole).toInt(), 16);
    QCOMPARE(raters.index(r04, RaterTableModel::Done).data().toString(),
             QStringLiteral("16 of 24"));
    const int r05 = rowOf(raters, QStringLiteral("r05"));
    QVERIFY(raters.index(r05, RaterTableModel::MedianTime).data(dashboard::ValueRole).toDouble() <
            raters.index(r04, RaterTableModel::MedianTime).data(dashboard::ValueRole).toDouble());
    // The careless rater agrees least with the others' mean on the chosen question.
    double lowest = 2;
    int lowestRow = -1;
    for (int row = 0; row < raters.rowCount(); ++row) {
        const double r =
            raters.index(row, RaterTableModel::Consensus).data(dashboard::ValueRole).toDouble();
        if (r < lowest) {
            lowest = r;
            lowestRow = row;
        }
    }
    QCOMPARE(lowestRow, r05);
    QVERIFY(raters.index(r05, RaterTableModel::Flags).data().toString() !=
            QStringLiteral("passes"));
}

void TestCoordinatorDashboard::screeningFlagsAreWordedFromTheirFigures()
{
    // The flags arrive typed from the statistics engine; the dashboard words them in the
    // interface language, with their own figures. English needs its plural forms installed.
    QObject owner;
    QVERIFY(!avemo::Language::install(QStringLiteral("en"), &owner).isEmpty());
    using Kind = avemo::ratings::ScreeningFlag::Kind;
    QCOMPARE(RaterTableModel::describe({Kind::LowGoldAccuracy, 0.5, 0.8, 1, 2}),
             QStringLiteral("gold accuracy 50% below 80% (1 of 2)"));
    QCOMPARE(RaterTableModel::describe({Kind::LowConsensusCorrelation, -0.41234, 0.3}),
             QStringLiteral("correlation with the other raters' mean -0.412 below 0.30"));
    QCOMPARE(RaterTableModel::describe({Kind::FewSharedItems, 0, 5, 1}),
             QStringLiteral("only 1 item shared with other raters: consensus correlation not "
                            "computed"));
    QCOMPARE(RaterTableModel::describe({Kind::FewSharedItems, 0, 5, 3}),
             QStringLiteral("only 3 items shared with other raters: consensus correlation not "
                            "computed"));
    QCOMPARE(RaterTableModel::describe({Kind::NoSharedItems}),
             QStringLiteral("shares no item with another rater"));
}

void TestCoordinatorDashboard::itemsAreSortedByDisagreement()
{
    ItemsTab &tab = *m_dashboard->itemsTab();
    const ItemDisagreementModel &items = *tab.itemModel();
    for (const QString &question :
         {QStringLiteral("appropriateness"), QStringLiteral("user_emotion")}) {
        QVERIFY(tab.questionPicker()->selectQuestion(question));
        QCOMPARE(items.rowCount(), 24); // gold items too: they are reviewed like the others
        double previous = INFINITY;
        for (int row = 0; row < items.rowCount(); ++row) {
            const double d = items.index(row, ItemDisagreementModel::Disagreement)
                                 .data(dashboard::ValueRole)
                                 .toDouble();
            QVERIFY2(d <= previous, qPrintable(question));
            previous = d;
        }
    }
    // The first score item's disagreement is its range, computed here from the stored answers.
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("appropriateness")));
    const QString top = m_dashboard->snapshot()->study.items()[items.itemOf(0)].itemId;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT max(CAST(r.value AS REAL)) - min(CAST(r.value AS REAL)) "
                             "FROM response r JOIN item i ON i.id = r.item_id JOIN question qu "
                             "ON qu.id = r.question_id WHERE i.item_id = ? AND qu.question_id = "
                             "'appropriateness'"));
    q.addBindValue(top);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(items.index(0, ItemDisagreementModel::Disagreement).data(dashboard::ValueRole),
             QVariant(q.value(0).toDouble()));
}

void TestCoordinatorDashboard::selectingAnItemPlaysItAndShowsEveryAnswer()
{
    ItemsTab &tab = *m_dashboard->itemsTab();
    QVERIFY(tab.selectItem(QStringLiteral("d2-t1-audio-only-input")));
    const PlaybackItem &playing = tab.player()->controller()->item();
    QVERIFY(playing.replyClip.endsWith(QStringLiteral("media/replies/d2-t1-b.ogg")));
    QVERIFY(!playing.blind);
    QCOMPARE(playing.replyClip, m_dashboard->snapshot()->storedItems[tab.currentItem()].replyPath);
    // One row per rater who answered it (r04 stopped early and may not have), a column per
    // question after the rater's.
    const ItemAnswersModel &answers = *tab.answersModel();
    QVERIFY(answers.rowCount() >= 4 && answers.rowCount() <= 5);
    QCOMPARE(answers.columnCount(), 7);
    QCOMPARE(answers.headerData(3, Qt::Horizontal).toString(), QStringLiteral("appropriateness"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT r.value FROM response r JOIN item i ON i.id = r.item_id JOIN rater ra ON ra.id "
        "= r.rater_id JOIN question qu ON qu.id = r.question_id WHERE i.item_id = "
        "'d2-t1-audio-only-input' AND ra.rater_id = 'r01' AND qu.question_id = 'user_emotion'")));
    QVERIFY(q.next());
    QCOMPARE(answers.index(0, 0).data().toString(), QStringLiteral("r01"));
    QCOMPARE(answers.index(0, 1).data().toString(), q.value(0).toString());
}

void TestCoordinatorDashboard::adjudicationIsRecordedAndShownApart()
{
    ItemsTab &tab = *m_dashboard->itemsTab();
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("user_emotion")));
    const QString item = QStringLiteral("d1-t2-audio-only-input");
    QVERIFY(tab.selectItem(item));
    const int answersBefore = tab.answersModel()->rowCount();
    const QString firstAnswer = tab.answersModel()->index(0, 1).data().toString();
    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM response")) && count.next());
    const int responses = count.value(0).toInt();

    QString error;
    QVERIFY(!m_dashboard->adjudicate(item, QStringLiteral("user_emotion"), QStringLiteral("bored"),
                                     QStringLiteral("x"), error));
    QVERIFY2(m_dashboard->adjudicate(item, QStringLiteral("user_emotion"), QStringLiteral("sad"),
                                     QStringLiteral("heard a sigh"), error),
             qPrintable(error));

    const auto stored = Adjudications(*m_db).find(item, QStringLiteral("user_emotion"));
    QVERIFY(stored);
    QCOMPARE(stored->value, QStringLiteral("sad"));
    QCOMPARE(stored->reason, QStringLiteral("heard a sigh"));
    const ItemDisagreementModel &items = *tab.itemModel();
    const int row = items.rowOfItem(item);
    QCOMPARE(items.index(row, ItemDisagreementModel::Decision).data().toString(),
             QStringLiteral("sad"));
    QVERIFY(tab.decisionsText().contains(QStringLiteral("heard a sigh")));
    // Apart: the raters' answers and the stored responses are as they were.
    QCOMPARE(tab.answersModel()->rowCount(), answersBefore);
    QCOMPARE(tab.answersModel()->index(0, 1).data().toString(), firstAnswer);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM response")) && count.next());
    QCOMPARE(count.value(0).toInt(), responses);
}

void TestCoordinatorDashboard::mosChartHasABarAndAWhiskerPerSystem()
{
    MosChartTab &tab = *m_dashboard->mosTab();
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("appropriateness")));
    const auto snapshot = m_dashboard->snapshot();
    const QuestionStatistics *s = snapshot->statisticsOf(2);
    QVERIFY(s);
    QCOMPARE(snapshot->study.systems().size(), 3);
    QCOMPARE(tab.barCount(), 3);
    QCOMPARE(tab.whiskerCount(), 3);
    const auto series = tab.chartView()->chart()->series();
    QCOMPARE(series.size(), 4); // the bars and three whiskers
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(bars->barSets().first()->at(i), s->systems[std::size_t(i)].mos);
    // The demo ratings put the reference system on top.
    const int reference = int(snapshot->study.systems().indexOf(QStringLiteral("reference")));
    for (int i = 0; i < 3; ++i)
        QVERIFY(bars->barSets().first()->at(reference) >= bars->barSets().first()->at(i));
    // The mixed model's estimate stands next to each plain MOS, with the variance components.
    const QString note = tab.noteText();
    QCOMPARE(note.count(QStringLiteral("mixed model: ")), 3);
    for (const SystemStatistics &system : s->systems) {
        QVERIFY(std::isfinite(system.mixedEstimate));
        QVERIFY(note.contains(dashboard::figure(system.mixedEstimate, 2)));
    }
    QVERIFY(note.contains(QStringLiteral("variance of raters")));
}

void TestCoordinatorDashboard::confusionMatrixCountsEveryRating()
{
    ConfusionTab &tab = *m_dashboard->confusionTab();
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("reply_emotion")));
    const ConfusionMatrixModel &model = *tab.model();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM response r JOIN question qu ON qu.id = "
                                  "r.question_id WHERE qu.question_id = 'reply_emotion'")));
    QVERIFY(q.next());
    QCOMPARE(model.total() + model.leftOut(), q.value(0).toInt());
    int sum = 0, diagonal = 0;
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) {
            sum += model.index(r, c).data().toInt();
            diagonal += r == c ? model.count(r, c) : 0;
        }
    QCOMPARE(sum, model.total());
    QVERIFY(diagonal > model.total() / 2); // raters mostly hear the intended emotion
    // One rater only, against the consensus.
    tab.referencePicker()->setCurrentIndex(1);
    tab.raterPicker()->setCurrentIndex(1); // r01
    QVERIFY(model.total() > 0 && model.total() <= 24);
}

void TestCoordinatorDashboard::driftChartHasALinePerRater()
{
    DriftChartTab &tab = *m_dashboard->driftTab();
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("naturalness")));
    QCOMPARE(tab.pointsPerLine(), (QList<int>{24, 24, 24, 16, 24}));
    QCOMPARE(tab.chartView()->chart()->series().size(), 5);
}

void TestCoordinatorDashboard::metricsScatterHasAPointPerItem()
{
    MetricsChartTab &tab = *m_dashboard->metricsTab();
    // The demo study's folder has a metrics.csv: it is loaded without asking.
    QVERIFY(tab.metricsPath().endsWith(QStringLiteral("metrics.csv")));
    QVERIFY(tab.questionPicker()->selectQuestion(QStringLiteral("appropriateness")));
    tab.metricPicker()->setCurrentIndex(tab.metricPicker()->findText(QStringLiteral("ers")));
    QCOMPARE(tab.metricPicker()->currentText(), QStringLiteral("ers"));
    QCOMPARE(tab.pointCount(), 21); // every non-gold item has a metrics row
    QVERIFY(std::isfinite(tab.pearsonR()));
    QVERIFY(tab.pearsonR() > 0); // better systems score higher on both

    // The chart shows the figure an export of the same database writes to correlations.csv.
    ExportOptions options;
    options.metricsPath = tab.metricsPath();
    options.statistics.bootstrapResamples = 0;
    options.html = false;
    const QString out = m_dir.filePath(QStringLiteral("metrics-export"));
    const ExportSummary summary = StudyExporter::run(m_db->path(), out, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QFile csv(QDir(out).filePath(QStringLiteral("correlations.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
    const qsizetype n = header.indexOf(QStringLiteral("n"));
    const qsizetype r = header.indexOf(QStringLiteral("pearson_r"));
    QVERIFY(n > 0 && r > 0);
    bool found = false;
    while (!csv.atEnd()) {
        const QStringList row = QString::fromUtf8(csv.readLine()).trimmed().split(u',');
        if (row.value(0) != QLatin1String("appropriateness") ||
            row.value(1) != QLatin1String("ers"))
            continue;
        found = true;
        QCOMPARE(row.value(n).toInt(), tab.pointCount());
        QVERIFY2(std::abs(row.value(r).toDouble() - tab.pearsonR()) < 1e-6,
                 qPrintable(row.value(r) + u" vs " + QString::number(tab.pearsonR(), 'g', 10)));
    }
    QVERIFY(found);
}

QTEST_MAIN(TestCoordinatorDashboard)
#include "TestCoordinatorDashboard.moc"
