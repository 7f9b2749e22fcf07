// Long coordinator work off the GUI thread: cancelling leaves the database as it was; the
// File menu's merge and export run to completion; the dashboard and the coordinator's File
// entries are out of reach while an annotator session runs.
#include "AnnotatorView.h"
#include "DemoRatings.h"
#include "MainWindow.h"
#include "coordination/ResultsMerger.h"
#include "dashboard/CoordinatorActions.h"
#include "dashboard/CoordinatorDashboard.h"
#include "dashboard/TaskRunner.h"
#include "export/StudyExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace avemo;

class TestCoordinatorTasks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelledMergeLeavesTheDatabaseUnchanged();
    void cancelledExportWritesNothing();
    void largeTotalsShowInThousandths();
    void mergeAndExportFromTheFileMenu();
    void dashboardIsOutOfReachWhileRating();

private:
    QString copyOfMaster(const QString &name);
    static QStringList responses(const QString &dbPath);

    QTemporaryDir m_dir;
    QString m_master;
    QString m_source; // the same study rated by r06 on another machine
};

void TestCoordinatorTasks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_master = m_dir.filePath(QStringLiteral("master.sqlite"));
    QString error;
    QVERIFY2(demo_ratings::build(m_master, error), qPrintable(error));
    m_source = m_dir.filePath(QStringLiteral("laptop.sqlite"));
    demo_ratings::Options none;
    none.raters = 0;
    QVERIFY2(demo_ratings::build(m_source, error, none), qPrintable(error));
    auto db = StudyDatabase::open(m_source, error);
    QVERIFY(db);
    QList<StoredItem> items;
    QVERIFY(StudyReader(*db).items(items, error));
    RatingStore store(*db);
    qint64 rater = 0;
    QVERIFY(store.ensureRater(QStringLiteral("r06"), rater, error));
    for (int i = 0; i < 6; ++i) {
        Submission s;
        s.raterRowId = rater;
        s.itemRowId = items[i].rowId;
        s.answers = {{QStringLiteral("user_emotion"), QStringLiteral("happy")},
                     {QStringLiteral("appropriateness"), QStringLiteral("4")}};
        QVERIFY2(store.submit(s, error), qPrintable(error));
    }
}

QString TestCoordinatorTasks::copyOfMaster(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_master, path) ? path : QString();
}

QStringList TestCoordinatorTasks::responses(const QString &dbPath)
{
    QString error;
    auto db = StudyDatabase::open(dbPath, error);
    QStringList out;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT uuid, value, revision FROM response ORDER BY uuid"));
    while (q.next())
        out.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' +
                   q.value(2).toString());
    return out;
}

void TestCoordinatorTasks::cancelledMergeLeavesTheDatabaseUnchanged()
{
    const QString master = copyOfMaster(QStringLiteral("cancel.sqlite"));
    const QStringList before = responses(master);
    QVERIFY(!before.isEmpty());

    // The job waits until the test has pressed Cancel, so the cancellation always comes
    // before the merge looks at its first source.
    TaskRunner runner;
    std::atomic<bool> go{false};
    MergeReport report;
    QVERIFY(runner.start(QStringLiteral("merge"),
                         [&](const TaskControl &control) {
                             while (!go.load())
                                 QThread::msleep(1);
                             report = ResultsMerger::merge(master, {m_source}, control);
                         },
                         {}));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(QStringLiteral("second"), [](const TaskControl &) {}, {}));
    runner.cancel();
    go.store(true);
    QSignalSpy finished(&runner, &TaskRunner::finished);
    QVERIFY(runner.waitForDone());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().value(0).toBool(), true);
    QVERIFY(report.cancelled);
    QCOMPARE(responses(master), before);
}

// The export takes the same TaskControl as the merge: the runner's Cancel stops it too.
void TestCoordinatorTasks::cancelledExportWritesNothing()
{
    const QString master = copyOfMaster(QStringLiteral("cancel-export.sqlite"));
    const QString out = m_dir.filePath(QStringLiteral("cancelled-export"));
    TaskRunner runner;
    std::atomic<bool> go{false};
    ExportSummary summary;
    QVERIFY(runner.start(QStringLiteral("export"),
                         [&](const TaskControl &control) {
                             while (!go.load())
                                 QThread::msleep(1);
                             summary = StudyExporter::run(master, out, ExportOptions(), control);
                         },
                         {}));
    runner.cancel();
    go.store(true);
    QVERIFY(runner.waitForDone());
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.ok);
    QVERIFY(!QFileInfo::exists(out));
}

// A job counting past the progress bar's int range (rows, bytes) is shown in thousandths.
void TestCoordinatorTasks::largeTotalsShowInThousandths()
{
    TaskRunner runner;
    QSignalSpy progress(&runner, &TaskRunner::progressChanged);
    QVERIFY(runner.start(
        QStringLiteral("count"),
        [](const TaskControl &control) { control.report(3'000'000'000LL, 6'000'000'000LL); }, {}));
    QVERIFY(runner.waitForDone());
    QTRY_COMPARE(progress.count(), 1);
    QCOMPARE(progress.first().value(0).toInt(), 500);
    QCOMPARE(progress.first().value(1).toInt(), 1000);
}

void TestCoordinatorTasks::mergeAndExportFromTheFileMenu()
{
    const QString master = copyOfMaster(QStringLiteral("merge.sqlite"));
    const int before = int(responses(master).size());
    QWidget window; // hidden: no summary boxes
    CoordinatorActions actions(&window);
    QSignalSpy merged(&actions, &CoordinatorActions::mergeFinished);
    QSignalSpy changed(&actions, &CoordinatorActions::studyChanged);
    QVERIFY(actions.startMerge(master, {m_source}));
    QVERIFY(merged.wait(30000));
    const auto report = merged.first().value(0).value<MergeReport>();
    QVERIFY2(report.allMerged(), qPrintable(report.sources.value(0).message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(int(responses(master).size()), before + 12);

    const QString out = m_dir.filePath(QStringLiteral("export"));
    // The PDF is printed on the worker thread: no complaints about timers or pixmaps there.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QBasicTimer|QPixmap|thread")));
    QSignalSpy exported(&actions, &CoordinatorActions::exportFinished);
    QVERIFY(actions.startExport(master, out, QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv")));
    QVERIFY(exported.wait(60000));
    const auto summary = exported.first().value(0).value<ExportSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("ratings.csv"))));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("correlations.csv"))));
    // Both reports: the HTML with its SVG charts, and the PDF printed on the worker thread.
    QStringList names;
    for (const ExportedFile &f : summary.files)
        names.append(f.name);
    QVERIFY(names.contains(QStringLiteral("report.html")));
    QVERIFY(names.contains(QStringLiteral("report.pdf")));
    QFile html(QDir(out).filePath(QStringLiteral("report.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<svg "));
    QFile pdf(QDir(out).filePath(QStringLiteral("report.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.contains("/Subtype /Image"));
}

void TestCoordinatorTasks::dashboardIsOutOfReachWhileRating()
{
    const QString path = copyOfMaster(QStringLiteral("window.sqlite"));
    MainWindow window;
    QVERIFY2(window.openStudy(path), qPrintable(window.bannerText()));
    QAction *dashboard = nullptr;
    QList<QAction *> coordinatorFile;
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2))
                dashboard = action;
            if (action->text().contains(QStringLiteral("Package")) ||
                action->text().contains(QStringLiteral("Merge")) ||
                action->text().contains(QStringLiteral("Export")))
                coordinatorFile.append(action);
        }
    QVERIFY(dashboard);
    QCOMPARE(coordinatorFile.size(), 3);
    QVERIFY(dashboard->isEnabled());
    QSignalSpy refreshed(window.dashboard(), &CoordinatorDashboard::refreshed);
    QVERIFY(window.showDashboard());
    QVERIFY(refreshed.wait(30000));

    QVERIFY(window.startRating(QStringLiteral("r01")));
    QVERIFY(!dashboard->isEnabled());
    for (QAction *action : coordinatorFile)
        QVERIFY(!action->isEnabled());
    dashboard->trigger();
    QVERIFY(!window.showDashboard());
    QCOMPARE(window.centralWidget()->findChild<QStackedWidget *>()->currentWidget(),
             static_cast<QWidget *>(window.annotatorView()));
}

QTEST_MAIN(TestCoordinatorTasks)
#include "TestCoordinatorTasks.moc"
