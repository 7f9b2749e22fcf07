// What the coordinator's dashboard tells beyond the figures, on real study databases (the demo
// study rated by five raters, then changed as a test needs): the items raters flagged, the
// stored values it leaves out, why a statistic is missing, gold items out of the system
// figures, and tables that show their text whole (in German too).
#include "DemoRatings.h"
#include "Language.h"
#include "RatingStore.h"
#include "dashboard/AgreementModel.h"
#include "dashboard/CoordinatorDashboard.h"
#include "dashboard/DashboardFormat.h"
#include "dashboard/FlagTableModel.h"
#include "dashboard/ItemsTab.h"
#include "dashboard/MosChartTab.h"
#include "dashboard/OverviewTab.h"
#include "dashboard/QuestionPicker.h"
#include "dashboard/RaterTableModel.h"
#include "dashboard/RatersTab.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace avemo;

class TestDashboardNotices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void flaggedItemsAreListed();
    void badStoredValuesAreListedAndLeftOut();
    void aMissingStatisticSaysWhy();
    void goldOnlySystemsAreNoSystems();
    void tablesShowTheirTextWhole_data();
    void tablesShowTheirTextWhole();

private:
    void refresh();
    static QStringList cutOffCells(const QTableView &view, bool mayScroll = false);

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<StudyDatabase> m_db;
    std::unique_ptr<CoordinatorDashboard> m_dashboard;
};

void TestDashboardNotices::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    QString error;
    QVERIFY2(demo_ratings::build(m_template, error), qPrintable(error));
}

void TestDashboardNotices::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                       QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite"));
    QVERIFY(QFile::copy(m_template, path));
    QString error;
    m_db = StudyDatabase::open(path, error);
    QVERIFY2(m_db, qPrintable(error));
    m_dashboard = std::make_unique<CoordinatorDashboard>();
    m_dashboard->setBootstrapResamples(50);
    new QAbstractItemModelTester(m_dashboard->overviewTab()->flagModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_dashboard.get());
}

void TestDashboardNotices::cleanup()
{
    if (m_dashboard)
        m_dashboard->setDatabase(nullptr);
    m_dashboard.reset();
    m_db.reset();
}

void TestDashboardNotices::refresh()
{
    QSignalSpy refreshed(m_dashboard.get(), &CoordinatorDashboard::refreshed);
    if (m_dashboard->database())
        m_dashboard->refresh();
    else
        m_dashboard->setDatabase(m_db.get());
    QVERIFY(refreshed.wait(30000));
    QVERIFY(m_dashboard->snapshot());
}

void TestDashboardNotices::flaggedItemsAreListed()
{
    RatingStore store(*m_db);
    qint64 r04 = 0;
    QString error;
    QVERIFY(store.ensureRater(QStringLiteral("r04"), r04, error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM item WHERE item_id = 'd4-t2-reference'")) &&
            q.next());
    QVERIFY(store.flagItem(r04, q.value(0).toLongLong(),
                           QStringLiteral("the reply stops after a second"), error));
    refresh();
    const FlagTableModel &flags = *m_dashboard->overviewTab()->flagModel();
    QCOMPARE(flags.rowCount(), 1);
    QCOMPARE(flags.index(0, FlagTableModel::Item).data().toString(),
             QStringLiteral("d4-t2-reference"));
    QCOMPARE(flags.index(0, FlagTableModel::System).data().toString(), QStringLiteral("reference"));
    QCOMPARE(flags.index(0, FlagTableModel::Rater).data().toString(), QStringLiteral("r04"));
    QCOMPARE(flags.index(0, FlagTableModel::Reason).data().toString(),
             QStringLiteral("the reply stops after a second"));
    QVERIFY(!m_dashboard->overviewTab()->flagView()->isHidden());
}

void TestDashboardNotices::badStoredValuesAreListedAndLeftOut()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM response")) && q.next());
    const int stored = q.value(0).toInt();
    // An older merge let these in; one is the careless rater's, who is then excluded.
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE response SET value = '7' WHERE rowid = (SELECT min(r.rowid) FROM response r JOIN "
        "question qu ON qu.id = r.question_id WHERE qu.question_id = 'appropriateness')")));
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE response SET revision = 'zzz' WHERE rowid = (SELECT max(r.rowid) FROM response "
        "r JOIN rater ra ON ra.id = r.rater_id WHERE ra.rater_id = 'r05')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO rater_exclusion (rater_id, reason, excluded_at) "
                                  "SELECT id, 'careless', '2025-01-01T00:00:00Z' FROM rater "
                                  "WHERE rater_id = 'r05'")));
    refresh();
    const auto snapshot = m_dashboard->snapshot();
    QCOMPARE(int(snapshot->study.responses().size()), stored - 2);
    QCOMPARE(snapshot->study.leftOutCount(), std::size_t(2));
    const QString text = m_dashboard->overviewTab()->leftOutText();
    QVERIFY2(text.contains(QLatin1String("value '7' is not a number on the scale 1..5")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("revision 'zzz' is not a whole number &gt;= 0")),
             qPrintable(text));
    QCOMPARE(m_dashboard->overviewTab()->agreementModel()->rowCount(), 5);
}

// The demo's r04 stopped at 70%: items have 4 or 5 ratings, so Fleiss' kappa does not apply,
// and the cell says so rather than showing a bare dash.
void TestDashboardNotices::aMissingStatisticSaysWhy()
{
    refresh();
    const AgreementModel &model = *m_dashboard->overviewTab()->agreementModel();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex fleiss = model.index(row, AgreementModel::Fleiss);
        QVERIFY(std::isnan(fleiss.data(dashboard::ValueRole).toDouble()));
        QCOMPARE(fleiss.data().toString(),
                 QStringLiteral("\u2013 not applicable: items have between 4 and 5 ratings"));
        QVERIFY(fleiss.data(Qt::ToolTipRole).toString().contains(QLatin1String("Krippendorff")));
    }
}

// Gold items under systems of their own ("gold-...", as a coordinator might write them): no
// systems of the study, so not counted, not charted.
void TestDashboardNotices::goldOnlySystemsAreNoSystems()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE item SET system = 'gold-' || item_id WHERE gold_json IS NOT NULL")));
    QCOMPARE(q.numRowsAffected(), 3);
    refresh();
    QCOMPARE(m_dashboard->snapshot()->study.systems(),
             (QStringList{QStringLiteral("audio-only-input"), QStringLiteral("audio-visual-input"),
                          QStringLiteral("reference")}));
    QVERIFY2(m_dashboard->overviewTab()->summaryText().contains(QLatin1String("from 3 system")),
             qPrintable(m_dashboard->overviewTab()->summaryText()));
    MosChartTab &mos = *m_dashboard->mosTab();
    QVERIFY(mos.questionPicker()->selectQuestion(QStringLiteral("appropriateness")));
    QCOMPARE(mos.barCount(), 3);
}

// Cells whose text does not show whole: wider than their column (a cell that wraps: taller
// than its row), or a column beyond the visible width.
QStringList TestDashboardNotices::cutOffCells(const QTableView &view, bool mayScroll)
{
    QStringList cut;
    if (view.visibleRegion().boundingRect() != view.rect())
        cut.append(QStringLiteral("the table shows only %1 of its %2 pixels")
                       .arg(view.visibleRegion().boundingRect().width())
                       .arg(view.width()));
    if (!mayScroll && view.horizontalScrollBar()->maximum() > 0)
        cut.append(QStringLiteral("the table is wider than its view (%1 > %2)")
                       .arg(view.horizontalHeader()->length())
                       .arg(view.viewport()->width()));
    const QAbstractItemModel &model = *view.model();
    const int margin = view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1;
    const QFontMetrics metrics(view.font());
    const QHeaderView &header = *view.horizontalHeader();
    for (int c = 0; c < model.columnCount(); ++c) {
        if (view.isColumnHidden(c))
            continue;
        if (header.sectionSizeHint(c) > view.columnWidth(c))
            cut.append(
                QStringLiteral("header %1").arg(model.headerData(c, Qt::Horizontal).toString()));
        const bool checkable =
            model.rowCount() > 0 && model.index(0, c).data(Qt::CheckStateRole).isValid();
        const int indicator =
            checkable
                ? view.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &view) + 2 * margin
                : 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString text = model.index(r, c).data().toString();
            const int width = view.columnWidth(c) - 2 * margin - indicator;
            const QRect needed = view.wordWrap() ? metrics.boundingRect(QRect(0, 0, width, 100000),
                                                                        Qt::TextWordWrap, text)
                                                 : metrics.boundingRect(text);
            if (needed.width() > width || needed.height() > view.rowHeight(r))
                cut.append(QStringLiteral("row %1 column %2: %3").arg(r).arg(c).arg(text));
        }
    }
    return cut;
}

void TestDashboardNotices::tablesShowTheirTextWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestDashboardNotices::tablesShowTheirTextWhole()
{
    QFETCH(QString, language);
    QObject owner;
    QVERIFY(!Language::install(language, &owner).isEmpty());
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    // The screenshots' size (scripts/take-screenshots: a 1280x800 screen).
    m_dashboard->resize(1280, 760);
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    refresh();
    RatersTab &raters = *m_dashboard->ratersTab();
    m_dashboard->tabs()->setCurrentWidget(&raters);
    ItemsTab &items = *m_dashboard->itemsTab();
    for (const QString &question :
         {QStringLiteral("user_emotion"), QStringLiteral("appropriateness")}) {
        QVERIFY(raters.questionPicker()->selectQuestion(question));
        // Columns are sized to their contents once the view has laid itself out: polled.
        QTRY_VERIFY2(cutOffCells(*raters.view()).isEmpty(),
                     qPrintable(cutOffCells(*raters.view()).join(u'\n')));
    }
    m_dashboard->tabs()->setCurrentWidget(&items);
    for (const QString &question :
         {QStringLiteral("user_emotion"), QStringLiteral("appropriateness")}) {
        QVERIFY(items.questionPicker()->selectQuestion(question));
        QVERIFY(items.selectItem(QStringLiteral("d1-t1-audio-visual-input")));
        for (const QTableView *view : {items.itemView(), items.answerView()}) {
            // Every rater's answers to every question (and a comment): more columns than a
            // pane holds, so this one may scroll sideways; its cells still show whole.
            const bool mayScroll = view == items.answerView();
            QTRY_VERIFY2(cutOffCells(*view, mayScroll).isEmpty(),
                         qPrintable(cutOffCells(*view, mayScroll).join(u'\n')));
        }
    }
}

QTEST_MAIN(TestDashboardNotices)
#include "TestDashboardNotices.moc"
