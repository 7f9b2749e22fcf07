#pragma once

#include "coordination/AnnotatorPackager.h"
#include "coordination/MergeTypes.h"
#include "export/StudyExporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace avemo {

class StudyDatabase;
class TaskRunner;

// File > Prepare Annotator Package..., Merge Results... and Export...: the dialogs that ask
// what to do, the work on a worker thread behind a cancellable progress dialog (each job opens
// its own connection), and a summary afterwards. The same code paths as avemo-cli.
class CoordinatorActions : public QObject
{
    Q_OBJECT

public:
    explicit CoordinatorActions(QWidget *window);

    void preparePackage(StudyDatabase &db);
    void mergeResults(StudyDatabase &db);
    // metricsPath: joined into the export when not empty (the dashboard's metrics file).
    void exportStudy(StudyDatabase &db, const QString &metricsPath);

    // The work itself, without dialogs (tests; the dialogs above call these).
    bool startPackage(const QString &databasePath, const QString &raterId, const QString &folder);
    bool startMerge(const QString &databasePath, const QStringList &sources);
    bool startExport(const QString &databasePath, const QString &outDir,
                     const QString &metricsPath);

    TaskRunner *runner() const { return m_runner; }
    bool isBusy() const;

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // A merge wrote something: the dashboard's figures are out of date.
    void studyChanged();
    // After each job, on the GUI thread (tests read the outcome here).
    void packageFinished(const avemo::PackageResult &result);
    void mergeFinished(const avemo::MergeReport &report);
    void exportFinished(const avemo::ExportSummary &summary);

private:
    void showPackage(const PackageResult &result);
    void showMerge(const MergeReport &report);
    void showExport(const ExportSummary &summary, const QString &outDir);

    QWidget *m_window = nullptr;
    TaskRunner *m_runner = nullptr;
};

} // namespace avemo
