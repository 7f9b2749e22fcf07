#include "dashboard/CoordinatorActions.h"

#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "coordination/AnnotatorPackager.h"
#include "coordination/ResultsMerger.h"
#include "dashboard/TaskRunner.h"
#include "export/ReportPdf.h"
#include "export/StudyExporter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace avemo {

CoordinatorActions::CoordinatorActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_runner = new TaskRunner(this);
}

bool CoordinatorActions::isBusy() const
{
    return m_runner->isRunning();
}

void CoordinatorActions::preparePackage(StudyDatabase &db)
{
    StudyDefinition definition;
    QString error;
    StudyReader(db).definition(definition, error);
    QStringList raters = RatingStore(db).raterIds();
    for (const RaterInfo &r : definition.raters)
        if (!raters.contains(r.id))
            raters.append(r.id);
    raters.sort();
    bool ok = false;
    const QString rater =
        QInputDialog::getItem(m_window, tr("Prepare Annotator Package"),
                              tr("The package holds the study, its media and this rater's "
                                 "assignment only. Rater id:"),
                              raters, 0, true, &ok)
            .trimmed();
    if (!ok || rater.isEmpty())
        return;
    const QString parent = QFileDialog::getExistingDirectory(
        m_window, tr("Folder to Create the Package In"), QFileInfo(db.path()).absolutePath());
    if (parent.isEmpty())
        return;
    startPackage(db.path(), rater,
                 QDir(parent).filePath(QStringLiteral("%1-%2").arg(definition.id, rater)));
}

bool CoordinatorActions::startPackage(const QString &databasePath, const QString &raterId,
                                      const QString &folder)
{
    auto result = std::make_shared<PackageResult>();
    return m_runner->start(
        tr("Preparing the package for %1").arg(raterId),
        [result, request = PackageRequest{databasePath, raterId, folder}](
            const TaskControl &control) { *result = AnnotatorPackager::create(request, control); },
        [this, result](bool) {
            showPackage(*result);
            emit packageFinished(*result);
        },
        m_window);
}

void CoordinatorActions::showPackage(const PackageResult &r)
{
    if (r.cancelled) {
        emit statusMessage(tr("Package cancelled; nothing was written."));
        return;
    }
    if (!r.ok) {
        emit errorOccurred(tr("Cannot prepare the package: %1").arg(r.error));
        return;
    }
    emit statusMessage(tr("Package written to %1").arg(r.folder));
    if (m_window->isVisible())
        QMessageBox::information(
            m_window, tr("Annotator Package Ready"),
            tr("%1 items and %2 media files (%3 MB) in\n%4\n\nThe annotator opens %5.")
                .arg(r.items)
                .arg(r.mediaFiles)
                .arg(QLocale().toString(double(r.mediaBytes) / 1e6, 'f', 1))
                .arg(r.folder, QFileInfo(r.database).fileName()));
}

void CoordinatorActions::mergeResults(StudyDatabase &db)
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Annotators' Databases to Merge"), QFileInfo(db.path()).absolutePath(),
        tr("Study databases (*.sqlite *.db);;All files (*)"));
    if (!files.isEmpty())
        startMerge(db.path(), files);
}

bool CoordinatorActions::startMerge(const QString &databasePath, const QStringList &sources)
{
    auto report = std::make_shared<MergeReport>();
    return m_runner->start(
        tr("Merging %n results file(s)", nullptr, int(sources.size())),
        [report, databasePath, sources](const TaskControl &control) {
            *report = ResultsMerger::merge(databasePath, sources, control);
        },
        [this, report](bool) {
            showMerge(*report);
            emit mergeFinished(*report);
        },
        m_window);
}

void CoordinatorActions::showMerge(const MergeReport &report)
{
    if (!report.error.isEmpty()) {
        emit errorOccurred(tr("Cannot merge: %1").arg(report.error));
        return;
    }
    QStringList lines;
    bool changed = false;
    for (const MergeSourceReport &s : report.sources) {
        const QString name = QFileInfo(s.path).fileName();
        switch (s.outcome) {
        case MergeSourceReport::Outcome::Merged:
            changed = true;
            lines.append(tr("%1: merged %2 new and %3 updated responses from %4")
                             .arg(name)
                             .arg(s.counts.newResponses)
                             .arg(s.counts.updatedResponses)
                             .arg(s.raters.join(QStringLiteral(", "))));
            break;
        case MergeSourceReport::Outcome::Unchanged:
            lines.append(tr("%1: already merged, nothing new").arg(name));
            break;
        case MergeSourceReport::Outcome::Refused:
            lines.append(tr("%1: refused: %2").arg(name, s.message));
            break;
        case MergeSourceReport::Outcome::Cancelled:
            lines.append(tr("%1: cancelled, nothing written").arg(name));
            break;
        }
    }
    if (changed)
        emit studyChanged();
    emit statusMessage(report.allMerged() ? tr("Merge finished") : tr("Merge incomplete"));
    if (!report.allMerged())
        emit errorOccurred(tr("Merge incomplete. %1").arg(lines.join(QStringLiteral("; "))));
    else if (m_window->isVisible())
        QMessageBox::information(m_window, tr("Merge Results"), lines.join(u'\n'));
}

void CoordinatorActions::exportStudy(StudyDatabase &db, const QString &metricsPath)
{
    // The export replaces the folder as a whole (docs/export-format.md), so the dialog asks
    // for a new or empty folder, or an earlier export; any other folder is refused, untouched.
    const QString outDir = QFileDialog::getExistingDirectory(
        m_window, tr("Export Folder (a new or empty folder, or an earlier export to replace)"),
        QFileInfo(db.path()).absolutePath());
    if (!outDir.isEmpty())
        startExport(db.path(), outDir, metricsPath);
}

bool CoordinatorActions::startExport(const QString &databasePath, const QString &outDir,
                                     const QString &metricsPath)
{
    auto summary = std::make_shared<ExportSummary>();
    ExportOptions options;
    options.metricsPath = metricsPath;
    // The PDF too, on the worker thread: QTextDocument and QPainter on QImage and QPdfWriter
    // are reentrant (one instance per thread), and the fonts they need come from the
    // QGuiApplication the GUI has. Writing it with the rest keeps the export one atomic step
    // (a temporary folder renamed into place) and the window responsive while it prints.
    options.pdf = ReportPdf::canWrite();
    return m_runner->start(
        tr("Exporting"),
        [summary, databasePath, outDir, options](const TaskControl &control) {
            *summary = StudyExporter::run(databasePath, outDir, options, control);
        },
        [this, summary, outDir](bool) {
            showExport(*summary, outDir);
            emit exportFinished(*summary);
        },
        m_window);
}

void CoordinatorActions::showExport(const ExportSummary &summary, const QString &outDir)
{
    if (summary.cancelled) {
        emit statusMessage(tr("Export cancelled; the folder is as it was."));
        return;
    }
    if (!summary.ok) {
        emit errorOccurred(tr("Cannot export: %1").arg(summary.error));
        return;
    }
    QStringList files;
    for (const ExportedFile &f : summary.files)
        files.append(f.name);
    emit statusMessage(tr("Exported %1 files to %2").arg(files.size()).arg(outDir));
    const auto leftOut = std::count_if(summary.problems.cbegin(), summary.problems.cend(),
                                       [](const Problem &p) { return !p.isError(); });
    if (summary.unmatchedItems + summary.unmatchedMetricRows == 0 && leftOut > 0)
        emit errorOccurred(tr("Exported to %1; some stored values the study does not allow were "
                              "left out (listed in the report and on the dashboard's overview).")
                               .arg(outDir));
    if (summary.unmatchedItems + summary.unmatchedMetricRows > 0)
        emit errorOccurred(tr("Exported to %1; the metrics join left %2 items and %3 metrics "
                              "rows unmatched (see the report).")
                               .arg(outDir)
                               .arg(summary.unmatchedItems)
                               .arg(summary.unmatchedMetricRows));
    if (m_window->isVisible() && QMessageBox::question(m_window, tr("Export Finished"),
                                                       tr("Wrote %1 to\n%2\n\nOpen the folder?")
                                                           .arg(files.join(QStringLiteral(", ")),
                                                                outDir)) == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(outDir));
}

} // namespace avemo
